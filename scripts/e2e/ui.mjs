// The UI round trip: the packaged gongwen.vsix installed into code-server with
// --install-extension (as a drafter installs it), the workbench driven in headless Chromium:
// open a 公文, see the squiggles, the Problems panel rows, the status bar item, hover a squiggle
// and read the Chinese message with its clause. Screenshot: test-output/e2e/ui-roundtrip.png.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { docsSteps } from './ui-docs.mjs';
import { walkthroughSteps } from './ui-walkthrough.mjs';
import { quietSteps } from './ui-quiet.mjs';
import { E2EError, freshProfile, installVsix, launchBrowser, log, newestMtime, OUTPUT, ROOT, run, startCodeServer } from './lib.mjs';
import { docxSteps } from './ui-docx.mjs';
import { reportSteps } from './ui-report.mjs';
import { webSteps } from './ui-web.mjs';
import { hoverSquiggle, quickOpen } from './workbench.mjs';

const VSIX = path.join(ROOT, 'gongwen.vsix');
const SCREENSHOT = path.join(OUTPUT, 'ui-roundtrip.png');
const SCREENSHOT_FIX = path.join(OUTPUT, 'ui-quickfix.png');

/** What goes into the package: when any is newer than gongwen.vsix, it is rebuilt. */
const PACKAGE_INPUTS = ['package.json', 'scripts/browserBuilds.mjs', 'package.nls.json', 'package.nls.zh-cn.json', 'language-configuration.json', '.vscodeignore', 'README.md', 'client/src', 'server/src', 'syntaxes', 'l10n', 'esbuild.mjs', 'docs'];

/** gongwen.vsix, rebuilt with `npm run package` when missing or older than its inputs. GONGWEN_E2E_VSIX=FILE uses FILE as is. */
export function ensureVsix() {
  if (process.env.GONGWEN_E2E_VSIX) {
    const f = path.resolve(process.env.GONGWEN_E2E_VSIX);
    if (!existsSync(f)) throw new E2EError(`GONGWEN_E2E_VSIX=${f} does not exist`);
    return f;
  }
  const newest = newestMtime(PACKAGE_INPUTS.map((p) => path.join(ROOT, p)));
  if (existsSync(VSIX) && statSync(VSIX).mtimeMs >= newest) {
    log('gongwen.vsix is up to date');
    return VSIX;
  }
  log(`${existsSync(VSIX) ? 'gongwen.vsix is older than its sources' : 'gongwen.vsix is missing'}: npm run package`);
  run('npm', ['run', 'package'], { what: 'npm run package', timeoutMs: 5 * 60_000 });
  if (!existsSync(VSIX)) throw new E2EError('npm run package did not produce gongwen.vsix');
  return VSIX;
}

/** Waits until `fn` (run in the page) returns a truthy value; returns it. */
export async function until(page, what, fn, arg, timeoutMs = 30_000) {
  try {
    const h = await page.waitForFunction(fn, arg, { timeout: timeoutMs, polling: 100 });
    return await h.jsonValue();
  } catch (e) {
    const shot = path.join(OUTPUT, 'ui-failure.png');
    await page.screenshot({ path: shot }).catch(() => {});
    throw new E2EError(`UI: timed out waiting for ${what} (screenshot: ${path.relative(ROOT, shot)})`);
  }
}

/** Lets CSS fade-ins (hover, menus) finish before a screenshot. */
export async function settled(page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5000 }).catch(() => {});
}

export async function runUi({ dir, vsix, workspace }) {
  const cases = [];
  const step = async (title, fn) => {
    const t = Date.now();
    const detail = await fn();
    cases.push({ title, ms: Date.now() - t, detail });
    log(`UI: ${title} (${Date.now() - t} ms)${detail ? ` — ${detail}` : ''}`);
  };
  const profile = freshProfile(path.join(dir, 'ui-profile'));
  await step(`code-server --install-extension ${path.relative(ROOT, vsix) || vsix}`, async () => installVsix(vsix, profile));

  const cs = await startCodeServer({ dir, profile, name: 'ui-code-server' });
  let browser;
  try {
    log(`code-server for the UI round trip on ${cs.url} (pgid ${cs.pid})`);
    browser = await launchBrowser();
    const page = await browser.browser.newPage({ viewport: { width: 1440, height: 900 } });

    await step('workbench loads the fixture workspace', async () => {
      await page.goto(`${cs.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    });

    await step('open notice.txt (Ctrl+P) and see the squiggles', async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
      await quickOpen(page, until, 'notice.txt', '济办发');
      const n = await until(page, 'warning squiggles in the editor', () => document.querySelectorAll('.monaco-editor .squiggly-warning').length >= 3 && document.querySelectorAll('.monaco-editor .squiggly-warning').length);
      return `${n} warning squiggles`;
    });

    await step('status bar shows kind, scope and 字数', async () => {
      const text = await until(page, 'the gongwen status bar item (body 137 字)', () => {
        const item = [...document.querySelectorAll('.statusbar-item')].find((e) => /(^|\D)137(\D|$)/.test(e.textContent ?? ''));
        return item ? (item.textContent ?? '').trim() : false;
      });
      if (!/Document|公文/.test(text)) throw new E2EError(`UI: status bar item "${text}" does not name the kind`);
      return `"${text}"`;
    });

    await step('Problems panel lists the findings', async () => {
      await page.keyboard.press('Control+Shift+M');
      const rows = await until(page, 'four gongwen rows in the Problems panel', () => {
        const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.textContent ?? '');
        // Only notice.txt's rows: unopened research plans of the workspace show their cross-plan findings too.
        return rows.filter((t) => t.includes('gongwen') && t.includes('format.')).length >= 4 && rows;
      });
      const all = rows.join('\n');
      for (const want of ['发文字号格式有误', '成文日期', 'format.doc-number', 'format.date']) {
        if (!all.includes(want)) throw new E2EError(`UI: the Problems panel does not show "${want}":\n${all}`);
      }
      return `${rows.length} rows`;
    });

    await step('hover a squiggle: the Chinese message and its clause', async () => {
      // The topmost squiggle is the 发文字号 on line 3; the Problems panel just opened below may still move it.
      const { text } = await hoverSquiggle(page, until, { selector: '.monaco-editor .squiggly-warning', what: 'the hover with GB 7.2.5', wanted: ['GB 7.2.5', '六角括号'], settled });
      if (!text.includes('发文字号格式有误')) throw new E2EError(`UI: the hover lacks the message: ${text}`);
      await settled(page);
      await page.screenshot({ path: SCREENSHOT });
      return `screenshot ${path.relative(ROOT, SCREENSHOT)}`;
    });

    await step('quick fix from the light bulb menu (Ctrl+.) rewrites the 发文字号', async () => {
      await page.keyboard.press('Escape');
      // Put the cursor inside 济办发[2019]023号 (line 3) and open the quick fix menu.
      const line3 = page.locator('.monaco-editor .view-line', { hasText: '济办发[2019]023号' });
      await line3.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Control+.');
      const items = await until(page, 'the quick fix menu offering 济办发〔2019〕23号', () => {
        const rows = [...document.querySelectorAll('.action-widget .monaco-list-row')].map((r) => r.textContent ?? '');
        return rows.some((t) => t.includes('济办发〔2019〕23号')) && rows;
      });
      await settled(page);
      await page.screenshot({ path: SCREENSHOT_FIX });
      // Keyboard, as a drafter would: move the focus to the fix, Enter.
      for (let i = 0; i < items.length; i++) {
        const focused = await page.locator('.action-widget .monaco-list-row.focused').textContent().catch(() => '');
        if (focused?.includes('济办发〔2019〕23号')) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await until(page, 'line 3 to read 济办发〔2019〕23号', () => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent === '济办发〔2019〕23号'));
      await until(page, "three of notice.txt's gongwen rows left in the Problems panel", () => [...document.querySelectorAll('.markers-panel .monaco-list-row')].filter((r) => (r.textContent ?? '').includes('gongwen') && (r.textContent ?? '').includes('format.')).length === 3);
      return `menu: ${items.map((t) => t.trim()).join(' | ')}`;
    });
    // The docs pictures first: they open the report themselves, before its steps change the theme.
    await docsSteps({ page, step, until, settled, workspace, OUTPUT });
    await reportSteps({ page, step, until, settled, workspace, OUTPUT });
    await docxSteps({ page, step, until, settled, workspace, OUTPUT });
    await walkthroughSteps({ page, step, until, settled, workspace, OUTPUT });
    await quietSteps({ page, step, until, settled, workspace, OUTPUT });
    await webSteps({ browser: browser.browser, step, until, settled, workspace, dir, vsix });
    return cases;
  } finally {
    await browser?.close();
    await cs.stop();
  }
}
