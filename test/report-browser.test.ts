// The HTML report in a real browser (Debian's Chromium, headless, through playwright-core): the
// search box, the severity, rule and kind filters and a column sort change which finding rows are
// shown and in what order; a file link of a row still shown opens the file at its line in the
// editor's webview (acquireVsCodeApi stands in for the webview's); the background follows the
// reader's dark setting and, in the webview, the editor theme's variables. The report is a file
// written by renderReport and opened from disk, as a reviewer opens it.

import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderReport } from '../server/src/report/html';
import { sampleInput } from './helpers/reportSample';

// What the functions that run in the page use of it (the project compiles without the DOM library).
interface El {
  hidden: boolean;
  offsetParent: unknown;
  textContent: string | null;
  cells: El[];
  getAttribute(name: string): string | null;
  style: { setProperty(name: string, value: string): void };
  classList: { add(c: string): void };
}
declare const document: { body: El; documentElement: El };
declare const window: unknown;
declare function getComputedStyle(e: unknown): { backgroundColor: string; color: string };

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The shown finding rows, each as "rule@file:line". */
function shown(page: Page): Promise<string[]> {
  return page.$$eval('#findings tr.finding', (rows) => (rows as unknown as El[]).filter((r) => !r.hidden && r.offsetParent !== null).map((r) => `${r.getAttribute('data-rule')}@${r.getAttribute('data-file')}:${r.cells[2]!.textContent}`));
}

/** The relative luminance (0 black … 1 white) of the body's computed background. */
function bodyLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const m = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(document.body).backgroundColor);
    if (!m) return -1;
    const [r, g, b] = [m[1], m[2], m[3]].map((x) => Number(x) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });
}

describe('HTML report in Chromium', function () {
  this.timeout(60000);
  let browser: Browser | undefined;
  let dir: string;
  let url: string;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.warn(`      skipped: ${CHROMIUM} is absent (Debian's chromium package), nothing to open the report in`);
      this.skip();
    }
    dir = mkdtempSync(path.join(tmpdir(), 'gongwen-report-'));
    const file = path.join(dir, 'report.html');
    writeFileSync(file, renderReport(sampleInput()));
    url = pathToFileURL(file).toString();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('search, severity, rule and kind filters and a column sort decide which rows show, in which order', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    const all = ['format.doc-number@a.txt:2', 'format.punctuation@a.txt:5', 'format.date@sub/b.txt:8', 'format.punctuation@sub/b.txt:3', 'format.date@sub/c.txt:6'];
    assert.deepEqual(await shown(page), all);

    await page.fill('#q', '成文日期');
    assert.deepEqual(await shown(page), ['format.date@sub/b.txt:8', 'format.date@sub/c.txt:6'], 'search: the messages that say 成文日期');
    assert.equal(await page.textContent('#shown'), '显示 2 / 5 条');
    await page.fill('#q', '加强管理 a.txt');
    assert.deepEqual(await shown(page), ['format.punctuation@a.txt:5'], 'every word must match (the line text and the file)');
    await page.fill('#q', '');

    await page.selectOption('#f-severity', 'info');
    assert.deepEqual(await shown(page), ['format.punctuation@a.txt:5', 'format.punctuation@sub/b.txt:3'], 'severity: info only');
    await page.selectOption('#f-severity', '');
    await page.selectOption('#f-rule', 'format.date');
    assert.deepEqual(await shown(page), ['format.date@sub/b.txt:8', 'format.date@sub/c.txt:6'], 'rule: format.date only');
    await page.selectOption('#f-kind', 'agenda');
    assert.deepEqual(await shown(page), ['format.date@sub/b.txt:8'], 'rule and kind together');
    await page.fill('#q', '没有这样的问题');
    assert.deepEqual(await shown(page), []);
    assert.equal(await page.isVisible('#none-shown'), true, 'says that nothing matches');
    await page.fill('#q', '');
    await page.selectOption('#f-kind', '');
    await page.selectOption('#f-rule', '');
    assert.deepEqual(await shown(page), all);

    // Sort by line (a click on the header), then the other way round (a second click).
    await page.click('#findings th:has-text("行")');
    assert.deepEqual(await shown(page), ['format.doc-number@a.txt:2', 'format.punctuation@sub/b.txt:3', 'format.punctuation@a.txt:5', 'format.date@sub/c.txt:6', 'format.date@sub/b.txt:8']);
    assert.equal(await page.getAttribute('#findings th:has-text("行")', 'aria-sort'), 'ascending');
    await page.click('#findings th:has-text("行")');
    assert.deepEqual(await shown(page), ['format.date@sub/b.txt:8', 'format.date@sub/c.txt:6', 'format.punctuation@a.txt:5', 'format.punctuation@sub/b.txt:3', 'format.doc-number@a.txt:2']);
    // A filter keeps the sorted order; sorting by rule with the keyboard (Enter on the focused header).
    await page.selectOption('#f-folder', 'sub');
    assert.deepEqual(await shown(page), ['format.date@sub/b.txt:8', 'format.date@sub/c.txt:6', 'format.punctuation@sub/b.txt:3']);
    await page.focus('#findings th:has-text("规则")');
    await page.keyboard.press('Enter');
    assert.deepEqual(await shown(page), ['format.date@sub/b.txt:8', 'format.date@sub/c.txt:6', 'format.punctuation@sub/b.txt:3']);
    await page.keyboard.press('Enter');
    assert.deepEqual(await shown(page), ['format.punctuation@sub/b.txt:3', 'format.date@sub/b.txt:8', 'format.date@sub/c.txt:6'], 'descending by rule; ties keep their order');
    // The summary tables sort too: by count, largest first after two clicks.
    await page.click('#by-rule th.r');
    await page.click('#by-rule th.r');
    assert.deepEqual(await page.$$eval('#by-rule tr td:first-child', (tds) => tds.map((td) => td.textContent)), ['format.date', 'format.punctuation', 'format.doc-number']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a file link of a row left by a filter opens the file at its line (the webview\'s message)', async () => {
    const page = await browser!.newPage();
    // As a string: a function would be compiled with helpers the page does not have.
    await page.addInitScript('window.posted = []; window.acquireVsCodeApi = function () { return { postMessage: function (m) { window.posted.push(m); } }; };');
    await page.goto(url);
    await page.selectOption('#f-rule', 'format.date');
    await page.click('#findings tr.finding[data-file="sub/c.txt"] td.r a.open');
    assert.deepEqual(await page.evaluate(() => (window as unknown as { posted: unknown[] }).posted), [{ type: 'open', href: 'file:///drafts/sub/c.txt', line: 5, character: 2 }]);
    assert.equal(page.url(), url, 'the page stays where it is');
    await page.close();
  });

  it('the background is dark for a reader who asks for dark, light otherwise, and the editor theme\'s in the webview', async () => {
    const dark = await browser!.newPage({ colorScheme: 'dark' });
    await dark.goto(url);
    const d = await bodyLuminance(dark);
    assert.ok(d >= 0 && d < 0.05, `dark background (luminance ${d.toFixed(3)})`);
    const text = await dark.$eval('#findings td', (td) => getComputedStyle(td).color);
    assert.match(text, /rgb\((\d{3}), (\d{3}), (\d{3})\)/, `light text on it (${text})`);
    const light = await browser!.newPage({ colorScheme: 'light' });
    await light.goto(url);
    assert.ok((await bodyLuminance(light)) > 0.9, 'light background');
    // What the webview does: theme variables on <html>, a theme class on <body>; the reader's setting no longer counts.
    await light.evaluate(() => {
      document.documentElement.style.setProperty('--vscode-editor-background', '#1f1f1f');
      document.documentElement.style.setProperty('--vscode-editor-foreground', '#cccccc');
      document.body.classList.add('vscode-dark');
    });
    assert.equal(await light.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(31, 31, 31)');
    assert.equal(await light.evaluate(() => getComputedStyle(document.body).color), 'rgb(204, 204, 204)');
    await dark.close();
    await light.close();
  });
});
