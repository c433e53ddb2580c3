// format.date (GB 7.3.5): 成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位。

import { findDates, formatGbDate } from '../parse/dates';
import { foldWidth } from '../text/chars';
import type { Paragraph } from '../text/paragraph';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = 'GB 7.3.5';

export default defineRule({
  id: 'format.date',
  title: msg('成文日期格式', 'Date of issue format'),
  clause: CLAUSE,
  clauseKeys: ['GB 7.3.5'],
  visits: ['Document'],
  defaultSeverity: 'warning',
  fixable: true,
  description: msg(
    '成文日期未用阿拉伯数字标全年月日或编了虚位（如 2019年07月28日、二〇一九年七月二十八日、2019.7.28）。',
    'Date of issue not in full Arabic numerals without zero padding (2019年07月28日, 二〇一九年七月二十八日, 2019.7.28).',
  ),
  options: [],
  check(ctx) {
    const dates: Paragraph[] = [];
    if (ctx.model.date) dates.push(ctx.model.date);
    dates.push(...ctx.model.otherDates);
    for (const p of dates) {
      const d = findDates(foldWidth(p.text))[0];
      if (!d || d.year === null) continue;
      if (d.style === 'arabic' && !d.padded) continue;
      const good = formatGbDate(d.year, d.month, d.day);
      const written = p.text.slice(d.start, d.end);
      const why =
        d.style === 'chinese'
          ? msg('应使用阿拉伯数字', 'use Arabic numerals')
          : d.style === 'numeric'
            ? msg('应写明“年”“月”“日”', 'write 年, 月 and 日')
            : msg('月、日不编虚位', 'no leading zeros in month or day');
      const span = ctx.span(p, d.start, d.end);
      ctx.report({
        ...span,
        message: withClause(msg(`成文日期“${written}”${why.zh}，应写作“${good}”`, `Date of issue "${written}": ${why.en}; write "${good}"`), CLAUSE),
        fixes: [{ title: msg(`改为“${good}”`, `Change to "${good}"`), edits: [{ ...span, newText: good }], safe: true }],
      });
    }
  },
});
