// The mutation run's set-up (docs/mutation.md): every module of the analysis core is mutated by
// exactly one group, every group's tests exist, and none of those test files runs analysis code
// while it loads (Stryker would then restart a process for every mutant of that code).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';
import { ROOT } from './helpers/paths';

interface Group {
  mutate: string[];
  spec: string[];
}

/** Core modules that hold data or types only, or that belong to the editor and report layers. */
const NOT_MUTATED = ['server/src/core/index.ts', 'server/src/core/names.ts', 'server/src/core/types.ts', 'server/src/core/clauses.ts', 'server/src/core/national.ts', 'server/src/core/locale.ts', 'server/src/core/config/**', 'server/src/core/report/**'];

interface GroupsModule {
  GROUPS: Record<string, Group>;
  LOAD_TIME_CALLS_MAX: number;
}

const groupsModule = async (): Promise<GroupsModule> => (await import(path.join(ROOT, 'scripts', 'mutation-groups.mjs'))) as GroupsModule;
const groups = async (): Promise<Record<string, Group>> => (await groupsModule()).GROUPS;

describe('mutation testing set-up', () => {
  it('mutates every module of the analysis core in exactly one group', async () => {
    const gs = await groups();
    const files = fg.sync('server/src/core/**/*.ts', { cwd: ROOT, ignore: NOT_MUTATED });
    assert.ok(files.length > 50, `${files.length} core modules`);
    const owners = (f: string): string[] => Object.entries(gs).filter(([, g]) => g.mutate.some((glob) => picomatch.isMatch(f, glob))).map(([n]) => n);
    const wrong = files.map((f) => [f, owners(f)] as const).filter(([, o]) => o.length !== 1);
    assert.deepEqual(wrong, []);
  });

  it('each group names test files that exist, its own unit tests among them', async () => {
    for (const [name, g] of Object.entries(await groups())) {
      for (const spec of g.spec) assert.ok(fg.sync(spec, { cwd: ROOT }).length > 0, `${name}: ${spec} matches no file`);
      assert.ok(readdirSync(path.join(ROOT, 'test', 'core', name === 'fixes' ? 'fixes' : name)).length > 0, `${name} has unit tests`);
    }
  });

  it('no test file of a group runs analysis code while it loads', async function () {
    this.timeout(120000);
    const specs = [...new Set(Object.values(await groups()).flatMap((g) => g.spec))];
    const { LOAD_TIME_CALLS_MAX } = await groupsModule();
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'load-time-calls.mjs'), '--min', String(LOAD_TIME_CALLS_MAX), ...specs], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), '', 'test files that run analysis code while they load');
  });
});
