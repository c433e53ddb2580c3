// The walkthrough's example (gongwen.openExample), apart from the `vscode` API so that a unit
// test can check what the analysis finds in it (test/walkthrough.test.ts).

/** A made-up notice: a bracketed 发文字号, half-width punctuation, a skipped heading number, a padded date. */
export const EXAMPLE_DRAFT = [
  '示例区农业农村局文件',
  '',
  '示区农发[2026]第05号',
  '',
  '示例区农业农村局',
  '关于做好春季农田水利设施检修工作的通知',
  '',
  '各街道办事处、各镇人民政府:',
  '　　为保障春耕用水,现就有关事项通知如下。',
  '　　一、检修范围',
  '　　辖区内的灌溉泵站、渠道和小型蓄水设施。',
  '　　三、工作要求',
  '　　各单位要明确专人负责，及时消除安全隐患。',
  '',
  '示例区农业农村局',
  '2026年03月09日',
  '',
].join('\n');
