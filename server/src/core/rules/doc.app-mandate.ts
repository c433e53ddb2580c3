// doc.app-mandate (national pack only; 《若干规定》规范政务移动互联网应用程序管理, summary, and the
// 2026 办法 of the State Council General Office, verbatim): 不得强制推广下载使用政务应用程序，考核通报
// 用户安装使用率，设置打卡签到、积分排名、统计在线时长等强制性功能，将点赞量、转发量、学习时长等作为
// 考评依据，强制要求通过政务应用程序上传工作照片、视频和轨迹。
// Fires where the document itself demands an app be downloaded, installed, registered or followed,
// sets targets or rankings on its use (安装率, 活跃度, 积分, 学习时长, 打卡), or asks for work photos,
// screenshots, videos or tracks to be uploaded through one. Silent where the text forbids or
// regulates these (the 办法 itself, a list under 不得出现以下情形：), offers an app as one way among
// others (可通过…小程序查询), or in 安保、应急 work, which the 办法 excepts.

import type { DocModel } from '../model/types';
import { CITE } from '../national';
import { demandParagraphs, sentenceOf, setIn, type PhraseHit } from '../semantics/phrases';
import { clauseStart } from '../semantics/stance';
import { firstPerSentence, underProhibitingLead, type Found } from '../semantics/nationalDocB';
import type { Paragraph } from '../text/paragraph';
import { defineRule } from './rule';
import { msg, withCite } from './kit/util';

/** An app, a mini program or an official account (full-width letters fold to ASCII in keys). */
const APP = '(?:学习强国[”"」]?(?:APP|App|app|学习平台|平台)?|APP|App|app|客户端|小程序|公众号|视频号|政务号|应用程序)';
/** Demands to get an app: 下载安装“XX”APP, 关注“XX”公众号, 推广使用…小程序, “XX”APP下载注册. */
const INSTALL = new RegExp(
  `(?:下载|安装|注册|关注|绑定|激活|推广使用|推广应用)[^，。；,;]{0,16}?${APP}|${APP}[^，。；,;]{0,4}?(?:的)?(?:下载|安装|注册|关注)(?!率|量|数|人数)`,
  'g',
);
/** Logging in on a schedule (强制要求定期登录): the schedule is the demand. */
const LOGIN = new RegExp(`(?:每日|每天|定期|每周|按时)(?:登录|登陆)[^，。；,;]{0,12}?${APP}`, 'g');
/** Use figures that only an app has: 安装率, 下载量, 日活, 活跃度. */
const APP_METRIC = /(?:安装|下载|激活)(?:率|量|人数|数)|日活|活跃(?:度|率|用户数?)/g;
/** Figures that are an app's when the sentence names one: 注册率, 积分排名, 学习时长, 打卡, 点赞量 (not a village 积分制). */
const USE_METRIC = /(?:注册|关注|使用|登录)(?:率|量|人数)|(?:学习)?积分(?!制|超市|兑换|落户)(?:排名)?|在线时长|学习时长|使用时长|登录时长|(?:签到)?打卡(?!地|点|景|线路|圣地)(?:签到)?|点赞(?:量|数)|转发(?:量|数)|网络投票|投票数|阅读量|浏览量|粉丝(?:量|数)/g;
/** Uploading work media through an app. */
const UPLOAD = new RegExp(
  `${APP}[^，。；,;]{0,16}?上传[^，。；,;]{0,12}?(?:照片|图片|截图|视频|轨迹|定位|影像)|上传[^，。；,;]{0,12}?(?:照片|图片|截图|视频|轨迹|定位|影像)[^，。；,;]{0,10}?(?:至|到)[^，。；,;]{0,12}?${APP}`,
  'g',
);
const HAS_APP = new RegExp(`${APP}|平台|线上|网上|在线|新媒体`);
const APP_NAMED = new RegExp(APP);
/** The demand is made: a modal or an organising verb (a bare 请 to applicants is not). */
const MANDATE = /(?<![主重纪摘概提简扼])要|须|务必|应当|必须|确保|组织|动员|发动|督促|推动|全员|全体|人人|每人|每户|一律|统一|实现|完成|达到|覆盖|100%|百分之百|任务/;
/** A target, a ranking or an assessment on the figure. */
const TARGET = /排名|排行|通报|考核|考评|评比|纳入|计入|作为|不低于|不少于|达到|确保|以上|%|百分之|每日|每天|每周|每月|任务|指标|完成|计分|加分|扣分/;
/** The app is offered or recommended, not imposed: 可通过…查询, 也可以…, 自愿, 鼓励, 引导. */
const OPTIONAL = /可(?!能|靠|控|持续)|也可|或者|或通过|自愿|欢迎|鼓励|引导|倡导|宣传|有需要|如需|方便|便于/;
/** Work the 办法 excepts (安保、应急等特殊场景), and evidence the law asks for. */
const EXEMPT = /安保|应急|抢险|救灾|防汛|汛期|疫情|突发|森林防火|执法|取证|案件/;
/** The public or applicants using an app of their own accord: 群众通过“随手拍”上传, 考生关注公众号. */
const PUBLIC = /群众|市民|公众(?!号)|居民自愿|游客|举报|投诉|随手拍|考生|报考|报名|应聘|申请人|参赛|投稿|供应商/;
/** An employer's own attendance system, not an app pushed onto others. */
const ATTENDANCE = /考勤/;

export default defineRule({
  id: 'doc.app-mandate',
  title: msg('强制推广政务应用程序', 'Mandated government apps'),
  clause: CITE.apps.zh,
  clauseKeys: ['N-apps', 'APP-2026'],
  packs: {
    // The regulation's Part 5 is known only from summaries (S); the 2026 办法 gives the list verbatim (O).
    'national-2024': { cite: CITE.apps, keys: ['N-apps', 'APP-2026'], grade: 'S', severity: 'warning' },
  },
  visits: ['Document'],
  defaultSeverity: 'off',
  fixable: false,
  description: msg(
    '要求下载、安装、注册、关注政务 APP、小程序或公众号，对安装率、活跃度、积分、学习时长、打卡等设定指标或排名，或要求通过 APP 上传工作照片、截图、视频、轨迹。',
    'Requires an app, mini program or official account to be downloaded, installed, registered or followed; sets targets or rankings on installs, activity, points, study time or check-ins; or asks for work photos, screenshots, videos or tracks to be uploaded through an app.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    for (const p of demandParagraphs(m)) {
      const found: Found[] = [];
      for (const h of setIn(p, INSTALL)) if (installs(h)) found.push({ h, message: INSTALL_MSG });
      for (const h of setIn(p, LOGIN)) if (demanded(h)) found.push({ h, message: INSTALL_MSG });
      for (const h of setIn(p, APP_METRIC)) if (targets(h, false)) found.push({ h, message: TARGET_MSG(written(h)) });
      for (const h of setIn(p, USE_METRIC)) if (targets(h, !appContext(m, p))) found.push({ h, message: TARGET_MSG(written(h)) });
      for (const h of setIn(p, UPLOAD)) if (demanded(h)) found.push({ h, message: UPLOAD_MSG });
      for (const f of firstPerSentence(found)) {
        if (underProhibitingLead(m, p, f.h.start)) continue;
        ctx.report({ ...ctx.span(p, f.h.start, f.h.end), message: withCite(f.message, CITE.apps) });
      }
    }
  },
});

function written(h: PhraseHit): string {
  return h.para.text.slice(h.start, h.end);
}

/** The clause up to the phrase: where 可通过 or 自愿 would offer it. */
function clauseBefore(h: PhraseHit): string {
  const t = h.para.key;
  return t.slice(clauseStart(t, h.start, Math.max(0, h.start - 40)), h.start);
}

/** The paragraph or the title is about an app (学习强国, “XX”APP): its figures are the app's. */
function appContext(m: DocModel, p: Paragraph): boolean {
  return APP_NAMED.test(p.key) || APP_NAMED.test(m.titleKey);
}

function exempt(sentence: string): boolean {
  return EXEMPT.test(sentence) || ATTENDANCE.test(sentence);
}

function installs(h: PhraseHit): boolean {
  const sentence = sentenceOf(h);
  if (exempt(sentence) || PUBLIC.test(sentence) || OPTIONAL.test(clauseBefore(h))) return false;
  return MANDATE.test(sentence);
}

function targets(h: PhraseHit, needsApp: boolean): boolean {
  const sentence = sentenceOf(h);
  if (exempt(sentence) || OPTIONAL.test(clauseBefore(h))) return false;
  if (needsApp && !HAS_APP.test(sentence)) return false;
  return TARGET.test(sentence);
}

/** A login schedule or an upload: the demand needs no modal, only no exception and no option. */
function demanded(h: PhraseHit): boolean {
  const sentence = sentenceOf(h);
  return !exempt(sentence) && !PUBLIC.test(sentence) && !OPTIONAL.test(clauseBefore(h));
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
