// Workspaces for fixtures. The cross-plan rules (research.repeated-stop across plans,
// research.repeated-route, research.concentration) compare a plan with the other plans of the
// workspace, and the cross-document rules (meeting.annual-comprehensive, meeting.already-documented,
// doc.copy-upper) a file with the workspace's other documents and meetings, which one file cannot
// show. A fixture names a folder of other files in its sidecar:
//
//   <name>.json: { "workspace": "../../research-workspaces/route-35" }
//
// (relative to the fixture's folder). The workspace is every plan in that folder (.txt/.md/.gw,
// markers stripped, README.md skipped) and every rule fixture whose sidecar names the same folder;
// they are analysed and indexed with the fixture's settings, and the fixture is checked against
// the others. The folder's own plans carry markers too: test/research.test.ts checks
// each of them against the rest of the workspace, so both ends of a shared route are seen.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../server/src/core/check';
import type { Effective } from '../../server/src/core/config/effective';
import { PlanIndex, summarize, summarizeDoc } from '../../server/src/core/research/index';
import type { WorkspaceView } from '../../server/src/core/rules/rule';
import { expandFixture } from './template';

export const WORKSPACES_ROOT = path.resolve(__dirname, '..', 'fixtures', 'research-workspaces');
const RULES_ROOT = path.resolve(__dirname, '..', 'fixtures', 'rules');
const PLAN_EXTS = ['.txt', '.md', '.gw'];

/** The id of a file in fixture workspaces: its path from test/fixtures, with / separators. */
export function workspaceId(file: string): string {
  return path.relative(path.resolve(__dirname, '..', 'fixtures'), file).split(path.sep).join('/');
}

/** The plans of a workspace folder, sorted (no README.md, no sidecars). */
export function workspaceFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`workspace folder not found: ${dir}`);
  return readdirSync(dir)
    .filter((f) => PLAN_EXTS.includes(path.extname(f)) && f !== 'README.md')
    .sort()
    .map((f) => path.join(dir, f));
}

/** Text of a plan file as the core sees it (markers removed). */
export function planText(file: string): string {
  return expandFixture(readFileSync(file, 'utf8'), workspaceId(file)).text;
}

export interface Member {
  file: string;
  /** The path used for kind globs and Markdown detection (a fixture's sidecar "path"). */
  rel: string;
}

/** Rule fixtures whose sidecar names `dir` as their workspace. */
export function fixturesNaming(dir: string): Member[] {
  const out: Member[] = [];
  if (!existsSync(RULES_ROOT)) return out;
  for (const rule of readdirSync(RULES_ROOT).sort()) {
    const folder = path.join(RULES_ROOT, rule);
    if (!statSync(folder).isDirectory()) continue;
    for (const f of readdirSync(folder).sort()) {
      if (!f.endsWith('.json')) continue;
      const side = JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as { workspace?: string; path?: string };
      if (!side.workspace || path.resolve(folder, side.workspace) !== dir) continue;
      const base = f.slice(0, -'.json'.length);
      const ext = PLAN_EXTS.find((e) => existsSync(path.join(folder, base + e)));
      if (ext) out.push({ file: path.join(folder, base + ext), rel: side.path ?? base + ext });
    }
  }
  return out;
}

/** Every plan of a workspace: the folder's plans, then the fixtures that name it. */
export function workspaceMembers(dir: string): Member[] {
  return [...workspaceFiles(dir).map((file) => ({ file, rel: path.basename(file) })), ...fixturesNaming(dir)];
}

/** Indexes the members (their text as the core sees it) under eff: plans by their route, every file by its summary. */
export function indexPlans(eff: Effective, members: readonly Member[]): PlanIndex {
  const index = new PlanIndex();
  for (const m of members) {
    const r = checkText(planText(m.file), m.rel, eff, { only: [] });
    const id = workspaceId(m.file);
    if (r.kind === 'research' && r.plan) index.upsert(summarize(id, r.model, r.plan, r.model.lines));
    index.upsertDoc(summarizeDoc(id, r.model, r.tree, r.kind, eff.config.names));
  }
  return index;
}

/** The workspace a fixture's sidecar names, as the rules see it. */
export function fixtureWorkspace(fixtureFile: string, workspace: string, eff: Effective): WorkspaceView {
  const dir = path.resolve(path.dirname(fixtureFile), workspace);
  return { index: indexPlans(eff, workspaceMembers(dir)), self: workspaceId(fixtureFile) };
}
