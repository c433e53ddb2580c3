// UI steps for checking on and off and Format Document, with real keys: F1, the toggle command's
// title, Enter; the status bar says checking is off (screenshot test-output/e2e/ui-status-off.png),
// and still says so after the page is reloaded; the same command turns it on; Format Document applies
// the safe fixes of quiet/format.txt; a click on the status bar item turns checking back on.
// Format Document's key is the platform's: Shift+Alt+F on Windows and macOS, Ctrl+Shift+I on
// Linux (where this headless Chromium runs).

import path from 'node:path';
import { E2EError } from './lib.mjs';
import { quickOpen } from './workbench.mjs';

/**
 * The toggle command's title as the palette lists it: Chinese (package.nls.zh-cn.json) in a
 * Chinese workbench; a workbench without the Chinese language pack (this code-server) lists the
 * English one (package.nls.json).
 */
const TOGGLE_TITLES = ['开启/关闭检查', 'Toggle Checking'];
const OFF = /公文检查已关闭|gongwen: off/;

/** Runs the toggle command from the palette with real keys (F1, its title, Enter); returns the title typed. */
async function toggleFromPalette(page, until) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  for (const [i, title] of TOGGLE_TITLES.entries()) {
    const last = i === TOGGLE_TITLES.length - 1;
    if (i > 0) {
      await page.keyboard.press('Control+A');
      await page.keyboard.type('>');
    }
    await page.keyboard.type(title);
    const found = await until(
      page,
      `the toggle command in the palette ("${title}")`,
      (words) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => (r.textContent ?? '').includes(words)),
      title,
      last ? 15_000 : 3000,
    ).catch((e) => (last ? Promise.reject(e) : false));
    if (!found) continue;
    await page.keyboard.press('Enter');
    return title;
  }
  throw new E2EError('UI: the toggle command is not in the palette');
}

/** Opens a workspace file with Ctrl+P and waits for its squiggles. */
async function openFile(page, until, name, firstLine) {
  await page.keyboard.press('Escape');
  await quickOpen(page, until, name, firstLine);
  const base = name.split('/').pop();
  await until(page, `${base} to be the active tab`, (b) => (document.querySelector('.tab.active')?.textContent ?? '').includes(b), base);
  await until(page, `the editor to show ${name}`, (t) => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent === t), firstLine);
  await until(page, `the squiggles of ${name}`, () => document.querySelectorAll('.monaco-editor .squiggly-warning').length > 0);
}

export async function quietSteps({ page, step, until, settled, OUTPUT }) {
  const shot = path.join(OUTPUT, 'ui-status-off.png');
  let typed = '';

  await step('F1 → the toggle command → Enter: squiggles gone, the status bar says checking is off', async () => {
    await openFile(page, until, 'quiet/toggle.txt', '济商发【2021】第7号');
    typed = await toggleFromPalette(page, until);
    const text = await until(page, 'the status bar to say checking is off', (re) => {
      const item = [...document.querySelectorAll('.statusbar-item')].find((e) => new RegExp(re).test(e.textContent ?? ''));
      return item ? (item.textContent ?? '').trim() : false;
    }, OFF.source);
    await until(page, 'no warning squiggles', () => document.querySelectorAll('.monaco-editor .squiggly-warning').length === 0);
    await settled(page);
    const box = await page.evaluate((re) => {
      const item = [...document.querySelectorAll('.statusbar-item')].find((e) => new RegExp(re).test(e.textContent ?? ''));
      const bar = document.querySelector('.part.statusbar');
      if (!item || !bar) return null;
      const i = item.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      const x = Math.max(0, i.x - 360);
      return { x, y: Math.max(0, b.y - 6), width: Math.min(b.right, i.right + 40) - x, height: b.height + 6 };
    }, OFF.source);
    if (!box) throw new E2EError('UI: no status bar to photograph');
    await page.screenshot({ path: shot, clip: box });
    return `typed "${typed}"; "${text}"; screenshot ${path.relative(path.resolve(OUTPUT, '../..'), shot)}`;
  });

  await step('reload the page: checking is still off (remembered for the workspace)', async () => {
    // An edited editor may ask before the page goes (beforeunload): leave anyway, as a reload does.
    const leave = (d) => void d.accept().catch(() => {});
    page.on('dialog', leave);
    await page.reload({ waitUntil: 'domcontentloaded' });
    page.off('dialog', leave);
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    const text = await until(page, 'the status bar to say checking is off after the reload', (re) => {
      const item = [...document.querySelectorAll('.statusbar-item')].find((e) => new RegExp(re).test(e.textContent ?? ''));
      return item ? (item.textContent ?? '').trim() : false;
    }, OFF.source, 60_000);
    return `"${text}"`;
  });

  await step('F1 → the toggle command → Enter again: checking is on, squiggles back', async () => {
    await page.locator('.monaco-editor .view-lines').first().click().catch(() => {});
    await toggleFromPalette(page, until);
    await until(page, 'warning squiggles again', () => document.querySelectorAll('.monaco-editor .squiggly-warning').length > 0);
    const text = await until(page, 'the status bar to show the document again', (re) => {
      const item = [...document.querySelectorAll('.statusbar-item')].find((e) => /字|chars/.test(e.textContent ?? '') && !new RegExp(re).test(e.textContent ?? ''));
      return item ? (item.textContent ?? '').trim() : false;
    }, OFF.source);
    return `"${text}"`;
  });

  await step('Format Document (Ctrl+Shift+I, Shift+Alt+F elsewhere) on quiet/format.txt applies the safe fixes (发文字号, 成文日期)', async () => {
    await openFile(page, until, 'quiet/format.txt', '济商发【2021】第7号');
    // Format Document: Shift+Alt+F on Windows and macOS, Ctrl+Shift+I on Linux (this browser's platform).
    await page.keyboard.press(process.platform === 'linux' ? 'Control+Shift+I' : 'Shift+Alt+F');
    await until(page, 'line 3 to read 济商发〔2021〕7号', () => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent === '济商发〔2021〕7号'));
    await until(page, 'line 19 to read 2021年4月26日', () => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent === '2021年4月26日'));
    return 'lines 3 and 19 rewritten';
  });

  await step('off again, then a click on the status bar item turns checking on', async () => {
    await toggleFromPalette(page, until);
    await until(page, 'no warning squiggles', () => document.querySelectorAll('.monaco-editor .squiggly-warning').length === 0);
    await page.locator('.statusbar-item', { hasText: /公文检查已关闭|gongwen: off/ }).click();
    await until(page, 'the remaining squiggle (heading number) back', () => document.querySelectorAll('.monaco-editor .squiggly-warning').length > 0);
    const text = await until(page, 'the status bar to show the document again', (re) => {
      const item = [...document.querySelectorAll('.statusbar-item')].find((e) => /字|chars/.test(e.textContent ?? '') && !new RegExp(re).test(e.textContent ?? ''));
      return item ? (item.textContent ?? '').trim() : false;
    }, OFF.source);
    return `"${text}"`;
  });
}
