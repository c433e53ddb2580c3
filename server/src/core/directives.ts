// In-file comments: the kind/scope directive (first 20 lines) and disable/enable comments,
// markdownlint-style. Chinese aliases are accepted for keys and values.
//   <!-- gongwen kind=agenda scope=comprehensive -->     <!-- gongwen 类型=议程 范围=综合性 -->
//   <!-- gongwen-disable doc.length -->  <!-- gongwen-enable -->  <!-- gongwen-disable-next-line format.date -->

import type { CommentLine } from './text/paragraphs';
import type { Kind, Scope } from './types';

export const KIND_ALIASES: Record<string, Kind> = {
  document: 'document', doc: 'document', 公文: 'document', 文件: 'document',
  agenda: 'agenda', meeting: 'agenda', 议程: 'agenda', 会议: 'agenda', 日程: 'agenda',
  research: 'research', plan: 'research', 调研: 'research', 调研方案: 'research',
};

export const SCOPE_ALIASES: Record<string, Scope> = {
  comprehensive: 'comprehensive', 全局性: 'comprehensive', 全局: 'comprehensive', 综合性: 'comprehensive', 综合: 'comprehensive',
  special: 'special', 专项: 'special', 专项工作: 'special', 专项性: 'special',
};

export interface Directive {
  kind?: Kind;
  scope?: Scope;
  /** The comment holding the directive (so a fix can edit it rather than add another). */
  comment: CommentLine;
}

export interface DisableEvent {
  line: number;
  type: 'disable' | 'enable' | 'next-line' | 'line';
  /** Rule ids, or null for all rules. */
  rules: string[] | null;
}

export interface Directives {
  directive: Directive | null;
  events: DisableEvent[];
}

const DIRECTIVE = /^gongwen\s+(.*)$/;
const DISABLE = /^gongwen-(disable-next-line|disable-line|disable|enable)(?:\s+(.*))?$/;

export function readDirectives(comments: CommentLine[]): Directives {
  let directive: Directive | null = null;
  const events: DisableEvent[] = [];
  for (const c of comments) {
    const d = DISABLE.exec(c.body);
    if (d) {
      const ids = (d[2] ?? '').split(/[\s,，]+/).filter(Boolean);
      const type = d[1] === 'disable-next-line' ? 'next-line' : d[1] === 'disable-line' ? 'line' : (d[1] as 'disable' | 'enable');
      events.push({ line: c.line, type, rules: ids.length ? ids : null });
      continue;
    }
    const m = DIRECTIVE.exec(c.body);
    if (m && c.line < 20 && !directive) {
      const dir: Directive = { comment: c };
      for (const pair of m[1]!.split(/\s+/)) {
        const eq = pair.split(/[=＝]/);
        if (eq.length !== 2) continue;
        const key = eq[0]!.toLowerCase();
        const value = eq[1]!.toLowerCase();
        if (key === 'kind' || key === '类型') dir.kind = KIND_ALIASES[value] ?? dir.kind;
        else if (key === 'scope' || key === '范围') dir.scope = SCOPE_ALIASES[value] ?? dir.scope;
      }
      directive = dir;
    }
  }
  return { directive, events };
}

/**
 * Answers "is rule R disabled on line L" for findings visited in any order.
 * Events are few; a sweep per query is cheap and keeps the logic obvious.
 */
export class DisableMap {
  constructor(private readonly events: DisableEvent[]) {}

  get empty(): boolean {
    return this.events.length === 0;
  }

  isDisabled(rule: string, line: number): boolean {
    let off = false;
    for (const e of this.events) {
      const applies = e.rules === null || e.rules.includes(rule);
      if (!applies) continue;
      if (e.type === 'next-line') {
        if (e.line + 1 === line) return true;
        continue;
      }
      if (e.type === 'line') {
        if (e.line === line) return true;
        continue;
      }
      if (e.line > line) continue;
      off = e.type === 'disable';
    }
    return off;
  }
}
