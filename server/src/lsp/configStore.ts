// Effective configuration per document URI: the `gongwen` settings section fetched with
// workspace/configuration for that resource (so folder-level settings apply), resolved once,
// cached, and dropped when the client reports a settings change.

import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { effectiveConfig, type Effective, type ProjectConfig } from '../core/config/effective';
import type { ConfigProblem } from '../core/config/resolve';
import { localize, type LocaleLike } from './locale';

export class ConfigStore {
  private readonly cache = new Map<string, Promise<Effective>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    /** Settings given by clients that cannot answer workspace/configuration (initializationOptions). */
    private readonly staticSettings: () => ProjectConfig | undefined,
  ) {}

  get(uri: string): Promise<Effective> {
    let p = this.cache.get(uri);
    if (!p) {
      p = this.load(uri);
      this.cache.set(uri, p);
    }
    return p;
  }

  /** Forget everything (settings changed: problems are told again if still there) or one document (closed). */
  invalidate(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else {
      this.cache.clear();
      this.reported.clear();
    }
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
    const layers = settings && typeof settings === 'object' ? [{ config: clean(settings), source: 'settings' }] : [];
    const eff = effectiveConfig(layers);
    this.report(eff.problems, eff.config.locale);
    return eff;
  }

  /** One message per distinct problem; checking goes on with the values that were valid. */
  private report(problems: ConfigProblem[], locale: LocaleLike): void {
    for (const p of problems) {
      const key = `${p.source}:${p.key}:${p.message.en}`;
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      const text = localize(locale, {
        zh: `公文检查设置有误（${p.source ?? '设置'}，gongwen.${p.key}）：${p.message.zh}。已忽略该项，其余设置照常生效。`,
        en: `gongwen setting problem (${p.source ?? 'settings'}, gongwen.${p.key}): ${p.message.en}. That entry is ignored; the rest applies.`,
      });
      this.connection.console.warn(text);
      // A window/showMessage notification: nothing to answer, and every client shows it.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
    }
  }
}

/** VS Code returns every declared setting, null where unset: drop the nulls. */
function clean(s: ProjectConfig): ProjectConfig {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (v !== null && v !== undefined) out[k] = v;
  return out as ProjectConfig;
}
