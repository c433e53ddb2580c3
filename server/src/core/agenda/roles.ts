// Who speaks in an agenda item and in what role (RULES.md, 会议): a principal leader's speech
// (the speaker's title is in names.principalLeaders), the presiding leader's remarks, a report
// (汇报、通报、作…报告、起草说明), another speech (表态、交流、典型发言), or an unbudgeted item
// (审议、学习、观看、颁奖…, and a speech by any other leader).

import type { Names } from '../names';
import type { ItemRole } from './types';

/** Items about deliberating, watching or moving around: not budgeted, whatever report they name. */
const OTHER_LEAD = /^(?:分组|分团|大会|全体|集中|集体|会议|全体人员)?(?:审议|讨论|表决|学习|观看|收看|宣读|选举|颁奖|颁发|签约|签订|通过|参观|视察|考察|传达|播放|合影|休会|休息|报到|用餐|午餐|晚餐|散会|结束|闭幕|开幕|唱|奏|默哀)/;
/** Verbs that make the named leader the object of the item (传达市委书记讲话精神), not its speaker. */
const RELAYED = /传达|学习|贯彻|听取|宣读|观看|收看|审议|讨论/;
const SPEECH_WORD = /讲话(?!精神)|致辞|作[^，。；]{0,16}?报告|工作报告|部署|动员|总结|强调/;
const HOST_WORD = /主持人|主持会议|主持并|宣布(?:开会|会议开始|会议结束|闭会|散会|大会开幕|开幕)|^主持/;
const HOST_REMARK = /讲话(?!精神)|总结|强调|小结|讲评|主持/;
const REPORT_WORD = /汇报|通报(?!表扬|批评)|作[^，。；]{0,20}?报告|(?:情况|工作)介绍|介绍[^，。；]{0,20}?情况|作[^，。；]{0,20}?说明|起草说明/;
const NOT_REPORT = /辅导|讲座|授课|培训|专家/;
const SPEECH = /发言|经验交流|经验介绍|作交流|交流经验|表态/;

/** The words before the verb: 市委书记张三讲话 -> 市委书记张三; 听取市发展改革委汇报… -> 市发展改革委. */
export function speakerOf(text: string): string {
  const t = text.replace(/^[（(][^）)]{0,12}[）)]/, '').replace(/^(?:请|由|听取)/, '');
  const m = /^(.{1,24}?)(?:同志)?(?:作|做|进行|代表[^，。]{0,10})?(?:总结|重要|动员|部署|表态|交流|典型|经验交流|专题|工作|大会|书面)?(?:讲话|致辞|汇报|发言|主持|讲评|小结|总结|强调|通报|介绍|报告|说明)/.exec(t);
  if (!m) return '';
  // 开幕式：市委书记 / 大会交流，市长: a session name before the speaker; 历下区，市中区: two speakers.
  const lead = /^([^，,：:]{1,8})([，,：:])\s*/.exec(m[1]!);
  const who = lead && !(/[，,]/.test(lead[2]!) && UNIT_END.test(lead[1]!)) ? m[1]!.slice(lead[0].length) : m[1]!;
  // 市长王五作经济工作报告: the speaker ends before 作.
  return who.replace(/(?:分别|依次|共同|先后)$/, '').replace(/(.{2,}?)(?:作|做)[^作做]*$/, '$1').replace(/[：:，,、\s]+$/, '').replace(/同志$/, '');
}

/** The title of a principal leader in s, not as part of 副市长 / 市委副书记. */
export function hasPrincipalTitle(s: string, names: Names): boolean {
  return names.principalLeaders.some((full) => {
    // 市委主要负责同志作动员讲话: the speaker reads 市委主要负责 once 同志 is dropped.
    const title = full.replace(/同志$/, '');
    let at = s.indexOf(title);
    while (at >= 0) {
      if (s[at - 1] !== '副' && !s.startsWith('助理', at + title.length)) return true;
      at = s.indexOf(title, at + 1);
    }
    return false;
  });
}

/** Whether speaker and host name the same person (张三 / 副市长张三 / 市政府副市长张三同志). */
function sameLeader(speaker: string, host: string | null): boolean {
  if (!host || !speaker) return false;
  const h = host.replace(/同志$/, '');
  return h.includes(speaker) || speaker.includes(h);
}

export function roleOf(text: string, speaker: string, host: string | null, names: Names): ItemRole {
  // 开幕式，市委书记讲话 / 大会交流：市长作总结讲话: a short session name, then the step itself.
  const lead = /^([^，,：:；;]{1,8})[，,：:]\s*(\S.*)$/.exec(text);
  if (lead && !/讲话|致辞|汇报|发言|主持|报告|通报/.test(lead[1]!) && !NOT_REPORT.test(lead[1]!)) {
    const rest = lead[2]!;
    const role = roleOf(rest, speakerOf(rest), host, names);
    if (role !== 'other') return role;
  }
  if (OTHER_LEAD.test(text)) return 'other';
  if (RELAYED.test(speaker)) return 'other';
  // The speaker may stand after the verb: 讲话（市委书记张三）, 讲话：市长.
  const principal = speaker ? hasPrincipalTitle(speaker, names) : hasPrincipalTitle(text, names) && !RELAYED.test(text);
  const isHost = sameLeader(speaker, host);
  if (principal && SPEECH_WORD.test(text) && !HOST_WORD.test(text.replace(/主持会议并|主持并/, ''))) return 'principal';
  if (principal && /讲话(?!精神)|致辞/.test(text)) return 'principal';
  if (HOST_WORD.test(text)) return 'host';
  if (isHost && HOST_REMARK.test(text)) return hostIsPrincipal(host, names) && SPEECH_WORD.test(text) ? 'principal' : 'host';
  if (REPORT_WORD.test(text) && !NOT_REPORT.test(text)) return 'report';
  if (SPEECH.test(text)) return principal ? 'principal' : 'speech';
  return 'other';
}

function hostIsPrincipal(host: string | null, names: Names): boolean {
  return !!host && hasPrincipalTitle(host, names);
}

const UNIT_END = /(?:区|县|市|局|委|办|厅|部|院|中心|公司|集团|街道|镇|乡|村|社区|学校|医院|企业|代表|同志|单位|部门)$/;

/** Speakers listed in one item (历下区、章丘区作表态发言; 张三、李四同志发言): their number when more than one. */
export function listedSpeakers(speaker: string): number | null {
  // Only 、 and commas separate speakers: 和 / 及 also join the words of one name (市工业和信息化局).
  if (!/[、，,]/.test(speaker)) return null;
  const pieces = speaker.split(/[、，,]/).map((x) => x.trim()).filter(Boolean);
  if (pieces.length < 2) return null;
  const ok = pieces.every((x) => UNIT_END.test(x) || /^[\u4e00-\u9fa5]{2,3}$/.test(x));
  return ok ? pieces.length : null;
}
