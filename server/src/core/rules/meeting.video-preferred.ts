// meeting.video-preferred (§9): 涉及区县人员较多的会议，以电视电话、网络视频等形式召开，尽量不集中到场
// 开会。A hint when all districts are called in person and no video form is given.

import { findSet } from '../semantics/phrases';
import { defineRule } from './rule';
import { msg, withClause } from './kit/util';

const CLAUSE = '§9';
const ALL_DISTRICTS = /(?:各区县|各县区|各区、县|各县\(市、区\)|各区\(县\))[^，。；,;]{0,30}?(?:参加|出席|到会|到场)(?!人员名单|回执)|(?:参会人员|出席人员|参加人员|与会人员)[:：][^。；;]{0,10}?(?:各区县|各县区|各区、县|各县\(市、区\)|各区\(县\))/g;
const REMOTE = /视频|电视电话|网络会议|线上|远程/;

export default defineRule({
  id: 'meeting.video-preferred',
  title: msg('视频会议优先', 'Prefer video meetings'),
  clause: CLAUSE,
  clauseKeys: ['9'],
  visits: ['MeetingArrangement'],
  defaultSeverity: 'hint',
  fixable: false,
  description: msg('要求各区县人员集中到场参会，未采用电视电话、网络视频形式。', 'All districts are called to attend in person, with no video or teleconference form.'),
  options: [],
  check(ctx) {
    const m = ctx.model;
    if (m.paragraphs.some((p) => REMOTE.test(p.key))) return;
    const h = findSet(m, ALL_DISTRICTS)[0];
    if (!h) return;
    ctx.report({
      ...ctx.span(h.para, h.start, h.end),
      message: withClause(msg('涉及区县人员较多的会议，宜以电视电话、网络视频等形式召开，尽量不集中到场开会', 'Meetings that involve many district staff should be held by video or teleconference rather than in person'), CLAUSE),
    });
  },
});
