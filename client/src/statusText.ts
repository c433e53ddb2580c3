// What the status bar says about a document: kind, scope and body 字数 against its limit,
// e.g. "公文 · 专项 2,845 / 3,000 字". Pure (no `vscode` import): the caller passes the
// translate function (vscode.l10n.t in the extension, a bundle lookup in tests).

import type { DocumentInfo } from '../../server/src/protocol';
import type { Pack } from '../../server/src/core/types';

/** vscode.l10n.t's shape: an English source string, `{name}` placeholders filled from args. */
export type Translate = (message: string, args?: Record<string, string | number>) => string;

function fill(message: string, args?: Record<string, string | number>): string {
  return args ? message.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m)) : message;
}

/** The translator for a message locale: English source strings, or the Chinese bundle. */
export function translatorFor(locale: string | undefined, zh: Record<string, string>): Translate {
  if (locale === 'en') return fill;
  return (message, args) => fill(zh[message] ?? message, args);
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

// Names as tables of translations: each entry calls t with its literal, where the l10n bundle test finds it.
const KIND_NAME: Record<DocumentInfo['kind'], (t: Translate) => string> = {
  document: (t) => t('Document'),
  agenda: (t) => t('Agenda'),
  research: (t) => t('Research plan'),
};
const SOURCE_NAME: Record<DocumentInfo['kindSource'], (t: Translate) => string> = {
  directive: (t) => t('in-file directive'),
  settings: (t) => t('settings'),
  detected: (t) => t('detected'),
  default: (t) => t('not declared'),
};
const COUNT_MODE_NAME: Record<DocumentInfo['countMode'], (t: Translate) => string> = {
  word: (t) => t('as word processors count'),
  han: (t) => t('Han characters only'),
  chars: (t) => t('every non-space character'),
};

function scopeName(info: DocumentInfo, t: Translate): string {
  if (info.scope === 'comprehensive') return info.kind === 'agenda' ? t('comprehensive meeting') : t('comprehensive');
  if (info.scope === 'special') return info.kind === 'agenda' ? t('special meeting') : t('special');
  return t('scope undeclared');
}

/** The upper limit the body is held to: the 全局性 one while the scope is undeclared. */
function effectiveLimit(info: DocumentInfo): number | null {
  if (info.kind !== 'document' || info.limit === null) return null;
  return info.scope === null && info.comprehensiveLimit !== null ? info.comprehensiveLimit : info.limit;
}

/** The status bar text. */
export function statusText(info: DocumentInfo, t: Translate): string {
  if (info.skipped) return `$(circle-slash) ${t('gongwen')}`;
  const kind = KIND_NAME[info.kind](t);
  const count = formatCount(info.counts.body);
  // Research plans have no scope (RULES.md): show the kind and the count only.
  if (info.kind === 'research') return t('{kind} {count} chars', { kind, count });
  const scope = scopeName(info, t);
  if (info.kind !== 'document' || info.limit === null) return t('{kind} · {scope} {count} chars', { kind, scope, count });
  if (info.scope === null && info.comprehensiveLimit !== null && info.comprehensiveLimit !== info.limit) {
    return t('{kind} · {scope} {count} / {limit}–{max} chars', { kind, scope, count, limit: formatCount(info.limit), max: formatCount(info.comprehensiveLimit) });
  }
  return t('{kind} · {scope} {count} / {limit} chars', { kind, scope, count, limit: formatCount(info.limit) });
}

/** The status bar text while checking is switched off for the workspace (gongwen.toggle). */
export function offText(t: Translate): string {
  return `$(circle-slash) ${t('gongwen: off')}`;
}

export function offTooltip(t: Translate): string {
  return t('Checking is off for this workspace. Click to turn it on.');
}

/** Whether the body is over the limit that applies (the status bar turns to a warning colour). */
export function isOverLimit(info: DocumentInfo): boolean {
  if (info.skipped) return false;
  const limit = effectiveLimit(info);
  return limit !== null && info.counts.body > limit;
}

/** The rule packs by name, as the preset setting names them. */
const PACK_NAME: Record<Pack, (t: Translate) => string> = {
  'jinan-2019': (t) => t('Jinan rules 2019 (jinan-2019)'),
  'national-2024': (t) => t('National Provisions 2024 (national-2024)'),
};

/** The status bar tooltip: where kind and scope came from, attachments, count mode. */
export function statusTooltip(info: DocumentInfo, t: Translate): string {
  if (info.skipped) return t('Not checked: {reason}', { reason: info.skipped });
  const lines = [t('Body length (click for how it was counted)')];
  lines.push(t('Kind: {kind} ({source})', { kind: KIND_NAME[info.kind](t), source: SOURCE_NAME[info.kindSource](t) }));
  if (info.kind !== 'research') lines.push(t('Scope: {scope} ({source})', { scope: scopeName(info, t), source: SOURCE_NAME[info.scopeSource](t) }));
  if (info.counts.attachmentCount > 0) {
    lines.push(t('Attachments: {n}, {count} chars', { n: info.counts.attachmentCount, count: formatCount(info.counts.attachments) }));
  }
  lines.push(t('Counted: {mode}', { mode: COUNT_MODE_NAME[info.countMode](t) }));
  if (info.packs?.length) lines.push(t('Rules: {packs}', { packs: info.packs.map((p) => PACK_NAME[p](t)).join(' + ') }));
  return lines.join('\n');
}
