// When the server keeps quiet about an open document: the editor-only settings `gongwen.enable`
// and `gongwen.run` (per resource, pulled with the other `gongwen` settings). They never reach
// the rule configuration (a .gongwen.json cannot hold them): ConfigStore splits them off.
//   enable: false, or run: "off"  nothing is analysed or published; what was shown is cleared.
//   run: "onSave"                 analysed on open, on save and when a setting changes, never on
//                                 a keystroke: what is shown is the last saved text's findings.
//   run: "onType" (default)       analysed as the text changes.

import type { ProjectConfig } from '../core/config/effective';

export type RunMode = 'onType' | 'onSave' | 'off';
export const RUN_MODES: readonly RunMode[] = ['onType', 'onSave', 'off'];

export interface EditorSettings {
  enable: boolean;
  run: RunMode;
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = { enable: true, run: 'onType' };

/** Setting keys only the editor reads (not rule configuration). */
export const EDITOR_KEYS: readonly string[] = ['enable', 'run'];

/** The settings the rule configuration is built from, and the editor's own (invalid values: the defaults). */
export function splitEditorSettings(settings: ProjectConfig): { config: ProjectConfig; editor: EditorSettings } {
  const config: Record<string, unknown> = {};
  const raw: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(settings)) (EDITOR_KEYS.includes(k) ? raw : config)[k] = v;
  const run = RUN_MODES.includes(raw['run'] as RunMode) ? (raw['run'] as RunMode) : DEFAULT_EDITOR_SETTINGS.run;
  const enable = typeof raw['enable'] === 'boolean' ? raw['enable'] : DEFAULT_EDITOR_SETTINGS.enable;
  return { config: config as ProjectConfig, editor: { enable, run } };
}

/** How an open document is checked: as it changes, on save only, or not at all. */
export function runModeOf(s: EditorSettings): RunMode {
  return s.enable ? s.run : 'off';
}

/**
 * Which version of each open document the editor is shown the findings of. With run: onSave it is
 * the version last opened, saved or re-read after a setting changed (the baseline); every other
 * request (hover, code actions, pulled diagnostics) answers for that version only, so nothing
 * appears that the squiggles do not show.
 */
export class RunGate {
  /** The version to show per document under run: onSave; absent: the next one asked about becomes it. */
  private readonly baseline = new Map<string, number>();

  constructor(private readonly settingsOf: (uri: string) => Promise<EditorSettings>) {}

  /** The version whose findings may be shown now, or null when the document is to be quiet. */
  async shownVersion(doc: { uri: string; version: number }): Promise<number | null> {
    const mode = runModeOf(await this.settingsOf(doc.uri));
    if (mode === 'off') return null;
    if (mode === 'onType') {
      this.baseline.delete(doc.uri);
      return doc.version;
    }
    let v = this.baseline.get(doc.uri);
    if (v === undefined) this.baseline.set(doc.uri, (v = doc.version));
    return v;
  }

  /** Whether this very version may be analysed and shown (false: quiet, or edited since the last save). */
  async shows(doc: { uri: string; version: number }): Promise<boolean> {
    return (await this.shownVersion(doc)) === doc.version;
  }

  /** Opened, saved, or closed: the next check takes the text as it is then. True when a baseline was kept (run: onSave). */
  reset(uri: string): boolean {
    return this.baseline.delete(uri);
  }

  /** A setting or a config file changed: every document is read again as it is now. */
  resetAll(): void {
    this.baseline.clear();
  }
}
