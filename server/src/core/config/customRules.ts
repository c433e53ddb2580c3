// Team rules (customRules in .gongwen.json or settings), like Vale's existence and substitution
// rules: a pattern, a message, a severity and, optionally, a replacement offered as a quick fix.
// Patterns come from a shared file, so they run on RE2 (re2js): matching is linear in the text,
// and a pattern RE2 does not accept (backreferences, lookaround) is a configuration error.

import type { RE2JS } from 're2js';
import type { Rule } from '../rules/rule';
import { msg } from '../messages';
import type { Kind, Msg, SeveritySetting } from '../types';
import { CUSTOM_PREFIX, isTeamRule, type ConfigProblem } from './resolve';

export interface CustomRuleInput {
  id: string;
  pattern: string;
  message: string | Msg;
  severity?: SeveritySetting;
  /** Replacement offered as a quick fix; $0 is the match, $1…$9 its groups. */
  replace?: string;
  kinds?: Kind[];
  /** Ignore case (RE2's (?i)). */
  ignoreCase?: boolean;
}

const KINDS: readonly Kind[] = ['document', 'agenda', 'research'];
/** The fields of a team rule (anything else is reported: a typo must not be ignored silently). */
export const CUSTOM_RULE_FIELDS: readonly string[] = ['id', 'pattern', 'message', 'severity', 'replace', 'kinds', 'ignoreCase'];
const FIELDS = CUSTOM_RULE_FIELDS;
const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;
/** A team rule id: "custom." then dot-separated segments of lower-case letters, digits and hyphens. */
export function isCustomRuleId(id: unknown): id is string {
  return typeof id === 'string' && isTeamRule(id) && id.slice(CUSTOM_PREFIX.length).split('.').every((s) => SEGMENT.test(s));
}
/** The same as a JSON schema pattern (for the config file schema; a test keeps them in step). */
export const CUSTOM_RULE_ID_PATTERN = '^custom\\.[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*$';
/** The paragraphs team rules read: everything the author wrote except page furniture. */
const SKIP_ROLES = new Set(['other']);
const MAX_MATCHES_PER_PARAGRAPH = 500;

/** $0 / $1…$9 in a replacement, from the match's groups. */
function expand(replace: string, groups: (i: number) => string | null): string {
  return replace.replace(/\$(\d)/g, (_, d: string) => groups(Number(d)) ?? '');
}

let re2jsModule: typeof import('re2js') | undefined;

/**
 * re2js, loaded when a team rule is first compiled: most runs have none, and it is a seventh of
 * the bundles, which every start would read and compile (esbuild.mjs gives it a bundle of its own).
 */
function re2js(): typeof import('re2js') {
  return (re2jsModule ??= require('re2js') as typeof import('re2js'));
}

export function compileCustomRules(list: unknown, source: string | undefined, problems: ConfigProblem[]): Rule[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push({ key: 'customRules', path: ['customRules'], source, message: msg('customRules 应为数组', 'customRules must be an array') });
    return [];
  }
  const out: Rule[] = [];
  list.forEach((raw: unknown, i) => {
    const at = (k?: string): Array<string | number> => (k ? ['customRules', i, k] : ['customRules', i]);
    const bad = (k: string | undefined, zh: string, en: string): void => {
      problems.push({ key: `customRules[${i}]${k ? `.${k}` : ''}`, path: at(k), source, message: msg(zh, en) });
    };
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return bad(undefined, '每条团队规则应为对象 {id, pattern, message, …}', 'each team rule must be an object {id, pattern, message, …}');
    const r = raw as Record<string, unknown>;
    const extra = Object.keys(r).find((k) => !FIELDS.includes(k));
    if (extra !== undefined) return bad(extra, `团队规则没有字段“${extra}”（可用：${FIELDS.join('、')}）`, `a team rule has no field "${extra}" (known: ${FIELDS.join(', ')})`);
    if (!isCustomRuleId(r['id'])) return bad('id', `团队规则编号应以“custom.”开头（小写字母、数字、连字符），而不是 ${JSON.stringify(r['id'])}`, `a team rule id must start with "custom." (lower-case letters, digits, hyphens), not ${JSON.stringify(r['id'])}`);
    const id = r['id'];
    if (typeof r['pattern'] !== 'string' || r['pattern'] === '') return bad('pattern', `${id}：pattern 应为非空字符串`, `${id}: pattern must be a non-empty string`);
    const message = r['message'];
    const msgOk =
      (typeof message === 'string' && message.trim() !== '') ||
      (!!message && typeof message === 'object' && !Array.isArray(message) && Object.keys(message).every((k) => k === 'zh' || k === 'en') &&
        typeof (message as Msg).zh === 'string' && (message as Msg).zh.trim() !== '' && typeof (message as Msg).en === 'string' && (message as Msg).en.trim() !== '');
    if (!msgOk) return bad('message', `${id}：message 应为非空字符串或 {"zh": "…", "en": "…"}`, `${id}: message must be a non-empty string or {"zh": "…", "en": "…"}`);
    if (r['severity'] !== undefined && !SEVERITIES.includes(r['severity'] as SeveritySetting)) return bad('severity', `${id}：级别应为 error、warning、info、hint 或 off`, `${id}: severity must be error, warning, info, hint or off`);
    if (r['replace'] !== undefined && typeof r['replace'] !== 'string') return bad('replace', `${id}：replace 应为字符串`, `${id}: replace must be a string`);
    if (r['kinds'] !== undefined && (!Array.isArray(r['kinds']) || r['kinds'].length === 0 || !r['kinds'].every((k) => KINDS.includes(k as Kind)))) return bad('kinds', `${id}：kinds 应为 document、agenda、research 组成的非空数组`, `${id}: kinds must be a non-empty array of document, agenda, research`);
    if (r['ignoreCase'] !== undefined && typeof r['ignoreCase'] !== 'boolean') return bad('ignoreCase', `${id}：ignoreCase 应为 true 或 false`, `${id}: ignoreCase must be true or false`);
    let re: RE2JS;
    try {
      const { RE2JS: Re2 } = re2js();
      re = Re2.compile(r['pattern'], r['ignoreCase'] === true ? Re2.CASE_INSENSITIVE : 0);
    } catch (e) {
      return bad('pattern', `${id}：正则表达式无法用线性时间引擎（RE2）编译：${(e as Error).message}`, `${id}: the pattern cannot be compiled by the linear-time engine (RE2): ${(e as Error).message}`);
    }
    const text: Msg = typeof message === 'string' ? { zh: message, en: message } : (message as Msg);
    const replace = r['replace'] as string | undefined;
    out.push({
      id,
      title: msg(id, id),
      clause: '',
      clauseKeys: [],
      visits: ['Document'],
      ...(r['kinds'] !== undefined ? { kinds: r['kinds'] as Kind[] } : {}),
      defaultSeverity: (r['severity'] as SeveritySetting | undefined) ?? 'warning',
      options: [],
      fixable: replace !== undefined,
      description: msg(`团队规则：${text.zh}`, `Team rule: ${text.en}`),
      check(ctx) {
        for (const p of ctx.model.paragraphs) {
          if (SKIP_ROLES.has(p.role)) continue;
          const matcher = re.matcher(p.text);
          let n = 0;
          while (matcher.find() && n++ < MAX_MATCHES_PER_PARAGRAPH) {
            const s = matcher.start();
            const e = matcher.end();
            if (e <= s) continue;
            const span = ctx.span(p, s, e);
            const newText = replace === undefined ? null : expand(replace, (g) => (g <= matcher.groupCount() ? matcher.group(g) : null));
            const fixes = newText === null ? [] : [{ title: msg(`改为“${newText}”`, `Replace with "${newText}"`), edits: [{ ...span, newText }], safe: true }];
            ctx.report({ ...span, message: text, fixes });
          }
        }
      },
    });
  });
  return out;
}
