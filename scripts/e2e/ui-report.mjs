// The report in the real workbench: scan the workspace from the command palette, open the report
// (palette), and inside the webview's frame read the finding rows (each with data-rule and
// data-severity) and the background, which is the editor theme's; switch to Default Dark Modern
// from the palette and see the report turn dark; type in the report's search box and click a shown
// row's line link (the file opens at that line); then the theme the run started with again.
// Screenshot (dark, filtered): test-output/e2e/ui-report.png.

import path from 'node:path';
import { E2EError, ROOT } from './lib.mjs';
import { openPalette, QUICK_INPUT } from './workbench.mjs';

/** Runs a command from the palette (F1), choosing the row whose text starts with `row`. */
async function palette(page, until, typed, row) {
  await openPalette(page, until, typed, row);
  await pick(page, until, row);
}

/** In an open quick pick: moves the focus to the row whose text starts with `row` (not another that merely contains it), then Enter. */
async function pick(page, until, row) {
  const n = await until(page, `"${row}" in the quick pick`, (r) => {
    const rows = [...document.querySelectorAll('.quick-input-list .monaco-list-row')];
    return rows.some((e) => (e.textContent ?? '').trim().startsWith(r)) && rows.length;
  }, row);
  // Keys go to the quick pick's box itself, wherever the focus is (a loading webview takes it).
  const input = page.locator(QUICK_INPUT).first();
  for (let i = 0; i <= n; i++) {
    const focused = await page.locator('.quick-input-list .monaco-list-row.focused').textContent().catch(() => '');
    if (focused?.trim().startsWith(row)) break;
    await input.press('ArrowDown');
  }
  await input.press('Enter');
}

/** The frame that holds the report (the webview's inner frame), once it shows finding rows. */
async function reportFrame(page, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    for (const f of page.frames()) {
      const has = await f.evaluate(() => !!document.querySelector('#findings tr.finding')).catch(() => false);
      if (has) return f;
    }
    await page.waitForTimeout(200);
  }
  throw new E2EError('UI: no webview frame shows the report\'s findings');
}

/** Waits in a frame until `fn` returns a truthy value; on timeout a screenshot of the page. */
async function untilIn(page, frame, what, fn, arg, OUTPUT, timeoutMs = 20_000) {
  try {
    const h = await frame.waitForFunction(fn, arg, { timeout: timeoutMs, polling: 100 });
    return await h.jsonValue();
  } catch {
    const shot = path.join(OUTPUT, 'ui-failure.png');
    await page.screenshot({ path: shot }).catch(() => {});
    throw new E2EError(`UI: timed out waiting for ${what} in the report (screenshot: ${path.relative(ROOT, shot)})`);
  }
}

/** The report body's background as [r, g, b] and its relative luminance, and the body's theme class. */
function lookOf(frame) {
  return frame.evaluate(() => {
    const [r, g, b] = (/\d+, \d+, \d+/.exec(getComputedStyle(document.body).backgroundColor)?.[0] ?? '').split(', ').map(Number);
    const lin = (c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return { rgb: [r, g, b], luminance: 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b), theme: [...document.body.classList].find((c) => c.startsWith('vscode-')) ?? '' };
  });
}

/** The workbench's editor background (the theme's), as [r, g, b]. */
function editorBackground(page) {
  return page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.background = 'var(--vscode-editor-background)';
    (document.querySelector('.monaco-workbench') ?? document.body).appendChild(probe); // the theme's variables are the workbench's
    const m = /\d+, \d+, \d+/.exec(getComputedStyle(probe).backgroundColor)?.[0] ?? '';
    probe.remove();
    return m.split(', ').map(Number);
  });
}

/** The report's look must be the editor's: its theme class and the editor background. */
async function followsEditor(page, frame, look) {
  const editor = await editorBackground(page);
  if (look.rgb.join() !== editor.join()) throw new E2EError(`UI: the report's background rgb(${look.rgb}) is not the editor's rgb(${editor}) (${look.theme})`);
}

export async function reportSteps({ page, step, until, settled, OUTPUT }) {
  const SHOT = path.join(OUTPUT, 'ui-report.png');
  let frame;
  let before;

  await step('report: scan the workspace and open the report from the palette (F1)', async () => {
    await page.keyboard.press('Escape');
    await palette(page, until, 'gongwen: Scan Workspace', 'gongwen: Scan Workspace');
    const done = await until(page, 'the "Scan finished" notification', () => [...document.querySelectorAll('.notification-list-item')].map((e) => e.textContent ?? '').find((t) => t.includes('Scan finished')), undefined, 90_000);
    await palette(page, until, 'gongwen: View Report', 'gongwen: View Report');
    frame = await reportFrame(page);
    return /Scan finished[^;]*/.exec(done)?.[0] ?? done;
  });

  await step('report: findings carry data-rule and data-severity; the background is the editor theme\'s', async () => {
    const rows = await frame.$$eval('#findings tr.finding', (trs) => trs.map((r) => [r.getAttribute('data-rule'), r.getAttribute('data-severity')]));
    if (rows.length < 5 || rows.some(([rule, sev]) => !/^[a-z]+\.[a-z-]+$/.test(rule ?? '') || !/^(error|warning|info|hint)$/.test(sev ?? ''))) throw new E2EError(`UI: finding rows without data-rule/data-severity: ${JSON.stringify(rows.slice(0, 8))}`);
    const marks = await frame.$$eval('#findings tr.finding mark', (m) => m.length);
    before = await lookOf(frame);
    await followsEditor(page, frame, before);
    return `${rows.length} rows (${new Set(rows.map(([r]) => r)).size} rules), ${marks} marks; background rgb(${before.rgb}) = the editor's (${before.theme})`;
  });

  await step('report: Default Dark Modern from the palette (Preferences: Color Theme): the report turns dark', async () => {
    const dark = await themed(page, until, frame, 'Default Dark Modern', (l) => l.theme === 'vscode-dark' && l.luminance < 0.05, OUTPUT);
    await followsEditor(page, frame, dark);
    return `background rgb(${dark.rgb}) = the editor's (${dark.theme})`;
  });

  await step('report: type in the search box, click a shown row\'s line: the file opens at that line', async () => {
    await frame.click('#q');
    await page.keyboard.type('format.date');
    const shown = await untilIn(page, frame, 'only format.date rows', () => {
      const rows = [...document.querySelectorAll('#findings tr.finding')].filter((r) => !r.hidden);
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-rule') === 'format.date') && rows.length;
    }, undefined, OUTPUT);
    await settled(page);
    await page.screenshot({ path: SHOT });
    const target = '#findings tr.finding[data-file="unopened.txt"][data-rule="format.date"] td.r a.open';
    const line = Number(await frame.getAttribute(target, 'data-line'));
    await frame.click(target);
    await until(page, `unopened.txt open at line ${line + 1}`, (ln) => {
      const tab = document.querySelector('.tab.active')?.textContent ?? '';
      const pos = [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent ?? '').find((t) => /Ln \d+/.test(t)) ?? '';
      return tab.includes('unopened.txt') && pos.includes(`Ln ${ln},`);
    }, line + 1);
    return `${shown} format.date rows shown; unopened.txt opened at line ${line + 1}; screenshot ${path.relative(ROOT, SHOT)}`;
  });

  // Later steps expect the theme the run started with.
  if (before?.theme === 'vscode-light') {
    await step('report: back to Default Light Modern: the report turns light again', async () => {
      const light = await themed(page, until, frame, 'Default Light Modern', (l) => l.theme === 'vscode-light' && l.luminance > 0.8, OUTPUT);
      await followsEditor(page, frame, light);
      return `background rgb(${light.rgb})`;
    });
  }
}

/** Switches the colour theme from the palette and waits until the report looks as `ok` says. */
async function themed(page, until, frame, theme, ok, OUTPUT) {
  await palette(page, until, 'Preferences: Color Theme', 'Preferences: Color Theme');
  await page.locator(QUICK_INPUT).first().fill(theme);
  // The row reads "Dark Modern", its id "Default Dark Modern" beside it.
  await pick(page, until, theme.replace(/^Default /, ''));
  const end = Date.now() + 15_000;
  let look;
  while (Date.now() < end) {
    look = await lookOf(frame);
    if (ok(look)) return look;
    await page.waitForTimeout(200);
  }
  await page.screenshot({ path: path.join(OUTPUT, 'ui-failure.png') }).catch(() => {});
  throw new E2EError(`UI: after switching to ${theme} the report looks ${JSON.stringify(look)}`);
}
