// Editor features for agendas and research plans: inlay hints with each budgeted item's minutes
// against its limit and the meeting's total on its date; a hover on a time range, or on a stop
// (where else the workspace visits it). The outline is lsp/outline.ts.

import { InlayHintKind, type Hover, type InlayHint, type Position, type Range } from 'vscode-languageserver/node';
import type { AnalysisResult } from '../core/analyze';
import { itemLabel, meetingDays, meetingLength } from '../core/agenda/budget';
import type { Agenda, AgendaItem } from '../core/agenda/types';
import { MIN_CONFIDENCE } from '../core/tree/types';
import type { ResolvedConfig } from '../core/config/resolve';
import { clockText } from '../core/parse/times';
import { daysApart, planLabel, stopDate, type PlanIndex } from '../core/research/index';
import { budgetOf, citeInForce, halfDayMinutes, meetingDayLimit } from '../core/rules/kit/budgets';
import { ruleById } from '../core/rules/registry';
import { ymdText } from '../core/semantics/timeline';
import { localize, type LocaleLike } from './locale';

/** Where an item's hint sits: after its time, else after its duration, else after its text. */
function itemAnchor(it: AgendaItem): number {
  if (it.time) return it.para.origEnd(it.time.end);
  if (it.duration && it.durationPara) return it.durationPara.origEnd(it.duration.end);
  return itemExtent(it).end;
}

/** Original offsets of an item's whole text (all its parts). */
export function itemExtent(it: AgendaItem): { start: number; end: number } {
  const first = it.parts[0] ?? { para: it.para, start: it.start, end: it.end };
  const last = it.parts[it.parts.length - 1] ?? first;
  let end = last.end;
  while (end > last.start && /[。；;，,\s]/.test(last.para.text[end - 1]!)) end--;
  return { start: first.para.origStart(first.start), end: last.para.origEnd(end) };
}

function inRange(r: AnalysisResult, offset: number, range: Range | undefined): boolean {
  if (!range) return true;
  const p = r.model.lines.positionAt(offset);
  const after = (a: Position, b: Position): boolean => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(p, range.start) && after(range.end, p);
}

/** The meetings the rules checked, each with the scope its budgets follow. */
function checkedMeetings(r: AnalysisResult): Array<{ a: Agenda; scope: AnalysisResult['scope'] }> {
  if (!r.tree.official.official) return [];
  return r.tree.meetings.filter((m) => m.confidence >= MIN_CONFIDENCE).map((m) => ({ a: m.agenda, scope: m.whole ? r.scope : m.scope }));
}

export function inlayHints(r: AnalysisResult, config: ResolvedConfig, locale: LocaleLike, range?: Range): InlayHint[] {
  const out: InlayHint[] = [];
  for (const { a, scope } of checkedMeetings(r)) meetingHints(r, a, scope, config, locale, range, out);
  return out;
}

function meetingHints(r: AnalysisResult, a: Agenda, scope: AnalysisResult['scope'], config: ResolvedConfig, locale: LocaleLike, range: Range | undefined, out: InlayHint[]): void {
  for (const it of a.items) {
    if (it.minutes === null || a.statutory) continue;
    const budget = budgetOf(it, scope, config.rules);
    if (!budget && it.role === 'other') continue;
    const at = itemAnchor(it);
    if (!inRange(r, at, range)) continue;
    const per = it.perSpeaker !== null ? localize(locale, { zh: '每人 ', en: 'each ' }) : '';
    const label = budget
      ? localize(locale, { zh: `${per}${it.minutes} 分钟 / 上限 ${budget.limit}`, en: `${per}${it.minutes} min / limit ${budget.limit}` })
      : localize(locale, { zh: `${it.minutes} 分钟`, en: `${it.minutes} min` });
    const tooltip = budget ? `${budget.rule} · ${localize(locale, citeInForce(budget.rule, config.packs))}` : undefined;
    out.push({ position: r.model.lines.positionAt(at), label, kind: InlayHintKind.Type, paddingLeft: true, tooltip });
  }
  // The meeting's total against its budget, after its (first) date — or after the first item when no date is written.
  const first = a.days[0];
  const len = meetingLength(a);
  const days = meetingDays(a);
  if (!a.statutory && (days > 1 || len)) {
    const at = first ? first.para.origEnd(first.end) : a.items[0] ? itemExtent(a.items[0]).end : null;
    if (at !== null && inRange(r, at, range)) {
      const limit = totalLimit(a, scope, config, locale);
      const label = days > 1 || !len
        ? localize(locale, { zh: `会期 ${days} 天 / ${limit}`, en: `${days} days / ${limit}` })
        : localize(locale, { zh: `会议 ${len.minutes} 分钟 / ${limit}`, en: `meeting ${len.minutes} min / ${limit}` });
      out.push({ position: r.model.lines.positionAt(at), label, kind: InlayHintKind.Type, paddingLeft: true, tooltip: `meeting.duration · ${localize(locale, citeInForce('meeting.duration', config.packs))}` });
    }
  }
}

/** The meeting's limit as the hint shows it: half a day in minutes, else days (meeting.duration's options in force). */
function totalLimit(a: Agenda, scope: AnalysisResult['scope'], config: ResolvedConfig, locale: LocaleLike): string {
  const limit = meetingDayLimit(a, scope, config.rules);
  if (limit.days <= 0.5) {
    const halfMin = halfDayMinutes(config.rules);
    return limit.specialHalf
      ? localize(locale, { zh: `上限 ${halfMin} 分钟（专项，半天）`, en: `limit ${halfMin} min (special, half a day)` })
      : localize(locale, { zh: `上限 ${halfMin} 分钟（半天）`, en: `limit ${halfMin} min (half a day)` });
  }
  const group = limit.byGroup ? localize(locale, { zh: '（有分组讨论）', en: ' (with group discussions)' }) : '';
  return localize(locale, { zh: `上限 ${limit.days} 天${group}`, en: `limit ${limit.days} day${limit.days === 1 ? '' : 's'}${group}` });
}

/** Hover on an item's time range or duration: its length and the rule that applies. */
export function agendaHover(r: AnalysisResult, config: ResolvedConfig, pos: Position, locale: LocaleLike): Hover | null {
  const offset = r.model.lines.offsetAt(pos);
  for (const { a, scope } of checkedMeetings(r)) {
    const hover = itemHover(r, a, scope, config, offset, locale);
    if (hover) return hover;
  }
  return null;
}

function itemHover(r: AnalysisResult, a: Agenda, scope: AnalysisResult['scope'], config: ResolvedConfig, offset: number, locale: LocaleLike): Hover | null {
  for (const it of a.items) {
    const spans: Array<[number, number]> = [];
    if (it.time) spans.push([it.para.origStart(it.time.start), it.para.origEnd(it.time.end)]);
    if (it.duration && it.durationPara) spans.push([it.durationPara.origStart(it.duration.start), it.durationPara.origEnd(it.duration.end)]);
    for (const [start, end] of spans) {
      if (offset < start || offset > end) continue;
      const lines: string[] = [];
      const when = it.from !== null ? `${clockText(it.from)}${it.to !== null ? `—${clockText(it.to)}${it.toInferred ? localize(locale, { zh: '（按下一项开始时间推定）', en: ' (until the next item)' }) : ''}` : ''}` : '';
      const length = it.minutes !== null ? localize(locale, { zh: `${it.perSpeaker !== null ? '每人 ' : ''}${it.minutes} 分钟`, en: `${it.minutes} minutes${it.perSpeaker !== null ? ' per speaker' : ''}` }) : localize(locale, { zh: '时长未知', en: 'length unknown' });
      lines.push(`**${itemLabel(it)}** ${when ? `\`${when}\` ` : ''}· ${length}`);
      const budget = a.statutory ? null : budgetOf(it, scope, config.rules);
      if (a.statutory) {
        lines.push(localize(locale, { zh: '人大、政协等法定会议，不受 §8 会议时长控制。', en: 'A statutory session (人大, 政协 …): not governed by §8.' }));
      } else if (budget) {
        const rule = ruleById(budget.rule);
        const over = it.minutes !== null && it.minutes > budget.limit;
        const cite = citeInForce(budget.rule, config.packs);
        lines.push(localize(locale, {
          zh: `${rule?.title.zh ?? budget.rule}：上限 ${budget.limit} 分钟（${cite.zh}，\`${budget.rule}\`）${over ? ' —— 超出' : ''}`,
          en: `${rule?.title.en ?? budget.rule}: limit ${budget.limit} minutes (${cite.en}, \`${budget.rule}\`)${over ? ' — over' : ''}`,
        }));
      } else {
        lines.push(
          it.role === 'other' && /讲话|致辞/.test(it.label)
            ? localize(locale, { zh: '不是主要领导同志讲话，也不是主持会议的领导同志讲话：§8 未规定其时长。', en: "Neither a principal leader's speech nor the presiding leader's remarks: §8 sets no limit." })
            : localize(locale, { zh: '不属于讲话、汇报、发言或主持，不计入 §8 时长控制。', en: 'Not a speech, report or presiding remarks: not budgeted under §8.' }),
        );
      }
      return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: r.model.lines.rangeAt(start, end) };
    }
  }
  return null;
}

function rangeOf(r: AnalysisResult, start: number, end: number): Range {
  return r.model.lines.rangeAt(start, end);
}

/**
 * Hover on a stop's place: where it sits (区县 › 镇街 › 村社), its mode, and every other plan of
 * the workspace that visits the same place, with its date and the distance in days (nearest first).
 */
export function planHover(r: AnalysisResult, index: PlanIndex, self: string, pos: Position, locale: LocaleLike): Hover | null {
  if (!r.plan) return null;
  const offset = r.model.lines.offsetAt(pos);
  const i = r.plan.stops.findIndex((s) => offset >= s.para.origStart(s.placeStart) && offset <= s.para.origEnd(s.placeEnd));
  if (i < 0) return null;
  const s = r.plan.stops[i]!;
  const where = [s.place.district, s.place.town, s.place.site].filter(Boolean).join(' › ');
  const mode = s.mode === 'unannounced' ? localize(locale, { zh: '暗访', en: 'unannounced' }) : localize(locale, { zh: '明察', en: 'announced' });
  const when = [s.date ? ymdText(s.date) : '', s.time !== null ? clockText(s.time) : ''].filter(Boolean).join(' ');
  const lines = [`**${localize(locale, { zh: `第 ${i + 1} 站`, en: `Stop ${i + 1}` })}** ${where} · ${mode}${when ? ` · ${when}` : ''}`];
  if (!s.place.comparable) {
    lines.push(localize(locale, { zh: '未指明具体地点（类别或仅有区县），不与其他方案比较。', en: 'Not a definite place (a category or a district only): not compared with other plans.' }));
  } else {
    const others = index
      .sameStops(s.place, self)
      .map((o) => ({ o, date: stopDate(o), gap: daysApart(s.date, stopDate(o)) }))
      .sort((a, b) => (a.gap ?? Infinity) - (b.gap ?? Infinity));
    if (others.length === 0) lines.push(localize(locale, { zh: '工作区其他调研方案未安排此地。', en: 'No other plan in the workspace visits this place.' }));
    else {
      lines.push(localize(locale, { zh: `工作区其他调研方案也安排了此地（${others.length} 处）：`, en: `Other plans in the workspace that visit it (${others.length}):` }));
      for (const { o, date, gap } of others.slice(0, 12)) {
        const at = localize(locale, { zh: `第 ${o.index + 1} 站`, en: `stop ${o.index + 1}` });
        const d = date ? localize(locale, { zh: `，${ymdText(date)}`, en: `, ${ymdText(date)}` }) : '';
        const g = gap !== null ? localize(locale, { zh: `，相隔 ${gap} 天`, en: `, ${gap} days apart` }) : '';
        lines.push(`- ${planLabel(o.plan)} ${at}${d}${g}`);
      }
      if (others.length > 12) lines.push(localize(locale, { zh: `- 另有 ${others.length - 12} 处`, en: `- and ${others.length - 12} more` }));
    }
  }
  const at = { start: s.para.origStart(s.placeStart), end: s.para.origEnd(s.placeEnd) };
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: rangeOf(r, at.start, at.end) };
}
