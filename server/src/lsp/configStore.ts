// Effective configuration per document URI, from (weakest first) the registry defaults, the
// nearest .gongwen.json with its presets and extends, and the `gongwen` settings fetched with
// workspace/configuration for that resource (user < workspace < folder, merged by the client).
// Resolved once per document, cached, and dropped when a setting or a config file changes.
// Problems never stop checking: each is told once (file, key, problem), logged, and shown as a
// diagnostic in the config file itself.

import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import type { Effective, ProjectConfig } from '../core/config/effective';
import { LineIndex } from '../core/text/lineIndex';
import { configText, resolveLayers, type Layer, type LoadResult, type LocatedProblem } from '../config/parsed';
import { problemKey, problemNotice } from '../config/problems';
import { localize, type LocaleLike } from './locale';
import { DEFAULT_EDITOR_SETTINGS, splitEditorSettings, type EditorSettings } from './quiet';
import { docxFileUri } from './docxUri';

/** Reads a document's config files: only where there is a file system. */
export interface ConfigFiles {
  /** The layers of the nearest config file above a document, up to `stop` (its workspace folder on disk, if any). */
  load(uri: string, stop: string | null, trusted: boolean): Promise<LoadResult>;
  /** A config file's URI, for diagnostics shown in it. */
  uriOf(file: string): string;
}

export class ConfigStore {
  private readonly cache = new Map<string, Promise<Effective>>();
  /** Problems told since the last change, and those told before it (not told again while they persist). */
  private reported = new Set<string>();
  private previouslyReported = new Set<string>();
  /** Config files involved in any loaded configuration (to react to their changes). */
  readonly files = new Set<string>();
  /** Diagnostics published per config file, so that fixed files get cleared. */
  private readonly fileDiagnostics = new Map<string, Map<string, Diagnostic>>();
  /** What was last sent for each config file: sent again only when it changes (not once per document loaded). */
  private readonly sent = new Map<string, string>();
  /** The editor-only settings (gongwen.enable, gongwen.run) each configuration was loaded with. */
  private readonly editor = new WeakMap<Effective, EditorSettings>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    /** Settings given by clients that cannot answer workspace/configuration (initializationOptions). */
    private readonly staticSettings: () => ProjectConfig | undefined,
    /** The workspace folder (a file system path) holding a document, where the config search stops. */
    private readonly folderOf: (uri: string) => string | null,
    /** Whether the workspace is trusted: if not, `extends` may not leave the workspace folder. */
    private readonly trusted: () => boolean = () => true,
    /** Where .gongwen.json files are read (node/configFiles.ts); null: settings only (the web worker). */
    private readonly configFiles: ConfigFiles | null = null,
  ) {}

  get(uri: string): Promise<Effective> {
    uri = docxFileUri(uri) ?? uri; // a .docx's text view is configured as the file itself
    let p = this.cache.get(uri);
    if (!p) {
      p = this.load(uri);
      this.cache.set(uri, p);
    }
    return p;
  }

  /** A document's editor-only settings (lsp/quiet.ts), read with its configuration. */
  async editorSettings(uri: string): Promise<EditorSettings> {
    return this.editor.get(await this.get(uri)) ?? DEFAULT_EDITOR_SETTINGS;
  }

  /** Forget everything (settings or config files changed) or one document (closed). */
  invalidate(uri?: string): void {
    if (uri) this.cache.delete(docxFileUri(uri) ?? uri);
    else {
      this.cache.clear();
      // A problem still there after the change is not told again; one that went away and comes back is.
      this.previouslyReported = this.reported;
      this.reported = new Set();
      for (const m of this.fileDiagnostics.values()) m.clear();
    }
  }

  /** The config file layers for a document (nearest .gongwen.json up to its workspace folder); none without a file system. */
  private async fileLayers(uri: string): Promise<{ layers: Layer[]; problems: LocatedProblem[] }> {
    if (!this.configFiles) return { layers: [], problems: [] };
    const loaded = await this.configFiles.load(uri, this.folderOf(uri), this.trusted());
    for (const f of loaded.files) this.files.add(f);
    return { layers: loaded.layers, problems: loaded.problems };
  }

  private async load(uri: string): Promise<Effective> {
    let settings: ProjectConfig | undefined;
    if (this.canPull()) {
      try {
        settings = (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' })) as ProjectConfig | undefined;
      } catch (e) {
        this.connection.console.warn(`gongwen: could not read settings for ${uri}: ${String(e)}`);
      }
    }
    // Clients that announce workspace/configuration but answer nothing for our section (and
    // clients that cannot be asked) still get the settings they passed at initialization.
    if (settings === null || settings === undefined) settings = this.staticSettings();
    const files = await this.fileLayers(uri);
    const layers: Layer[] = [...files.layers];
    // gongwen.enable and gongwen.run are the editor's, not rule configuration.
    const split = settings && typeof settings === 'object' ? splitEditorSettings(clean(settings)) : null;
    if (split) layers.push({ config: split.config, source: 'settings' });
    const { eff, problems } = resolveLayers(layers, files.problems);
    if (split) this.editor.set(eff, split.editor);
    this.report(problems, eff.config.locale);
    this.publishFileDiagnostics(problems, eff.config.locale);
    return eff;
  }

  /** One message per distinct problem; checking goes on with the values that were valid. */
  private report(problems: LocatedProblem[], locale: LocaleLike): void {
    for (const p of problems) {
      const key = problemKey(p);
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      if (this.previouslyReported.has(key)) continue;
      const text = problemNotice(p, locale, p.file ? configText(p.file) : undefined);
      this.connection.console.warn(text);
      // A window/showMessage notification: nothing to answer, and every client shows it.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
    }
  }

  /** Problems in config files appear as diagnostics in those files (cleared once they are fixed). */
  private publishFileDiagnostics(problems: LocatedProblem[], locale: LocaleLike): void {
    for (const p of problems) {
      if (!p.file) continue;
      const text = configText(p.file);
      if (text === undefined) continue;
      const lines = new LineIndex(text);
      const start = p.offset ?? 0;
      const d: Diagnostic = {
        range: lines.rangeAt(start, start + (p.length ?? 0)),
        severity: DiagnosticSeverity.Error,
        source: 'gongwen',
        code: 'config',
        message: localize(locale, p.message),
      };
      let m = this.fileDiagnostics.get(p.file);
      if (!m) this.fileDiagnostics.set(p.file, (m = new Map()));
      m.set(`${p.key}:${p.message.en}:${start}`, d);
    }
    for (const f of this.files) {
      const m = this.fileDiagnostics.get(f);
      const diagnostics = m ? [...m.values()] : [];
      const shown = JSON.stringify(diagnostics);
      if (this.sent.get(f) === shown) continue;
      this.sent.set(f, shown);
      void this.connection.sendDiagnostics({ uri: this.configFiles?.uriOf(f) ?? f, diagnostics });
    }
  }
}

/** VS Code returns every declared setting, null where unset: drop the nulls. */
function clean(s: ProjectConfig): ProjectConfig {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (v !== null && v !== undefined) out[k] = v;
  return out as ProjectConfig;
}
