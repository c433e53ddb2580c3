// Hover on a finding: the rule and the text of the clause it rests on, with a link to the
// rule's page. The finding's message itself is not repeated: editors show the diagnostic's
// message in the same hover.

import type { Hover, Position } from 'vscode-languageserver/node';
import type { AnalysisResult } from '../core/analyze';
import { clauseText, type ClauseText } from '../core/clauses';
import { homePack, packsOf } from '../core/packs';
import type { Rule } from '../core/rules/rule';
import type { Finding } from '../core/types';
import { isTeamRule } from '../core/config/resolve';
import { ruleById } from '../core/rules/registry';
import { docsHref, localDocsHref } from './docsLink';
import { localize, type LocaleLike } from './locale';

/** Beside a link to the published site, the page shipped with the server, for an editor offline. */
function offline(rule: string, docsBase: string | undefined, locale: LocaleLike): string {
  const href = docsHref(rule, docsBase, locale);
  const local = localDocsHref(rule, locale);
  return local === null || href === local ? '' : ` · [${localize(locale, { zh: '本地副本', en: 'local copy' })}](${local})`;
}

export function hoverAt(r: AnalysisResult, pos: Position, locale: LocaleLike, docsBase?: string): Hover | null {
  const offset = r.model.lines.offsetAt(pos);
  const hits = r.findings.filter((f) => f.start <= offset && offset <= f.end);
  if (hits.length === 0) return null;
  const parts: string[] = [];
  const seen = new Set<string>();
  const seenRules = new Set<string>();
  for (const f of hits) {
    if (seenRules.has(f.rule)) continue;
    seenRules.add(f.rule);
    if (isTeamRule(f.rule)) {
      // Team rules have no clause and no page: say where they come from instead.
      parts.push(`**${localize(locale, { zh: '团队规则', en: 'Team rule' })}** \`${f.rule}\` · ${localize(locale, { zh: '由本仓库的 .gongwen.json（customRules）或设置 gongwen.customRules 定义', en: 'defined in this repository\'s .gongwen.json (customRules) or the gongwen.customRules setting' })}`);
      parts.push(`[${localize(locale, { zh: '团队规则怎样配置', en: 'How team rules are configured' })}](${docsHref(f.rule, docsBase, locale)})${offline(f.rule, docsBase, locale)}`);
      continue;
    }
    const rule = ruleById(f.rule);
    const title = rule ? localize(locale, rule.title) : f.rule;
    parts.push(`**${title}** \`${f.rule}\` · ${f.clause}`);
    for (const key of rule ? clauseKeysOf(rule, f) : []) {
      if (seen.has(key)) continue;
      seen.add(key);
      const c = clauseText(key);
      if (c) parts.push(quote(c, locale));
    }
    parts.push(`[${localize(locale, { zh: '规则说明', en: 'Rule documentation' })}](${docsHref(f.rule, docsBase, locale)})${offline(f.rule, docsBase, locale)}`);
  }
  const first = hits[0]!;
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') },
    range: r.model.lines.rangeAt(first.start, first.end),
  };
}

/** The clauses a finding rests on: its rule's in each pack it cites (stacked presets: every one). */
function clauseKeysOf(rule: Rule, f: Finding): string[] {
  const packs = packsOf(rule);
  return (f.packs ?? [homePack(rule)]).flatMap((p) => packs[p]?.keys ?? rule.clauseKeys);
}

/**
 * A clause as a block quote. Wording that is not the text itself (a national clause known only from
 * news digests or summaries) says so above it, so no one takes it for the regulation's words.
 */
function quote(c: ClauseText, locale: LocaleLike): string {
  const head = `> ${c.source} ${c.cite}`;
  const note = c.note ? `\n>\n> *${localize(locale, c.note)}*` : '';
  const body = c.text.split('\n').map((l) => `> ${l}`).join('\n>\n');
  return `${head}${note}\n>\n${body}`;
}
