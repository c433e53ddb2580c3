// What a single paragraph looks like on its own (a 发文字号, a date line, an organisation's
// name, a title, a 主送 line, a 印发 line). The functions take the folded key: half-width
// digits and punctuation.

import * as assert from 'node:assert/strict';
import {
  dateOnly, endsWithGenre, isDocNumberLine, isOrgName, isPrintedByLine, isRecipientsLine, isTitleLike, titleComplete,
} from '../../../server/src/core/model/shapes';

function table(name: string, fn: (s: string) => unknown, cases: Array<[string, unknown]>): void {
  describe(name, () => {
    for (const [input, expected] of cases) {
      it(`${input.length > 40 ? `${input.slice(0, 20)}…(${input.length})` : input || '(empty)'} → ${JSON.stringify(expected)}`, () => assert.deepEqual(fn(input), expected));
    }
  });
}

const han = (n: number, ch = '甲'): string => ch.repeat(n);

table('isDocNumberLine', isDocNumberLine, [
  ['济水发〔2024〕12号', true],
  ['济水发[2024]12号', true],
  ['济水发〔2024〕12号 签发人:王明', true],
  // 12 Han characters, a serial of five digits and a 签发人 name: 40 characters in all.
  [`${han(12)}〔2024〕12345号 签发人:${han(11)}`, true],
  // The same line one character longer is no 发文字号 line.
  [`${han(12)}〔2024〕12345号 签发人:${han(12)}`, false],
  ['关于做好汛期工作的通知', false],
]);

table('dateOnly', dateOnly, [
  ['2024年5月8日', { start: 0, end: 9 }],
  ['二〇二四年五月八日', { start: 0, end: 9 }],
  ['2024.5.8', { start: 0, end: 8 }],
  ['5月8日', null],
  ['2024年5月8日印发', null],
  ['印发于2024年5月8日', null],
  ['2024年5月8日至2024年5月9日', null],
  ['2024年13月8日', null],
  ['', null],
]);

table('isPrintedByLine', isPrintedByLine, [
  ['济南市城乡水务局办公室2024年5月8日印发', true],
  ['济南市城乡水务局办公室2024年5月8日印', true],
  ['2024年5月8日印发', true],
  ['济南市城乡水务局办公室5月8日印发', false],
  // One date with its year is enough.
  ['济南市城乡水务局办公室5月7日拟稿2024年5月8日印发', true],
  ['济南市城乡水务局办公室2024年5月8日', false],
  ['2024年5月8日印发通知', false],
  // 60 characters is the longest 印发 line; one more and it is a sentence.
  [`${han(49)}2024年5月8日印发`, true],
  [`${han(50)}2024年5月8日印发`, false],
]);

table('isOrgName', isOrgName, [
  ['济南市城乡水务局', true],
  ['历城区人民政府、章丘区人民政府', true],
  ['中共济南市委办公厅 济南市人民政府办公厅', true],
  // A bracketed note after the name: the name before it decides.
  ['济南市城乡水务局（河长办）', true],
  ['济南市河道保护（试行）', false],
  // Only the bracket at the very end is a note.
  ['济南市（历城区）水务局（河长办）', true],
  ['局', false],
  // Two characters are enough for a name.
  ['市委', true],
  ['水务局', true],
  ['济南市城乡水务局，', false],
  ['济南市第2水务所', false],
  ['济南市第２水务所', false],
  ['为做好工作', false],
  // 48 characters is the longest name.
  [`${han(47)}局`, true],
  [`${han(48)}局`, false],
]);

table('isTitleLike', isTitleLike, [
  ['关于做好汛期河道巡查工作的通知', true],
  ['关于做好汛期河道巡查工作', true],
  ['汛期河道巡查工作方案', true],
  ['汛期河道巡查工作方案》', true],
  ['转发市水务局文件', true],
  ['批转市水务局文件', true],
  ['颁发荣誉证书', true],
  ['为做好汛期河道巡查工作', false],
  ['关于做好汛期河道巡查工作的通知。', false],
  ['关于做好汛期工作；加强巡查', false],
  ['关于做好汛期工作？', false],
  ['关于做好汛期工作!', false],
  [`关于${han(88)}`, true],
  [`关于${han(89)}`, false],
]);

table('endsWithGenre', endsWithGenre, [
  ['关于做好汛期河道巡查工作的通知', true],
  ['《河道管理办法》', true],
  ['关于做好汛期河道巡查工作', false],
]);

table('titleComplete', titleComplete, [
  ['关于做好汛期河道巡查工作的通知', true],
  ['关于印发《河道管理办法》的通知', true],
  // The genre word inside 《》 belongs to the printed document: the title goes on (的通知).
  ['关于印发《河道管理办法》', false],
  ['关于《河道保护规划》', false],
  ['关于做好汛期河道巡查', false],
]);

table('isRecipientsLine', isRecipientsLine, [
  ['各区县人民政府，市政府各部门：', true],
  ['各区县水务局:', true],
  ['市水务局、市财政局；市应急局：', true],
  // Spaces around a name (a PDF copy) do not hide its ending.
  ['市水务局 ，市财政局 ：', true],
  ['各区县人民政府，市政府各部门', false],
  ['各区县人民政府。市政府各部门：', false],
  ['各区县人民政府！：', false],
  ['一、各区县人民政府：', false],
  // A heading that names a body and ends in a colon introduces its duties: no 主送.
  ['（一）市水务局：', false],
  // A colon inside a line that does not end in one: a label with its list, no 主送.
  ['责任单位：市水务局、市城管局、市园林局', false],
  ['：', false],
  ['、：', false],
  ['现将有关事项通知如下：', false],
  // Three names of bodies in five parts is 0.6: enough.
  ['市水务局、市财政局、市应急局、王明、李华：', true],
  ['市水务局、市财政局、王明、李华：', false],
  ['各区县水务局，王明，李华：', false],
  // A part longer than 40 characters is a sentence, not a name.
  [`${han(39)}局：`, true],
  [`${han(40)}局：`, false],
  // 400 characters is the longest 主送 line (133 names of bodies).
  [`甲甲局、${'甲局、'.repeat(131)}甲局：`, true],
  [`甲甲局、甲甲局、${'甲局、'.repeat(130)}甲局：`, false],
]);
