// format.attachment-note (GB 7.3.4, 7.3.7): “附件”二字后标全角冒号和附件名称；多个附件使用阿拉伯
// 数字标注顺序号（如“附件：1.×××”）；附件名称后不加标点符号；附件顺序号和附件标题应当与附件
// 说明的表述一致。

import type { AttachmentNoteItem } from '../model/types';
import type { Paragraph } from '../text/paragraph';
import { defineRule, type RuleContext } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = 'GB 7.3.4';
const TRAILING = /[。；;，,.．、：:！!？?]+$/;

function normName(s: string): string {
  return s.replace(/[《》“”"'‘’\s。；;，,.．、：:]/g, '');
}

export default defineRule({
  id: 'format.attachment-note',
  title: msg('附件说明格式', 'Attachment list format'),
  clause: CLAUSE,
  clauseKeys: ['GB 7.3.4', 'GB 7.3.7'],
  visits: ['Document'],
  defaultSeverity: 'info',
  fixable: true,
  description: msg(
    '附件说明序号有误或与附件不一致，附件名称后加了标点，“附件”后未用全角冒号。',
    'Attachment list numbering wrong or inconsistent with the attachment sections, punctuation after names, or no full-width colon after 附件.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    const items = m.attachmentNoteItems;
    // Sections after the document that carry a 附件 label (a 印发 notice may label the document it prints 附件 too).
    const labelled = labelledSections(ctx);
    checkSectionNumbers(ctx, labelled);
    const first = m.attachmentNote[0];
    if (!first) return;

    // “附件” + full-width colon.
    const colon = /^附\s*件\s*(:)/.exec(first.text);
    if (colon) {
      const at = colon[0].length - 1;
      const span = ctx.span(first, at, at + 1);
      ctx.report({
        ...span,
        message: withClause(msg('“附件”后应使用全角冒号“：”', 'Use a full-width colon "：" after 附件'), CLAUSE),
        fixes: [{ title: msg('改为“：”', 'Change to "："'), edits: [{ ...span, newText: '：' }], safe: true }],
      });
    }

    const many = items.length > 1;
    items.forEach((it, i) => checkItem(ctx, it, i, many));

    // Agreement with the labelled sections that follow the document.
    if (labelled.length && items.length && labelled.length !== items.length) {
      ctx.report({
        start: first.start,
        end: m.attachmentNote[m.attachmentNote.length - 1]!.end,
        message: withClause(
          msg(`附件说明列出 ${items.length} 个附件，正文后附有 ${labelled.length} 个附件，两者应一致`, `The attachment list names ${items.length} attachments but ${labelled.length} follow the document; they must agree`),
          'GB 7.3.7',
        ),
      });
    } else if (labelled.length === items.length) {
      labelled.forEach((a, i) => {
        const it = items[i]!;
        const title = a.title.map((p) => p.text).join('');
        if (!title || !it.name) return;
        if (normName(title) !== normName(it.name)) {
          // The name as quoted, without the trailing punctuation reported on its own.
          const name = it.name.replace(TRAILING, '');
          const end = it.para === it.endPara ? it.nameEnd - (it.name.length - name.length) : it.para.text.length;
          ctx.report({
            ...ctx.span(it.para, it.nameStart, Math.max(end, it.nameStart + 1)),
            message: withClause(
              msg(`附件说明第 ${i + 1} 项“${name}”与附件${a.number ?? i + 1}的标题“${title}”不一致`, `Item ${i + 1} of the attachment list ("${name}") differs from the title of attachment ${a.number ?? i + 1} ("${title}")`),
              'GB 7.3.7',
            ),
          });
        }
      });
    }
  },
});

const HEADER_NUMBER = /^(附\s*件\s*)([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})/;

interface Labelled {
  header: Paragraph | null;
  number: number | null;
  title: Paragraph[];
  section: number;
}

/** Sections after the document that carry a 附件 label, attachments and printed documents alike, in order. */
function labelledSections(ctx: RuleContext): Labelled[] {
  const m = ctx.model;
  const out: Labelled[] = [...m.attachments.filter((a) => a.header), ...m.printed.filter((d) => d.header)];
  return out.sort((a, b) => a.section - b.section);
}

/** 附件1, 附件2 … after the document: numbered in order when there are several (GB 7.3.7). */
function checkSectionNumbers(ctx: RuleContext, labelled: readonly Labelled[]): void {
  if (labelled.length < 2) return;
  labelled.forEach((a, i) => {
    const want = i + 1;
    if (a.number === null || a.number === want) return;
    const h = a.header!;
    const m = HEADER_NUMBER.exec(h.text);
    if (!m) return;
    const span = ctx.span(h, m[1]!.length, m[0].length);
    ctx.report({
      ...span,
      message: withClause(
        msg(`附件顺序号“${m[2]}”不连续，此处应为“${want}”，并与附件说明一致`, `Attachment number "${m[2]}" is out of sequence; it should be ${want}, as in the attachment list`),
        'GB 7.3.7',
      ),
      fixes: [{ title: msg(`改为“附件${want}”`, `Change to 附件${want}`), edits: [{ ...span, newText: String(want) }] }],
    });
  });
}

function checkItem(ctx: RuleContext, it: AttachmentNoteItem, i: number, many: boolean): void {
  const want = `${i + 1}.`;
  if (many) {
    const written = it.para.text.slice(it.markStart, it.markEnd);
    const wellFormed = it.number === i + 1 && /^[0-9０-９]+[.．]$/.test(written.trim());
    if (!wellFormed) {
      const span = ctx.span(it.para, it.markStart, it.markEnd);
      const why = it.number === null ? msg('缺少顺序号', 'has no number') : it.number !== i + 1 ? msg('顺序号不连续', 'is out of sequence') : msg('顺序号后应使用“.”', 'takes "." after its number');
      ctx.report({
        start: span.start,
        end: it.markEnd > it.markStart ? span.end : ctx.span(it.para, it.nameStart, Math.min(it.nameEnd, it.nameStart + charLength(it.para.text, it.nameStart))).end,
        message: withClause(msg(`附件说明第 ${i + 1} 项${why.zh}，应写作“${want}”`, `Item ${i + 1} of the attachment list ${why.en}; write "${want}"`), CLAUSE),
        fixes: [{ title: msg(`改为“${want}”`, `Change to "${want}"`), edits: [{ ...span, newText: want }], safe: true }],
      });
    }
  } else if (it.number !== null) {
    const span = ctx.span(it.para, it.markStart, it.markEnd);
    ctx.report({
      ...span,
      message: withClause(msg('只有一个附件时不标顺序号', 'A single attachment takes no number'), CLAUSE),
      fixes: [{ title: msg('删除顺序号', 'Remove the number'), edits: [{ ...span, newText: '' }], safe: true }],
    });
  }
  const tail = TRAILING.exec(it.endPara.text.slice(it.endPara === it.para ? it.nameStart : 0, it.nameEnd));
  if (tail) {
    const base = it.endPara === it.para ? it.nameStart : 0;
    const span = ctx.span(it.endPara, base + tail.index, base + tail.index + tail[0].length);
    ctx.report({
      ...span,
      message: withClause(msg(`附件名称后不加标点符号，删除“${tail[0]}”`, `No punctuation after an attachment name; remove "${tail[0]}"`), CLAUSE),
      fixes: [{ title: msg(`删除“${tail[0]}”`, `Remove "${tail[0]}"`), edits: [{ ...span, newText: '' }], safe: true }],
    });
  }
}

/** UTF-16 length of the character at i (2 for a surrogate pair), so a range never splits one. */
function charLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}
