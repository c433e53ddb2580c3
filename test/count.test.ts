// 字数 by hand: every expected value below was worked out from docs/counting.md, not read off
// the counter. countText is the system under test; analyze() is checked for which paragraphs
// make up the body and the attachments.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { defaultConfig, type ResolvedConfig } from '../server/src/core/config/resolve';
import { RULES } from '../server/src/core/rules/registry';
import { countText } from '../server/src/core/text/count';
import type { CountMode } from '../server/src/core/types';
import { fill, fillerCount } from './harness/filler';

/** [input, word, han, chars, why] */
type Row = [string, number, number, number, string];

const ROWS: Row[] = [
  ['', 0, 0, 0, 'empty string'],
  // Han in every block
  ['基层减负', 4, 4, 4, 'URO Han, one each'],
  ['\u3400\u4DBF', 2, 2, 2, 'Ext-A 㐀 and the last Ext-A code point are Han'],
  ['\u4DC0', 1, 0, 1, 'U+4DC0 ䷀ just past Ext-A is a hexagram symbol, not Han'],
  ['\uF900\uFA0E', 2, 2, 2, 'compatibility ideographs 豈 﨎 are Han'],
  ['二〇二四年', 5, 5, 5, '〇 U+3007 is Han'],
  ['\u{20000}', 1, 1, 1, 'Ext-B 𠀀 is one code point, though two UTF-16 units'],
  ['\u{20BB7}野家', 3, 3, 3, 'astral 𠮷 then two URO characters'],
  ['\u{2A700}\u{2B740}', 2, 2, 2, 'Ext-C 𪜀 and Ext-D 𫝀 are Han'],
  ['\u{30000}\u{31350}', 2, 2, 2, 'Ext-G and Ext-H (plane 3) are Han'],
  ['\u2F2F作', 2, 1, 2, 'Kangxi radical ⼯ is a symbol, 作 is Han'],
  // Punctuation
  ['、。，：；？！', 7, 0, 7, 'full-width punctuation, one each'],
  ['“”《》（）【】', 8, 0, 8, 'paired marks count one each'],
  ['……——', 4, 0, 4, 'an ellipsis and a dash are two marks each'],
  ['…', 1, 0, 1, 'one U+2026 is one mark'],
  [',.;:?!"()', 0, 0, 9, 'half-width ASCII punctuation counts only in chars'],
  ['...', 0, 0, 3, 'three ASCII dots are not an ellipsis'],
  ['"减负"', 2, 2, 4, 'half-width quotes count 0 in word mode'],
  ['（一）', 3, 1, 3, 'full-width brackets around Han 一'],
  ['—1—', 3, 0, 3, 'the counter counts a page mark; the document model leaves it out'],
  // Runs of letters and digits
  ['9:00', 1, 0, 4, '9:00 is one run'],
  ['3.5', 1, 0, 3, '. between digits joins'],
  ['1,000', 1, 0, 5, ', between digits joins'],
  ['50%', 1, 0, 3, '% right after a run belongs to it'],
  ['50％', 1, 0, 3, 'full-width ％ right after a run belongs to it'],
  ['50%%', 1, 0, 4, 'only one % belongs to the run; the second is ASCII punctuation'],
  ['3.5%', 1, 0, 4, 'joined run, then %'],
  ['％', 1, 0, 1, 'a lone ％ is full-width punctuation'],
  ['%', 0, 0, 1, 'a lone % is ASCII punctuation'],
  ['GDP', 1, 0, 3, 'a Latin run'],
  ['COVID-19', 1, 0, 8, '- between a letter and a digit joins'],
  ['2019年', 2, 1, 5, 'a Han character ends the run'],
  ['1.5亿元', 3, 2, 5, 'one run and two Han'],
  ['end.', 1, 0, 4, 'a trailing . joins nothing and counts 0'],
  ['.5', 1, 0, 2, 'a leading . counts 0'],
  ['a..b', 2, 0, 4, 'two joiners in a row end the run'],
  ['2024/05/20', 1, 0, 10, '/ joins'],
  ['10:00-11:30', 1, 0, 11, 'joiners chain'],
  ["don't", 1, 0, 5, "ASCII ' joins"],
  ['don\u2019t', 3, 0, 5, '’ U+2019 is a Chinese quotation mark: 1, and it ends the run'],
  ['a_b', 1, 0, 3, '_ joins'],
  ['5~10', 2, 0, 4, 'ASCII ~ is not a joiner: two runs'],
  ['5～10', 3, 0, 4, 'full-width ～ is a mark of its own between two runs'],
  ['GB/T 9704-2012', 2, 0, 13, 'GB/T and 9704-2012, split by the space'],
  ['PM2.5浓度', 3, 2, 7, 'PM2.5 is one run'],
  ['+86 531-12345678', 2, 0, 15, '+ counts 0; two runs'],
  // Full-width letters and digits
  ['ＧＤＰ', 1, 0, 3, 'full-width letters form a run'],
  ['２０２４年', 2, 1, 5, 'full-width digits form a run'],
  ['９：００', 1, 0, 4, 'full-width ： joins'],
  ['３．５', 1, 0, 3, 'full-width ． joins'],
  ['１，０００', 3, 0, 5, 'full-width ， is punctuation, not a joiner'],
  // Latin letters with diacritics
  ['café', 1, 0, 4, 'é is a Latin letter'],
  ['Jǐnán', 1, 0, 5, 'pinyin tone marks are Latin letters'],
  ['cafe\u0301', 1, 0, 5, 'a combining acute stays in the run; chars counts code points'],
  // White space
  ['\u3000\u3000基层', 2, 2, 2, 'U+3000 is space'],
  ['a\u00A0b', 2, 0, 2, 'NBSP is space and splits the run'],
  ['1 000', 2, 0, 4, 'a space splits the run'],
  ['\u2002\u2003\u2009\u200A\u200B\u202F\u205F', 0, 0, 0, 'U+2000–200B, U+202F and U+205F are space'],
  ['\t减负\t', 2, 2, 2, 'tabs are space'],
  ['\uFEFF减负', 2, 2, 2, 'the BOM is not counted'],
  ['基层\r\n减负\n', 4, 4, 4, 'CR and LF are space'],
  ['20\r\n24', 2, 0, 4, 'a line break ends a run'],
  // Symbols
  ['👍', 1, 0, 1, 'an emoji is one code point'],
  ['👨\u200D👩\u200D👧', 3, 0, 3, 'zero-width joiners count 0: three emoji'],
  ['❤\uFE0F', 1, 0, 1, 'a variation selector counts 0'],
  ['👍\u{1F3FD}', 1, 0, 1, 'a skin-tone modifier counts 0'],
  // Invisible format characters and other separators
  ['in\u00ADter', 1, 0, 5, 'a soft hyphen counts 0 and the run goes on'],
  ['\u200E减负\u200F', 2, 2, 2, 'direction marks count 0'],
  ['a\u2060b', 1, 0, 2, 'the word joiner counts 0 and joins'],
  ['基层\u2028减负', 4, 4, 4, 'U+2028 line separator is space'],
  ['a\u2029b', 2, 0, 2, 'U+2029 paragraph separator is space and ends the run'],
  ['基\u0000层\u007F减\u0085负\u009F', 4, 4, 4, 'control characters (NUL, DEL, NEL, C1) count 0'],
  ['ab\u0001cd', 1, 0, 4, 'a control character inside a run is skipped: one run'],
  ['ab\u0008cd', 1, 0, 4, 'U+0008 (backspace), the last control before tab, is skipped too'],
  ['ab\u000Ecd\u001Fef', 1, 0, 6, 'U+000E to U+001F (after CR, before space) are skipped: one run'],
  ['ab\u0085cd', 2, 0, 4, 'U+0085 (NEL) is white space, not a skipped control: it ends the run'],
  ['①②③', 3, 0, 3, 'circled numbers are symbols'],
  ['※★', 2, 0, 2, 'symbols, one each'],
  ['25℃', 2, 0, 3, '℃ is a symbol after the run'],
  ['李××', 3, 1, 3, '× is a symbol, not a letter'],
  ['第Ⅱ类', 3, 2, 3, 'Roman numeral Ⅱ U+2161 is a symbol'],
  // Mixed: 2019 年 7 月 28 日 9:00 GDP 增 长 50% = 6 runs + 5 Han; chars 5+2+3+4+3+2+3
  ['2019年7月28日 9:00 GDP增长50%', 11, 5, 22, 'six runs and five Han characters'],
  ['为做好2024年汛期河道巡查工作，', 14, 12, 17, '12 Han, one run, one comma'],
];

describe('countText, by hand', () => {
  it('has at least 40 rows', () => assert.ok(ROWS.length >= 40));
  for (const [input, word, han, chars, why] of ROWS) {
    it(`${JSON.stringify(input)}: word ${word}, han ${han}, chars ${chars} (${why})`, () => {
      assert.deepEqual(
        { word: countText(input, 'word'), han: countText(input, 'han'), chars: countText(input, 'chars') },
        { word, han, chars },
      );
    });
  }
});

function config(mode: CountMode): ResolvedConfig {
  return { ...defaultConfig(RULES), countMode: mode };
}

interface DocCase {
  name: string;
  text: string;
  markdown?: boolean;
  /** body per mode */
  body: { word: number; han: number; chars: number };
  attachments?: { word: number; han: number; chars: number };
  attachmentCount?: number;
  wrapped?: boolean;
  /** Text the joined body must hold (where a case is about how wrapped lines are joined). */
  bodyHolds?: string;
}

const DOCS: DocCase[] = [
  {
    // Counted: the three body paragraphs only.
    //   为做好2024年汛期河道巡查工作，现将有关事项通知如下。  3+1+9+1+10+1 = 25 (han 22, chars 28)
    //   一、巡查时间为6月1日至9月30日，每日8:30前报送巡查情况。 28 (han 20, chars 32)
    //   二、发现险情的，应在30分钟内报告，并做好处置。          23 (han 18, chars 24)
    // Not counted: 份号, 发文机关标志, 发文字号, title, 主送, the page mark, the two lines of the
    // 附件说明, 署名, date, 附注, the 附件1/附件2 labels, 抄送 and the 印发 line.
    // Attachments: 河道巡查记录表 7 + 23 (13 Han、8 Han。) + 险情报告单 5 + 21 (10 Han、9 Han。) = 56.
    name: 'a full 公文 with every part outside the body',
    text: [
      '000128',
      '济南市城乡水务局文件',
      '济水发〔2024〕15号',
      '关于做好汛期河道巡查工作的通知',
      '各区县水务局，局属各单位：',
      '　　为做好2024年汛期河道巡查工作，现将有关事项通知如下。',
      '　　一、巡查时间为6月1日至9月30日，每日8:30前报送巡查情况。',
      '—1—',
      '　　二、发现险情的，应在30分钟内报告，并做好处置。',
      '　　附件：1.河道巡查记录表',
      '　　　　　2.险情报告单',
      '济南市城乡水务局',
      '2024年5月20日',
      '（此件公开发布）',
      '附件1',
      '河道巡查记录表',
      '　　巡查人员应如实填写巡查时间、地点和发现的问题。',
      '附件2',
      '险情报告单',
      '　　报告内容包括险情位置、类型和已采取的措施。',
      '抄送：市防汛抗旱指挥部办公室。',
      '济南市城乡水务局办公室　　　　2024年5月20日印发',
    ].join('\n'),
    body: { word: 25 + 28 + 23, han: 22 + 20 + 18, chars: 28 + 32 + 24 },
    attachments: { word: 56, han: 7 + 21 + 5 + 19, chars: 56 },
    attachmentCount: 2,
  },
  {
    // PDF copy: 28 characters a line (26 on a paragraph's first line, after the lost indent),
    // a blank line after every line, a page mark inside a paragraph. Only Han and full-width
    // marks, so word = chars = characters; han = characters less the marks.
    //   为进一步…卫生水平，(26, 2 marks) 保障群众…环境整治 (28, 2) 行动。(3, 1)  = 57, marks 5
    //   一、整治范围 6, 1
    //   全市范围内…疏导点 26, 1 | - 2 - | 均纳入…一并 28, 1  纳入。3, 1     = 57, marks 3
    //   二、工作要求 6, 1
    //   各区县要…问题清单 26, 2  并限期…工作进展情 28, 1  况。2, 1          = 56, marks 4
    // 182 in all, 14 marks: han 168. Title, 主送, page mark, 署名 and date are not counted.
    name: 'a PDF-wrapped body with blank lines and a page mark',
    text: [
      '关于开展全市农贸市场环境整治提升行动的通知',
      '各区县人民政府，市政府各部门：',
      '　　为进一步规范全市农贸市场管理，提升市场环境卫生水平，',
      '保障群众饮食安全，经研究，决定在全市开展农贸市场环境整治',
      '行动。',
      '　　一、整治范围',
      '　　全市范围内已登记的农贸市场、早市夜市和临时便民疏导点',
      '- 2 -',
      '均纳入整治范围，各区县可结合实际将城乡接合部集贸市场一并',
      '纳入。',
      '　　二、工作要求',
      '　　各区县要指定专人负责，明确分工，逐个市场建立问题清单',
      '并限期整改到位，整治期间每周向市市场监管局报送工作进展情',
      '况。',
      '济南市人民政府办公厅',
      '2024年4月8日',
    ].join('\n\n'),
    body: { word: 182, han: 168, chars: 182 },
    attachments: { word: 0, han: 0, chars: 0 },
    attachmentCount: 0,
    wrapped: true,
  },
  {
    // PDF copy without blank lines, a number cut by the wrap: 为期20 / 24天. The joined line gets
    // a space between the two digit runs (docs/counting.md), so they stay two runs, as when the
    // lines are not joined at all.
    //   L1 26 (2 marks); 保障群众饮食安全，经研究，决定自今年起在全市开展为期 26 (2) + 20 → 27;
    //   24 + 天的环境整治行动 8 + 。 → 10: 63 (han 24+24+8 = 56, chars 26+28+11 = 65)
    //   全市范围内…疏导点 26 (1) 均纳入…一并 28 (1) 纳入。3 (1): 57 (han 54)
    //   各区县要…问题清单 26 (2) 并限期…进展情 28 (1) 况。2 (1): 56 (han 52)
    name: 'a PDF-wrapped body with a number cut at the line end',
    text: [
      '关于开展全市农贸市场环境整治提升行动的通知',
      '各区县人民政府，市政府各部门：',
      '　　为进一步规范全市农贸市场管理，提升市场环境卫生水平，',
      '保障群众饮食安全，经研究，决定自今年起在全市开展为期20',
      '24天的环境整治行动。',
      '　　全市范围内已登记的农贸市场、早市夜市和临时便民疏导点',
      '均纳入整治范围，各区县可结合实际将城乡接合部集贸市场一并',
      '纳入。',
      '　　各区县要指定专人负责，明确分工，逐个市场建立问题清单',
      '并限期整改到位，整治期间每周向市市场监管局报送工作进展情',
      '况。',
      '济南市人民政府办公厅',
      '2024年4月8日',
    ].join('\n'),
    body: { word: 63 + 57 + 56, han: 56 + 54 + 52, chars: 65 + 57 + 56 },
    wrapped: true,
    bodyHolds: '为期20 24天',
  },
  {
    // One line, parts separated by runs of U+3000.
    //   清明节将至，请各区县切实加强森林防火巡查，严防山火发生。  5+1+14+1+6+1 = 28 (han 25)
    //   3月30日至4月6日，各级林长要上岗到位。  3 月 30 日 至 4 月 6 日 (9) ，9 。= 20
    //     (han 月日至月日 5 + 9 = 14; chars 10 + 1 + 9 + 1 = 21)
    // Not counted: 发文字号, title, 主送, 署名, date, 附注.
    name: 'a one-line document with U+3000 separators',
    text:
      '济政办字〔2024〕8号　　关于做好清明节期间森林防火工作的通知　　各区县人民政府：　　' +
      '清明节将至，请各区县切实加强森林防火巡查，严防山火发生。　　' +
      '3月30日至4月6日，各级林长要上岗到位。　　' +
      '济南市人民政府办公厅　　2024年3月28日　　（此件公开发布）',
    body: { word: 28 + 20, han: 25 + 14, chars: 28 + 21 },
  },
  {
    // Markdown: '# ', '## ', '> ', '- ' and '**' are markup, not text.
    //   一、督导内容  6 (han 5)
    //   重点检查文件精简和会议压缩情况，督导时间为5月6日至10日。
    //     15 + ，+ 5 + 5 月 6 日 至 10 日 (7) + 。= 29 (han 15+5+4 = 24; chars 15+1+5+8+1 = 30)
    //   督导组不得要求基层提供汇报材料。  16 (han 15)
    //   各区县于5月5日前报送联系人名单。  4 + 5 月 5 (3) + 9 + 。= 17 (han 4+1+9 = 14; chars 17)
    name: 'Markdown headings, quote, list and bold',
    markdown: true,
    text: [
      '# 关于开展基层减负专项督导的通知',
      '',
      '各区县人民政府：',
      '',
      '## 一、督导内容',
      '',
      '重点检查**文件精简**和**会议压缩**情况，督导时间为5月6日至10日。',
      '',
      '> 督导组不得要求基层提供汇报材料。',
      '',
      '- 各区县于5月5日前报送联系人名单。',
      '',
      '济南市人民政府办公厅',
      '',
      '2024年4月26日',
    ].join('\n'),
    body: { word: 6 + 29 + 16 + 17, han: 5 + 24 + 15 + 14, chars: 6 + 30 + 16 + 17 },
  },
  {
    // A 印发 notice: the printed 办法 is body, its title is not.
    //   现将《济南市河长巡河办法》印发给你们，请认真贯彻执行。  2+1+9+1+5+1+7+1 = 27 (han 23)
    //   第一条　为规范河长巡河工作，制定本办法。  3+9+1+5+1 = 19 (han 17)
    //   第二条　区县级河长每月巡河不少于1次。    3+12+1+1+1 = 18 (han 16)
    name: 'a 印发 notice whose printed document is body',
    text: [
      '济南市人民政府办公厅',
      '关于印发济南市河长巡河办法的通知',
      '各区县人民政府：',
      '　　现将《济南市河长巡河办法》印发给你们，请认真贯彻执行。',
      '济南市人民政府办公厅',
      '2024年7月1日',
      '（此件公开发布）',
      '济南市河长巡河办法',
      '　　第一条　为规范河长巡河工作，制定本办法。',
      '　　第二条　区县级河长每月巡河不少于1次。',
    ].join('\n'),
    body: { word: 27 + 19 + 18, han: 23 + 17 + 16, chars: 27 + 19 + 18 },
    attachments: { word: 0, han: 0, chars: 0 },
    attachmentCount: 0,
  },
];

describe('body and attachment 字数 of whole documents, by hand', () => {
  for (const d of DOCS) {
    for (const mode of ['word', 'han', 'chars'] as const) {
      it(`${d.name} (${mode})`, () => {
        const r = analyze(d.text, config(mode), { markdown: d.markdown ?? false });
        if (d.wrapped !== undefined) assert.equal(r.model.wrapped, d.wrapped, 'wrap detection');
        if (d.bodyHolds) assert.ok(r.model.body.some((p) => p.text.includes(d.bodyHolds!)), 'joined body text');
        assert.equal(r.counts.body, d.body[mode], `body: ${r.model.body.map((p) => p.text).join(' | ')}`);
        if (d.attachments) assert.equal(r.counts.attachments, d.attachments[mode], 'attachments');
        if (d.attachmentCount !== undefined) assert.equal(r.counts.attachmentCount, d.attachmentCount, 'attachment count');
      });
    }
  }

  it('a BOM and CRLF line ends change nothing', () => {
    const d = DOCS[0]!;
    const r = analyze('\uFEFF' + d.text.replace(/\n/g, '\r\n'), config('word'));
    assert.deepEqual(r.counts, { body: d.body.word, attachments: d.attachments!.word, attachmentCount: 2 });
  });
});

describe('the {{fill N}} macro', () => {
  it('does not use the counter it helps to test', () => {
    const src = readFileSync(path.join(__dirname, 'harness', 'filler.ts'), 'utf8');
    assert.doesNotMatch(src, /countText|text\/count/);
  });

  it('refuses a character outside Han and its five marks', () => {
    assert.throws(() => fillerCount('基层A', 'word'), /U\+41/);
    assert.equal(fillerCount('基层（社区）、减负，。', 'word'), 11);
    assert.equal(fillerCount('基层（社区）、减负，。', 'han'), 6);
  });

  // The counter must agree with the filler's count by construction, in every mode it is used in.
  for (const mode of ['word', 'han', 'chars'] as const) {
    for (const n of [1, 2, 31, 34, 300, 3001]) {
      for (const seed of [0, 2, 9]) {
        it(`fill ${n} seed=${seed} mode=${mode} is ${n} 字`, () => {
          const t = fill(n, { seed, mode });
          assert.equal(fillerCount(t, mode), n);
          assert.equal(countText(t, mode), n);
        });
      }
    }
  }
});
