// Metamorphic properties of the analysis core: a change to a document whose effect is known
// in advance (white space added, a paragraph of N 字 appended, digits made half-width,
// attachments re-ordered, fixes applied) must have exactly that effect. Base texts: every rule
// fixture (expanded, under its sidecar's settings) and generated documents. Every fc.assert has
// a fixed seed, so each run checks the same cases and a failure replays as it was reported.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AnalysisResult } from '../server/src/core/analyze';
import { applyEdits, collectFixEdits } from '../server/src/core/fixes';
import { isAlnumCode, isSpaceCode } from '../server/src/core/text/chars';
import { countText } from '../server/src/core/text/count';
import type { CountMode, Finding, TextEdit } from '../server/src/core/types';
import {
  ATTACHMENT_NAMES, attachmentDoc, dateOrTimeDigits, deadlineArb, deadlineNotice, injectArb, meetingArb, meetingDoc, requestArb, requestDoc,
  toFullDigits, toHalfDigits,
} from './helpers/docgen';
import { allCases, around, generatedCase, MODES, type Case } from './helpers/pool';

/** A position as a fraction of a list's length (uniform). */
const frac = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((x) => x / 1_000_000);
const pickAt = <T>(list: readonly T[], f: number): T => list[Math.floor(f * list.length)]!;

const SPACES = [' ', '\u3000', '\t', '\u00a0'] as const;

// ---- 1. white space --------------------------------------------------------------------------

/**
 * Characters that may belong to one counted token: letters and digits of either width, Latin
 * letters with diacritics and combining marks (café is one word), the run joiners (. : , ' - _ /
 * and full-width ． ：), % and ％ (50% is one word), and any other ASCII mark (Markdown ** and
 * HTML entities such as &amp; are markup, not text). A space between two of them can split a
 * token — 2019 → 20 19, 9:00 → 9 :00, ** → * * — and so change the count for a reason that has
 * nothing to do with white space; such positions are left out.
 */
function tokenChar(c: number): boolean {
  return (
    isAlnumCode(c) || (c >= 0x21 && c <= 0x7e) || c === 0xff0e || c === 0xff1a || c === 0xff05 ||
    (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f)
  );
}

/** Whether a space may go between code units a and b without splitting a token. */
function neutralGap(a: number, b: number): boolean {
  return !(tokenChar(a) && tokenChar(b));
}

/**
 * Offsets inside body paragraphs where a single space lands between two characters that are not
 * white space (so it never joins an existing run into a U+3000 paragraph break, and never sits
 * at a line start, where indentation is a paragraph-start signal in hard-wrapped text).
 */
function bodyGaps(text: string, r: AnalysisResult): number[] {
  const out: number[] = [];
  // A line that holds several paragraphs (a page flattened onto one line) separates them by
  // spaces: there a space is a separator, not layout noise, so no gap is taken on it.
  const perLine = new Map<number, number>();
  for (const p of r.model.paragraphs) perLine.set(p.line, (perLine.get(p.line) ?? 0) + 1);
  for (const p of r.model.body) {
    if (perLine.get(p.line)! > 1) continue;
    for (let k = 1; k < p.text.length; k++) {
      const at = p.origStart(k);
      if (at <= 0 || at >= text.length) continue;
      const a = text.charCodeAt(at - 1);
      const b = text.charCodeAt(at);
      if (isSpaceCode(a) || isSpaceCode(b)) continue;
      if (b >= 0xdc00 && b <= 0xdfff) continue; // inside a surrogate pair
      if (!neutralGap(a, b)) continue;
      out.push(at);
    }
  }
  return out;
}

function insertAll(text: string, points: ReadonlyArray<{ at: number; s: string }>): string {
  const sorted = [...points].sort((x, y) => y.at - x.at);
  let t = text;
  for (const p of sorted) t = t.slice(0, p.at) + p.s + t.slice(p.at);
  return t;
}

/** counts.body of a text in every count mode (one model, three counts; no rules run). */
function bodyCounts(c: Case, text: string): { r: AnalysisResult; body: Record<CountMode, number> } {
  const r = c.check(text, 'word', 'none');
  const body = { word: r.counts.body, han: c.check(text, 'han', 'none', r.model).counts.body, chars: c.check(text, 'chars', 'none', r.model).counts.body };
  return { r, body };
}

/** As bodyCounts, with every rule run in word mode (for findings). */
function bodyCountsAll(c: Case, text: string): { r: AnalysisResult; body: Record<CountMode, number> } {
  const r = c.check(text, 'word', 'all');
  const body = { word: r.counts.body, han: c.check(text, 'han', 'none', r.model).counts.body, chars: c.check(text, 'chars', 'none', r.model).counts.body };
  return { r, body };
}

interface Base {
  c: Case;
  r: AnalysisResult;
  body: Record<CountMode, number>;
  gaps: number[];
}

const baseCache = new Map<Case, Base>();
function base(c: Case): Base {
  let b = baseCache.get(c);
  if (!b) {
    const { r, body } = bodyCounts(c, c.text);
    b = { c, r, body, gaps: bodyGaps(c.text, r) };
    baseCache.set(c, b);
  }
  return b;
}

/** Five agenda items, one per line: three of one width make the first four one paragraph. */
const SHORT_LIST_WRAP_EXAMPLE = [
  '全市防汛工作会议议程',
  '',
  '一、市水务局通报今年汛期形势（10分钟）',
  '二、市应急局通报防汛物资准备（10分钟）',
  '三、市气象局通报天气趋势预测（10分钟）',
  '四、副市长张三讲话（20分钟）',
  '五、市长王五讲话（30分钟）',
  '',
].join('\n');


const spaceInsertions = fc.array(fc.record({ at: frac, s: fc.constantFrom(...SPACES) }), { minLength: 1, maxLength: 4 });

/** The chosen gaps of a base text, one insertion per gap (two spaces at one gap would make a run). */
function chooseGaps(b: Base, ins: ReadonlyArray<{ at: number; s: string }>): Array<{ at: number; s: string }> {
  const seen = new Set<number>();
  const out: Array<{ at: number; s: string }> = [];
  for (const i of ins) {
    const at = pickAt(b.gaps, i.at);
    if (seen.has(at)) continue;
    seen.add(at);
    out.push({ at, s: i.s });
  }
  return out;
}

// ---- 2. an appended paragraph ------------------------------------------------------------------

/** Han characters that form no structure word (附件, 抄送, 印发, 会议 …) in any order. */
const PLAIN_HAN = '建设推进落实持续提升服务质量水平体系机制创新改革深化完善加强统筹协调保障基础治理环境生态农业产业';

function hanRun(n: number, from: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PLAIN_HAN[(from + i * 7) % PLAIN_HAN.length]!;
  return s;
}

/**
 * Where a new paragraph goes right after the last body paragraph (the last paragraph whose role
 * the model says is body; model.body lists the same ones): the end of its line (before
 * the line break), or, when the text runs on in the same line after a U+3000 paragraph break
 * (a whole document on one line), the end of the paragraph. null when the line goes on in
 * another way (a table row).
 */
function appendPoint(text: string, r: AnalysisResult): number | null {
  const p = r.model.paragraphs.filter((x) => x.role === 'body').pop();
  if (!p) return null;
  const lineEnd = r.model.lines.lineEnd(r.model.lines.positionAt(p.end).line);
  let i = p.end;
  let ideo = 0;
  while (i < lineEnd && isSpaceCode(text.charCodeAt(i))) if (text.charCodeAt(i++) === 0x3000) ideo++;
  if (i === lineEnd) return lineEnd;
  return ideo >= 2 ? p.end : null;
}

// ---- 3. full-width digits --------------------------------------------------------------------

/**
 * Rules that read dates, deadlines, weekdays and clock times (their doc pages say full-width
 * digits are read as Arabic ones). The cross-plan research rules need a workspace and are left out.
 */
const DATE_RULES = new Set([
  'doc.report-deadline', 'doc.request-lead-time', 'format.date', 'meeting.leader-invitation', 'meeting.no-meeting-day', 'meeting.no-meeting-week',
  'meeting.draft-lead-time', 'meeting.duration', 'meeting.principal-speech', 'meeting.host-remarks', 'meeting.report-time', 'meeting.speech-time',
  'meeting.time-overlap', 'meeting.untimed-item',
]);

/** A page mark between two body paragraphs: not text, whatever the width of its digits. */
const FULL_WIDTH_PAGE_MARK_EXAMPLE = [
  '济南市民政局关于做好养老服务设施建设工作的通知',
  '各区县民政局：',
  '\u3000\u3000为加快补齐养老服务设施短板，现将有关事项通知如下。',
  '—１—',
  '\u3000\u3000各区县要对照任务清单，逐项抓好落实。',
  '济南市民政局',
  '2024年3月4日',
  '（此件公开发布）',
  '',
].join('\n');

/** An agenda item with a list mark: the report is quoted without its mark, whatever its width. */
const FULL_WIDTH_LIST_MARK_EXAMPLE = ['全市养老服务工作推进会议程', '', '时间：2024年3月19日（星期二）上午9:00', '', '１.市民政局汇报工作进展（20分钟）', ''].join('\n');

function dateFindings(r: AnalysisResult): string[] {
  return r.findings
    .filter((f) => DATE_RULES.has(f.rule))
    .map((f) => `${f.rule} [${f.start}, ${f.end}) ${toHalfDigits(f.message.zh)} | ${toHalfDigits(f.message.en)} | ${f.fixes.length} fix(es)`);
}

// ---- 4. attachments ------------------------------------------------------------------------------

/** The numbers in doc.attachment-count's message (the count and the limit). */
function attachmentMessageNumbers(r: AnalysisResult): number[][] {
  return r.findings.filter((f) => f.rule === 'doc.attachment-count').map((f) => (f.message.zh.replace(/（§.*$/, '').match(/\d+/g) ?? []).map(Number));
}

/**
 * The names of a 附件说明 list as the text writes it, found without the model (so that a model
 * that misreads the list cannot hide the change): a line 附件：1.名称, then lines 2.名称, 3.名称 …
 * numbered on. Each name runs from after its mark to the end of its line. Lists with fewer than
 * two items, or with a name wrapped onto a second line, are left out.
 */
function noteNames(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) lines.push({ start: m.index, end: m.index + m[0].replace(/[\r\n]+$/, '').length });
  const FIRST = /^[\s\u3000]*附\s*件\s*[:：]\s*([0-9０-９]{1,2})\s*[.．、]\s*/;
  const NEXT = /^[\s\u3000]*([0-9０-９]{1,2})\s*[.．、]\s*/;
  const num = (s: string) => Number(toHalfDigits(s));
  for (let i = 0; i < lines.length; i++) {
    const first = FIRST.exec(text.slice(lines[i]!.start, lines[i]!.end));
    if (!first || num(first[1]!) !== 1) continue;
    const out: Array<{ start: number; end: number }> = [];
    let mark = first;
    for (let j = i; j < lines.length; j++) {
      const line = text.slice(lines[j]!.start, lines[j]!.end);
      if (j > i) {
        const m = NEXT.exec(line);
        // An indented line without a number carries on a long name (GB 7.3.4): moving the
        // name's first line would strand its second, so such a list is left as it is.
        if (!m && /^[\s\u3000]+\S/.test(line)) return [];
        if (!m || num(m[1]!) !== out.length + 1) break;
        mark = m;
      }
      const name = line.slice(mark[0].length).replace(/[\s\u3000]+$/, '');
      if (!name) break;
      out.push({ start: lines[j]!.start + mark[0].length, end: lines[j]!.start + mark[0].length + name.length });
    }
    if (out.length >= 2) return out;
  }
  return [];
}

/** Edits that give the listed names another order (the numbers stay: the list is renumbered). */
function permuteNames(text: string, spans: ReadonlyArray<{ start: number; end: number }>, order: readonly number[]): TextEdit[] {
  return spans.map((sp, i) => ({ start: sp.start, end: sp.end, newText: text.slice(spans[order[i]!]!.start, spans[order[i]!]!.end) }));
}

/** A permutation of 0..n-1 from a list of sort keys. */
function permutation(n: number, keys: readonly number[]): number[] {
  return [...Array(n).keys()].sort((a, b) => (keys[a] ?? a) - (keys[b] ?? b) || a - b);
}

// ---- 5. fixes --------------------------------------------------------------------------------------

const MAX_ROUNDS = 5;

function countByRule(fs: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of fs) m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return m;
}

const fixable = (f: Finding) => f.fixes.some((x) => x.edits.length > 0);

interface FixRun {
  text: string;
  /** No fix is offered on the text reached. */
  fixedPoint: boolean;
  /** A round's edits left the text as it was (a fix that changes nothing). */
  noop: boolean;
}

/** Applies every fix (first alternative of each finding) until none remains, at most MAX_ROUNDS rounds. */
function fixAll(c: Case, text: string): FixRun {
  let cur = text;
  for (let round = 0; ; round++) {
    const edits = collectFixEdits(c.check(cur).findings);
    if (edits.length === 0) return { text: cur, fixedPoint: true, noop: false };
    if (round === MAX_ROUNDS) return { text: cur, fixedPoint: false, noop: false };
    const next = applyEdits(cur, edits);
    if (next === cur) return { text: cur, fixedPoint: false, noop: true };
    cur = next;
  }
}

/**
 * Everything fix-all must keep: it ends at a fixed point within MAX_ROUNDS rounds (every round
 * changes the text); no rule without a fixable finding reports more afterwards, and no rule that
 * was silent reports anything; at the fixed point a fresh analysis offers no fix, and fixing again
 * changes nothing.
 */
function checkFixAll(c: Case, text: string): void {
  const before = c.check(text).findings;
  if (collectFixEdits(before).length === 0) return; // already a fixed point
  const run = fixAll(c, text);
  assert.ok(!run.noop, `${c.name}: a round of fixes left the text unchanged (a fix that changes nothing)`);
  assert.ok(run.fixedPoint, `${c.name}: fixes still offered after ${MAX_ROUNDS} rounds`);
  const after = c.check(run.text).findings;
  const fixableRules = new Set(before.filter(fixable).map((f) => f.rule));
  const was = countByRule(before);
  for (const [rule, n] of countByRule(after)) {
    if (!was.has(rule)) assert.fail(`${c.name}: ${rule} reports ${n} finding(s) after the fixes, none before`);
    if (!fixableRules.has(rule)) assert.ok(n <= was.get(rule)!, `${c.name}: ${rule} (no fixable finding) reports ${n} after the fixes, ${was.get(rule)} before`);
  }
  assert.deepEqual(collectFixEdits(after), [], `${c.name}: fixes offered at the fixed point`);
  assert.equal(fixAll(c, run.text).text, run.text, `${c.name}: fixing the fixed text changed it`);
}

/** A Thursday meeting exactly 10 days after its notice, with the 市委书记 invited. */
const LEAD_TIME_EXAMPLE = [
  '关于召开全市河湖管护工作推进会的通知',
  '',
  '各区县人民政府，市直有关部门：',
  '\u3000\u3000经市政府同意，定于2024年3月21日（星期四）上午9:00在市政府第一会议室召开全市河湖管护工作推进会。邀请市委书记赵六出席并讲话。现将有关事项通知如下：',
  '\u3000\u3000一、会议议程',
  '\u3000\u30001.市水务局汇报工作进展（10分钟）',
  '\u3000\u30002.市委书记赵六讲话（30分钟）',
  '\u3000\u3000二、参会人员',
  '\u3000\u3000各区县分管负责同志，市直有关部门分管负责同志。',
  '',
  '济南市人民政府办公厅',
  '2024年3月11日',
  '',
].join('\n');

/**
 * Each fix alternative of each finding, applied alone: the finding goes (no finding of its rule
 * with its message over the same text is left as often as before) and no other rule reports more.
 */
function checkAlternatives(c: Case, text: string): void {
  const r = c.check(text);
  const key = (t: string, f: Finding) => `${f.rule}\u0000${f.message.zh}\u0000${t.slice(f.start, f.end)}`;
  const was = countByRule(r.findings);
  const sameBefore = new Map<string, number>();
  for (const f of r.findings) sameBefore.set(key(text, f), (sameBefore.get(key(text, f)) ?? 0) + 1);
  for (const f of r.findings) {
    f.fixes.forEach((fix, k) => {
      const t = applyEdits(text, fix.edits);
      const after = c.check(t).findings;
      const where = `${c.name}: ${f.rule} “${f.message.zh}” fix ${k + 1} “${fix.title.zh}”`;
      const left = after.filter((g) => key(t, g) === key(text, f)).length;
      assert.ok(left < sameBefore.get(key(text, f))!, `${where}: the finding is still reported`);
      for (const [rule, n] of countByRule(after)) {
        if (rule !== f.rule) assert.ok(n <= (was.get(rule) ?? 0), `${where}: ${rule} reports ${n} finding(s), ${was.get(rule) ?? 0} before`);
      }
    });
  }
}

describe('metamorphic properties of the analysis core', function () {
  this.timeout(60000);
  const cases = allCases();

  describe('white space leaves 字数 unchanged', () => {
    // 字数 counts characters and Latin/digit runs, never white space, and spaces beside
    // Chinese text are layout; so a space, U+3000, tab or NBSP between two characters that do
    // not form one token adds nothing to the body's count, in any count mode.
    it('on countText directly, in every count mode', () => {
      const alphabet = fc.constantFrom(
        '中', '文', '件', '〇', '𠀀', '。', '，', '、', '（', '）', '“', '”', '《', '》', '—', '％', '．', '：',
        'a', 'Z', '0', '7', '９', 'Ｂ', 'é', 'ǐ', '\u0301', '.', ':', ',', '-', '/', '_', "'", '%', '(', ')', '!', '#', '·', '…', '①', '\u3000', ' ',
      );
      fc.assert(
        fc.property(fc.array(alphabet, { minLength: 1, maxLength: 40 }), fc.array(fc.record({ at: frac, s: fc.constantFrom(...SPACES) }), { minLength: 1, maxLength: 3 }), (chars, ins) => {
          const s = chars.join('');
          // Code-point boundaries whose neighbours do not form one token.
          const gaps: number[] = [];
          for (let i = 0; i <= s.length; i++) {
            const b = s.charCodeAt(i);
            if (i > 0 && i < s.length && b >= 0xdc00 && b <= 0xdfff) continue;
            if (i > 0 && i < s.length && !neutralGap(s.charCodeAt(i - 1), b)) continue;
            gaps.push(i);
          }
          const points = [...new Map(ins.map((x) => [pickAt(gaps, x.at), x.s])).entries()].map(([at, sp]) => ({ at, s: sp }));
          const t = insertAll(s, points);
          for (const m of MODES) assert.equal(countText(t, m), countText(s, m), `${m}: ${JSON.stringify(s)} → ${JSON.stringify(t)}`);
        }),
        { seed: 0x5eed01, numRuns: 2000 },
      );
    });

    it('inside body lines: counts.body unchanged in word, han and chars mode', () => {
      fc.assert(
        fc.property(fc.nat(), spaceInsertions, (ci, ins) => {
          const b = base(cases[ci % cases.length]!);
          if (b.gaps.length === 0) return;
          const points = chooseGaps(b, ins);
          const t = insertAll(b.c.text, points);
          const where = `${b.c.name}: ${points.map((p) => around(b.c.text, p.at)).join(', ')}`;
          const after = bodyCounts(b.c, t).body;
          for (const m of MODES) assert.equal(after[m], b.body[m], `${where} (${m}): body ${b.body[m]} → ${after[m]}`);
        }),
        { seed: 0x5eed02, numRuns: 500 },
      );
    });

    // Which paragraphs are body depends on lines and their roles, not on a space within a line.
    // One space per case: the hard-wrap decision weighs line widths, and several spaces together
    // may widen a line past the wrap width, which rightly reads as text that is not hard-wrapped.
    it('inside body lines: the same body paragraphs, the same hard-wrap decision', () => {
      fc.assert(
        fc.property(fc.nat(), spaceInsertions.map((a) => a.slice(0, 1)), (ci, ins) => {
          const b = base(cases[ci % cases.length]!);
          if (b.gaps.length === 0) return;
          const points = chooseGaps(b, ins);
          const t = insertAll(b.c.text, points);
          const before = b.r.model;
          const after = b.c.check(t, 'word', 'none').model;
          const where = `${b.c.name}: ${points.map((p) => around(b.c.text, p.at)).join(', ')}`;
          assert.equal(after.wrapped, before.wrapped, `${where}: hard-wrapped ${before.wrapped} → ${after.wrapped}`);
          assert.equal(after.body.length, before.body.length, `${where}: ${before.body.length} body paragraphs → ${after.body.length}`);
        }),
        { seed: 0x5eed03, numRuns: 600 },
      );
    });

    // Leading white space is indentation. In text that is not hard-wrapped it means nothing;
    // in hard-wrapped text an indented line starts a paragraph (U+3000 and tab indent, a single
    // half-width space or NBSP does not), so only those two are inserted there.
    it('at the start of a line: every paragraph keeps its role and text', () => {
      fc.assert(
        fc.property(fc.nat(), frac, fc.constantFrom(...SPACES), (ci, lf, sp) => {
          const c = cases[ci % cases.length]!;
          const b = base(c);
          const r = b.r;
          if (r.model.wrapped && (sp === '\u3000' || sp === '\t')) sp = ' ';
          const starts = Array.from(r.model.lines.starts).filter((s) => s < c.text.length && !isSpaceCode(c.text.charCodeAt(s)));
          if (starts.length === 0) return;
          const at = pickAt(starts, lf);
          const t = c.text.slice(0, at) + sp + c.text.slice(at);
          const after = c.check(t, 'word', 'none');
          const sig = (x: AnalysisResult) => x.model.paragraphs.map((p) => `${p.role}: ${p.text}`);
          assert.deepEqual(sig(after), sig(r), `${c.name}: ${JSON.stringify(sp)} at ${around(c.text, at)}`);
          assert.equal(after.kind, r.kind);
        }),
        { seed: 0x5eed04, numRuns: 600 },
      );
    });

    // Lines of about one width that each start an item (一、 二、 …, 9:00) are a list, not a PDF's hard wraps.
    it('a short agenda or itinerary is not taken for hard-wrapped text', () => {
      // One line per item: not hard-wrapped, five body paragraphs, no heading finding.
      const ex = generatedCase('short list example', SHORT_LIST_WRAP_EXAMPLE);
      const r = ex.check(ex.text, 'word', 'all');
      assert.equal(r.model.wrapped, false);
      assert.equal(r.model.body.length, 5);
      assert.deepEqual(r.findings.filter((f) => f.rule === 'format.heading-sequence'), []);
      // Generated agendas and notices have no hard wraps.
      for (const c of cases) if (c.fixture === null) assert.equal(base(c).r.model.wrapped, false, `${c.name} taken for hard-wrapped text`);
      // In agenda and itinerary fixtures, no space inside a body line changes the body paragraphs.
      for (const c of cases.filter((x) => /meeting\.|research\./.test(x.name))) {
        const b = base(c);
        for (const at of b.gaps) {
          const after = c.check(c.text.slice(0, at) + ' ' + c.text.slice(at), 'word', 'none').model;
          assert.equal(after.body.length, b.r.model.body.length, `${c.name}: a space at ${around(c.text, at)}`);
        }
      }
    });
  });
  describe('a body paragraph of N Han characters adds N 字', () => {
    // Han mode counts Han characters, so N of them add N; word and chars mode count the 。 too.
    // The paragraph goes right after the last body paragraph, so it is body whatever follows
    // (附件说明, 署名, 成文日期), and it is a paragraph of its own: it starts a line and its last
    // line ends a sentence. Its width stays out of the range the hard-wrap decision reads as a
    // wrap width (24–160 columns, with a tolerance): at most 7 字 (20 columns with the indent),
    // or at least 88 字 (over 176 columns) in text that is not hard-wrapped.
    const lengths = fc.oneof(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 88, max: 400 }));
    it('counts.body grows by N (han) and N + 1 (word, chars); one more body paragraph', () => {
      fc.assert(
        fc.property(fc.nat(), lengths, fc.nat(), fc.constantFrom('\n', '\r\n'), fc.boolean(), (ci, n0, from, eol, indent) => {
          const c = cases[ci % cases.length]!;
          const b = base(c);
          const at = appendPoint(c.text, b.r);
          if (at === null) return;
          const wrapped = b.r.model.wrapped;
          const n = wrapped ? 1 + (n0 % 7) : n0;
          const para = hanRun(n, from) + '。';
          const t = c.text.slice(0, at) + eol + (indent ? '\u3000\u3000' : '') + para + c.text.slice(at);
          const { r, body } = bodyCounts(c, t);
          const where = `${c.name}: ${n} 字 at ${around(c.text, at)}`;
          assert.equal(body.han, b.body.han + n, `${where} (han)`);
          assert.equal(body.word, b.body.word + n + 1, `${where} (word)`);
          assert.equal(body.chars, b.body.chars + n + 1, `${where} (chars)`);
          assert.equal(r.counts.attachmentCount, b.r.counts.attachmentCount, `${where}: attachment count`);
          assert.equal(r.model.wrapped, wrapped, `${where}: hard-wrapped ${wrapped} → ${r.model.wrapped}`);
          // In hard-wrapped text an unindented line may continue the paragraph before it.
          assert.ok(r.model.body.some((p) => p.text.endsWith(para)), `${where}: the new paragraph is not body`);
          if (!wrapped || indent) {
            assert.equal(r.model.body.length, b.r.model.body.length + 1, `${where}: body paragraphs`);
            assert.ok(r.model.body.some((p) => p.text === para), `${where}: the new paragraph is not a paragraph of its own`);
          }
        }),
        { seed: 0x5eed05, numRuns: 400 },
      );
    });
  });

  describe('full-width digits read as half-width ones', () => {
    // ０–９ are the same numbers as 0–9 (RULES.md, and each date rule's page): a run of them is
    // one word as a run of ASCII digits is, and every date, deadline, weekday and clock time
    // means the same. Conversion is one UTF-16 unit for one, so offsets stay put.
    const sameUnderFolding = (c: Case, full: string): void => {
      const half = toHalfDigits(full);
      const a = bodyCountsAll(c, full);
      const b = bodyCountsAll(c, half);
      for (const m of MODES) assert.equal(a.body[m], b.body[m], `${c.name} (${m}): body ${a.body[m]} full-width, ${b.body[m]} half-width`);
      assert.equal(a.r.counts.attachments, b.r.counts.attachments, `${c.name}: attachments 字数`);
      assert.equal(a.r.counts.attachmentCount, b.r.counts.attachmentCount, `${c.name}: attachment count`);
      assert.deepEqual(dateFindings(a.r), dateFindings(b.r), `${c.name}: date findings differ (full-width first)`);
    };
    const generators = fc.oneof(
      deadlineArb(injectArb).map((p) => ({ name: 'deadline notice', text: deadlineNotice(p) })),
      requestArb.map((p) => ({ name: 'request', text: requestDoc(p) })),
      meetingArb(injectArb).map((p) => ({ name: `meeting ${p.form}`, text: meetingDoc(p) })),
    );

    it('generated notices, requests, meeting notices and agendas written with full-width digits', () => {
      fc.assert(
        fc.property(generators, fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (g, mask) => {
          // The digits of dates, deadlines, 成文日期, clock times and durations: all of them, or
          // some (writers mix the two). List marks (１.) are the fixture property's business.
          const full = toFullDigits(g.text, (i, a, b) => dateOrTimeDigits(g.text, a, b) && (mask.length === 1 || mask[i % mask.length]!));
          sameUnderFolding(generatedCase(g.name, full), full);
        }),
        { seed: 0x5eed06, numRuns: 200 },
      );
    });

    it('every fixture with all its digits made full-width', () => {
      for (const c of cases) if (c.fixture) sameUnderFolding(c, toFullDigits(c.text));
    });

    it('page marks and agenda list marks in full-width digits are read as in half-width digits', () => {
      const page = generatedCase('page mark example', FULL_WIDTH_PAGE_MARK_EXAMPLE);
      sameUnderFolding(page, page.text);
      const list = generatedCase('list mark example', FULL_WIDTH_LIST_MARK_EXAMPLE);
      sameUnderFolding(list, list.text);
    });
  });

  describe('re-ordering attachments keeps their number', () => {
    // The number of attachments (§2) is how many there are, whatever their order: the larger of
    // the 附件说明 items and the labelled sections.
    it('generated notices: permuted 附件说明 (renumbered) and attachment sections (relabelled)', () => {
      const names = fc.uniqueArray(fc.nat(ATTACHMENT_NAMES.length - 1), { minLength: 0, maxLength: ATTACHMENT_NAMES.length });
      fc.assert(
        fc.property(names, fc.nat(ATTACHMENT_NAMES.length), fc.array(fc.nat(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom('\n' as const, '\r\n' as const), (note, nSections, k1, k2, eol) => {
          // The sections attach the listed names first, then others: as many as the list, fewer, or more.
          const sections = [...note, ...[...ATTACHMENT_NAMES.keys()].filter((k) => !note.includes(k))].slice(0, nSections);
          const c = generatedCase('attachments', attachmentDoc({ note, sections, eol }));
          const r = c.check(c.text, 'word', 'all');
          // Knowable outright: the larger of the two lists.
          const n = Math.max(note.length, sections.length);
          assert.equal(r.counts.attachmentCount, n, `${note.length} items, ${sections.length} sections:\n${c.text}`);
          assert.deepEqual(attachmentMessageNumbers(r), n > 3 ? [[n, 3]] : []);
          const p1 = permutation(note.length, k1);
          const p2 = permutation(sections.length, k2);
          const moved = attachmentDoc({ note: p1.map((i) => note[i]!), sections: p2.map((i) => sections[i]!), eol });
          const r2 = c.check(moved, 'word', 'all');
          assert.equal(r2.counts.attachmentCount, n, `re-ordered:\n${moved}`);
          assert.deepEqual(attachmentMessageNumbers(r2), attachmentMessageNumbers(r), `re-ordered:\n${moved}`);
        }),
        { seed: 0x5eed07, numRuns: 200 },
      );
    });

    it('fixtures: 附件说明 items given their names in another order', () => {
      let permuted = 0;
      for (const c of cases) {
        const spans = noteNames(c.text);
        const n = spans.length;
        if (n < 2) continue;
        const r = c.check(c.text, undefined, 'all');
        // Reversed, and rotated by one.
        for (const order of [[...Array(n).keys()].reverse(), [...Array(n).keys()].map((i) => (i + 1) % n)]) {
          permuted++;
          const t = applyEdits(c.text, permuteNames(c.text, spans, order));
          const r2 = c.check(t, undefined, 'all');
          assert.equal(r2.counts.attachmentCount, r.counts.attachmentCount, `${c.name}: order ${order.join(',')}`);
          assert.deepEqual(attachmentMessageNumbers(r2), attachmentMessageNumbers(r), `${c.name}: order ${order.join(',')}`);
        }
      }
      assert.ok(permuted >= 10, `only ${permuted} fixture lists permuted`);
    });
  });

  describe('fixes', () => {
    // Fixing is convergent and leaves the rest alone: fix-all reaches a fixed point that offers
    // no further fix; rules it does not fix report nothing new.
    it('fix-all on every fixture: fixed point, idempotent, nothing new', () => {
      for (const c of cases) if (c.fixture) checkFixAll(c, c.text);
    });

    const meetings = meetingArb(injectArb).map((p) => ({ name: `meeting ${p.form}`, text: meetingDoc(p) }));
    const injected = fc.oneof(deadlineArb(injectArb).map((p) => ({ name: 'deadline notice', text: deadlineNotice(p) })), meetings);

    it('fix-all on generated documents with injected problems: fixed point, idempotent, nothing new', () => {
      for (const c of cases) if (!c.fixture) checkFixAll(c, c.text);
      fc.assert(
        fc.property(injected, (g) => checkFixAll(generatedCase(g.name, g.text), g.text)),
        { seed: 0x5eed08, numRuns: 100 },
      );
    });

    it('each fix alternative alone: its finding goes, no other rule reports more', () => {
      fc.assert(
        fc.property(injected, (g) => checkAlternatives(generatedCase(g.name, g.text), g.text)),
        { seed: 0x5eed09, numRuns: 80 },
      );
    });

    it('moving a meeting off a 无会日 keeps the lead time of an invitation or a draft', () => {
      const ex = generatedCase('lead time example', LEAD_TIME_EXAMPLE);
      checkAlternatives(ex, ex.text);
      checkFixAll(ex, ex.text);
      fc.assert(
        fc.property(meetings, (g) => {
          const c = generatedCase(g.name, g.text);
          checkAlternatives(c, g.text);
          checkFixAll(c, g.text);
        }),
        { seed: 0x5eed0a, numRuns: 100 },
      );
    });
  });
});
