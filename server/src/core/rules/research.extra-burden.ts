// research.extra-burden (§15): 充分利用调研对象现有材料，不得提出与调研工作无关的要求，不得为基层
// 增加额外负担。Asking the units visited to prepare 汇报材料, 展板, PPT, films or a dedicated
// 座谈/汇报. Handing over what exists (提供书面材料, 查阅台账) is using existing material and is not
// reported; materials that must be made for the visit (汇报材料, 展板, 专题片) are, whatever the verb.
// The longer name comes first in each list so the quoted phrase is whole (书面汇报材料, 座谈会).
//
// National pack (part 3, 不得频繁要求基层填表格报材料, news-digest wording): option `forms` also
// reports forms to fill and written materials to hand in (填写调查表, 报送报表, 报送自查报告);
// see semantics/formDemands.ts. Off by default, so the Jinan reading stays as it was.

import { CITE } from '../national';
import { formDemands } from '../semantics/formDemands';
import { defineRule, type Report } from './rule';
import { msg, researchPhraseRule } from './kit/phraseRule';
import { withClause } from './kit/util';

const CLAUSE = '§15';

const jinan = researchPhraseRule({
  id: 'research.extra-burden',
  clause: CLAUSE,
  title: msg('调研额外负担', 'Extra burden on units visited'),
  description: msg('要求调研对象准备汇报材料、展板、PPT、专题片或专门座谈、专题汇报。', 'Asks the units visited to prepare reports, display boards, slides, films or a dedicated symposium.'),
  pattern: /(?:准备|备齐|制作|撰写|起草|编写|编制|印制|赶制|布置|设置)[^，。；,;]{0,8}?(?:书面汇报材料|汇报材料|书面材料|书面汇报|文字材料|文字资料|汇报提纲|展板|PPT|ppt|汇报片|专题片|宣传片|视频资料|宣传册|画册|展示区)|(?:提供|报送|提交|上报|呈送)[^，。；,;]{0,6}?(?:书面汇报材料|汇报材料|书面汇报|汇报提纲|展板|PPT|ppt|汇报片|专题片|宣传片)|(?:汇报材料|展板|PPT|汇报片|专题片)[^，。；,;]{0,4}?(?:准备|制作)|做好(?:汇报|迎检|接待|(?:情况|工作)介绍)(?:介绍|发言|讲解)?(?:的)?准备|做好[^，。；,;]{0,20}?的汇报(?![会])|专门(?:组织|召开|安排)?(?:座谈会?|汇报会)|(?:作|做)专题汇报/g,
  message: (w) => msg(`要求“${w}”增加基层负担；应充分利用调研对象现有材料，不提与调研无关的要求`, `Asking for "${w}" adds work for the units visited; use what they already have`),
});

function overlaps(taken: readonly Report[], start: number, end: number): boolean {
  return taken.some((r) => r.start < end && start < r.end);
}

export default defineRule({
  ...jinan,
  description: msg(
    '要求调研对象准备汇报材料、展板、PPT、专题片或专门座谈、专题汇报；全国规定下还包括填表格、报报表和书面材料。',
    'Asks the units visited to prepare reports, display boards, slides, films or a dedicated symposium; under the national rules also forms and written materials.',
  ),
  packs: {
    'jinan-2019': { cite: CLAUSE, keys: ['15'] },
    'national-2024': { cite: CITE.inspections, keys: ['N8'], grade: 'Q', options: { forms: true } },
  },
  options: [
    {
      name: 'forms',
      type: 'boolean',
      default: false,
      stricter: 'true',
      description: msg('也报告要求被调研单位填表格、报报表和书面材料（全国规定）', 'Also report forms and written materials demanded of the units visited (national rules)'),
    },
  ],
  check(ctx) {
    const taken: Report[] = [];
    jinan.check({ ...ctx, report: (r) => (taken.push(r), ctx.report(r)) });
    if (!ctx.bool('forms')) return;
    for (const h of formDemands(ctx.model)) {
      const span = ctx.span(h.para, h.start, h.end);
      if (overlaps(taken, span.start, span.end)) continue;
      const w = h.para.text.slice(h.start, h.end);
      ctx.report({
        ...span,
        message: withClause(
          msg(`要求“${w}”增加基层负担；调研和督查检查考核不应要求基层填表格、报材料，应利用现有材料`, `Asking for "${w}" adds forms and paperwork for the units visited; visits and inspections should use what exists`),
          CLAUSE,
        ),
      });
    }
  },
});
