// The extension as a web extension (vscode.dev, github.dev), in code-server's web worker
// extension host: a second code-server whose user settings ask for the extension to run there
// (`remote.extensionKind`: web), so the workbench starts the `browser` entry (dist/browser/
// client.js) in a web worker and the language server (dist/browser/server.js) in another. A 公文
// opened from Quick Open gets its squiggles and Problems rows; the status bar shows the count;
// the scan command, run from the palette, says it is not available on the web, which only the
// web build says. Screenshot: test-output/e2e/ui-web.png.
//
// Called from runUi() (ui.mjs) with the run's folder, the packaged .vsix and the UI's browser.

import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { E2EError, freshProfile, installVsix, log, OUTPUT, ROOT, startCodeServer } from './lib.mjs';
import { QUICK_INPUT, quickOpen } from './workbench.mjs';

const SCREENSHOT = path.join(OUTPUT, 'ui-web.png');

export async function webSteps({ browser, step, until, settled, workspace, dir, vsix }) {
  const profile = freshProfile(path.join(dir, 'web-profile'));
  const settingsFile = path.join(profile.userData, 'User', 'settings.json');
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
  writeFileSync(settingsFile, JSON.stringify({ ...settings, 'remote.extensionKind': { 'gongwen.gongwen': ['web'] } }, null, 2));
  installVsix(vsix, profile);
  const cs = await startCodeServer({ dir, profile, name: 'web-code-server' });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    log(`code-server for the web worker extension host on ${cs.url} (pgid ${cs.pid})`);
    await step('web worker host: notice.txt from Quick Open gets its squiggles and Problems rows', async () => {
      await page.goto(`${cs.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
      await quickOpen(page, until, 'notice.txt', '济办发');
      const n = await until(page, 'a warning squiggle from the web worker server', () => document.querySelectorAll('.monaco-editor .squiggly-warning').length);
      await page.keyboard.press('Control+Shift+M');
      // Any of its format findings (steps before this one may have fixed the 发文字号 on disk).
      const row = await until(page, 'a gongwen format row in the Problems panel', () =>
        [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.textContent ?? '').find((t) => /gongwen.*\(?format\./.test(t)),
      );
      return `${n} warning squiggles; "${row.trim().slice(0, 60)}…"`;
    });

    await step('web worker host: the status bar shows kind and 字数', async () => {
      const text = await until(page, 'the gongwen status bar item', () => {
        const item = [...document.querySelectorAll('.statusbar-item')].find((e) => /(公文|Document).*(字|chars)/.test(e.textContent ?? ''));
        return item ? (item.textContent ?? '').trim() : false;
      });
      return `"${text}"`;
    });

    await step('web worker host: the scan, from the palette (F1), says it is not available on the web', async () => {
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('F1');
      await page.locator(QUICK_INPUT).first().fill('>gongwen.scanWorkspace');
      await until(page, 'the scan command in the palette', () => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => /扫描工作区|Scan workspace/i.test(r.textContent ?? '')));
      await page.keyboard.press('Enter');
      const note = await until(page, 'the not-available notification', () =>
        [...document.querySelectorAll('.notification-toast, .notifications-toasts .monaco-list-row')].map((e) => e.textContent ?? '').find((t) => /网页版不能扫描工作区|not available on the web/.test(t)),
      );
      await settled(page);
      await page.screenshot({ path: SCREENSHOT });
      if (/files?,.*findings|个文件/.test(note)) throw new E2EError(`UI: a scan ran in the web worker host: ${note}`);
      return `"${note.trim().slice(0, 80)}"; screenshot ${path.relative(ROOT, SCREENSHOT)}`;
    });
  } finally {
    await page.close().catch(() => {});
    await cs.stop();
  }
}
