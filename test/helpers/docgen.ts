// Generated documents with known contents for metamorphic tests: a report notice with a
// deadline, a 请示, a meeting notice and an agenda, each built from a small parameter record
// (so fast-check shrinks a failure to the parameter that matters) with dates, times and
// 发文字号 written in half- or full-width digits, and fixable problems injected on request.

import fc from 'fast-check';

// ---- dates --------------------------------------------------------------------------------

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export function addDays(a: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d) + days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(a: Ymd): number {
  return new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
}

export const ymd = (a: Ymd): string => `${a.y}年${a.m}月${a.d}日`;
export const md = (a: Ymd): string => `${a.m}月${a.d}日`;
export const week = (a: Ymd): string => `星期${WEEKDAYS[weekday(a)]}`;

// ---- digits -------------------------------------------------------------------------------

/**
 * ASCII digits to full-width (０–９); `which` picks the digit runs that convert, by their index
 * among the runs and their place in the text.
 */
export function toFullDigits(s: string, which: (runIndex: number, start: number, end: number) => boolean = () => true): string {
  let run = -1;
  return s.replace(/[0-9]+/g, (m, at: number) => {
    run++;
    return which(run, at, at + m.length) ? m.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : m;
  });
}

/**
 * Whether the digit run s[start, end) is part of a date, a deadline, a clock time, a duration or
 * a 发文字号's year: 2024年, 3月, 19日, 9:00, 10分钟, 〔2024〕 (not a list mark such as 1., not a phone number).
 */
export function dateOrTimeDigits(s: string, start: number, end: number): boolean {
  return /[年月日号时:：∶分〕]/.test(s[end] ?? '') || /[:：∶—〔]/.test(s[start - 1] ?? '');
}

/** Full-width digits to ASCII, one UTF-16 unit for one (offsets stay put). */
export function toHalfDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// ---- vocabulary (invented units and people) ---------------------------------------------

const BUREAUS = [
  { name: '济南市农业农村局', abbr: '济农', dept: '农业农村局' },
  { name: '济南市民政局', abbr: '济民', dept: '民政局' },
  { name: '济南市生态环境局', abbr: '济环', dept: '生态环境分局' },
  { name: '济南市住房和城乡建设局', abbr: '济建', dept: '住房城乡建设局' },
  { name: '济南市文化和旅游局', abbr: '济文旅', dept: '文化和旅游局' },
];
const TOPICS = ['农村人居环境整治', '养老服务设施建设', '城市更新试点', '河湖管护', '乡村文化振兴'];
const FORMS = ['工作进展统计表', '项目清单', '典型案例汇总表', '问题整改台账', '联系人名单'];
const EVENTS = ['2024年乡村文化节开幕式', '全市养老服务成果展', '城市更新项目推介会', '河湖保护志愿服务活动'];

// ---- injected problems ----------------------------------------------------------------------

/** Fixable problems a generator can write into its document (each documented rule offers a fix). */
export interface Inject {
  /** Half-width , ; : ( ) between Chinese characters (format.punctuation). */
  halfPunct?: boolean;
  /** 发文字号 written 〔2024〕 (fine), （2024）, [2024], 〔2024〕第7号 or 〔2024〕007号 (format.doc-number). */
  docNumber?: 'ok' | 'paren' | 'square' | 'di' | 'zeros';
  /** Leave out （此件公开发布） (doc.disclosure). */
  noDisclosure?: boolean;
  /** 成文日期 written 2024年07月08日 or in Chinese numerals (format.date). */
  dateStyle?: 'ok' | 'padded' | 'chinese';
  /** Headings 一、二、四 (format.heading-sequence). */
  skipHeading?: boolean;
  /** 附件说明 written 附件: (half-width colon) or with a full stop after each name (format.attachment-note). */
  noteStyle?: 'ok' | 'halfColon' | 'period';
}

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function cnSmall(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  return (n >= 20 ? CN_DIGITS[Math.floor(n / 10)]! : '') + '十' + (n % 10 ? CN_DIGITS[n % 10]! : '');
}

function issueDate(a: Ymd, style: Inject['dateStyle']): string {
  if (style === 'padded') return `${a.y}年${String(a.m).padStart(2, '0')}月${String(a.d).padStart(2, '0')}日`;
  if (style === 'chinese') return `${[...String(a.y)].map((c) => CN_DIGITS[Number(c)]).join('')}年${cnSmall(a.m)}月${cnSmall(a.d)}日`;
  return ymd(a);
}

function docNumber(abbr: string, y: number, n: number, style: Inject['docNumber']): string {
  switch (style) {
    case 'paren':
      return `${abbr}发（${y}）${n}号`;
    case 'square':
      return `${abbr}发[${y}]${n}号`;
    case 'di':
      return `${abbr}发〔${y}〕第${n}号`;
    case 'zeros':
      return `${abbr}发〔${y}〕${String(n).padStart(3, '0')}号`;
    default:
      return `${abbr}发〔${y}〕${n}号`;
  }
}

/** Half-width punctuation in place of full-width, between Chinese characters. */
function halfPunct(s: string): string {
  return s.replace(/，/g, ',').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')');
}

// ---- a report notice with a deadline ------------------------------------------------------

export interface DeadlineParams {
  who: number;
  topic: number;
  issue: Ymd;
  /** Days from the 成文日期 to the deadline (1: a one-day deadline, doc.report-deadline). */
  leadDays: number;
  /** Write the deadline with its year. */
  deadlineYear: boolean;
  /** 附件说明 items (0: none). */
  attachments: number;
  eol: '\n' | '\r\n';
  indent: boolean;
  inject: Inject;
}

export function deadlineNotice(p: DeadlineParams): string {
  const b = BUREAUS[p.who % BUREAUS.length]!;
  const topic = TOPICS[p.topic % TOPICS.length]!;
  const due = addDays(p.issue, p.leadDays);
  const ind = p.indent ? '\u3000\u3000' : '';
  const inj = p.inject;
  const h = (k: number): string => (inj.skipHeading && k === 3 ? '四' : ['一', '二', '三'][k - 1]!);
  const body = [
    `${ind}为全面掌握${topic}工作进展，及时协调解决推进中遇到的困难和问题，现将有关事项通知如下。`,
    `${ind}${h(1)}、报送内容`,
    `${ind}请各区县${b.dept}对照年度任务清单，梳理工作进展、存在问题和下一步打算，填写《${topic}${FORMS[p.topic % FORMS.length]}》。`,
    `${ind}${h(2)}、报送时间`,
    `${ind}请于${p.deadlineYear ? ymd(due) : md(due)}前将有关材料报送${b.name}，联系人：王××，电话：82345678。`,
    `${ind}${h(3)}、工作要求`,
    `${ind}各区县要高度重视，明确专人负责（每个单位确定1名联络员），确保数据真实准确。`,
  ].map((s) => (inj.halfPunct ? halfPunct(s) : s));
  const lines = [
    `${b.name}关于报送${p.issue.y}年${topic}工作进展情况的通知`,
    docNumber(b.abbr, p.issue.y, 3 + (p.topic % 40), inj.docNumber),
    '',
    `各区县${b.dept}：`,
    ...body,
  ];
  if (p.attachments > 0) {
    lines.push('');
    const lead = inj.noteStyle === 'halfColon' ? '附件:' : '附件：';
    const stop = inj.noteStyle === 'period' ? '。' : '';
    for (let i = 1; i <= p.attachments; i++) lines.push(`${ind}${i === 1 ? lead : '\u3000\u3000\u3000'}${p.attachments > 1 ? `${i}.` : ''}${topic}${FORMS[(p.topic + i) % FORMS.length]}${stop}`);
  }
  lines.push('', b.name, issueDate(p.issue, inj.dateStyle));
  if (!inj.noDisclosure) lines.push('（此件公开发布）');
  lines.push('');
  return lines.join(p.eol);
}

export const ymdArb: fc.Arbitrary<Ymd> = fc.record({ y: fc.integer({ min: 2023, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });

export const injectArb: fc.Arbitrary<Inject> = fc.record({
  halfPunct: fc.boolean(),
  docNumber: fc.constantFrom('ok' as const, 'paren' as const, 'square' as const, 'di' as const, 'zeros' as const),
  noDisclosure: fc.boolean(),
  dateStyle: fc.constantFrom('ok' as const, 'padded' as const, 'chinese' as const),
  skipHeading: fc.boolean(),
  noteStyle: fc.constantFrom('ok' as const, 'halfColon' as const, 'period' as const),
});

export const cleanInject: Inject = {};

export const deadlineArb = (inject: fc.Arbitrary<Inject> = fc.constant(cleanInject)): fc.Arbitrary<DeadlineParams> =>
  fc.record({
    who: fc.nat(20),
    topic: fc.nat(20),
    issue: ymdArb,
    leadDays: fc.integer({ min: 0, max: 12 }),
    deadlineYear: fc.boolean(),
    attachments: fc.integer({ min: 0, max: 5 }),
    eol: fc.constantFrom('\n' as const, '\r\n' as const),
    indent: fc.boolean(),
    inject,
  });

// ---- a 请示 ---------------------------------------------------------------------------------

export interface RequestParams {
  who: number;
  event: number;
  issue: Ymd;
  /** Days from the 成文日期 to the event (under 15: doc.request-lead-time). */
  leadDays: number;
  eol: '\n' | '\r\n';
  inject: Inject;
}

export function requestDoc(p: RequestParams): string {
  const b = BUREAUS[p.who % BUREAUS.length]!;
  const ev = EVENTS[p.event % EVENTS.length]!;
  const at = addDays(p.issue, p.leadDays);
  const lines = [
    b.name,
    `关于举办${ev}的请示`,
    '',
    '市人民政府：',
    `\u3000\u3000为展示我市工作成效，扩大社会影响，我局拟于${ymd(at)}在泉城广场举办${ev}，活动规模约1200人，所需经费由部门预算列支。`,
    '\u3000\u3000妥否，请批示。',
    '',
    b.name,
    issueDate(p.issue, p.inject.dateStyle),
    '（联系人：刘××，电话：86012345）',
    '',
  ];
  return lines.join(p.eol);
}

export const requestArb: fc.Arbitrary<RequestParams> = fc.record({
  who: fc.nat(20),
  event: fc.nat(20),
  issue: ymdArb,
  leadDays: fc.integer({ min: 1, max: 30 }),
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  inject: fc.constant(cleanInject),
});

// ---- a meeting notice and an agenda ---------------------------------------------------------

export interface MeetingParams {
  topic: number;
  /** The meeting day (any weekday: Thursdays and second weeks are what the rules look for). */
  day: Ymd;
  /** Days from the notice's 成文日期 to the meeting. */
  noticeLead: number;
  /** Invite the 市委书记 to speak (meeting.leader-invitation, under 10 days). */
  inviteLeader: boolean;
  /** Days before the meeting the draft is sent (under 3: meeting.draft-lead-time); -1: no draft. */
  draftLead: number;
  /** Start hour and minutes of the first item; minutes of each item (speeches of the 市长 over 50 are too long). */
  startHour: number;
  startMinute: number;
  items: number[];
  /** Write the year in the meeting date (without it, the weekday annotation is what the rules read). */
  withYear: boolean;
  /** An agenda (议程 title, items with time ranges) or a notice (通知 with the items inline). */
  form: 'agenda' | 'notice';
  eol: '\n' | '\r\n';
  inject: Inject;
}

const ITEM_ROLES = [
  (u: string) => `市${u}汇报工作进展`,
  (u: string) => `历下区、章丘区作表态发言`,
  () => '市长王五讲话',
  (u: string) => `观看${u}工作专题片`,
  () => '副市长张三主持并作总结讲话',
];
const UNITS = ['发展改革委', '农业农村局', '民政局', '应急局', '生态环境局'];

function hhmm(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export function meetingDoc(p: MeetingParams): string {
  const topic = TOPICS[p.topic % TOPICS.length]!;
  const unit = UNITS[p.topic % UNITS.length]!;
  const day = p.day;
  const notice = addDays(day, -p.noticeLead);
  const when = `${p.withYear ? ymd(day) : md(day)}（${week(day)}）`;
  const start = p.startHour * 60 + p.startMinute;
  const items: string[] = [];
  let t = start;
  p.items.forEach((len, k) => {
    const role = ITEM_ROLES[k % ITEM_ROLES.length]!(unit);
    const mark = `${['一', '二', '三', '四', '五', '六'][k]}、`;
    items.push(p.form === 'agenda' ? `${mark}${hhmm(t)}—${hhmm(t + len)}\u3000${role}` : `${mark}${role}（${len}分钟）`);
    t += len;
  });
  const draft =
    p.draftLead >= 0
      ? [`\u3000\u3000《济南市${topic}三年行动方案（征求意见稿）》于${md(addDays(day, -p.draftLead))}印发各单位，请结合职责提出修改意见。`]
      : [];
  const invite = p.inviteLeader ? '邀请市委书记赵六出席并讲话。' : '';
  const ind = '\u3000\u3000';
  let lines: string[];
  if (p.form === 'agenda') {
    lines = [
      `全市${topic}工作推进会议程`,
      '',
      `时间：${when}${p.startHour < 12 ? '上午' : '下午'}${hhmm(start)}—${hhmm(t)}`,
      '地点：市政府第一会议室',
      '主持人：副市长张三',
      '',
      ...items,
      '',
    ];
  } else {
    lines = [
      `关于召开全市${topic}工作推进会的通知`,
      '',
      '各区县人民政府，市直有关部门：',
      `${ind}经市政府同意，定于${when}${p.startHour < 12 ? '上午' : '下午'}${hhmm(start)}在市政府第一会议室召开全市${topic}工作推进会。${invite}现将有关事项通知如下：`,
      `${ind}一、会议议程`,
      ...items.map((s, k) => `${ind}${k + 1}.${s.replace(/^[一二三四五六]、/, '')}`),
      `${ind}二、参会人员`,
      `${ind}各区县分管负责同志，市直有关部门分管负责同志。`,
      ...draft,
      '',
      '济南市人民政府办公厅',
      ymd(notice),
      '',
    ];
  }
  const text = lines.join(p.eol);
  return p.inject.halfPunct ? halfPunct(text) : text;
}

export const meetingArb = (inject: fc.Arbitrary<Inject> = fc.constant(cleanInject)): fc.Arbitrary<MeetingParams> =>
  fc.record({
    topic: fc.nat(20),
    day: ymdArb,
    noticeLead: fc.integer({ min: 1, max: 20 }),
    inviteLeader: fc.boolean(),
    draftLead: fc.integer({ min: -1, max: 5 }),
    startHour: fc.constantFrom(8, 9, 14, 15),
    startMinute: fc.constantFrom(0, 10, 30),
    items: fc.array(fc.integer({ min: 5, max: 70 }), { minLength: 2, maxLength: 5 }),
    withYear: fc.boolean(),
    form: fc.constantFrom('agenda' as const, 'notice' as const),
    eol: fc.constantFrom('\n' as const, '\r\n' as const),
    inject,
  });

// ---- attachments --------------------------------------------------------------------------

export const ATTACHMENT_NAMES = [
  '河湖管护任务分工表',
  '养老服务设施建设项目清单',
  '城市更新试点评估指标',
  '乡村文化振兴重点工作联系人名单',
  '农村人居环境整治进度安排表',
  '基层减负重点任务责任清单',
  '历下区示范片区建设情况汇总表',
];

export interface AttachmentParams {
  /** Names of the 附件说明 items, in order (indices into ATTACHMENT_NAMES); empty: no 附件说明. */
  note: number[];
  /** Names of the attachment sections after the document, in order (labelled 附件1, 附件2 … in this order). */
  sections: number[];
  eol: '\n' | '\r\n';
}

/** A notice with a 附件说明 list (numbered 1. 2. … in its order) and labelled attachment sections. */
export function attachmentDoc(p: AttachmentParams): string {
  const ind = '\u3000\u3000';
  const lines = [
    '济南市农业农村局关于做好2024年农村人居环境整治工作的通知',
    '济农发〔2024〕12号',
    '',
    '各区县农业农村局：',
    `${ind}为持续改善农村人居环境，推动整治工作取得实效，现将有关事项通知如下。`,
    `${ind}一、明确任务分工。各区县要对照任务清单，细化工作措施，确保按期完成。`,
    `${ind}二、加强督促指导。市农业农村局将定期调度工作进展，及时协调解决有关问题。`,
  ];
  if (p.note.length) {
    lines.push('');
    p.note.forEach((n, i) => {
      const lead = i === 0 ? `${ind}附件：` : `${ind}\u3000\u3000\u3000`;
      lines.push(`${lead}${p.note.length > 1 ? `${i + 1}.` : ''}${ATTACHMENT_NAMES[n]!}`);
    });
  }
  lines.push('', '济南市农业农村局', '2024年3月4日', '（此件公开发布）');
  p.sections.forEach((n, i) => {
    lines.push('', `附件${p.sections.length > 1 ? i + 1 : ''}`, '', ATTACHMENT_NAMES[n]!, '');
    lines.push(`${ind}一、工作内容。按照全市统一部署，逐项明确责任单位和完成时限，建立工作台账，实行销号管理。`);
    lines.push(`${ind}二、完成时限。各项任务于2024年11月底前完成，并报送完成情况。`);
  });
  lines.push('');
  return lines.join(p.eol);
}
