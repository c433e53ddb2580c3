// doc.attachment-length (§2): 附件字数不得超过文件主体部分。

import { defineRule } from './rule';
import { fmt, msg, withClause } from './kit/util';

const CLAUSE = '§2';

export default defineRule({
  id: 'doc.attachment-length',
  title: msg('附件篇幅', 'Attachment length'),
  clause: CLAUSE,
  clauseKeys: ['2'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: false,
  description: msg('附件总字数超过正文字数。', "The attachments' total 字数 exceeds the body's."),
  options: [],
  check(ctx) {
    const m = ctx.model;
    if (m.attachments.length === 0) return; // attachments not in this file: nothing to weigh
    const body = ctx.counts.body;
    const att = ctx.counts.attachments;
    if (att <= body) return;
    const first = m.attachments[0]!;
    const p = first.header ?? first.title[0] ?? first.paragraphs[0]!;
    ctx.report({
      start: p.start,
      end: p.end,
      message: withClause(
        msg(`附件共 ${fmt(att)} 字，超过正文 ${fmt(body)} 字，请压缩附件`, `Attachments total ${fmt(att)} 字, more than the body's ${fmt(body)} 字; shorten them`),
        CLAUSE,
      ),
    });
  },
});
