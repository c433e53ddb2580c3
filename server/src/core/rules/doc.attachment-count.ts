// doc.attachment-count (§2): 文件附件3个以内。

import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§2';

export default defineRule({
  id: 'doc.attachment-count',
  title: msg('附件数量', 'Number of attachments'),
  clause: CLAUSE,
  clauseKeys: ['2'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg(
    '附件超过 3 个（按附件说明和正文后的附件标识计）。',
    'More than 3 attachments (counted from the 附件说明 list and the attachment sections).',
  ),
  options: [{ name: 'max', type: 'integer', default: 3, minimum: 0, description: msg('附件个数上限', 'Maximum number of attachments') }],
  check(ctx) {
    const max = ctx.num('max');
    const m = ctx.model;
    // The model's count leaves out 附件说明 items naming a document a 印发 notice prints.
    const n = m.attachmentCount;
    if (n <= max) return;
    // Point at the first attachment over the limit: its 附件说明 item, else its section label.
    const item = m.attachmentNoteItems.filter((it) => !it.printed)[max];
    const section = m.attachments[max];
    let range: { start: number; end: number };
    if (item) range = ctx.span(item.para, item.markStart, item.para.text.length);
    else if (section) {
      const p = section.header ?? section.title[0] ?? section.paragraphs[0]!;
      range = { start: p.start, end: p.end };
    } else {
      const p = m.attachmentNote[0]!;
      range = { start: p.start, end: p.end };
    }
    ctx.report({
      ...range,
      message: withClause(
        msg(`附件 ${fmt(n)} 个，超过上限 ${fmt(max)} 个，请精简或合并附件`, `${fmt(n)} attachments, over the limit of ${fmt(max)}; drop or merge some`),
        CLAUSE,
      ),
    });
  },
});
