// The status bar's "how was this counted" answer: body count, what was left out, the limit.

import type { AnalysisResult } from '../core/analyze';
import { fmt } from '../core/messages';
import { countText } from '../core/text/count';
import type { Paragraph, Role } from '../core/text/paragraph';
import type { ExplainCountResult } from '../protocol';
import { localize, type LocaleLike } from './locale';

const ROLE_NAMES: Partial<Record<Role, { zh: string; en: string }>> = {
  issuerMark: { zh: '发文机关标志', en: 'issuer mark' },
  docNumber: { zh: '发文字号', en: 'document number' },
  title: { zh: '标题', en: 'title' },
  subtitle: { zh: '所印发文件或附件的标题', en: 'titles of printed documents and attachments' },
  recipients: { zh: '主送机关', en: 'recipients' },
  attachmentNote: { zh: '附件说明', en: 'attachment list' },
  signature: { zh: '署名', en: 'signature' },
  date: { zh: '成文日期', en: 'date of issue' },
  note: { zh: '附注', en: 'notes' },
  attachmentHeader: { zh: '附件标识', en: 'attachment labels' },
  attachment: { zh: '附件', en: 'attachments' },
  copyTo: { zh: '抄送', en: 'copy-to line' },
  printedBy: { zh: '印发机关和日期', en: 'printing office and date' },
  keywords: { zh: '主题词', en: 'subject words' },
  other: { zh: '其他（网页残留等）', en: 'other (web leftovers and the like)' },
};

const MODE = {
  word: { zh: '按字处理软件的“字数”：汉字和全角标点各计 1，连续的字母或数字计 1，空格和半角标点不计', en: 'as word processors count 字数: each Han character and full-width mark 1, each run of Latin letters or digits 1, spaces and half-width punctuation 0' },
  han: { zh: '只计汉字', en: 'Han characters only' },
  chars: { zh: '计所有非空白字符', en: 'every non-space character' },
};

const KIND = {
  document: { zh: '公文', en: 'document' },
  agenda: { zh: '会议议程', en: 'meeting agenda' },
  research: { zh: '调研方案', en: 'research plan' },
};
const SCOPE = { comprehensive: { zh: '全局性', en: 'comprehensive' }, special: { zh: '专项', en: 'special' } };
const SOURCE = {
  directive: { zh: '文件内指令', en: 'in-file directive' },
  settings: { zh: '设置', en: 'settings' },
  detected: { zh: '自动识别', en: 'detected' },
  default: { zh: '未声明', en: 'not declared' },
};

export function explainCount(r: AnalysisResult, locale: LocaleLike): ExplainCountResult {
  const L = (m: { zh: string; en: string }) => localize(locale, m);
  const countMode = r.countMode;
  const byRole = new Map<Role, number>();
  const add = (p: Paragraph) => byRole.set(p.role, (byRole.get(p.role) ?? 0) + countText(p.text, countMode));
  for (const p of r.model.paragraphs) if (p.role !== 'body') add(p);
  const kind = L(KIND[r.kind]);
  const scope = r.scope ? L(SCOPE[r.scope]) : L({ zh: '范围未声明', en: 'scope not declared' });
  const limitText = r.limit === null ? '' : L({ zh: ` / 上限 ${fmt(r.limit)} 字`, en: ` / limit ${fmt(r.limit)} 字` });
  const summary = L({
    zh: `${kind}（${L(SOURCE[r.kindSource])}），${scope}：正文 ${fmt(r.counts.body)} 字${limitText}`,
    en: `${kind} (${L(SOURCE[r.kindSource])}), ${scope}: body ${fmt(r.counts.body)} 字${limitText}`,
  });
  const lines: string[] = [];
  lines.push(L({ zh: `计数方式：${L(MODE[countMode])}。`, en: `Count mode: ${L(MODE[countMode])}.` }));
  lines.push(L({ zh: `正文 ${r.model.body.length} 段，共 ${fmt(r.counts.body)} 字。`, en: `Body: ${r.model.body.length} paragraphs, ${fmt(r.counts.body)} 字.` }));
  if (r.model.printed.length) lines.push(L({ zh: `所印发/转发的文件（${r.model.printed.length} 件）计入正文。`, en: `Printed/forwarded documents (${r.model.printed.length}) count as body.` }));
  const excluded = [...byRole.entries()].filter(([, n]) => n > 0).map(([role, n]) => `${L(ROLE_NAMES[role] ?? { zh: role, en: role })} ${fmt(n)}`);
  if (excluded.length) lines.push(L({ zh: `不计入正文：${excluded.join('，')}（字）。`, en: `Not counted as body: ${excluded.join(', ')} (字).` }));
  if (r.counts.attachmentCount) lines.push(L({ zh: `附件 ${r.counts.attachmentCount} 个，共 ${fmt(r.counts.attachments)} 字。`, en: `${r.counts.attachmentCount} attachments, ${fmt(r.counts.attachments)} 字.` }));
  lines.push(L({ zh: `类型与范围的来源：类型——${L(SOURCE[r.kindSource])}，范围——${L(SOURCE[r.scopeSource])}。可在文件前 20 行写 <!-- gongwen 类型=公文 范围=全局性 --> 指定。`, en: `Kind from: ${L(SOURCE[r.kindSource])}; scope from: ${L(SOURCE[r.scopeSource])}. Declare them in the first 20 lines with <!-- gongwen kind=document scope=comprehensive -->.` }));
  return { summary, detail: lines.join('\n') };
}
