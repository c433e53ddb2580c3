// The workspace's research plans for the cross-plan rules, and every file's summary for the
// cross-document rules (meetings, titles, topics, clause hashes: research/index.ts): built in the
// background from every file under the workspace folders (include/exclude respected), kept
// current from open documents and from file-watcher events, and able to say which files a change
// touches. Only plans, and files the cross-document rules may report on, keep their text.
//
// A file is one plan whatever spelling its URI comes in (the editor's file:///c%3A/… and the
// walker's file:///C:/…): an open document's copy replaces the disk copy of the same file, and
// the background build does not overwrite a plan the editor has open.

import type { AnalysisResult } from '../core/analyze';
import { checkText } from '../core/check';
import { once } from '../core/parse/memo';
import { isIncluded, type Effective } from '../core/config/effective';
import { comparesWithWorkspace, PlanIndex, summarize, summarizeDoc, type DocSummary, type PlanSummary, type StopSummary } from '../core/research/index';
import { comparesDocuments, ruleById, rulesNeeding } from '../core/rules/registry';
import type { Decoded } from '../io/textFile';

/** Words without which a text is not worth analysing as a research plan. */
const LOOKS_LIKE_PLAN = /调研|督查|督导|走访|暗访|考察|视察|行程|站[:：]/;
/** Files read at once while building (the next batch is asked for before this one is analysed; a host may read it then or meanwhile). */
const BATCH = 32;

export interface FolderInfo {
  uri: string;
  eff: Effective;
  relPath(uri: string): string;
}

/** The files the index is built from (node/planFiles.ts); none in the web worker: open documents only. */
export interface PlanFiles {
  /** The file a URI names, in one spelling (the index key of "the same file"). */
  key(uri: string): string;
  /** The URIs of the files under a folder (a file: URI) that `keep` accepts (by path relative to it). */
  list(folder: string, keep: (rel: string) => boolean, cancelled: () => boolean): Promise<string[]>;
  read(uri: string, maxChars: number): Promise<Decoded>;
}

export class WorkspacePlans {
  readonly index = new PlanIndex();
  /** Text of plans (and of files the cross-document rules compare) as last read from disk (to re-check them unopened when others change). */
  private readonly diskText = new Map<string, string>();
  /** File -> the URI its plan is indexed under. */
  private readonly byFile = new Map<string, string>();
  /** Plans indexed from an open document's text (the build leaves them alone). */
  private readonly fromEditor = new Set<string>();
  private generation = 0;

  constructor(private readonly files: PlanFiles | null) {}

  /**
   * Indexes every plan under the folders; resolves when done (or superseded by a newer build).
   * Files are read in batches, the next batch asked for before the current one is analysed (the
   * Node host reads it there and then, as the scan does), and the event loop is given back after
   * every batch so that typing is never blocked.
   */
  async build(folders: FolderInfo[]): Promise<void> {
    const gen = ++this.generation;
    for (const f of folders) {
      const disk = this.files;
      if (!f.uri.startsWith('file:') || !disk) continue;
      const files = await disk.list(f.uri, (rel) => isIncluded(f.eff, rel), () => gen !== this.generation);
      const read = (from: number): Promise<Decoded[]> => Promise.all(files.slice(from, from + BATCH).map((file) => disk.read(file, f.eff.maxFileSize)));
      let next = read(0);
      for (let i = 0; i < files.length; i += BATCH) {
        const texts = await next;
        if (gen !== this.generation) return;
        if (i + BATCH < files.length) next = read(i + BATCH);
        for (let k = 0; k < texts.length; k++) {
          const uri = files[i + k]!;
          const owner = this.byFile.get(this.fileKey(uri));
          if (owner !== undefined && this.fromEditor.has(owner)) continue; // open: the editor's text wins
          this.fromDisk(uri, texts[k]!, f, false);
        }
        await new Promise<void>((r) => setImmediate(r));
      }
    }
  }

  /** Reads a file from disk and (re)indexes it (a file event, or a plan closed in the editor); returns the plans it touched. */
  async indexFile(uri: string, folder: FolderInfo): Promise<Set<string>> {
    if (!this.files) return new Set();
    return this.fromDisk(uri, await this.files.read(uri, folder.eff.maxFileSize), folder, true);
  }

  private fileKey(uri: string): string {
    return this.files ? this.files.key(uri) : uri;
  }

  private fromDisk(uri: string, decoded: Decoded, folder: FolderInfo, touched: boolean): Set<string> {
    if (!decoded.ok || decoded.text.length > folder.eff.maxFileSize) return this.remove(uri, folder.eff);
    // Without a rule comparing documents or meetings, only research plans are read (the cheap test first).
    const docs = comparesDocuments(folder.eff.config.rules);
    if (!docs && !LOOKS_LIKE_PLAN.test(decoded.text)) return this.remove(uri, folder.eff);
    // decode() leaves no byte order mark in the text.
    const text = decoded.text;
    // Read once (parse/memo.ts once): a file from disk is not being typed in, so keeping its
    // paragraphs' work for a later analysis would only fill the memo.
    const r = once(() => checkText(text, folder.relPath(uri), folder.eff, { only: [] }));
    if (!docs && r.kind !== 'research') return this.remove(uri, folder.eff);
    const out = this.claim(uri, folder.eff);
    this.fromEditor.delete(uri);
    if (docs) for (const id of this.applyDoc(uri, r, folder.eff, touched)) out.add(id);
    if (r.kind !== 'research' || !r.plan || !LOOKS_LIKE_PLAN.test(text)) {
      for (const id of this.dropPlan(uri, folder.eff)) out.add(id);
      const doc = this.index.getDoc(uri);
      if (doc && comparesWithWorkspace(doc)) this.diskText.set(uri, text);
      else this.diskText.delete(uri);
      return out;
    }
    this.diskText.set(uri, text);
    if (!touched) {
      this.index.upsert(summarize(uri, r.model, r.plan, r.model.lines));
      return out;
    }
    for (const id of this.apply(uri, r, folder.eff)) out.add(id);
    return out;
  }

  /** Updates the index from an analysis of an open document; returns the plans and files it touched. */
  update(uri: string, r: AnalysisResult, eff: Effective): Set<string> {
    const out = this.claim(uri, eff);
    this.fromEditor.add(uri);
    // A keystroke summarises the document only when a rule compares documents or meetings.
    if (comparesDocuments(eff.config.rules) || this.index.getDoc(uri)) for (const id of this.applyDoc(uri, r, eff, true)) out.add(id);
    if (r.kind !== 'research') {
      for (const id of this.dropPlan(uri, eff)) out.add(id);
      this.diskText.delete(uri);
      return out;
    }
    for (const id of this.apply(uri, r, eff)) out.add(id);
    return out;
  }

  /**
   * (Re)indexes a file's summary; with `touched`, returns the files whose cross-document findings
   * the change can alter (none when nothing others see of it changed).
   */
  private applyDoc(uri: string, r: AnalysisResult, eff: Effective, touched: boolean): Set<string> {
    const before = this.index.getDoc(uri);
    const after = summarizeDoc(uri, r.model, r.tree, r.kind, eff.config.names);
    this.index.upsertDoc(after);
    if (!touched) return new Set();
    const out = new Set<string>();
    if (!before || docSignature(before) !== docSignature(after)) {
      for (const d of [before, after]) for (const id of this.docNeighbours(d)) out.add(id);
    } else if (!sameClauses(before, after)) {
      for (const k of after.titleKeys) for (const d of this.index.implementers(k, uri)) out.add(d.id);
    }
    out.delete(uri);
    return out;
  }

  /** Files whose cross-document findings depend on d: meetings of its fields, meetings deploying its work, files implementing it. */
  private docNeighbours(d: DocSummary | undefined): Set<string> {
    const out = new Set<string>();
    if (!d) return out;
    for (const m of d.meetings) if (m.annualKey) for (const x of this.index.annualMeetings(m.annualKey, d.id)) out.add(x.doc.id);
    for (const t of d.topics) for (const x of this.index.meetingsDeploying(t, d.id)) out.add(x.id);
    for (const k of d.titleKeys) for (const x of this.index.implementers(k, d.id)) out.add(x.id);
    return out;
  }

  /** Makes `uri` the one spelling of its file in the index: another spelling's plan is dropped. */
  private claim(uri: string, eff: Effective): Set<string> {
    const key = this.fileKey(uri);
    const other = this.byFile.get(key);
    this.byFile.set(key, uri);
    if (other === undefined || other === uri) return new Set();
    const touched = this.dropFile(other, eff);
    this.diskText.delete(other);
    this.fromEditor.delete(other);
    return touched;
  }

  private apply(uri: string, r: AnalysisResult, eff: Effective): Set<string> {
    const before = this.index.get(uri);
    const after = summarize(uri, r.model, r.plan!, r.model.lines);
    const window = windowOf(eff);
    if (before && sameRoute(before, after)) {
      // The route did not change. When its lines moved, the plans that point at its stops (related
      // information of shared stops and routes) are told the new places; nothing else changes.
      const moved = before.stops.some((s, i) => JSON.stringify(s.range) !== JSON.stringify(after.stops[i]!.range));
      this.index.upsert(after);
      const touched = moved ? this.neighbours(after, window, false) : new Set<string>();
      touched.delete(uri);
      return touched;
    }
    // A new title or plan date shows in the other plans' messages: all the plans it meets are told.
    const touched = !before || before.title !== after.title || JSON.stringify(before.date) !== JSON.stringify(after.date)
      ? new Set([...this.neighbours(before, window), ...this.neighbours(after, window)])
      : this.changedNeighbours(before, after, window);
    this.index.upsert(after);
    touched.delete(uri);
    return touched;
  }

  /** The file is gone (or unreadable): its plan and summary leave the index; returns the files it touched. */
  remove(uri: string, eff?: Effective): Set<string> {
    const key = this.fileKey(uri);
    const id = this.byFile.get(key) ?? uri;
    this.byFile.delete(key);
    this.diskText.delete(id);
    this.fromEditor.delete(id);
    const touched = this.dropFile(id, eff);
    if (id !== uri) for (const x of this.dropFile(uri, eff)) touched.add(x);
    this.diskText.delete(uri);
    this.fromEditor.delete(uri);
    return touched;
  }

  /** The file's plan and summary leave the index; returns the files they touched. */
  private dropFile(id: string, eff?: Effective): Set<string> {
    const touched = this.dropPlan(id, eff);
    for (const x of this.docNeighbours(this.index.getDoc(id))) if (x !== id) touched.add(x);
    this.index.removeDoc(id);
    return touched;
  }

  private dropPlan(id: string, eff?: Effective): Set<string> {
    const before = this.index.get(id);
    const touched = this.neighbours(before, eff ? windowOf(eff) : Infinity);
    this.index.remove(id);
    touched.delete(id);
    return touched;
  }

  /** The text of an unopened plan (or compared file), as last read from disk. */
  textOf(uri: string): string | undefined {
    return this.diskText.get(uri);
  }

  /**
   * Plans whose cross-plan findings p can change: those that visit one of its places, or its
   * 区县, within the window of the cross-plan rules (a route step is a shared place too).
   */
  private neighbours(p: PlanSummary | undefined, window: number, districts = true): Set<string> {
    const out = new Set<string>();
    if (!p) return out;
    const areas = new Map<string, Array<number | null>>();
    for (const s of p.stops) {
      for (const r of this.index.sameStops(s.place, p.id)) if (near(r.plan.stops[r.index]!, s.day, window)) out.add(r.plan.id);
      if (districts && s.place.district) {
        const list = areas.get(s.place.district) ?? [];
        list.push(s.day);
        areas.set(s.place.district, list);
      }
    }
    for (const [d, days] of areas) {
      for (const q of this.index.plansIn(d)) {
        if (out.has(q.id) || q.id === p.id) continue;
        if (q.stops.some((x) => x.place.district === d && days.some((day) => near(x, day, window)))) out.add(q.id);
      }
    }
    return out;
  }

  /**
   * The plans whose cross-plan findings a change from `before` to `after` can alter: those that
   * share a place or a route step that one version has and the other has not (a place counts
   * with its date), and those in a 区县 whose visits (区县 and date) changed. Typing in a place
   * name re-checks the plans that share the old or the new name, not every plan of the district.
   */
  private changedNeighbours(before: PlanSummary, after: PlanSummary, window: number): Set<string> {
    const out = new Set<string>();
    const a = signatures(before);
    const b = signatures(after);
    for (const x of [...missing(a.places, b.places), ...missing(b.places, a.places)]) {
      for (const r of this.index.sameStops(x.place, before.id)) if (near(r.plan.stops[r.index]!, x.day, window)) out.add(r.plan.id);
    }
    for (const [x, y] of [...missing(a.steps, b.steps), ...missing(b.steps, a.steps)]) {
      for (const r of this.index.sameSteps(x.place, y.place, before.id)) if (near(r.plan.stops[r.index]!, x.day, window)) out.add(r.plan.id);
    }
    for (const x of [...missing(a.areas, b.areas), ...missing(b.areas, a.areas)]) {
      for (const q of this.index.plansIn(x.place.district!)) {
        if (q.id !== before.id && q.stops.some((y) => y.place.district === x.place.district && near(y, x.day, window))) out.add(q.id);
      }
    }
    return out;
  }
}

function near(x: StopSummary, day: number | null, window: number): boolean {
  return x.day !== null && day !== null && Math.abs(x.day - day) <= window;
}

function placeSig(x: StopSummary): string {
  return `${x.place.key}#${x.place.comparable ? 1 : 0}#${x.day ?? ''}`;
}

/** What others can see of a plan: its places, its route steps and its (区县, day) visits. */
function signatures(p: PlanSummary): { places: Map<string, StopSummary>; steps: Map<string, [StopSummary, StopSummary]>; areas: Map<string, StopSummary> } {
  const places = new Map<string, StopSummary>();
  const steps = new Map<string, [StopSummary, StopSummary]>();
  const areas = new Map<string, StopSummary>();
  p.stops.forEach((x, i) => {
    places.set(placeSig(x), x);
    const next = p.stops[i + 1];
    if (next) steps.set(`${placeSig(x)}>${placeSig(next)}`, [x, next]);
    if (x.place.district) areas.set(`${x.place.district}#${x.day ?? ''}`, x);
  });
  return { places, steps, areas };
}

/** Values of m whose keys other lacks. */
function missing<T>(m: Map<string, T>, other: Map<string, T>): T[] {
  const out: T[] = [];
  for (const [k, v] of m) if (!other.has(k)) out.push(v);
  return out;
}

/** The widest window of the cross-plan rules under these settings (days); unset, each rule's default. */
function windowOf(eff: Effective): number {
  let w = 0;
  for (const id of rulesNeeding('workspace')) {
    if (!id.startsWith('research.')) continue; // the cross-document rules compare no plans
    const v = eff.config.rules[id]?.options['windowDays'] ?? ruleById(id)?.options.find((o) => o.name === 'windowDays')?.default;
    if (typeof v === 'number') w = Math.max(w, v);
  }
  return w;
}

/** Same stops, places and dates: nothing another plan could see has changed. */
function sameRoute(a: PlanSummary, b: PlanSummary): boolean {
  if (a.stops.length !== b.stops.length || JSON.stringify(a.date) !== JSON.stringify(b.date) || a.title !== b.title) return false;
  return a.stops.every((s, i) => {
    const t = b.stops[i]!;
    return s.place.key === t.place.key && s.place.comparable === t.place.comparable && s.day === t.day && s.unannounced === t.unannounced;
  });
}

/** What other files see of a summary, its clauses aside: titles, date, topics, uppers, meetings and where they are written. */
function docSignature(d: DocSummary): string {
  return JSON.stringify([d.kind, d.title, d.titleRange, d.date, d.titleKeys, d.topics, d.topicYear, d.uppers, d.meetings]);
}

function sameClauses(a: DocSummary, b: DocSummary): boolean {
  const x = a.clauses;
  const y = b.clauses;
  if (!x || !y) return x === y;
  if (x.hash.length !== y.hash.length || x.paraPos.length !== y.paraPos.length) return false;
  for (let i = 0; i < x.hash.length; i++) if (x.hash[i] !== y.hash[i] || x.para[i] !== y.para[i]) return false;
  for (let i = 0; i < x.paraPos.length; i++) if (x.paraPos[i] !== y.paraPos[i]) return false;
  return true;
}
