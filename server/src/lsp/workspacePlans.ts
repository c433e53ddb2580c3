// The workspace's research plans for the cross-plan rules: built in the background from every
// file under the workspace folders (include/exclude respected), kept current from open
// documents and from file-watcher events, and able to say which plans a change touches.

import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnalysisResult } from '../core/analyze';
import { checkText } from '../core/check';
import { isIncluded, type Effective } from '../core/config/effective';
import { PlanIndex, summarize, type PlanSummary } from '../core/research/index';
import { readTextAsync } from '../io/textFile';
import { walkFiles } from '../io/walk';

/** Words without which a text is not worth analysing as a research plan. */
const LOOKS_LIKE_PLAN = /调研|督查|督导|走访|暗访|考察|视察|行程|站[:：]/;

export interface FolderInfo {
  uri: string;
  eff: Effective;
  relPath(uri: string): string;
}

export class WorkspacePlans {
  readonly index = new PlanIndex();
  /** Text of plans that are not open in the editor (to re-check them when others change). */
  private readonly diskText = new Map<string, string>();
  private generation = 0;

  /** Indexes every plan under the folders; resolves when done (or superseded by a newer build). */
  async build(folders: FolderInfo[], onProgress?: (done: number, total: number) => void): Promise<void> {
    const gen = ++this.generation;
    for (const f of folders) {
      if (!f.uri.startsWith('file:')) continue;
      const root = fileURLToPath(f.uri);
      const files = await walkFiles(root, (rel) => isIncluded(f.eff, rel), undefined, () => gen !== this.generation);
      let done = 0;
      for (const file of files) {
        if (gen !== this.generation) return;
        const uri = pathToFileURL(file).toString();
        await this.indexFile(uri, f);
        onProgress?.(++done, files.length);
        if (done % 20 === 0) await new Promise<void>((r) => setImmediate(r));
      }
    }
  }

  /** Reads a file from disk and (re)indexes it; returns the ids of plans it touched. */
  async indexFile(uri: string, folder: FolderInfo): Promise<Set<string>> {
    const decoded = await readTextAsync(fileURLToPath(uri));
    if (!decoded.ok || decoded.text.length > folder.eff.maxFileSize || !LOOKS_LIKE_PLAN.test(decoded.text)) return this.remove(uri);
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    const r = checkText(text, folder.relPath(uri), folder.eff, { only: [] });
    if (r.kind !== 'research') return this.remove(uri);
    this.diskText.set(uri, text);
    return this.update(uri, r, folder.eff);
  }

  /** Updates the index from an analysis (an open document); returns the plans it touched. */
  update(uri: string, r: AnalysisResult, eff: Effective): Set<string> {
    if (r.kind !== 'research') return this.remove(uri);
    const before = this.index.get(uri);
    const after = summarize(uri, r.model, eff.config.names, r.model.lines);
    if (before && sameRoute(before, after)) {
      this.index.upsert(after); // ranges may have moved; the route did not
      return new Set();
    }
    const touched = new Set<string>([...this.neighbours(before), ...this.neighbours(after)]);
    this.index.upsert(after);
    touched.delete(uri);
    return touched;
  }

  remove(uri: string): Set<string> {
    const before = this.index.get(uri);
    const touched = this.neighbours(before);
    this.index.remove(uri);
    this.diskText.delete(uri);
    touched.delete(uri);
    return touched;
  }

  /** The text of an unopened plan, as last read from disk. */
  textOf(uri: string): string | undefined {
    return this.diskText.get(uri);
  }

  forgetText(uri: string): void {
    this.diskText.delete(uri);
  }

  /** Plans that share a place, a district or a route step with p. */
  private neighbours(p: PlanSummary | undefined): Set<string> {
    const out = new Set<string>();
    if (!p) return out;
    for (const s of p.stops) {
      for (const r of this.index.sameStops(s.place, p.id)) out.add(r.plan.id);
      if (s.place.district) for (const q of this.index.plansIn(s.place.district)) out.add(q.id);
    }
    return out;
  }
}

/** Same stops, places and dates: nothing another plan could see has changed. */
function sameRoute(a: PlanSummary, b: PlanSummary): boolean {
  if (a.stops.length !== b.stops.length || JSON.stringify(a.date) !== JSON.stringify(b.date) || a.title !== b.title) return false;
  return a.stops.every((s, i) => {
    const t = b.stops[i]!;
    return s.place.key === t.place.key && JSON.stringify(s.date) === JSON.stringify(t.date) && s.unannounced === t.unannounced;
  });
}
