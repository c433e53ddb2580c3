// meeting.joint-principal-speech (national only; 《若干规定》严格精简会议, two news digests agree):
// 地方党政主要负责同志同时参加的会议一般不同时讲话. The 党委 principal (市委书记, 县委书记, 镇党委书记 …,
// names.partyPrincipals) and the 政府 principal of the same place (市长, 县长, 镇长 …,
// names.governmentPrincipals) both give a speech of their own in one agenda. Not a 发言, not a relayed
// speech, not presiding alone; one person holding both posts (镇党委书记、镇长张三) is one principal.

import type { AgendaItem, Principal } from '../agenda/types';
import { itemLabel } from '../agenda/budget';
import { itemWords } from '../agenda/parse';
import { samePost } from '../agenda/roles';
import { CITE } from '../national';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

/** A 讲话, a report or a 部署: a 致辞 alone is a ceremony's greeting, not a speech on the work. */
const SPEECH = /讲话(?!精神)|报告|部署/;

interface Speaker {
  it: AgendaItem;
  p: Principal;
  order: number;
}

/** The first party principal and government principal of one place who both speak, else null. */
function jointPair(items: readonly AgendaItem[]): [Speaker, Speaker] | null {
  const party: Speaker[] = [];
  const government: Speaker[] = [];
  const both: Principal[] = [];
  items.forEach((it, order) => {
    if (!SPEECH.test(it.text)) return;
    for (const p of it.principals ?? []) {
      if (p.party && p.government) both.push(p);
      else (p.party ? party : government).push({ it, p, order });
    }
  });
  for (const g of government) {
    for (const q of party) {
      if (!samePost(q.p, g.p)) continue;
      // One person holds both posts there: the other title names the same person.
      if (both.some((b) => samePost(b, q.p) || samePost(b, g.p))) continue;
      return q.order <= g.order ? [q, g] : [g, q];
    }
  }
  return null;
}

function short(t: string): string {
  return t.length > 24 ? `${t.slice(0, 24)}…` : t;
}

export default defineRule({
  id: 'meeting.joint-principal-speech',
  title: msg('党政主要负责同志同时讲话', 'Both party and government principals speak'),
  ...nationalOnly(CITE.meetings, ['N6-speech'], 'Q', 'warning'),
  visits: ['MeetingArrangement'],
  fixable: false,
  description: msg('同一会议议程中党委主要负责同志和政府主要负责同志都安排讲话（全国规定：一般不同时讲话）。', 'The party principal and the government principal of one place both give speeches in one agenda (national rules: generally only one speaks).'),
  options: [],
  check(ctx) {
    const a = ctx.meeting!.agenda;
    if (a.statutory) return;
    const pair = jointPair(a.items);
    if (!pair) return;
    const [first, second] = pair;
    const [partyItem, govItem] = first.p.party ? [first.it, second.it] : [second.it, first.it];
    const w = itemWords(second.it);
    // One item naming both (区委书记、区长分别讲话): quote its words, not the whole table row.
    const shared = short(w.para.text.slice(w.start, w.end));
    const where = first.it === second.it ? msg(`“${shared}”`, `"${shared}"`) : msg(`“${itemLabel(partyItem)}”和“${itemLabel(govItem)}”`, `"${itemLabel(partyItem)}" and "${itemLabel(govItem)}"`);
    ctx.report({
      ...ctx.span(w.para, w.start, w.end),
      message: withCite(
        msg(
          `党委和政府主要负责同志在本次会议都安排了讲话（${where.zh}）；党政主要负责同志同时参加的会议一般不同时讲话，请只安排一位讲话`,
          `Both the party and the government principal give speeches at this meeting (${where.en}); when both attend, generally only one of them speaks`,
        ),
        CITE.meetings,
      ),
    });
  },
});
