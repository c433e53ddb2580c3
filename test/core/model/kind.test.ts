// Kind and scope detection (RULES.md "Document kinds and regions"): the title decides first,
// the opening of the content only when the title is absent or says nothing (a bare 通知).

import * as assert from 'node:assert/strict';
import { detectKind as detectWithBasis } from '../../../server/src/core/model/kind';

/** Kind and scope (what decided, the basis, is tested apart). */
const detectKind = (...a: Parameters<typeof detectWithBasis>) => {
  const { kind, scope } = detectWithBasis(...a);
  return { kind, scope };
};
import { Paragraph } from '../../../server/src/core/text/paragraph';

function paras(...texts: string[]): Paragraph[] {
  return texts.map((t, i) => new Paragraph(i, t, null, null, 0, t.length, false, i));
}

describe('detectKind: the title', () => {
  const CASES: Array<[string, string, string | null]> = [
    // Meeting agendas and notices, with the scope their words give.
    ['全市经济工作会议议程', 'agenda', 'comprehensive'],
    ['市政府第五次全体会议日程', 'agenda', 'comprehensive'],
    ['全市安全生产专项整治推进会议程', 'agenda', 'special'],
    ['全市城市更新座谈会议程', 'agenda', 'special'],
    ['全市防汛工作培训班日程', 'agenda', 'special'],
    ['全市防汛会议议程', 'agenda', null],
    ['关于召开全市综合治理工作会议的通知', 'agenda', 'comprehensive'],
    ['关于召开全市防汛工作座谈会的预备通知', 'agenda', 'special'],
    ['关于召开全市防汛工作会的补充通知', 'agenda', null],
    ['关于全市防汛工作会议的通知', 'agenda', null],
    ['市政府第十二次常务会议议题', 'agenda', null],
    // A call for topics is not the list of topics.
    ['市政府常务会议议题征集', 'document', null],
    ['第十二次常务会议议题安排', 'agenda', null],
    ['全市重点项目观摩会日程安排', 'agenda', null],
    // Traditional characters read as simplified ones.
    ['全市經濟工作會議議程', 'agenda', 'comprehensive'],
    // Research plans: visits, inspections, with no meeting in them.
    ['关于开展河道巡查督导检查的工作方案', 'research', null],
    ['市领导赴历城区调研日程安排', 'research', null],
    // Documents: a genre word of policy texts wins over the meeting or research words.
    ['关于召开全市防汛工作会议的意见', 'document', null],
    ['关于河道巡查工作调研安排的报告', 'document', null],
    ['调研工作制度', 'document', null],
    // Policy texts about agendas are documents too (RULES.md: 会议制度、调研工作办法).
    ['会议议程管理规定', 'document', null],
    ['调研工作日程管理办法', 'document', null],
    // A 印发/转发 notice is a document whatever it prints …
    ['关于印发《全市会议议程管理办法》的通知', 'document', null],
    ['关于转发《市领导调研日程安排》的通知', 'document', null],
    // … unless the notice itself convenes a meeting outside the quoted name.
    ['关于转发召开全市防汛工作会议的通知', 'agenda', null],
  ];
  for (const [title, kind, scope] of CASES) {
    it(`${title} → ${kind}${scope ? ` (${scope})` : ''}`, () => assert.deepEqual(detectKind(title, []), { kind, scope }));
  }

  it('a decisive title outweighs the content', () => {
    const ps = paras('会议议程', '参会人员：各区县分管负责同志', '报到时间：上午8:30');
    assert.deepEqual(detectKind('关于加强河道管理工作的意见', ps), { kind: 'document', scope: null });
  });
});

describe('detectKind: the content, when the title says nothing', () => {
  it('no title and nothing of a meeting or a visit: a document', () => {
    assert.deepEqual(detectKind('', paras('为做好今年汛期河道巡查工作，现将有关事项通知如下。')), { kind: 'document', scope: null });
  });

  it('a bare 通知 with an agenda in it is an agenda', () => {
    const ps = paras('定于6月3日召开全市防汛工作会议。', '会议议程', '一、传达上级会议精神');
    assert.deepEqual(detectKind('通知', ps), { kind: 'agenda', scope: null });
  });

  it('the scope of an agenda found in the content still comes from the title', () => {
    assert.deepEqual(detectKind('综合事项通知', paras('会议议程如下：')), { kind: 'agenda', scope: 'comprehensive' });
    assert.deepEqual(detectKind('专项事项通知', paras('参会人员：各区县分管负责同志')), { kind: 'agenda', scope: 'special' });
  });

  it('a visit schedule in the content is a research plan', () => {
    const ps = paras('调研时间：6月3日上午', '调研路线：历城区唐王街道—章丘区埠村街道');
    assert.deepEqual(detectKind('', ps), { kind: 'research', scope: null });
  });

  it('one sign of each: the agenda wins the tie', () => {
    assert.deepEqual(detectKind('', paras('参会人员：各区县分管负责同志', '第一站：唐王街道')), { kind: 'agenda', scope: null });
  });

  it('more signs of a visit than of a meeting: a research plan', () => {
    const ps = paras('参会人员：各区县分管负责同志', '调研时间：6月3日', '第一站：唐王街道');
    assert.deepEqual(detectKind('', ps), { kind: 'research', scope: null });
  });

  it('a single sign of a visit and none of a meeting: a research plan', () => {
    assert.deepEqual(detectKind('', paras('第一站：唐王街道')), { kind: 'research', scope: null });
  });

  it('one paragraph counts once per kind, however many signs it holds', () => {
    const ps = paras('调研时间：6月3日，调研路线：唐王街道，第一站：唐王街道', '参会人员：各区县分管负责同志');
    assert.deepEqual(detectKind('', ps), { kind: 'agenda', scope: null });
  });

  it('traditional characters in the content read as simplified ones', () => {
    assert.deepEqual(detectKind('', paras('會議議程')), { kind: 'agenda', scope: null });
  });

  it('only the first 40 paragraphs are read', () => {
    const plain = Array.from({ length: 39 }, (_, i) => `第${i + 1}段正文内容。`);
    assert.equal(detectKind('', paras(...plain, '会议议程')).kind, 'agenda');
    assert.equal(detectKind('', paras(...plain, '另一段正文内容。', '会议议程')).kind, 'document');
  });
});

describe('detectKind: what decided', () => {
  it('says whether the title, the content or nothing decided', () => {
    assert.equal(detectWithBasis('全市经济工作会议议程', []).basis, 'title');
    assert.equal(detectWithBasis('关于加强河道管理工作的意见', []).basis, 'title');
    assert.equal(detectWithBasis('通知', paras('会议议程', '一、传达上级会议精神')).basis, 'content');
    assert.equal(detectWithBasis('通知', paras('为做好巡查工作，现将有关事项通知如下。')).basis, 'none');
  });
});
