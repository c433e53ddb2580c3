// doc.bundled-notices (national pack, 《若干规定》第1条): 防止以“红头”变“白头”、正式改便笺、多文合一等
// 方式规避发文数量管理。
// Fires (warning) where one file holds a second document of the issuer's own: a second 发文字号 of
// its own standing on a line of its own, or a second document head (关于…的通知 standing alone,
// followed by its own 主送 line) that the model read as an appended text. Fires (info) on a text
// labelled 便笺 / 工作提示 / 工作提醒 that has a 主送 and asks its recipients to do or report
// something (正式改便笺).
// Not 多文合一: a draft attached for a superior or a model text (代拟稿, 征求意见稿, 模板; a 请示
// attaching the notice it asks to be issued), the document a 印发/转发 notice prints or forwards (with its own 文号), another
// body's document attached as reference (省教育厅关于…的通知, 苏教办函〔2021〕19号), titles and
// numbers cited in a sentence (根据《…》（…〔2024〕3号）), attachments' own titles (实施方案, 申报表),
// the same number repeated (a web page's header and the document's).

import type { DocModel } from '../model/types';
import { CITE } from '../national';
import { findDocNumbers } from '../parse/docNumber';
import { issuersOf } from '../semantics/issuer';
import { indexIn } from '../semantics/subjectAndTier';
import { findSet } from '../semantics/phrases';
import type { Paragraph } from '../text/paragraph';
import type { Msg } from '../types';
import { defineRule, type RuleContext } from './rule';
import { nationalOnly } from './kit/national';
import { msg, withCite } from './kit/util';

/** A paragraph that is one 发文字号 and nothing else: 济农发〔2024〕13号, (浙委办〔2007〕27号). */
const NUMBER_LINE = /^[\s(]*[\u4e00-\u9fa5]{1,12} ?[〔[【(〖{] ?\d{4} ?[〕\]】)〗}] ?第? ?\d{1,5} ?号[\s)]*$/;
/** A 公文 title standing alone: (issuer)关于…的通知 / 意见 / 决定 / 通报 / 函 …, no sentence punctuation. */
const DOC_TITLE = /^([^，。；：:,;《》“”]{0,40}?)关于[^。；：:;]{2,90}?的(?:紧急|补充)?(?:通知|意见|决定|通报|函|报告|请示|批复|通告|公告)$/;
/** A 主送 line: units ending with a colon. */
const RECIPIENTS_LINE = /^[^。；;]{2,160}[：:]$/;
const UNIT = /各|委|局|厅|政府|部门|单位|办公室|学校|公司|街道|乡镇|社区|中心/;

interface Head {
  para: Paragraph;
  /** The issuer's code of its 发文字号 (济农发), or its issuer's name, or '' when it names none. */
  owner: string;
  number: string | null;
}

/** The issuer's code of a 发文字号 (the Han run before the bracket), and the number in canonical form. */
function numberOf(p: Paragraph): { code: string; number: string } | null {
  const d = findDocNumbers(p.key, p.text)[0];
  if (!d) return null;
  return { code: p.key.slice(d.start, d.bracketStart).trim(), number: `${p.key.slice(d.start, d.bracketStart).trim()}${d.year}-${d.serial}` };
}

/** The paragraph after p in the text (skipping nothing: blank lines are no paragraphs). */
function next(model: DocModel, p: Paragraph): Paragraph | undefined {
  return model.paragraphs[indexIn(model, p) + 1];
}

/** Sections that hold a document a 印发/转发 notice prints or forwards. */
function printedSections(model: DocModel): Set<number> {
  return new Set(model.printed.map((d) => d.section));
}

/** A draft or a model text attached for others to issue or follow: 代拟稿, 征求意见稿, 样式, 模板. */
const DRAFT = /代拟|送审稿|征求意见稿|讨论稿|草案|样式|样本|范本|模板|参考文本|示范文本|格式/;
/** A 请示 or 报告 attaches the notice it asks its superior to issue. */
const ASKS_SUPERIOR = /(?:请示|报告)$/;

/** The head is a draft or a model text: the words say so on its line or the lines around it. */
function isDraft(model: DocModel, p: Paragraph): boolean {
  const i = indexIn(model, p);
  return model.paragraphs.slice(Math.max(0, i - 2), i + 2).some((q) => DRAFT.test(q.key)) || model.attachmentNote.some((q) => DRAFT.test(q.key));
}

/** The document heads in the file after the main one: own numbers and titles with their own 主送. */
function extraHeads(model: DocModel): Head[] {
  if (ASKS_SUPERIOR.test(model.titleKey)) return [];
  const printed = printedSections(model);
  const mainNumber = model.docNumber ? numberOf(model.docNumber) : null;
  const seen = new Set<string>(mainNumber ? [mainNumber.number] : []);
  const heads: Head[] = [];
  for (const p of model.paragraphs) {
    if (printed.has(p.section) || p === model.docNumber || model.title.includes(p)) continue;
    if (p.role === 'recipients' || p.role === 'chrome') continue;
    const key = p.key.trim();
    if (NUMBER_LINE.test(key)) {
      const n = numberOf(p);
      if (!n || seen.has(n.number)) continue;
      seen.add(n.number);
      heads.push({ para: p, owner: n.code, number: n.number });
      continue;
    }
    const t = DOC_TITLE.exec(key);
    if (!t || (p.section === 0 && p.role !== 'body')) continue;
    // The main title names it (关于征求《关于…的通知》意见的通知): the document the notice is about.
    if (model.titleKey.includes(key.slice(t[1]!.length))) continue;
    const after = next(model, p);
    if (!after || !RECIPIENTS_LINE.test(after.key.trim()) || !UNIT.test(after.key)) continue;
    // A head right after its own number is the same document.
    const last = heads[heads.length - 1];
    if (last?.number && next(model, last.para) === p) continue;
    heads.push({ para: p, owner: t[1]!.trim() || signer(model, p), number: null });
  }
  return heads;
}

/** An organisation's name on a line of its own (a 署名): 山东省教育厅, 济南市教育局办公室. */
const SIGNER = /^[\u4e00-\u9fa5()]{3,30}(?:厅|局|委|办公室|办|政府|委员会|中心|部|院|会)$/;

/** The name signed under the document that p heads (the last such line before the next head), or ''. */
function signer(model: DocModel, p: Paragraph): string {
  const from = indexIn(model, p) + 1;
  let name = '';
  for (const q of model.paragraphs.slice(from, from + 80)) {
    if (q.section !== p.section || DOC_TITLE.test(q.key.trim()) || NUMBER_LINE.test(q.key.trim())) break;
    if (SIGNER.test(q.key.trim())) name = q.key.trim();
  }
  return name;
}

/** The main document's issuer's code and names, to tell its own documents from others'. */
function ownership(model: DocModel, ctx: RuleContext): { code: string | null; names: string[] } {
  const n = model.docNumber ? numberOf(model.docNumber) : null;
  return { code: n?.code ?? null, names: issuersOf(model, ctx.names).map((i) => i.name) };
}

/** The head is the issuer's own: same 发文字号 code, same issuer, or none named (关于…的通知). */
function isOwn(h: Head, own: { code: string | null; names: string[] }): boolean {
  if (h.number) return own.code !== null && h.owner === own.code;
  if (!h.owner) return true;
  return own.names.some((n) => n === h.owner || n.endsWith(h.owner) || h.owner.endsWith(n));
}

/** 便笺, 工作提示, 工作提醒 …: a label that presents a directive as something less than a 公文. */
const NOTE_LABEL = /^(?:[^，。；：:]{0,30}?)(?:便笺|便签|工作提示|工作提醒|提示函|提醒函|工作联系单)(?:[(（]?[第]?[\d一二三四五六七八九十]{1,4}[期号]?[)）]?)?$/;
/** A demand on the recipients: to act by a date, to report back, or 各…要/务必/须. */
const DEMAND = /(?:请|务必|须|必须|要求)[^。；;]{0,30}?(?:于|在)[^。；;]{0,16}?前|(?:报送|上报|反馈|报至|报送至|提交)|各[^。；;，,]{1,16}?(?:要|务必|须|必须|应当|抓紧|立即)/g;

function noteLabel(model: DocModel): Paragraph | null {
  const candidates = [...model.issuerMark, ...model.title, ...model.paragraphs.slice(0, 3)];
  return candidates.find((p) => NOTE_LABEL.test(p.key.trim())) ?? null;
}

function bundledMessage(): Msg {
  return msg(
    '一个文件中含有另一份本机关的独立公文（另有标题、主送或发文字号），属于“多文合一”；请分别发文或合并为一份文件，不得以多文合一规避发文数量管理',
    'The file holds a second document of the issuer\'s own (its own title, recipients or number): issue them separately or merge them into one; bundling must not evade the limits on the number of documents',
  );
}

function noteMessage(label: string): Msg {
  return msg(
    `以“${label}”形式向主送单位部署工作或要求报送；防止以“红头”变“白头”、正式改便笺等方式规避发文数量管理，确需部署的请按正式公文办理`,
    `A "${label}" that directs its recipients or asks them to report is a document in all but name; issue it as a formal document (the limits on documents may not be evaded by notes or plain headers)`,
  );
}

export default defineRule({
  id: 'doc.bundled-notices',
  title: msg('多文合一与便笺发文', 'Bundled documents and notes'),
  // ……防止以“红头”变“白头”、正式改便笺、多文合一等方式规避发文数量管理。
  ...nationalOnly(CITE.item1, ['N1'], 'V', 'warning'),
  visits: ['Document'],
  fixable: false,
  description: msg(
    '一个文件含有两份以上本机关的独立公文（多文合一），或以便笺、工作提示向主送单位部署工作。',
    'One file holds two or more of the issuer\'s own documents (bundling), or a note (便笺, 工作提示) directs its recipients.',
  ),
  options: [],
  check(ctx) {
    const m = ctx.model;
    const own = ownership(m, ctx);
    for (const h of extraHeads(m)) {
      if (!isOwn(h, own) || isDraft(m, h.para)) continue;
      const p = h.para;
      const lead = p.text.length - p.text.trimStart().length;
      ctx.report({ ...ctx.span(p, lead, p.text.trimEnd().length), message: withCite(bundledMessage(), CITE.item1) });
    }
    const label = noteLabel(m);
    if (!label || !m.recipients || findSet(m, DEMAND).length === 0) return;
    const written = /便笺|便签|工作提示|工作提醒|提示函|提醒函|工作联系单/.exec(label.key)!;
    ctx.report({
      ...ctx.span(label, written.index, written.index + written[0].length),
      severity: 'info',
      message: withCite(noteMessage(label.text.slice(written.index, written.index + written[0].length)), CITE.item1),
    });
  },
});
