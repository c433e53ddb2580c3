// The national texts the `national-2024` pack rests on, as far as their wording could be found:
// 《整治形式主义为基层减负若干规定》(中共中央办公厅、国务院办公厅, 2024; full text published
// 2025-08-06) and the 2019 《关于解决形式主义突出问题为基层减负的通知》, whose own text was never
// published (only the official release describing it). docs/national-2024.md says where each
// sentence was found.
//
// Citations: an item number only where a copy of the regulation shows it (items 1 and 2);
// everywhere else the part of the regulation by its title, as the digests agree on them. A hover
// quotes a sentence as the text only at grade V (or O, verbatim from another official text) and
// says what it is otherwise.

import type { Grade, Msg } from './types';

export interface NationalClause {
  /** As messages cite it. */
  cite: Msg;
  source: string;
  text: string;
  grade: Grade;
  /** What `text` is, when it is not the regulation's own wording. */
  note?: Msg;
}

const PROVISIONS = '《整治形式主义为基层减负若干规定》（2024）';
const NOTICE_2019 = '《关于解决形式主义突出问题为基层减负的通知》（2019）';
const APP_MEASURES = '《政务移动互联网应用程序规范化管理办法》（国办函〔2026〕12号）';

/** How messages cite the national texts. */
export const CITE = {
  item1: { zh: '《若干规定》第1条', en: 'National Provisions item 1' },
  item2: { zh: '《若干规定》第2条', en: 'National Provisions item 2' },
  documents: { zh: '《若干规定》切实精简文件', en: 'National Provisions part 1, documents' },
  meetings: { zh: '《若干规定》严格精简会议', en: 'National Provisions part 2, meetings' },
  inspections: { zh: '《若干规定》统筹规范督查检查考核', en: 'National Provisions part 3, inspections' },
  secondment: { zh: '《若干规定》规范借调干部', en: 'National Provisions part 4, secondment' },
  apps: { zh: '《若干规定》规范政务移动互联网应用程序管理', en: 'National Provisions part 5, government apps' },
  campaigns: { zh: '《若干规定》规范创建示范和达标活动', en: 'National Provisions part 7, campaigns' },
  notice2019: { zh: '2019年中办减负通知', en: '2019 notice of the General Office' },
} as const satisfies Record<string, Msg>;

const DIGEST2: Msg = {
  zh: '两家以上新闻摘录逐字相同，条文原文未能取得；条号据摘要推断',
  en: 'the same words in two or more news digests; the regulation\'s own text could not be obtained; item number inferred from digests',
};
const DIGEST1: Msg = {
  zh: '仅见一家新闻摘录，条文原文未能取得',
  en: 'one news digest only; the regulation\'s own text could not be obtained',
};
const SUMMARY: Msg = {
  zh: '要点摘要，不是条文原文；原文未能取得',
  en: 'a summary of the point, not the regulation\'s wording, which could not be obtained',
};
const RELEASE: Msg = {
  zh: '新华社通稿和中办负责人答记者问对《通知》的介绍（《通知》正文未公开）',
  en: 'as the official release and the General Office\'s answers to the press describe the notice (its own text was not published)',
};

export const NATIONAL_CLAUSES: Readonly<Record<string, NationalClause>> = {
  N1: {
    cite: CITE.item1, source: PROVISIONS, grade: 'V',
    text: '1.严控文件数量。地方和部门发文严格实行计划管理、总量管控和发文立项制度，严格控制临时性、配套类、分工类发文。年度实际发文数量一般只减不增，超过上年度的应当向上级党委办公厅（室）书面说明。议事协调机构、部门和单位不得向下级党委和政府发布指令性公文或者在公文中提出指令性要求。加强日常动态监测，防止以“红头”变“白头”、正式改便笺、多文合一等方式规避发文数量管理。',
  },
  N2: {
    cite: CITE.item2, source: PROVISIONS, grade: 'V',
    text: '2.提升文件质量。坚持“短实新”文风，除部署综合性工作外，地方和部门文件一般不超过5000字，部署专项工作或者具体任务的文件一般不超过4000字。……（本条其余部分未能取得原文）',
  },
  'N2-style': {
    cite: CITE.documents, source: PROVISIONS, grade: 'S', note: SUMMARY,
    text: '开门见山、直奔主题，着重提出贯彻落实的政策措施；一般不必阐述形势背景、重要意义、主要原则，确需阐述的应当简明扼要；加强领导、落实责任、组织保障等内容应当精炼；配套文件应当直接提出具体落实措施，“不得简单照搬照抄上位文件”。',
  },
  N3: {
    cite: CITE.documents, source: PROVISIONS, grade: 'D', note: DIGEST1,
    text: '（加强评估审查）地方和部门制发文件应当进行与为基层减负一致性评估，加强政策性、合法合规性审查，一般不提出报送贯彻落实情况、制定配套文件的要求。',
  },
  'N3-special': {
    cite: CITE.documents, source: PROVISIONS, grade: 'S', note: SUMMARY,
    text: '除专门文件外，原则上不对机构编制、干部配备、工资福利待遇、创建示范、达标、“一票否决”和签订责任状等事项提出具体要求。',
  },
  N4: {
    cite: CITE.meetings, source: PROVISIONS, grade: 'Q', note: DIGEST2,
    text: '（严控会议数量）召开会议严格实行计划管理，本系统本领域综合性工作会议原则上每年不超过1次，各级部门召开的业务工作会议能合并的合并、能精简的精简。',
  },
  'N4-documented': {
    cite: CITE.meetings, source: PROVISIONS, grade: 'S', note: SUMMARY,
    text: '已制发文件的工作事项原则上不再专门开会部署；对上级精神不刻意搞开会传达不过夜。',
  },
  'N5-scope': {
    cite: CITE.meetings, source: PROVISIONS, grade: 'Q', note: DIGEST2,
    text: '（控制规模规格）严控参会人员范围、层级，只安排与会议主题密切相关的单位参加，不搞层层陪会。',
  },
  'N5-level': {
    cite: CITE.meetings, source: PROVISIONS, grade: 'D', note: DIGEST1,
    text: '（控制规模规格）由分管负责同志召集部署的会议一般不要求下级主要负责同志参会。',
  },
  'N6-speech': {
    cite: CITE.meetings, source: PROVISIONS, grade: 'Q', note: DIGEST2,
    text: '（提升质量效率）地方党政主要负责同志同时参加的会议一般不同时讲话，主要负责同志讲话或者会议主报告不超过1小时。',
  },
  'N6-time': {
    cite: CITE.meetings, source: PROVISIONS, grade: 'D', note: DIGEST1,
    text: '（提升质量效率）有发言安排的应当控制发言时间。',
  },
  'N6-duration': {
    cite: CITE.meetings, source: PROVISIONS, grade: 'S', note: { zh: '据新闻转述（中文转述与英文报道一致），条文原文未能取得', en: 'as news reports paraphrase it (a Chinese paraphrase and an English report agree); the regulation\'s own text could not be obtained' },
    text: '分组讨论的会议原则上不超过1天半，其他会议一般安排在半天以内。',
  },
  'N6-routine': {
    cite: CITE.meetings, source: PROVISIONS, grade: 'S', note: SUMMARY,
    text: '开短会、讲短话，不搞一般性工作汇报、表态。',
  },
  N7: {
    cite: CITE.inspections, source: PROVISIONS, grade: 'D', note: DIGEST1,
    text: '（严格计划和备案管理）中央和国家机关各部门拟开展的涉及地方党委和政府的综合性督查检查考核事项按年度计划执行，原则上每部门不超过1项，同类事项应当合并进行。',
  },
  'N7-setting': {
    cite: CITE.inspections, source: PROVISIONS, grade: 'S', note: SUMMARY,
    text: '不在部门文件、领导讲话等中设定督查检查考核事项；不得以调研之名行督查检查考核之实。',
  },
  N8: {
    cite: CITE.inspections, source: PROVISIONS, grade: 'Q', note: DIGEST2,
    text: '（改进方式方法）上级部门到地方督查检查考核调研，不得动辄要求见主要负责同志，不得频繁要求基层填表格报材料。',
  },
  'N8-trace': {
    cite: CITE.inspections, source: PROVISIONS, grade: 'D', note: { zh: '两句均仅见一家新闻摘录，先后次序未能核实，条文原文未能取得', en: 'each phrase from one news digest only, their order unverified; the regulation\'s own text could not be obtained' },
    text: '不得将获得领导同志批示以及在刊物和媒体刊发文章信息、经验做法等作为督查检查考核内容。\n不把是否开会发文、拍照留痕、制作学习笔记等作为评判工作优劣的标准。',
  },
  'N8-materials': {
    cite: CITE.inspections, source: PROVISIONS, grade: 'S', note: SUMMARY,
    text: '压缩提供材料的文字量。',
  },
  'N-secondment': {
    cite: CITE.secondment, source: PROVISIONS, grade: 'D', note: DIGEST1,
    text: '上级机关、单位原则上不得从县及以下单位借调干部。',
  },
  'N-apps': {
    cite: CITE.apps, source: PROVISIONS, grade: 'S', note: SUMMARY,
    text: '清理整合面向基层的政务应用程序、严格建设管理、防止功能异化；不得强制推广下载使用政务应用程序。',
  },
  'APP-2026': {
    cite: CITE.apps, source: APP_MEASURES, grade: 'O', note: { zh: '据《若干规定》等制定的国务院办公厅办法原文（条号未能核实）', en: 'verbatim from the State Council General Office measures made under the Provisions (article number unverified)' },
    text: '（二）除安保、应急等特殊场景规定外，政务应用程序设置打卡签到、积分排名、统计在线时长等强制性功能；\n（三）强制推广下载使用政务应用程序，考核通报用户安装使用率，强制要求定期登录；\n（四）把政务应用程序异化为工作考核日常化、督查检查线上化的主要载体，将点赞量、网络投票数、转发量、学习时长等作为考评依据，非必要情况下强制要求下级和基层单位通过政务应用程序上传工作照片、视频和轨迹等。',
  },
  'N-campaigns': {
    cite: CITE.campaigns, source: PROVISIONS, grade: 'S', note: SUMMARY,
    text: '群团组织、国有企事业单位、社会组织不得开展以乡镇（街道）、村（社区）、学校为对象的达标活动。',
  },
  'T19-pages': {
    cite: CITE.notice2019, source: NOTICE_2019, grade: 'O', note: RELEASE,
    text: '明确中央印发的政策性文件原则上不超过10页，地方和部门也要按此从严掌握。',
  },
  'T19-rules': {
    cite: CITE.notice2019, source: NOTICE_2019, grade: 'O', note: RELEASE,
    text: '地方各级、基层单位贯彻落实中央和上级文件，可结合实际制定务实管用的举措，除有明确规定外，不再制定贯彻落实意见和实施细则。',
  },
  'T19-veto': {
    cite: CITE.notice2019, source: NOTICE_2019, grade: 'O', note: RELEASE,
    text: '严格控制“一票否决”事项，不能动辄签“责任状”。',
  },
  'T19-campaigns': {
    cite: CITE.notice2019, source: NOTICE_2019, grade: 'O', note: RELEASE,
    text: '对涉及城市评选评比表彰的各类创建活动进行集中清理。',
  },
};
