// doc.app-mandate (national pack only; 《若干规定》规范政务移动互联网应用程序管理, summary, and the
// 2026 办法 of the State Council General Office, verbatim): 不得强制推广下载使用政务应用程序，考核通报
// 用户安装使用率，设置打卡签到、积分排名、统计在线时长等强制性功能，将点赞量、转发量、学习时长等作为
// 考评依据，强制要求通过政务应用程序上传工作照片、视频和轨迹。
// Fires where the document itself demands an app be downloaded, installed, registered, followed or
// subscribed to (a named app, or, in a document about one, 实现党员下载注册使用全覆盖), sets targets,
// standards or rankings on its use (安装率, 注册率, 活跃度, 积分, 日均分, 学习时长, 打卡; 提高人均学习积分;
// 使用情况纳入考核), or asks for work photos, screenshots, videos or tracks to be uploaded through one.
// Silent where the text forbids or regulates these (the 办法 itself, a list under 不得出现以下情形：),
// offers an app as one way among others (可通过…小程序查询), reports figures already reached
// (截至目前…注册率已达到98%), or in 安保、应急 work, which the 办法 excepts.

import type { DocModel } from '../model/types';
import { CITE } from '../national';
import { demandParagraphs, sentenceOf, setIn, type PhraseHit } from '../semantics/phrases';
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../semantics/stance';
import { APP_WORD, appSubject, firstPerSentence, namesApp, underProhibitingLead, type Found } from '../semantics/bodiesAndApps';
import type { Paragraph } from '../text/paragraph';
import { defineRule } from './rule';
import { nationalOnly } from './kit/national';
import type { Msg } from '../types';
import { msg, withCite } from './kit/util';

const APP = APP_WORD;
/** Demands to get an app: 下载安装“XX”APP, 关注、订阅“XX”“YY”公众号, 推广使用…小程序, “XX”APP下载注册. */
const INSTALL = new RegExp(
  `(?:下载|安装|注册|关注|订阅|绑定|激活|推广使用|推广应用)[^，。；,;]{0,24}?${APP}|${APP}[^，。；,;]{0,4}?(?:的)?(?:下载|安装|注册|关注|订阅)(?!率|量|数|人数|度|用户)`,
  'g',
);
/**
 * The same verbs with no app named, in a document about one (实现党员下载注册使用全覆盖, 全员关注订阅):
 * 关注 only before 订阅 (关注 alone is any attention), 注册 not of a company or a trademark, and not
 * a noun's first half (订阅目标, 注册人数).
 */
const BARE_INSTALL = /(?:下载|安装|注册(?!资本|会计|地|商标|登记)|订阅|关注(?=[、和及与]?订阅))(?:[、和及与并]?(?:下载|安装|注册|关注|订阅|使用|学习|登录|加入))*(?!目标|任务|指标|情况|人数|率|量|数|度|信息|资料|材料|账号|时间|方式)/g;
/** Everyone on the app: 全覆盖 of 党员、干部、职工 (not of services: 高频事项掌上办全覆盖). */
const FULL_COVERAGE = /全覆盖/g;
const PEOPLE = /党员|干部|职工|员工|师生|学员|人员|工作者|家庭|户/;
/** Work other than signing up whose coverage a clause may set: 培训全覆盖, 宣传全覆盖, 事项全覆盖. */
const OTHER_WORK = /培训|宣传|教育|服务|事项|业务|办理|检查|巡查|走访|监管|网络|信号/;
/** A quota on signing up: everyone, a share, a task or a date. */
const COVER = /全覆盖|全员|全部|100%|百分之百|人人|每人|所有|一律|任务|目标|指标|时间节点|前完成/;
/** Logging in on a schedule (强制要求定期登录): the schedule is the demand. */
const LOGIN = new RegExp(`(?:每日|每天|定期|每周|按时)(?:登录|登陆)[^，。；,;]{0,12}?${APP}`, 'g');
/** Use figures that only an app has: 安装率, 下载量, 日活 (not 主题团日活动). */
const APP_METRIC = /(?:安装|下载|激活)(?:率|量|人数|数)|日活(?!动)/g;
/** Figures that are an app's when the sentence names one: 注册率, 活跃度, 积分排名, 学习时长, 打卡, 点赞量 (not a village 积分制). */
const USE_METRIC = /(?:注册|关注|订阅|使用|登录)(?:率|量|人数|用户数?)|活跃(?:度|率|用户数?)|(?:人均|日均|日人均)+(?:学习)?积?分(?![钟析配类工别解布担摊散期批])|(?:学习)?积分(?!制|超市|兑换|落户)(?:排名)?|在线时长|学习时长|使用时长|登录时长|(?:签到)?打卡(?!地|点|景|线路|圣地)(?:签到)?|点赞(?:量|数)|转发(?:量|数)|网络投票|投票数|阅读量|浏览量|粉丝(?:量|数)/g;
/** Figures an app's only in a document about one: a study group's 建立率, 参与度, 关注度, a quota (注册任务). */
const SUBJECT_METRIC = /(?:参与|参学|建立|建组|入组)(?:率|度)|关注度|(?:注册|下载|安装|关注|订阅)(?:任务|指标)/g;
/** Uploading work media through an app. */
const UPLOAD = new RegExp(
  `${APP}[^，。；,;]{0,16}?上传[^，。；,;]{0,12}?(?:照片|图片|截图|视频|轨迹|定位|影像)|上传[^，。；,;]{0,12}?(?:照片|图片|截图|视频|轨迹|定位|影像)[^，。；,;]{0,10}?(?:至|到)[^，。；,;]{0,12}?${APP}`,
  'g',
);
/** An app's use as a whole (“学习强国”学习平台使用情况), weighed in an assessment. */
const USAGE = /(?:推广)?(?:使用|学习|登录|注册)情况/g;
/**
 * The app named right before 使用情况. Tested on the few characters before a hit rather than as a
 * lookbehind: a lookbehind with this alternation runs at every position of every text.
 */
const APP_BEFORE = new RegExp(`${APP}[^，。；,;]{0,8}?$`);

function afterApp(h: PhraseHit): boolean {
  return APP_BEFORE.test(h.para.key.slice(Math.max(0, h.start - 48), h.start));
}
const ASSESSED = /纳入|列入|计入|作为[^，。；,;]{0,8}?依据|考核|考评|评先|评优|评奖|排名|通报/g;
const HAS_APP = new RegExp(`${APP}|平台|线上|网上|在线|新媒体`);
/** The demand is made: a modal or an organising verb (a bare 请 to applicants is not). */
const MANDATE = /(?<![主重纪摘概提简扼])要|须|务必|应当|必须|确保|组织|动员|发动|督促|推动|全员|全体|人人|每人|一律|统一|实现|完成|达到|覆盖|100%|百分之百|任务/;
/**
 * A target, a ranking, a standard or an assessment on the figure. A bare share is not one: 注册率达
 * 98.6% reports, 注册率达到100% sets.
 */
const TARGET = /排名|排行|位列|名次|靠后|末位|通报|考核|考评|评比|评选|评定|表彰|纳入|计入|作为|不低于|不少于|达到|达标|标准|确保|以上|100%|百分之百|每日|每天|每周|每月|任务|指标|分解|下达|完成|计分|加分|扣分/g;
/** Raising a per-person figure is a target too: 提高人均学习积分, 提升注册率 (not 提升活跃度 or 影响力). */
const RAISE = /(?:提高|提升|增加|扩大)[^，。；,;]{0,20}$/;
const PER_PERSON = /积?分$|人均|日均|注册|安装|下载|订阅|关注率|学习时长/;
/** The sentence reports what is already so (截至目前…注册率已达到98%), it sets nothing. */
const REPORTED = /已经|均已|业已|已(?:有|全部|基本|实现|完成|达到|覆盖|注册|下载|安装|关注|订阅|加入)|截[至止](?:目前|今|现在|当前)|目前|累计|最高达|最多达|共计|合计/;
/** Unless it holds the figure to a standard (已经建立学习组织，建立率未达到100%的标准); a rank it reports is no standard. */
const STANDARD = /标准|达标|未达到|未完成|考核|目标|要求|不低于|不少于|以上|确保/;
/** The app is offered or recommended, not imposed: 可通过…查询, 也可以…, 自愿, 鼓励, 引导 (宣传, not a 宣传部). */
const OPTIONAL = /可(?!能|靠|控|持续)|也可|或者|或通过|自愿|欢迎|鼓励|引导|倡导|宣传(?![部处科办委])|有需要|如需|方便|便于/;
/** Work the 办法 excepts (安保、应急等特殊场景), and evidence the law asks for. */
const EXEMPT = /安保|应急|抢险|救灾|防汛|汛期|疫情|突发|森林防火|执法|取证|案件/;
/** The public or applicants using an app of their own accord: 群众通过“随手拍”上传, 考生关注公众号. */
const PUBLIC = /群众|市民|公众(?!号)|居民自愿|游客|举报|投诉|随手拍|考生|报考|报名|应聘|申请人|参赛|投稿|供应商/;
/** An employer's own attendance system, not an app pushed onto others. */
const ATTENDANCE = /考勤/;

export default defineRule({
  id: 'doc.app-mandate',
  title: msg('强制推广政务应用程序', 'Mandated government apps'),
  // The regulation's Part 5 is known only from summaries (S); the 2026 办法 gives the list verbatim (O).
  ...nationalOnly(CITE.apps, ['N-apps', 'APP-2026'], 'S', 'warning'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '要求下载、安装、注册、关注、订阅政务 APP、小程序、公众号或学习平台（或要求全覆盖），对安装率、注册率、活跃度、积分、学习时长、打卡等设定指标、标准或排名，将使用情况纳入考核，或要求通过 APP 上传工作照片、截图、视频、轨迹。',
    'Requires an app, mini program, official account or study platform to be downloaded, installed, registered, followed or subscribed to (or everyone on it); sets targets, standards or rankings on installs, registrations, activity, points, study time or check-ins; puts its use into an assessment; or asks for work photos, screenshots, videos or tracks to be uploaded through an app.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    for (const p of demandParagraphs(m)) {
      for (const f of firstPerSentence(foundIn(m, p))) {
        if (underProhibitingLead(m, p, f.h.start)) continue;
        ctx.report({ ...ctx.span(p, f.h.start, f.h.end), message: withCite(f.message, CITE.apps) });
      }
    }
  },
});

/** Every demand, target and upload the paragraph sets (several may share a sentence). */
function foundIn(m: DocModel, p: Paragraph): Found[] {
  const inContext = appContext(m, p);
  const found: Found[] = [];
  const add = (re: RegExp, keep: (h: PhraseHit) => boolean, message: (h: PhraseHit) => Msg): void => {
    for (const h of setIn(p, re)) if (keep(h)) found.push({ h, message: message(h) });
  };
  const install = () => INSTALL_MSG;
  const target = (h: PhraseHit) => TARGET_MSG(written(h));
  add(INSTALL, installs, install);
  if (inContext) add(BARE_INSTALL, (h) => installs(h) && COVER.test(sentenceOf(h)), install);
  add(FULL_COVERAGE, (h) => installs(h) && coversPeopleOnApp(h), install);
  add(LOGIN, demanded, install);
  add(APP_METRIC, (h) => targets(h, false, false), target);
  add(USE_METRIC, (h) => targets(h, !inContext, inContext), target);
  if (inContext) add(SUBJECT_METRIC, (h) => targets(h, false, false), target);
  // A title's 使用情况的通报 is its genre, not an assessment it sets.
  if (p.role !== 'title') add(USAGE, (h) => afterApp(h) && assessed(h), target);
  add(UPLOAD, demanded, () => UPLOAD_MSG);
  return found;
}

function written(h: PhraseHit): string {
  return h.para.text.slice(h.start, h.end);
}

/** The clause up to the phrase: where 可通过 or 自愿 would offer it. */
function clauseBefore(h: PhraseHit): string {
  const t = h.para.key;
  return t.slice(clauseStart(t, h.start, Math.max(0, h.start - 40)), h.start);
}

/** The sentence up to the end of the phrase's clause: who is asked (考生须关注…), not who is named after. */
function askedOf(h: PhraseHit): string {
  const t = h.para.key;
  return t.slice(sentenceStart(t, h.start), clauseEnd(t, h.end, t.length));
}

/** The sentence without the phrase: a figure does not target itself (a table's 注册任务 column). */
function besides(h: PhraseHit): string {
  const t = h.para.key;
  const e = sentenceEnd(t, h.end);
  return t.slice(sentenceStart(t, h.start), h.start) + '｜' + t.slice(h.end, e);
}

/** The sentence reports the phrase as done (截至目前，…已经实现全覆盖) and holds it to no standard. */
function reported(h: PhraseHit): boolean {
  return REPORTED.test(askedOf(h)) && !STANDARD.test(sentenceOf(h));
}

/** The paragraph, the title or the whole document is about an app (学习强国, “XX”APP): its figures are the app's. */
function appContext(m: DocModel, p: Paragraph): boolean {
  return namesApp(p.key) || appSubject(m);
}

function exempt(sentence: string): boolean {
  return EXEMPT.test(sentence) || ATTENDANCE.test(sentence);
}

/** A demand to sign up, not a report that it is done (截至目前…已经实现全覆盖). */
function installs(h: PhraseHit): boolean {
  const sentence = sentenceOf(h);
  if (exempt(sentence) || reported(h) || PUBLIC.test(askedOf(h)) || OPTIONAL.test(clauseBefore(h))) return false;
  return MANDATE.test(sentence);
}

/**
 * 全覆盖 of people on a named app (对…公众号，原则上要实现干部职工“全覆盖”), not of services or of some
 * other work done with it (实现窗口人员培训全覆盖).
 */
function coversPeopleOnApp(h: PhraseHit): boolean {
  const sentence = sentenceOf(h);
  const t = h.para.key;
  const clause = t.slice(clauseStart(t, h.start, sentenceStart(t, h.start)), h.start);
  return namesApp(sentence) && PEOPLE.test(sentence) && !OTHER_WORK.test(clause);
}

/**
 * A target on the figure: a ranking, a standard or an assessment in its sentence, or a raise of a
 * per-person figure in its clause (提高人均学习积分) where the document is about an app.
 */
function targets(h: PhraseHit, needsApp: boolean, mayRaise: boolean): boolean {
  const sentence = sentenceOf(h);
  const before = clauseBefore(h);
  if (exempt(sentence) || OPTIONAL.test(before) || reported(h)) return false;
  if (needsApp && !HAS_APP.test(sentence)) return false;
  if (affirmed(TARGET, besides(h))) return true;
  return mayRaise && RAISE.test(before) && PER_PERSON.test(h.para.key.slice(clauseStart(h.para.key, h.start, 0), h.end));
}

/** Words that deny the target right before it (不作排名, 不通报), or make it a record reached (最高达到, 已达到). */
const DENIED = /(?:不|无|勿|禁止|严禁|不得|不再|不予|不作|不搞)[^，。；,;]{0,2}$|(?:最高|最多|已经?|累计|均已)$/;

/** The sentence holds one of re's words (re global) not denied right before it (不作排名 is no ranking, 最高达到 no target). */
function affirmed(re: RegExp, sentence: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) if (!DENIED.test(sentence.slice(Math.max(0, m.index - 6), m.index))) return true;
  return false;
}

/** The app's use is put into an assessment, a ranking or a 通报 (将“学习强国”使用情况纳入年度考核). */
function assessed(h: PhraseHit): boolean {
  const sentence = sentenceOf(h);
  return !exempt(sentence) && !reported(h) && !OPTIONAL.test(clauseBefore(h)) && affirmed(ASSESSED, sentence);
}

/** A login schedule or an upload: the demand needs no modal, only no exception and no option. */
function demanded(h: PhraseHit): boolean {
  const sentence = sentenceOf(h);
  return !exempt(sentence) && !PUBLIC.test(askedOf(h)) && !OPTIONAL.test(clauseBefore(h));
}

const INSTALL_MSG = msg(
  '文件要求下载、安装、注册、关注或定期登录应用程序，属于强制推广下载使用政务应用程序；请删除该要求，由使用者自愿选用',
  'The document requires an app to be downloaded, installed, registered, followed or logged into on a schedule, which forces a government app on its users; drop the demand and leave its use voluntary',
);
const TARGET_MSG = (what: string) =>
  msg(
    `文件以“${what}”设定指标、考核或排名，属于政务应用程序的强制性功能或考评依据；请删除`,
    `The document sets targets, assessments or rankings on "${what}", a compulsory app function or app-based assessment; remove it`,
  );
const UPLOAD_MSG = msg(
  '文件要求通过政务应用程序上传工作照片、截图、视频或轨迹，把应用程序变成督查检查的载体；非必要不得要求，请删除',
  'The document asks for work photos, screenshots, videos or tracks to be uploaded through an app, making the app an inspection tool; drop the demand unless it is necessary',
);
