// Runs the files of a fixture workspace (test/fixtures/research-workspaces/<name>/) against each
// other: the workspace is the folder's files plus every rule fixture whose sidecar names the
// folder (see workspaceIndex.ts). Each folder file's findings must equal its markers, as for
// rule fixtures (checkMarkers, checkFindings), so the files a fixture is compared with show their
// own end. A folder file is checked under the "config" of its own sidecar (a preset, for the rules
// of the national pack), default settings without one.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { AnalysisResult } from '../../server/src/core/analyze';
import { checkText } from '../../server/src/core/check';
import { effectiveConfig, type Effective } from '../../server/src/core/config/effective';
import { presetLayers } from '../../server/src/config/presets';
import type { PlanIndex } from '../../server/src/core/research/index';
import { checkFindings, checkMarkers, readFixture, type Fixture, type Lint, type Sidecar } from './fixtures';
import { fixturesNaming, indexPlans, planText, workspaceFiles, workspaceId, workspaceMembers, WORKSPACES_ROOT, type Member } from './workspaceIndex';

export interface Workspace {
  name: string;
  dir: string;
  /** The folder's own plans. */
  files: string[];
  /** Rule fixtures that name the folder as their workspace. */
  fixtures: Member[];
}

export function listWorkspaces(root = WORKSPACES_ROOT): Workspace[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((n) => statSync(path.join(root, n)).isDirectory())
    .sort()
    .map((name) => {
      const dir = path.join(root, name);
      return { name, dir, files: workspaceFiles(dir), fixtures: fixturesNaming(dir) };
    });
}

/** The index of the whole workspace: folder plans and the fixtures naming it (default settings). */
export function workspaceIndex(ws: Workspace): PlanIndex {
  return indexPlans(effectiveConfig([]), workspaceMembers(ws.dir));
}

/** A folder plan as a Fixture: its sidecar <name>.json holds only its "findings". */
export function asFixture(ws: Workspace, file: string): Fixture {
  const ext = path.extname(file);
  const name = path.basename(file, ext);
  const json = path.join(path.dirname(file), `${name}.json`);
  const sidecar = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as Sidecar) : {};
  return { rule: ws.name, name, file, rel: `research-workspaces/${ws.name}/${path.basename(file)}`, ext, sidecar, fixedFile: null };
}

/** A folder file's settings: its sidecar's "config", else the defaults. */
function memberSettings(ws: Workspace, file: string): Effective {
  const fx = asFixture(ws, file);
  return effectiveConfig(fx.sidecar.config ? presetLayers(fx.sidecar.config, fx.rel) : []);
}

/** Lints one folder file against the workspace index. */
export function lintMember(ws: Workspace, file: string, index: PlanIndex): Lint & { result: AnalysisResult } {
  const only = asFixture(ws, file).sidecar.only;
  const result = checkText(planText(file), path.basename(file), memberSettings(ws, file), { only, workspace: { index, self: workspaceId(file) } });
  return { result, findings: result.findings };
}

/** Markers and sidecar of a folder plan vs its findings in the workspace; a failure message or null. */
export function checkMember(ws: Workspace, file: string, index: PlanIndex): string | null {
  const fx = asFixture(ws, file);
  const ex = readFixture(fx);
  const lt = lintMember(ws, file, index);
  const problems = [checkMarkers(fx, ex, lt), checkFindings(fx, ex, lt)].filter((x) => x !== null);
  return problems.length ? problems.join('\n\n') : null;
}
