// Generated 公文-style text for tests and the benchmark: a realistic document (title, 发文字号,
// 主送, headings 一、/（一）/1., body paragraphs, 附件说明, 署名, 成文日期, 附注) of a requested
// 字数, with varied sentences from a seeded generator (same seed, same text).

import { countText } from '../../server/src/core/text/count';

/** A small, fast, seeded PRNG (mulberry32): same seed, same numbers. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 as a Chinese numeral: 1 一, 10 十, 12 十二, 20 二十, 35 三十五. */
function chineseNumber(n: number): string {
  if (n < 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : CN[tens]!) + '十' + CN[ones]!;
}

const ISSUERS = ['济南市发展和改革委员会', '济南市教育局', '济南市民政局', '济南市农业农村局', '济南市生态环境局', '济南市住房和城乡建设局', '济南市卫生健康委员会', '济南市应急管理局'];
const ABBR = ['济发改', '济教', '济民', '济农', '济环', '济建', '济卫', '济应急'];
const TOPICS = ['农村人居环境整治', '城市更新', '养老服务体系建设', '安全生产专项整治', '基层减负', '营商环境优化', '数字政府建设', '河湖长制落实', '校园安全', '公共卫生应急'];
const GENRES = ['工作方案', '实施意见', '行动计划', '管理办法', '考核细则'];
const HEAD1 = ['总体要求', '工作目标', '主要任务', '重点工作', '工作措施', '保障措施', '职责分工', '进度安排', '监督检查', '有关要求'];
const HEAD2 = ['强化组织领导', '压实工作责任', '加强统筹协调', '完善工作机制', '加大资金投入', '强化督促指导', '注重宣传引导', '严格考核评估', '推进信息共享', '优化服务流程'];
const SUBJ = ['各区县', '市直各部门', '各级各部门', '各有关单位', '各街道（镇）', '市级牵头部门', '行业主管部门', '各责任单位', '基层党组织', '相关企业'];
const VERB = ['要切实加强', '应当进一步完善', '要统筹推进', '须严格落实', '要持续深化', '应积极探索', '要认真做好', '应加快建立', '要着力提升', '须全面规范'];
const OBJ = ['工作责任体系', '日常监管机制', '问题整改台账', '信息报送制度', '风险隐患排查', '基础设施建设', '公共服务供给', '政策宣传解读', '资金使用管理', '人才队伍建设', '数据共享应用', '应急处置能力'];
const TAIL = ['确保各项任务落到实处', '切实减轻基层负担', '不断提升群众满意度', '形成上下联动的工作格局', '推动工作取得实效', '防止形式主义反弹回潮', '做到底数清、情况明', '为高质量发展提供有力支撑'];
const CONN = ['同时，', '此外，', '在此基础上，', '对工作中发现的问题，', '针对薄弱环节，', '', '', ''];

function pick<T>(r: () => number, a: readonly T[]): T {
  return a[Math.floor(r() * a.length)]!;
}

function sentence(r: () => number): string {
  const kind = r();
  if (kind < 0.15) {
    const year = 2023 + Math.floor(r() * 3);
    const pct = 10 + Math.floor(r() * 80);
    return `到${year}年底，${pick(r, OBJ)}覆盖率达到${pct}%以上，${pick(r, TAIL)}。`;
  }
  if (kind < 0.25) return `${pick(r, SUBJ)}要按照《${pick(r, TOPICS)}${pick(r, GENRES)}》要求，${pick(r, VERB).replace(/^要|^应当?|^须/, '')}${pick(r, OBJ)}。`;
  if (kind < 0.33) return `坚持“${pick(r, ['一月一调度', '一事一议', '一区一策', '清单化管理'])}”，每${pick(r, ['月', '季度', '半年'])}召开${1 + Math.floor(r() * 3)}次专题会议，${pick(r, TAIL)}。`;
  return `${pick(r, CONN)}${pick(r, SUBJ)}${pick(r, VERB)}${pick(r, OBJ)}，${pick(r, VERB).replace(/^要|^应当?|^须/, '')}${pick(r, OBJ)}，${pick(r, TAIL)}。`;
}

function paragraph(r: () => number, minChars: number): string {
  let p = '';
  while (p.length < minChars) p += sentence(r);
  return p;
}

export interface SampleOptions {
  /** Target body 字数 (word mode); the result is within a paragraph of it. */
  chars: number;
  seed?: number;
  /** Line break (default "\n"). */
  eol?: string;
  /** Attachments listed in the 附件说明 (default 2). */
  attachments?: number;
}

export interface Sample {
  text: string;
  title: string;
  /** Body 字数 as generated (word mode). */
  bodyCount: number;
}

/** A clean, realistic 公文 of about `chars` 字 of body. */
export function sampleDocument(o: SampleOptions): Sample {
  const r = rng(o.seed ?? 1);
  const eol = o.eol ?? '\n';
  const which = Math.floor(r() * ISSUERS.length);
  const issuer = ISSUERS[which]!;
  const topic = pick(r, TOPICS);
  const genre = pick(r, GENRES);
  const year = 2024;
  const title = `${issuer}关于印发《${topic}${genre}》的通知`;
  const lines: string[] = [title, `${ABBR[which]}发〔${year}〕${1 + Math.floor(r() * 90)}号`, '', `${pick(r, ['各区县人民政府，市直各部门：', '各区县教育和体育局，各市属学校：', '各有关单位：'])}`];
  const body: string[] = [];
  let count = 0;
  const push = (p: string) => {
    body.push(p);
    count += countText(p, 'word');
  };
  push(`为深入贯彻落实上级有关部署要求，扎实推进${topic}工作，结合我市实际，制定本${genre}，现印发给你们，请认真贯彻执行。`);
  const target = o.chars;
  // Sections sized so that the whole body lands near the target.
  const perSection = Math.max(600, Math.min(5000, Math.round(target / 6)));
  let s1 = 0;
  while (count < target) {
    s1++;
    const sectionEnd = Math.min(target, count + perSection);
    push(`${chineseNumber(Math.min(s1, 99))}、${HEAD1[(s1 - 1) % HEAD1.length]}`);
    push(paragraph(r, 40 + Math.floor(r() * 40)));
    let s2 = 0;
    while (count < sectionEnd) {
      s2++;
      push(`（${chineseNumber(Math.min(s2, 99))}）${HEAD2[(s2 + s1) % HEAD2.length]}。${paragraph(r, Math.min(60 + Math.floor(r() * 100), sectionEnd - count))}`);
      if (r() < 0.4) {
        const n3 = 2 + Math.floor(r() * 3);
        for (let k = 1; k <= n3 && count < sectionEnd; k++) push(`${k}.${pick(r, HEAD2)}。${paragraph(r, Math.min(30 + Math.floor(r() * 60), sectionEnd - count))}`);
      }
    }
  }
  lines.push(...body);
  lines.push('');
  const n = o.attachments ?? 2;
  for (let i = 1; i <= n; i++) lines.push(`${i === 1 ? '附件：' : '　　　'}${i}.${pick(r, TOPICS)}${pick(r, ['任务分工表', '责任清单', '进度安排表', '联系人名单'])}`);
  lines.push('', issuer, `${year}年${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日`, '（此件公开发布）', '');
  const text = lines.join(eol);
  return { text, title, bodyCount: count };
}

/** Built-in short texts for tests that must run without ../shared: a 公文, an agenda, a plan. */
export const BUILTIN_TEXTS: readonly string[] = [
  sampleDocument({ chars: 1200, seed: 7 }).text,
  sampleDocument({ chars: 3500, seed: 11, eol: '\r\n', attachments: 4 }).text,
  [
    '济南市某某局关于做好基层减负有关工作的通知',
    '济某发[2019]第023号',
    '',
    '各区县人民政府，市直各部门：',
    '为贯彻落实有关要求,现就有关事项通知如下。',
    '一、总体要求',
    '坚持问题导向,注重工作实效。',
    '二、主要任务',
    '（一）压减文件。',
    '（二）压减会议。',
    '四、保障措施',
    '1、加强组织领导。',
    '附件：1.工作台账。',
    '2.任务清单',
    '济南市某某局',
    '二〇一九年七月二十八日',
    '',
  ].join('\n'),
  [
    '关于召开全市安全生产工作会议的通知',
    '各区县人民政府，市直有关部门：',
    '经市政府同意，定于2019年8月15日（星期四）上午9:00召开全市安全生产工作会议。现将有关事项通知如下：',
    '一、会议议程',
    '1.9:00-9:20 市应急局主要负责同志汇报工作（20分钟）',
    '2.9:20—10:50 市长讲话',
    '3.副市长主持并作总结讲话（15分钟）',
    '二、参会人员',
    '各区县政府主要负责同志，市直有关部门主要负责同志。',
    '|',
    '时间',
    '|',
    '内容',
    '|',
    '济南市人民政府办公厅',
    '2019年8月1日',
  ].join('\n'),
  '济南市农业农村局调研方案　　一、调研时间　　2019年9月3日至5日。　　二、调研地点　　历城区唐王街道、章丘区埠村街道（四不两直）。　　三、有关要求　　不搞层层陪同，不要求准备汇报材料。&#8220;轻车简从&#8221;&amp;不打招呼。',
];
