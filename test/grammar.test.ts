// The TextMate grammar of the `gongwen` language, tokenized by the same engine VS Code uses
// (vscode-textmate + the Oniguruma wasm): each sample line gets the scopes the theme colours.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { readJson, ROOT } from './helpers/paths';

const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'gongwen.tmLanguage.json');

interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

let grammar: vsctm.IGrammar;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'text.gongwen') return null;
      return vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
    },
  });
  const g = await registry.loadGrammar('text.gongwen');
  if (!g) throw new Error('grammar text.gongwen did not load');
  return g;
}

/** Tokens of each line of a (multi-line) text, carrying the rule stack across lines. */
function tokenize(text: string): Token[][] {
  let stack = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }));
  });
}

/** The scopes every character of `needle` (its nth occurrence in the line) carries. */
function scopesOf(tokens: Token[], line: string, needle: string, nth = 0): string[] {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = line.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" not in "${line}"`);
  }
  const end = at + needle.length;
  const covering = tokens.filter((t) => t.start < end && t.end > at);
  assert.ok(covering.length > 0, `no token covers "${needle}"`);
  // Scopes shared by all tokens covering the needle.
  return covering.map((t) => t.scopes).reduce((a, b) => a.filter((s) => b.includes(s)));
}

interface Expect {
  text: string;
  nth?: number;
  has?: string[];
  not?: string[];
}

/** Tokenizes `doc` and checks expectations per line (line index → expectations). */
function check(doc: string, expectations: Record<number, Expect[]>): void {
  const lines = doc.split('\n');
  const tokens = tokenize(doc);
  for (const [i, list] of Object.entries(expectations)) {
    const n = Number(i);
    for (const e of list) {
      const scopes = scopesOf(tokens[n]!, lines[n]!, e.text, e.nth);
      for (const s of e.has ?? []) assert.ok(scopes.includes(s), `line ${n + 1} "${e.text}": expected ${s}, got ${scopes.join(' ')}`);
      for (const s of e.not ?? []) assert.ok(!scopes.some((x) => x === s || x.startsWith(`${s}.`) || x.startsWith(s)), `line ${n + 1} "${e.text}": unexpected ${s} in ${scopes.join(' ')}`);
    }
  }
}

function line(text: string, ...expects: Expect[]): void {
  check(text, { 0: expects });
}

describe('grammar text.gongwen', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  it('is the grammar package.json contributes for the gongwen language', () => {
    const pkg = readJson('package.json') as {
      contributes: { grammars: Array<{ language: string; scopeName: string; path: string }>; languages: Array<{ id: string; extensions: string[] }> };
    };
    const g = pkg.contributes.grammars.find((x) => x.language === 'gongwen');
    assert.equal(g?.scopeName, 'text.gongwen');
    assert.equal(path.resolve(ROOT, g!.path), GRAMMAR_PATH);
    assert.deepEqual(pkg.contributes.languages.find((l) => l.id === 'gongwen')?.extensions, ['.gw', '.gongwen']);
  });

  describe('发文字号', () => {
    it('a correct number: issuer code, 〔year〕, serial, 号', () => {
      line(
        '济办发〔2019〕23号',
        { text: '济办发', has: ['meta.doc-number.gongwen', 'entity.name.type.issuer-code.gongwen'] },
        { text: '〔', has: ['punctuation.definition.year.begin.gongwen'] },
        { text: '2019', has: ['constant.numeric.year.gongwen'] },
        { text: '〕', has: ['punctuation.definition.year.end.gongwen'] },
        { text: '23', has: ['constant.numeric.serial.gongwen'] },
        { text: '号', has: ['keyword.other.number-suffix.gongwen'] },
      );
    });
    it('wrong forms are still numbers, with the wrong parts marked', () => {
      line(
        '济办发[2019]第023号',
        { text: '[', has: ['meta.doc-number.gongwen', 'invalid.illegal.year-bracket.gongwen'] },
        { text: ']', has: ['invalid.illegal.year-bracket.gongwen'] },
        { text: '第', has: ['invalid.illegal.ordinal.gongwen'] },
        { text: '0', nth: 1, has: ['invalid.illegal.leading-zero.gongwen'] },
        { text: '23', has: ['constant.numeric.serial.gongwen'] },
      );
      line('济政发【2019】5号', { text: '【', has: ['invalid.illegal.year-bracket.gongwen'] }, { text: '5', has: ['constant.numeric.serial.gongwen'] });
      line('济政办字（2019）12号', { text: '（', has: ['invalid.illegal.year-bracket.gongwen'] }, { text: '12', has: ['constant.numeric.serial.gongwen'] });
    });
    it('inside a sentence', () => {
      line('根据《通知》（济办发〔2019〕23号）要求', { text: '2019', has: ['constant.numeric.year.gongwen'] }, { text: '要求', not: ['meta.doc-number'] });
    });
  });

  describe('headings by level', () => {
    it('一、 （一） 1. （1） at line start, each level its own scope', () => {
      check('一、总体要求\n（一）加强组织领导。各级党委要……\n1.明确责任分工。\n（1）定期调度\n　　二、主要任务', {
        0: [
          { text: '一、', has: ['markup.heading.1.gongwen', 'punctuation.definition.heading.1.gongwen'] },
          { text: '总体要求', has: ['markup.heading.1.gongwen', 'entity.name.section.gongwen'] },
        ],
        1: [
          { text: '（一）', has: ['markup.heading.2.gongwen', 'punctuation.definition.heading.2.gongwen'] },
          { text: '加强组织领导', has: ['markup.heading.2.gongwen'] },
          { text: '。', has: ['markup.heading.2.gongwen'] },
          { text: '各级党委', not: ['markup.heading'] },
        ],
        2: [
          { text: '1.', has: ['markup.heading.3.gongwen', 'punctuation.definition.heading.3.gongwen'] },
          { text: '明确责任分工', has: ['markup.heading.3.gongwen'] },
        ],
        3: [
          { text: '（1）', has: ['markup.heading.4.gongwen', 'punctuation.definition.heading.4.gongwen'] },
          { text: '定期调度', has: ['markup.heading.4.gongwen'] },
        ],
        4: [{ text: '二、', has: ['markup.heading.1.gongwen'] }],
      });
    });
    it('numbers that are not heading marks', () => {
      line('1.5亿元用于基层', { text: '1.5', not: ['markup.heading'] });
      line('2019年7月28日', { text: '2019', not: ['markup.heading'] }, { text: '2019年7月28日', has: ['constant.numeric.date.gongwen'] });
      line('各单位要（一）', { text: '（一）', not: ['markup.heading'] });
      line('（2019）', { text: '2019', not: ['markup.heading'] });
    });
    it('dates and times inside a heading keep their scopes', () => {
      line(
        '1. 9:00—9:10 主持人讲话（10分钟）',
        { text: '1.', has: ['markup.heading.3.gongwen'] },
        { text: '9:00', has: ['markup.heading.3.gongwen', 'meta.time-range.gongwen', 'constant.numeric.time.gongwen'] },
        { text: '10分钟', has: ['constant.numeric.duration.gongwen'] },
      );
    });
  });

  describe('附件', () => {
    it('附件说明: the list and its numbers, not taken for headings', () => {
      const doc = '附件：1.关于进一步为基层减负的实施方案\n　　　2.任务分工表\n\n济南市人民政府办公厅';
      check(doc, {
        0: [
          { text: '附件', has: ['meta.attachment-note.gongwen', 'keyword.other.attachment.gongwen'] },
          { text: '：', has: ['punctuation.separator.key-value.gongwen'] },
          { text: '1', has: ['constant.numeric.attachment-number.gongwen'] },
          { text: '实施方案', has: ['meta.attachment-note.gongwen'] },
        ],
        1: [
          { text: '2', has: ['meta.attachment-note.gongwen', 'constant.numeric.attachment-number.gongwen'], not: ['markup.heading'] },
          { text: '任务分工表', has: ['meta.attachment-note.gongwen'] },
        ],
        3: [{ text: '济南市', not: ['meta.attachment-note'] }],
      });
    });
    it('attachment labels: 附件 / 附件1 / 附件 2 on their own line', () => {
      line('附件1', { text: '附件', has: ['markup.heading.attachment.gongwen', 'keyword.other.attachment.gongwen'] }, { text: '1', has: ['constant.numeric.attachment-number.gongwen'] });
      line('附件 2', { text: '2', has: ['constant.numeric.attachment-number.gongwen'] });
      line('附件', { text: '附件', has: ['markup.heading.attachment.gongwen'] });
      line('附件材料请另行报送', { text: '附件', not: ['markup.heading', 'meta.attachment-note'] });
    });
  });

  describe('抄送 and 印发 lines', () => {
    it('抄送', () => {
      line(
        '抄送：市委各部门，市人大常委会办公厅。',
        { text: '抄送', has: ['meta.copy-to.gongwen', 'keyword.other.copy-to.gongwen'] },
        { text: '，', has: ['punctuation.separator.gongwen'] },
        { text: '市委各部门', has: ['meta.copy-to.gongwen'] },
      );
    });
    it('印发', () => {
      line(
        '济南市人民政府办公厅　　　　2019年7月29日印发',
        { text: '济南市人民政府办公厅', has: ['meta.printed-by.gongwen', 'entity.name.organization.gongwen'] },
        { text: '2019年7月29日', has: ['constant.numeric.date.gongwen'] },
        { text: '印发', has: ['keyword.other.printed-by.gongwen'] },
      );
      line('这份通知于2019年7月29日印发后', { text: '印发', not: ['keyword.other.printed-by'] });
    });
  });

  describe('dates', () => {
    it('Arabic, Chinese numerals, month-day, dotted', () => {
      line('2019年7月28日', { text: '2019年7月28日', has: ['constant.numeric.date.gongwen'] });
      line('二〇一九年七月二十八日', { text: '二〇一九年七月二十八日', has: ['constant.numeric.date.gongwen'] });
      line('会议定于7月10日（星期三）召开', { text: '7月10日', has: ['constant.numeric.date.gongwen'] }, { text: '（星期三）', has: ['constant.numeric.date.weekday.gongwen'] });
      line('2019.7.28', { text: '2019.7.28', has: ['constant.numeric.date.gongwen'] });
      line('2019年07月28日', { text: '2019年07月28日', has: ['constant.numeric.date.gongwen'] });
    });
  });

  describe('time ranges and times', () => {
    const ranges: Array<[string, string, string, string]> = [
      ['9:00—9:10', '9:00', '—', '9:10'],
      ['9:00-9:10', '9:00', '-', '9:10'],
      ['8:00至10:00', '8:00', '至', '10:00'],
      ['9时至9时30分', '9时', '至', '9时30分'],
      ['9：00～9：30', '9：00', '～', '9：30'],
    ];
    for (const [text, a, sep, b] of ranges) {
      it(text, () => {
        line(
          `会议${text}举行`,
          { text: a, has: ['meta.time-range.gongwen', 'constant.numeric.time.gongwen'] },
          { text: sep, has: ['punctuation.separator.range.gongwen'] },
          { text: b, nth: a === b ? 1 : 0, has: ['meta.time-range.gongwen', 'constant.numeric.time.gongwen'] },
          { text: '举行', not: ['meta.time-range'] },
        );
      });
    }
    it('上午/下午 prefixes', () => {
      line(
        '上午9:00—下午2:30',
        { text: '上午', has: ['meta.time-range.gongwen', 'keyword.other.daypart.gongwen'] },
        { text: '下午', has: ['keyword.other.daypart.gongwen'] },
        { text: '2:30', has: ['constant.numeric.time.gongwen'] },
      );
      line('下午3:00召开', { text: '下午', has: ['keyword.other.daypart.gongwen'] }, { text: '3:00', has: ['constant.numeric.time.gongwen'] });
    });
  });

  describe('durations', () => {
    for (const d of ['10分钟', '20分钟', '半小时', '1小时', '十分钟', '1.5小时', '半天']) {
      it(d, () => line(`（${d}）`, { text: d, has: ['constant.numeric.duration.gongwen'] }, { text: '（', not: ['constant.numeric.duration'] }));
    }
    it('约 prefix', () => {
      line('交流发言约20分钟', { text: '约', has: ['constant.numeric.duration.gongwen', 'keyword.other.approximately.gongwen'] }, { text: '20分钟', has: ['constant.numeric.duration.gongwen'] });
    });
  });

  describe('directive and disable comments', () => {
    it('<!-- gongwen kind=… scope=… --> with English and Chinese keys', () => {
      line(
        '<!-- gongwen kind=agenda scope=comprehensive -->',
        { text: '<!--', has: ['comment.block.directive.gongwen', 'punctuation.definition.comment.begin.gongwen'] },
        { text: 'gongwen', has: ['keyword.control.directive.gongwen'] },
        { text: 'kind', has: ['entity.other.attribute-name.gongwen'] },
        { text: '=', has: ['keyword.operator.assignment.gongwen'] },
        { text: 'agenda', has: ['constant.language.gongwen'] },
        { text: '-->', has: ['punctuation.definition.comment.end.gongwen'] },
      );
      line('<!-- gongwen 类型=议程 范围=综合性 -->', { text: '类型', has: ['entity.other.attribute-name.gongwen'] }, { text: '综合性', has: ['constant.language.gongwen'] });
    });
    it('disable comments with rule ids, closed where they end', () => {
      line(
        '<!-- gongwen-disable-next-line doc.length, format.date -->',
        { text: 'gongwen-disable-next-line', has: ['comment.block.disable.gongwen', 'keyword.control.disable.gongwen'] },
        { text: 'doc.length', has: ['constant.other.rule-id.gongwen'] },
        { text: 'format.date', has: ['constant.other.rule-id.gongwen'] },
      );
      line('<!-- gongwen-disable doc.length-->正文', { text: 'doc.length', has: ['constant.other.rule-id.gongwen'] }, { text: '正文', not: ['comment'] });
      line('<!-- gongwen-enable -->', { text: 'gongwen-enable', has: ['keyword.control.disable.gongwen'] });
    });
    it('other comments, also over several lines', () => {
      check('<!-- 起草说明\n第二行 -->\n一、总体要求', {
        0: [{ text: '起草说明', has: ['comment.block.gongwen'] }],
        1: [{ text: '第二行', has: ['comment.block.gongwen'] }],
        2: [{ text: '一、', has: ['markup.heading.1.gongwen'] }],
      });
    });
  });

  it('page marks', () => {
    line('—1—', { text: '—1—', has: ['comment.line.page-mark.gongwen'] });
    line('－ 12 －', { text: '12', has: ['comment.line.page-mark.gongwen'] });
  });

  it('a whole notice tokenizes without surprises', () => {
    const doc = [
      '<!-- gongwen kind=document scope=special -->',
      '济南市人民政府办公厅',
      '济政办发〔2019〕18号',
      '关于进一步做好基层减负工作的通知',
      '各区县人民政府，市政府各部门：',
      '　　一、总体要求',
      '　　（一）明确目标。到2019年底，文件数量减少三分之一。',
      '　　1.会议控制在1小时以内。',
      '　　附件：1.任务分工',
      '　　　　　2.联系人名单',
      '济南市人民政府办公厅',
      '2019年7月28日',
      '抄送：市委办公厅。',
      '济南市人民政府办公厅　　2019年7月29日印发',
    ].join('\n');
    const tokens = tokenize(doc);
    const lines = doc.split('\n');
    assert.equal(tokens.length, lines.length);
    // Every character is covered by some token.
    tokens.forEach((ts, i) => assert.equal(ts.map((t) => t.text).join(''), lines[i]));
    assert.ok(scopesOf(tokens[2]!, lines[2]!, '18').includes('constant.numeric.serial.gongwen'));
    assert.ok(scopesOf(tokens[7]!, lines[7]!, '1小时').includes('constant.numeric.duration.gongwen'));
    assert.ok(!scopesOf(tokens[10]!, lines[10]!, '济南市').some((s) => s.startsWith('meta.attachment-note')));
    assert.ok(scopesOf(tokens[13]!, lines[13]!, '印发').includes('keyword.other.printed-by.gongwen'));
  });

  it('long hostile lines tokenize whole, without hanging (mocha’s timeout bounds the time)', () => {
    const hostile = [
      '附件'.repeat(20_000),
      '1'.repeat(50_000),
      '济'.repeat(50_000) + '〔2019〕',
      '9:00—'.repeat(10_000),
      '（（（（'.repeat(10_000),
      '<!-- gongwen-disable ' + 'a.b-'.repeat(10_000),
    ];
    for (const h of hostile) {
      const [tokens] = tokenize(h);
      assert.ok(tokens!.length > 0 && tokens!.map((t) => t.text).join('') === h, `the tokens of ${h.slice(0, 12)}… (${h.length} characters) join back to the line`);
    }
  });

  it('every regular expression is free of nested quantifiers', () => {
    const raw = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as unknown;
    const found: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if ((k === 'match' || k === 'begin' || k === 'end' || k === 'while') && typeof x === 'string') found.push(x);
          else walk(x);
        }
      }
    };
    walk(raw);
    assert.ok(found.length > 20);
    for (const re of found) assert.equal(nestedQuantifier(re), null, `nested quantifier in ${re}`);
  });
});

/**
 * Finds a group that is repeated without bound (`*`, `+`, `{n,}`) and itself contains a
 * quantifier, or a quantified group containing an unbounded quantifier: the shapes that can
 * backtrack exponentially. Returns the offending position, or null.
 */
function nestedQuantifier(re: string): number | null {
  // Per open group: whether it contains any quantifier / an unbounded one.
  const stack: Array<{ any: boolean; unbounded: boolean }> = [{ any: false, unbounded: false }];
  let inClass = false;
  for (let i = 0; i < re.length; i++) {
    const c = re[i]!;
    if (c === '\\') {
      i++;
      if (re[i] === 'p' || re[i] === 'P' || re[i] === 'x' || re[i] === 'u') {
        if (re[i + 1] === '{') i = re.indexOf('}', i);
      }
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (re[i + 1] === '^') i++;
      if (re[i + 1] === ']') i++;
      continue;
    }
    if (c === '(') {
      stack.push({ any: false, unbounded: false });
      // Group kinds: (?: (?= (?! (?<= (?<! (?<name>
      const kind = /^\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>)/.exec(re.slice(i + 1));
      if (kind) i += kind[0].length;
      continue;
    }
    if (c === ')') {
      const g = stack.pop()!;
      const q = quantifierAt(re, i + 1);
      const top = stack[stack.length - 1]!;
      if (q) {
        if ((q.unbounded && g.any) || g.unbounded) return i;
        top.any = true;
        top.unbounded ||= q.unbounded;
      }
      top.any ||= g.any;
      top.unbounded ||= g.unbounded;
      continue;
    }
    const q = quantifierAt(re, i);
    if (q) {
      const top = stack[stack.length - 1]!;
      top.any = true;
      top.unbounded ||= q.unbounded;
      i += q.length - 1;
    }
  }
  return null;
}

function quantifierAt(re: string, i: number): { unbounded: boolean; length: number } | null {
  const c = re[i];
  let len = 0;
  let unbounded = false;
  if (c === '*' || c === '+') {
    len = 1;
    unbounded = true;
  } else if (c === '?') len = 1;
  else if (c === '{') {
    const m = /^\{(\d*)(,?)(\d*)\}/.exec(re.slice(i));
    if (!m) return null;
    len = m[0].length;
    unbounded = m[2] === ',' && m[3] === '';
  } else return null;
  // Lazy or possessive suffix.
  if (re[i + len] === '?' || re[i + len] === '+') len++;
  return { unbounded, length: len };
}
