// What the analyser reports for the fixture workspace (test/e2e/workspace), as "rule@line"
// with 1-based lines. Check with `npx tsx scripts/dump-model.ts test/e2e/workspace/FILE`.

export const NOTICE_FINDINGS = ['format.doc-number@3', 'format.punctuation@11', 'format.heading-sequence@15', 'format.date@19'];

export const FIXALL_FINDINGS = [
  'format.doc-number@3',
  'format.punctuation@9',
  'format.punctuation@11',
  'format.punctuation@13',
  'format.heading-sequence@15',
  'format.date@19',
];

/**
 * fixall.txt / onsave.txt after source.fixAll.gongwen, the fix-all command or Format Document —
 * the safe fixes, as `gongwen check --fix` makes them: [1-based line, text]. The heading's number
 * (15) needs the drafter (a section may be missing, not misnumbered): it stays, a quick fix.
 */
export const FIXALL_FIXED_LINES: Array<[number, string]> = [
  [3, '济商发〔2021〕7号'],
  [9, '　　为扩大消费，激发市场活力，现将有关事项通知如下。'],
  [11, '　　2021年5月至6月；各区县可结合实际安排。'],
  [13, '　　（一）组织促销活动。鼓励商场（超市）开展让利促销。'],
  [15, '　　四、工作要求'],
  [19, '2021年4月26日'],
];

/** What is left of FIXALL_FINDINGS after the safe fixes. */
export const FIXALL_LEFT = ['format.heading-sequence@15'];

/** word/notice.docx, a Word file built from these paragraphs (test/helpers/docx.ts makeDocx); its text view has one per line. */
export const DOCX_PARAGRAPHS = ['关于开展社区图书角整理工作的通知', '济文发[2026]07号', '', '各街道办事处：', '　　为方便居民阅读，现就社区图书角整理工作通知如下。', '　　请于本月底前完成书目登记，并做好日常维护。', '', '济南市文化馆', '2026年04月09日', '（此件公开发布）'];

/** What the analyser reports for word/notice.docx; word/.gongwen.json raises format.date to error. */
export const DOCX_FINDINGS = ['format.doc-number@2', 'format.date@9'];
