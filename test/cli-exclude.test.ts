// The CLI and include/exclude from .gongwen.json: files found by walking a folder follow them,
// matched against the path the editor would use (relative to the repository root, the current
// folder, or else the folder named on the command line); a file named on the command line is
// always checked, as ESLint does with explicit paths.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt } from './helpers/build';
import { BIN } from './helpers/paths';
import { NOTICE } from './helpers/texts';

/** The checked paths of a JSON run, relative to `base`, with forward slashes. */
function checked(args: string[], cwd: string, base = cwd): string[] {
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  if (r.error) throw r.error;
  const report = JSON.parse(r.stdout) as { files: Array<{ path: string }> };
  return report.files.map((f) => path.relative(base, path.resolve(cwd, f.path)).split(path.sep).join('/'));
}

describe('gongwen check and include/exclude', function () {
  this.timeout(30_000);
  let tmp: string;
  let repo: string;

  before(() => {
    ensureBuilt();
    tmp = mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-exclude-'));
    // A repository (its root is where globs are matched from) with an archive folder excluded
    // and only .txt files included.
    repo = path.join(tmp, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, '归档'));
    writeFileSync(path.join(repo, '.gongwen.json'), JSON.stringify({ include: ['**/*.txt'], exclude: ['归档/**'] }));
    writeFileSync(path.join(repo, 'a.txt'), NOTICE);
    writeFileSync(path.join(repo, 'b.md'), NOTICE);
    writeFileSync(path.join(repo, '归档', 'old.txt'), NOTICE);
  });

  after(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it('a walked folder leaves out what exclude names and what include does not', () => {
    assert.deepEqual(checked([], repo), ['a.txt']);
    assert.deepEqual(checked(['.'], repo), ['a.txt']);
  });

  it('globs are matched from the repository root wherever the walk starts', () => {
    assert.deepEqual(checked(['归档'], repo), []);
    assert.deepEqual(checked([path.join(repo, '归档')], tmp, repo), []);
  });

  it('a file named on the command line is checked all the same', () => {
    assert.deepEqual(checked([path.join('归档', 'old.txt'), 'b.md'], repo), ['归档/old.txt', 'b.md']);
    assert.deepEqual(checked(['.', path.join('归档', 'old.txt')], repo), ['a.txt', '归档/old.txt']);
  });

  it('outside a repository and the current folder, globs are matched from the folder named', () => {
    const loose = path.join(tmp, 'loose');
    mkdirSync(path.join(loose, '归档'), { recursive: true });
    writeFileSync(path.join(loose, '.gongwen.json'), JSON.stringify({ exclude: ['归档/**'] }));
    writeFileSync(path.join(loose, 'a.txt'), NOTICE);
    writeFileSync(path.join(loose, '归档', 'old.txt'), NOTICE);
    const elsewhere = path.join(tmp, 'elsewhere');
    mkdirSync(elsewhere);
    assert.deepEqual(checked([loose], elsewhere, loose), ['a.txt']);
  });
});
