// Who issues the document, and at what level: 市委/市政府 and their 办公厅 (leadership), a city
// department (市…局/委/办, 市委…部), a 议事协调机构 (…领导小组, …指挥部, …委员会办公室), a district
// body, or something else (a province, the State Council). Names come from the 发文机关标志,
// the title's issuer (…关于…) and the 署名; joint issuers are split. Levels are judged from the
// configurable name lists (config `names`).

import type { Names } from '../names';
import type { DocModel } from '../model/types';
import type { Paragraph } from '../text/paragraph';

type IssuerLevel = 'leadership' | 'inspectionOffice' | 'department' | 'coordination' | 'district' | 'other';

export interface Issuer {
  name: string;
  level: IssuerLevel;
  /** Where the name was read (for pointing at it). */
  para: Paragraph;
}

/** Where one organisation's name may end and the next one's begin in a run without separators. */
const SPLIT_AFTER = /(?:办公厅|办公室|人民政府|委员会|局|厅)(?=中共|中央|国务院|[\u4e00-\u9fa5]{2,4}(?:市|省|自治区|县|区))/g;

/** 中共济南市委办公厅济南市人民政府办公厅 -> the two names; 国务院办公厅、中央军委办公厅 -> two. */
function splitIssuers(s: string): string[] {
  const parts: string[] = [];
  for (const piece of s.split(/[、，,；;\s　]+/)) {
    if (!piece) continue;
    let last = 0;
    SPLIT_AFTER.lastIndex = 0;
    for (let m = SPLIT_AFTER.exec(piece); m; m = SPLIT_AFTER.exec(piece)) {
      const end = m.index + m[0].length;
      parts.push(piece.slice(last, end));
      last = end;
    }
    if (last < piece.length) parts.push(piece.slice(last));
  }
  return parts.filter((p) => p.length >= 2);
}

/**
 * Drops 中共 and the city's own name: 中共济南市委办公厅 -> 市委办公厅, 济南市农业农村局 -> 市农业农村局;
 * the full name of the party committee is its short one (中国共产党济南市委员会 -> 市委).
 */
function cityRelative(name: string): string {
  let n = name.replace(/^中国共产党/, '').replace(/^中共/, '');
  // A city's name holds no 区 or 县: 历城区城市管理局 is not 历城区城 + 市管理局, nor 市中区… a city.
  const m = /^(?:(?![区县])[\u4e00-\u9fa5]){2,4}?市(?=.)/.exec(n);
  if (m) n = `市${n.slice(m[0].length)}`;
  return n.replace(/^市委员会/, '市委');
}

function issuerLevel(name: string, names: Names): IssuerLevel {
  const n = cityRelative(name.replace(/文件$/, ''));
  if (names.inspectionOffices.some((x) => n === x || n.endsWith(x))) return 'inspectionOffice';
  if (names.leadership.includes(n)) return 'leadership';
  if (names.coordinationBodies.some((x) => n.endsWith(x))) return 'coordination';
  if (/[乡镇](?:人民政府|党委)|街道(?:办事处|党工委)|[村社区](?:委会|居委会)$/.test(n)) return 'other'; // township or village
  // A meeting's name above a page's title (市政府第8次常务会议) names a meeting, not who issues.
  if (/会议|[（(]/.test(n) && !names.coordinationBodies.some((x) => n.endsWith(x))) return 'other';
  if (names.districts.some((d) => n.includes(d))) return 'district';
  if (/^[\u4e00-\u9fa5]{1,6}[区县](?:委|人民政府|政府|党委)?/.test(n) && !/^市/.test(n)) return 'district';
  if (/^市/.test(n) && n.length >= 3) return 'department';
  return 'other';
}

const TITLE_ISSUER = /^(.{2,60}?)关于/;

interface Found {
  names: Names;
  title: DocModel['title'];
  titleKey: string;
  signature: DocModel['signature'];
  issuers: Issuer[];
}

/**
 * Issuers found, by the 版头 they were read from. A meeting's view of a document shares the
 * document's head and 署名: its many views (one a meeting) find them once.
 */
const cache = new WeakMap<DocModel['issuerMark'], Found>();

/** The issuers of a document model (found once per head, title, 署名 and name lists; see findIssuers). */
export function issuersOf(model: DocModel, names: Names): readonly Issuer[] {
  const hit = cache.get(model.issuerMark);
  if (hit && hit.names === names && hit.title === model.title && hit.titleKey === model.titleKey && hit.signature === model.signature) return hit.issuers;
  const issuers = findIssuers(model, names);
  cache.set(model.issuerMark, { names, title: model.title, titleKey: model.titleKey, signature: model.signature, issuers });
  return issuers;
}

/** The issuers named in the document, in the order 版头, title, 署名, without repeats. */
function findIssuers(model: DocModel, names: Names): Issuer[] {
  const out: Issuer[] = [];
  const seen = new Set<string>();
  const add = (raw: string, para: Paragraph): void => {
    for (const name of splitIssuers(raw.replace(/文件$/, ''))) {
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({ name, level: issuerLevel(name, names), para });
    }
  };
  for (const p of model.issuerMark) add(p.key, p);
  const t = model.title[0];
  if (t) {
    // 市农业农村局转发市委办公厅关于…: what follows 转发 is the forwarded document's issuer.
    const head = TITLE_ISSUER.exec(model.titleKey)?.[1]!.replace(/(?:印发|转发|批转).*$/, '');
    // 关于转发《省指挥部关于…》: the first 关于 opens the title, so nothing before it names an issuer.
    if (head && !/[，。；：,;:《》“”"]|关于/.test(head)) add(head, t);
  }
  for (const p of model.signature) add(p.key, p);
  return out;
}

/** Issued only by city departments and 议事协调机构 (no 市委/市政府 body among the issuers). */
export function issuedByDepartment(issuers: readonly Issuer[]): boolean {
  if (issuers.length === 0) return false;
  const known = issuers.filter((i) => i.level !== 'other');
  if (known.length === 0) return false;
  return known.every((i) => i.level === 'department' || i.level === 'coordination');
}
