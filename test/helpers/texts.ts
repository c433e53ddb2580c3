// Small hand-written texts shared by the LSP and CLI tests.

/** A short notice with five findings of four fixable rules (0-based lines in the comments). */
export const NOTICE = [
  '济南市某某局关于做好基层减负有关工作的通知', // 0
  '济某发[2019]第023号', // 1  format.doc-number
  '', // 2
  '各区县人民政府，市直各部门：', // 3
  '为贯彻落实有关要求,现就有关事项通知如下。', // 4  format.punctuation
  '一、总体要求', // 5
  '坚持问题导向,注重工作实效。', // 6  format.punctuation
  '二、主要任务', // 7
  '（一）压减文件。', // 8
  '（二）压减会议。', // 9
  '四、保障措施', // 10 format.heading-sequence
  '加强组织领导。', // 11
  '附件：1.工作台账', // 12
  '2.任务清单', // 13
  '济南市某某局', // 14
  '2019年07月28日', // 15 format.date
  '',
].join('\n');

/** [rule, 0-based line] of NOTICE's findings, in order. */
export const NOTICE_FINDINGS: ReadonlyArray<readonly [string, number]> = [
  ['format.doc-number', 1],
  ['format.punctuation', 4],
  ['format.punctuation', 6],
  ['format.heading-sequence', 10],
  ['format.date', 15],
];

/**
 * NOTICE is sent by a city bureau to 各区县人民政府 without a stated 经市委、市政府同意
 * (doc.directive-scope, §3, no quick fix) and has no 公开属性 under its date (doc.disclosure, a
 * fix inserts （此件公开发布）): with its format findings, seven in all, by line and then rule
 * (the order the CLI prints them).
 */
export const NOTICE_ALL: ReadonlyArray<readonly [string, number]> = [...NOTICE_FINDINGS, ['doc.directive-scope', 3] as const, ['doc.disclosure', 15] as const].sort(
  (a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
);

/** A document without findings. */
export const CLEAN = ['济南市某某局关于做好基层减负有关工作的通知', '济某发〔2019〕23号', '', '各区县人民政府：', '现就有关事项通知如下。', '济南市某某局', '2019年7月28日', ''].join('\n');

/** CLEAN as a clean 公文 under the doc.* rules too: addressed to the districts' departments and marked public. */
export const CLEAN_DOC = CLEAN.replace('各区县人民政府：', '各区县有关部门：').replace('2019年7月28日\n', '2019年7月28日\n（此件公开发布）\n');

/** Two research plans that share a three-stop route in 章丘区, 35 days apart (2024-05-10 and 2024-06-14). */
export const PLAN_A = [
  '市长张三赴章丘区调研安排',
  '',
  '调研时间：2024年5月10日（星期五）',
  '调研方式：四不两直',
  '第一站：章丘区文祖街道三德范村，察看乡村振兴示范片区建设情况。',
  '第二站：明水街道眼明泉社区，了解社区治理情况。',
  '第三站：双山街道山东重工产业园，调研企业生产经营情况。',
  '',
].join('\n');

export const PLAN_B = [
  '关于副市长李四赴章丘区调研的行程安排',
  '',
  '一、调研时间',
  '2024年6月14日（星期五）上午',
  '二、调研行程',
  '1. 8:30 从市政府出发',
  '2. 9:20 章丘区文祖街道三德范村，察看乡村振兴工作（暗访）',
  '3. 10:10 明水街道眼明泉社区，了解社区治理情况',
  '4. 11:00 双山街道山东重工产业园，调研企业生产经营情况',
  '5. 11:50 返回市区',
  '',
].join('\n');

/** A short notice whose findings are mostly safe to fix: half-width : , ( ) :, a 成文日期 in Chinese numerals, no disclosure note. */
export const FIXABLE_NOTICE_LINES: readonly string[] = [
  '关于做好2024年防汛工作的通知',
  '各区县:',
  '　　为做好防汛工作,现将有关事项通知如下(请认真落实):',
  '一、加强值守',
  '　　各单位要加强值班值守。',
  '',
  '济南市应急管理局',
  '二〇二四年五月二十日',
];
