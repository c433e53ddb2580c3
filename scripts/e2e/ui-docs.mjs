// The pictures of the READMEs and the walkthrough, taken by the UI phase as a drafter would get
// them: the walkthrough's example opened from the palette (squiggles, the hover, the quick fix
// menu), the kind/scope directive written with the 类型 snippet (the suggestion, the status bar), a workspace scan from the
// palette (the Problems panel) and its report (the webview). Each is cropped to its region.
//
// Every picture goes to test-output/e2e/ui-<name>.png. With GONGWEN_E2E_SCREENSHOTS=docs/images
// they are also written there under stable names (squiggles-hover, quick-fix, status-bar,
// kind-scope, problems, report; walkthrough from ui-walkthrough.mjs), which the READMEs and package.json's
// walkthrough show:
//   GONGWEN_E2E_SCREENSHOTS=docs/images node scripts/e2e/run.mjs ui

import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { E2EError, log, ROOT } from './lib.mjs';
import { hoverSquiggle, openPalette } from './workbench.mjs';

/** Where the stable-named pictures go, or null when the switch is off. */
export const DOCS_IMAGES = process.env.GONGWEN_E2E_SCREENSHOTS ? path.resolve(ROOT, process.env.GONGWEN_E2E_SCREENSHOTS) : null;
const MAX_BYTES = 200 * 1024;

/** Runs a command from the palette (F1), by its title, as a user does. */
export async function palette(page, until, title) {
  const input = await openPalette(page, until, title);
  const rows = () => page.locator('.quick-input-list .monaco-list-row');
  for (let i = 0, n = await rows().count(); i < n; i++) {
    const focused = await page.locator('.quick-input-list .monaco-list-row.focused').textContent().catch(() => '');
    if (focused?.includes(title)) break;
    await input.press('ArrowDown');
  }
  await input.press('Enter');
}

/** The smallest box holding all `boxes`, grown by `pad` and kept inside the viewport. */
function clipAround(page, boxes, pad = 12) {
  const vp = page.viewportSize();
  const present = boxes.filter(Boolean);
  if (present.length === 0) throw new E2EError('UI: nothing to crop to');
  const x0 = Math.max(0, Math.min(...present.map((b) => b.x)) - pad);
  const y0 = Math.max(0, Math.min(...present.map((b) => b.y)) - pad);
  const x1 = Math.min(vp.width, Math.max(...present.map((b) => b.x + b.width)) + pad);
  const y1 = Math.min(vp.height, Math.max(...present.map((b) => b.y + b.height)) + pad);
  return { x: Math.round(x0), y: Math.round(y0), width: Math.round(x1 - x0), height: Math.round(y1 - y0) };
}

async function box(page, selector) {
  return page.locator(selector).first().boundingBox().catch(() => null);
}

/** Writes the crop to test-output/e2e/ui-NAME.png, and to the docs folder when the switch is on. */
export async function picture(page, OUTPUT, name, clip) {
  const files = [path.join(OUTPUT, `ui-${name}.png`)];
  if (DOCS_IMAGES) {
    mkdirSync(DOCS_IMAGES, { recursive: true });
    files.push(path.join(DOCS_IMAGES, `${name}.png`));
  }
  for (const f of files) await page.screenshot({ path: f, clip });
  const size = statSync(files[0]).size;
  if (size > MAX_BYTES) log(`UI: ${name}.png is ${Math.round(size / 1024)} KB (over ${MAX_BYTES / 1024} KB: crop tighter)`);
  return `${files.map((f) => path.relative(ROOT, f)).join(', ')} (${clip.width}×${clip.height}, ${Math.round(size / 1024)} KB)`;
}

export async function docsSteps({ page, step, until, settled, OUTPUT }) {
  await step('docs pictures: the example from the palette, hovered (squiggles-hover)', async () => {
    await page.keyboard.press('Escape');
    await palette(page, until, 'Open an Example Draft');
    await until(page, 'the example in the editor', () => document.querySelector('.monaco-editor .view-lines')?.textContent.includes('示区农发'));
    await until(page, 'squiggles on the example', () => document.querySelectorAll('.monaco-editor .squiggly-warning').length >= 3);
    const { box: b } = await hoverSquiggle(page, until, { selector: '.monaco-editor .squiggly-warning', what: 'the hover on the 发文字号', wanted: ['GB 7.2.5'], settled });
    await settled(page);
    const hover = await box(page, '.monaco-hover:not(.hidden) .monaco-hover-content');
    const lines = await box(page, '.editor-instance .monaco-editor .view-lines');
    const top = lines && { x: lines.x - 50, y: lines.y, width: Math.min(lines.width, 620), height: 20 * 17 };
    return picture(page, OUTPUT, 'squiggles-hover', clipAround(page, [hover, top, b]));
  });

  await step('docs pictures: the quick fix menu (quick-fix)', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.monaco-editor .view-line', { hasText: '示区农发[2026]第05号' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+.');
    await until(page, 'the quick fix menu offering 示区农发〔2026〕5号', () => [...document.querySelectorAll('.action-widget .monaco-list-row')].some((r) => (r.textContent ?? '').includes('示区农发〔2026〕5号')));
    await settled(page);
    const menu = await box(page, '.action-widget');
    const line = await box(page, '.monaco-editor .view-line:has-text("示区农发")');
    const shot = await picture(page, OUTPUT, 'quick-fix', clipAround(page, [menu, line && { ...line, x: line.x - 40, width: 320 }], 16));
    await page.keyboard.press('Escape');
    return shot;
  });

  await step('docs pictures: the 类型 snippet at the top of the example (kind-scope)', async () => {
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('类型');
    await page.keyboard.press('Control+Space');
    const row = await until(page, 'the 类型 snippet in the suggestions', () => {
      const rows = [...document.querySelectorAll('.suggest-widget .monaco-list-row')].map((r) => r.textContent ?? '');
      return rows.find((t) => t.includes('类型')) || false;
    });
    await settled(page);
    const widget = await box(page, '.suggest-widget');
    // VS Code shows the snippet's details (what it writes) beside the list when there is room.
    const details = (await page.locator('.suggest-details-container .suggest-details, .suggest-details').first().isVisible().catch(() => false)) ? await box(page, '.suggest-details') : null;
    const lines = await box(page, '.editor-instance .monaco-editor .view-lines');
    const shot = await picture(page, OUTPUT, 'kind-scope', clipAround(page, [widget, details, lines && { x: lines.x - 50, y: lines.y, width: 360, height: 20 * 6 }], 12));
    return `suggestion "${row.trim().slice(0, 60)}" — ${shot}`;
  });

  await step('docs pictures: the directive written with the snippet, the status bar (status-bar)', async () => {
    // Accept the snippet, keep 公文 for 类型, pick 专项 for 范围, as a drafter does with the keyboard.
    const firstLine = async () => ((await page.locator('.monaco-editor .view-line').first().textContent()) ?? '').replace(/\u00a0/g, ' ');
    await page.keyboard.press('Enter');
    await until(page, 'the snippet inserted', () => (document.querySelector('.monaco-editor .view-line')?.textContent ?? '').replace(/\u00a0/g, ' ').startsWith('<!-- gongwen 类型='));
    await until(page, 'the 类型 choices', () => [...document.querySelectorAll('.suggest-widget .monaco-list-row')].some((r) => (r.textContent ?? '').includes('议程')));
    await page.keyboard.press('Enter'); // the 类型 choice: 公文, the first
    // Choosing may already move on to the 范围 placeholder and open its choices; if not, Tab does.
    const scopeChoices = () => [...document.querySelectorAll('.suggest-widget .monaco-list-row')].some((r) => (r.textContent ?? '').includes('专项'));
    const moved = await page.waitForFunction(scopeChoices, undefined, { timeout: 2000, polling: 100 }).then(() => true, () => false);
    if (!moved) await page.keyboard.press('Tab');
    await until(page, 'the 范围 choices', scopeChoices);
    for (let i = 0; i < 3; i++) {
      const focused = await page.locator('.suggest-widget .monaco-list-row.focused').textContent().catch(() => '');
      if (focused?.includes('专项')) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const written = await firstLine();
    if (written.trim() !== '<!-- gongwen 类型=公文 范围=专项 -->') throw new E2EError(`UI: the snippet wrote "${written}"`);
    const text = await until(page, 'the status bar to show a 专项 公文 against 3,000 字', () => {
      const item = [...document.querySelectorAll('.statusbar-item')].find((e) => /3,000/.test(e.textContent ?? '') && /special|专项/.test(e.textContent ?? ''));
      return item ? (item.textContent ?? '').trim() : false;
    });
    // Close the panel (Problems, left open by the round trip) so the lines above the status bar are the draft's.
    if (await page.locator('.part.panel').isVisible().catch(() => false)) await page.keyboard.press('Control+J');
    await until(page, 'the panel closed', () => !document.querySelector('.part.panel') || document.querySelector('.part.panel').getBoundingClientRect().height === 0 || getComputedStyle(document.querySelector('.part.panel')).display === 'none' || !document.querySelector('.part.panel').offsetParent);
    await settled(page);
    const item = page.locator('.statusbar-item', { hasText: '3,000' }).first();
    const ib = await item.boundingBox();
    const bar = await box(page, '.part.statusbar');
    if (!ib || !bar) throw new E2EError('UI: no status bar item to crop');
    const clip = clipAround(page, [{ x: ib.x - 260, y: bar.y - 28, width: ib.width + 260 + 140, height: bar.height + 28 }], 0);
    return `"${text}" — ${await picture(page, OUTPUT, 'status-bar', clip)}`;
  });

  await step('docs pictures: scan the workspace from the palette, the Problems panel (problems)', async () => {
    await palette(page, until, 'gongwen: Scan Workspace');
    const done = await until(page, 'the scan-finished notification', () => {
      const t = [...document.querySelectorAll('.notification-toast')].map((e) => e.textContent ?? '').find((x) => /Scan finished|扫描完成/.test(x));
      return t || false;
    }, undefined, 120_000);
    await palette(page, until, 'Notifications: Clear All Notifications');
    await page.keyboard.press('Control+Shift+M');
    await until(page, 'Problems rows of two files or more', () => new Set([...document.querySelectorAll('.markers-panel .monaco-list-row')].flatMap((r) => (r.textContent ?? '').match(/[\w-]+\.(txt|md|gw)/g) ?? [])).size >= 2);
    await settled(page);
    const panel = await box(page, '.part.panel');
    if (!panel) throw new E2EError('UI: no panel to crop');
    return `${done.trim().slice(0, 80)} — ${await picture(page, OUTPUT, 'problems', clipAround(page, [{ ...panel, width: Math.min(panel.width, 1000) }], 0))}`;
  });

  await step('docs pictures: the report from the palette (report)', async () => {
    await palette(page, until, 'gongwen: View Report');
    // The report's look may change; what any report of this scan shows is the files' names.
    await until(page, 'the report webview', () => document.querySelector('iframe.webview.ready') !== null, undefined, 60_000);
    await palette(page, until, 'View: Maximize Editor Group and Hide Side Bars');
    const frame = await reportFrame(page);
    await frame.waitForLoadState('load').catch(() => {});
    await settled(page);
    const rect = await box(page, 'iframe.webview.ready');
    // Start below the line that names the scanned folder: it is this machine's temporary path.
    const { below, left, right } = await frame.evaluate(() => {
      const hits = [...document.querySelectorAll('body *')].filter((e) => (e.textContent ?? '').includes('/test-output/'));
      const leaf = hits.sort((a, b) => a.textContent.length - b.textContent.length)[0];
      // The report's content column (it may be centred in a wide view).
      const boxes = [...document.body.children].filter((e) => !['SCRIPT', 'STYLE'].includes(e.tagName)).map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
      return { below: leaf ? leaf.getBoundingClientRect().bottom : 0, left: Math.min(...boxes.map((r) => r.left)), right: Math.max(...boxes.map((r) => r.right)) };
    });
    const top = rect.y + (below ? below + 8 : 0);
    const x = rect.x + (Number.isFinite(left) ? Math.max(0, left - 8) : 0);
    const width = Math.min(Number.isFinite(right) ? right - left + 16 : rect.width, rect.x + rect.width - x, 1200);
    return picture(page, OUTPUT, 'report', clipAround(page, [{ x, y: top, width, height: Math.min(rect.y + rect.height - top, 560) }], 0));
  });
}

/** The webview's inner document that shows the report (it names notice.txt), waited for. */
async function reportFrame(page, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const f of page.frames()) {
      const ok = await f.evaluate(() => (document.body?.innerText ?? '').includes('notice.txt')).catch(() => false);
      if (ok) return f;
    }
    if (Date.now() > end) {
      await page.screenshot({ path: path.join(ROOT, 'test-output', 'e2e', 'ui-failure.png') }).catch(() => {});
      throw new E2EError('UI: no webview frame shows the report (notice.txt)');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
