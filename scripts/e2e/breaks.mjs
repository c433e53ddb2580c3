// Deliberate breakage, to prove the editor tests bite: GONGWEN_E2E_BREAK=<name>[,<name>] patches
// the staged copy of dist/server.js (never the tree, never server/src) before the tests run.
// The UI round trip uses the packaged .vsix and is not affected.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { E2EError } from './lib.mjs';

/** The source of one rule inside the (unminified) server bundle: from its id to the next rule. */
function ruleSegment(js, id) {
  const start = js.indexOf(`id: "${id}"`);
  if (start < 0) throw new E2EError(`break: rule ${id} not found in dist/server.js (is it a production build? run node esbuild.mjs)`);
  const next = js.indexOf('defineRule(', start);
  return { start, end: next < 0 ? js.length : next };
}

function patchRule(js, id, fn) {
  const { start, end } = ruleSegment(js, id);
  const seg = js.slice(start, end);
  const out = fn(seg);
  if (out === seg) throw new E2EError(`break: the patch for ${id} matched nothing in dist/server.js`);
  return js.slice(0, start) + out + js.slice(end);
}

const BREAKS = {
  /** format.date still reports, but offers no quick fix. */
  'format.date-fix': (js) => patchRule(js, 'format.date', (seg) => seg.replace(/fixes: \[\{[^\n]*?newText: good \}\] \}\]/, 'fixes: []')),
  /** format.date reports nothing. */
  'format.date': (js) => patchRule(js, 'format.date', (seg) => seg.replace(/check\(ctx\) \{/, 'check(ctx) { return;')),
  /** The server never tells the client what the status bar should show. */
  status: (js) => {
    const out = js.replace(/connection\.sendNotification\(DocumentInfoNotification, info\)/g, 'void 0');
    if (out === js) throw new E2EError('break: sendNotification(DocumentInfoNotification, …) not found in dist/server.js');
    return out;
  },
};

/** Applies the breaks named in `spec` (comma-separated) to <extensionDir>/dist/server.js. */
export function applyBreaks(extensionDir, spec) {
  const names = spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) return [];
  const file = path.join(extensionDir, 'dist', 'server.js');
  let js = readFileSync(file, 'utf8');
  for (const n of names) {
    const f = BREAKS[n];
    if (!f) throw new E2EError(`unknown GONGWEN_E2E_BREAK "${n}"; known: ${Object.keys(BREAKS).join(', ')}`);
    js = f(js);
  }
  writeFileSync(file, js);
  return names;
}
