// Neovim (Debian's 0.7.2, headless) as a second LSP client of `node dist/server.js --stdio`:
// test/e2e/nvim/check.lua attaches to a fixture and checks diagnostics, hover and a quick fix.
// The nvim process and the server it starts form one process group, stopped at the end.

import path from 'node:path';
import { E2EError, log, requirePackages, ROOT, spawnGroup, stopGroup } from './lib.mjs';

/** The fixtures Neovim opens, with what the server must publish for each. */
const CASES = [
  { title: 'notice.txt: diagnostics, hover, quick fix over --stdio', file: 'notice.txt', expect: ['format.doc-number@3', 'format.punctuation@11', 'format.heading-sequence@15', 'format.date@19'] },
  {
    title: 'notice.txt with settings (format.punctuation off) from the client',
    file: 'notice.txt',
    settings: { rules: { 'format.punctuation': 'off' } },
    expect: ['format.doc-number@3', 'format.heading-sequence@15', 'format.date@19'],
  },
];

export async function runNvim({ extensionDir, workspace }) {
  requirePackages(['neovim']);
  const server = path.join(extensionDir ?? ROOT, 'dist', 'server.js');
  const lua = path.join(ROOT, 'test', 'e2e', 'nvim', 'check.lua');
  const results = [];
  for (const c of CASES) {
    const t = Date.now();
    const env = { ...process.env, GONGWEN_SERVER: server, GONGWEN_EXPECT: c.expect.join(','), GONGWEN_SETTINGS: c.settings ? JSON.stringify(c.settings) : '' };
    const child = spawnGroup('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${lua}`, c.file], { cwd: workspace, env });
    let output = '';
    child.stdout.on('data', (b) => (output += b));
    child.stderr.on('data', (b) => (output += b));
    const code = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), 30_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    await stopGroup(child.pid, 1000); // the language server nvim started, if it is still there
    const ms = Date.now() - t;
    const lines = output.trim().split('\n').filter(Boolean);
    for (const l of lines) process.stdout.write(`  │ ${l}\n`);
    if (code !== 0 || !lines.includes('nvim check: ok')) {
      throw new E2EError(`Neovim check "${c.title}" failed (${code === 'timeout' ? 'timed out after 30 s' : `exit ${code}`}): ${lines.find((l) => l.includes('FAIL')) ?? lines.at(-1) ?? '(no output)'}`);
    }
    log(`Neovim: ${c.title}: ok in ${ms} ms`);
    results.push({ title: c.title, ms });
  }
  return results;
}
