// What a document demands: phrases in its own requirements (title, body, attachments) where the
// text sets the practice, the sentence around a hit, and the stated consent of 市委/市政府.

import * as assert from 'node:assert/strict';
import { buildModel } from '../../../server/src/core/model/build';
import { demandParagraphs, findSet, paragraphsMatching, sentenceOf, statesConsent } from '../../../server/src/core/semantics/phrases';
import type { Paragraph } from '../../../server/src/core/text/paragraph';

/** A notice with every part a 公文 has, each naming 责任状. */
const NOTICE = [
  '济南市农业农村局文件',
  '',
  '济农发〔2026〕8号',
  '',
  '济南市农业农村局关于签订秋粮收购责任状的通知',
  '',
  '各区县农业农村局：',
  '',
  '　　各单位要与收购企业签订责任状。不得以签订责任状代替日常监管。',
  '',
  '　　附件：秋粮收购责任状样式',
  '',
  '济南市农业农村局',
  '2026年7月7日',
  '',
  '（此件公开发布）',
  '',
  '附件',
  '',
  '秋粮收购责任状样式',
  '',
  '　　甲乙双方签订责任状如下。',
  '',
  '抄送：市财政局。',
  '',
].join('\n');

function para(text: string): Paragraph {
  const p = buildModel(text).paragraphs[0]!;
  assert.equal(p.text, text);
  return p;
}

describe('semantics/phrases: demand paragraphs and findSet', () => {
  let model: ReturnType<typeof buildModel>;
  // Built for each test, not while the file loads: mutation testing swaps code between tests.
  beforeEach(() => {
    model = buildModel(NOTICE);
  });

  it('takes the title, body, attachment titles and attachment text as demands, nothing else', () => {
    assert.deepEqual(
      demandParagraphs(model).map((p) => [p.role, p.text]),
      [
        ['title', '济南市农业农村局关于签订秋粮收购责任状的通知'],
        ['body', '各单位要与收购企业签订责任状。不得以签订责任状代替日常监管。'],
        ['subtitle', '秋粮收购责任状样式'],
        ['attachment', '甲乙双方签订责任状如下。'],
      ],
    );
  });

  it('finds a phrase where the document sets it, not where it forbids it', () => {
    const hits = findSet(model, /责任状/g);
    assert.deepEqual(
      hits.map((h) => [h.para.role, h.start, h.end]),
      [
        ['title', 16, 19],
        // The second 责任状 of the body is under 不得.
        ['body', 11, 14],
        ['subtitle', 4, 7],
        ['attachment', 6, 9],
      ],
    );
  });

  it('searches every paragraph from its start, whatever the pattern was last used for', () => {
    const re = /责任状/g;
    re.lastIndex = 17; // past the title's 责任状 (16–19)
    assert.equal(findSet(model, re).length, 4);
    assert.equal(findSet(model, re).length, 4);
  });

  it('skips empty matches of a pattern that may match nothing', () => {
    const hits = findSet(model, /(?:签订责任状)?/g);
    assert.deepEqual(
      hits.map((h) => [h.para.role, h.para.text.slice(h.start, h.end)]),
      // The title says 签订秋粮收购责任状; the body's second 签订责任状 is under 不得.
      [
        ['body', '签订责任状'],
        ['attachment', '签订责任状'],
      ],
    );
  });
});

describe('semantics/phrases: matches kept by paragraph text', () => {
  /** One pattern for the whole block, as the rules keep theirs: each text keeps its matches under it. */
  const PLEDGE = /责任状/g;
  const body = (line: string) => buildModel(`济南市农业农村局关于秋粮收购的通知\n\n各区县农业农村局：\n${line}\n\n济南市农业农村局\n2026年7月7日\n`);

  it('keeps where a pattern sets a phrase apart from whether it matches at all', () => {
    const line = '各单位要与收购企业签订责任状。不得以签订责任状代替日常监管。';
    const m = body(line);
    assert.deepEqual(paragraphsMatching(m, PLEDGE).map((p) => p.text), [line]);
    assert.deepEqual(findSet(m, PLEDGE).map((h) => [h.start, h.end]), [[11, 14]]);
    // Asked the other way round, of another model of the same text.
    const again = body(line);
    assert.deepEqual(findSet(again, PLEDGE).map((h) => [h.start, h.end]), [[11, 14]]);
    assert.deepEqual(paragraphsMatching(again, PLEDGE).map((p) => p.text), [line]);
  });

  it('reads an edited paragraph again, and a small view (one sentence) as the whole document does', () => {
    const m = body('各单位要与收购企业签订责任状。');
    assert.equal(findSet(m, PLEDGE).length, 1);
    assert.equal(findSet(body('各单位要与收购企业签订合同。'), PLEDGE).length, 0);
    assert.equal(paragraphsMatching(body('各单位要与收购企业签订合同。'), PLEDGE).length, 0);
    const line = m.paragraphs.find((p) => p.role === 'body')!;
    const view = { ...m, paragraphs: [line], body: [line] };
    assert.deepEqual(findSet(view, PLEDGE).map((h) => [h.para, h.start, h.end]), [[line, 11, 14]]);
    assert.deepEqual(paragraphsMatching(view, PLEDGE), [line]);
  });
});

describe('semantics/phrases: sentenceOf', () => {
  const at = (text: string, phrase: string, end = 0) => {
    const p = para(text);
    const start = p.text.indexOf(phrase);
    return sentenceOf({ para: p, start, end: start + phrase.length + end });
  };

  it('is the sentence around the hit, without its final mark', () => {
    assert.equal(at('现将有关事项通知如下。各单位要签订责任状；请认真落实', '责任状'), '各单位要签订责任状');
    assert.equal(at('现将有关事项通知如下。各单位要签订责任状；请认真落实', '落实'), '请认真落实');
    assert.equal(at('请认真落实！下一步另行通知。', '落实'), '请认真落实');
    assert.equal(at('各单位要签订责任状。', '责任状'), '各单位要签订责任状');
  });

  it('never cuts the hit itself: a hit that ends with the 。 keeps it', () => {
    assert.equal(at('各单位要签订责任状。', '责任状', 1), '各单位要签订责任状。');
  });

  it('reads the folded text', () => {
    assert.equal(at('請簽訂責任狀（樣式見附件）。', '責任狀'), '请签订责任状(样式见附件)');
  });
});

describe('semantics/phrases: statesConsent', () => {
  const CASES: Array<[string, boolean, string]> = [
    ['经市委、市政府同意，现将《秋粮收购工作方案》印发给你们，请认真贯彻落实。', true, 'the usual form'],
    ['经中共济南市委、济南市人民政府同意，现将有关事项通知如下。', true, 'with the city name before each body'],
    ['经济南市人民政府同意，现将有关事项通知如下。', true, 'the city government by its full name'],
    ['经过市政府研究同意，现将有关事项通知如下。', true, '经过…研究同意'],
    ['本方案已经市政府批准，现印发给你们。', true, '已经 states what was done'],
    ['经市委审定，现印发给你们。', true, '审定'],
    ['经市委市政府同意，现将有关事项通知如下。', true, 'two bodies without a separator'],
    ['未经市委同意，不得擅自发文。', false, '未经: a prohibition'],
    ['方案须经市政府批准后实施。', false, '须经: a condition'],
    ['方案应报经市政府同意后实施。', false, '应报经: a demand'],
    ['未经市委同意不得发文；经市政府同意，现予印发。', true, 'a later stated consent counts'],
    ['经区委同意，现将有关事项通知如下。', false, 'a district body is not the city leadership'],
    ['要促进经济社会高质量发展。', false, '经济 is no consent'],
    ['现将有关事项通知如下。', false, 'no 经 at all'],
  ];
  for (const [text, want, why] of CASES) {
    it(`${text} -> ${want} (${why})`, () => {
      const m = buildModel(text);
      assert.equal(statesConsent(m), want);
      assert.equal(statesConsent(m), want);
    });
  }

  it('looks at every paragraph of the document', () => {
    const m = buildModel(['关于印发秋粮收购工作方案的通知', '', '各区县人民政府：', '', '　　现印发给你们。', '', '　　经市政府同意。', ''].join('\n'));
    assert.equal(statesConsent(m), true);
  });
});
