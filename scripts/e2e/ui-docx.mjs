// UI steps for Word files (called from runUi in ui.mjs): in the explorer, right-click
// word/notice.docx, choose the context-menu entry, and see the .docx's text open in a read-only
// view with its findings as squiggles (format.date an error under word/.gongwen.json) and hovers;
// typing into it is refused with the view's read-only message. Screenshot: test-output/e2e/ui-docx.png.

import path from 'node:path';
import { E2EError, ROOT } from './lib.mjs';
import { hoverSquiggle } from './workbench.mjs';

const MENU_ENTRY = /^(以文本查看 Word 文件|Open Word File as Text)$/;

export async function docxSteps({ page, step, until, settled, OUTPUT }) {
  const screenshot = path.join(OUTPUT, 'ui-docx.png');
  const explorer = page.locator('.explorer-folders-view');
  const row = (name) => explorer.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace('.', '\\.')}$`) }) });

  await step('explorer: right-click word/notice.docx → "以文本查看 Word 文件"', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+E');
    await until(page, 'the explorer', () => !!document.querySelector('.explorer-folders-view .monaco-list-row'));
    if ((await row('notice.docx').count()) === 0) await row('word').click();
    await row('notice.docx').waitFor({ state: 'visible', timeout: 30_000 });
    await row('notice.docx').click({ button: 'right' });
    const entry = page.locator('.context-view .monaco-menu .action-label', { hasText: MENU_ENTRY });
    await entry.waitFor({ state: 'visible', timeout: 30_000 }).catch(async () => {
      const items = await page.locator('.context-view .monaco-menu .action-label').allTextContents();
      throw new E2EError(`UI: the explorer context menu of notice.docx has no "以文本查看 Word 文件" entry: ${items.join(' | ')}`);
    });
    const label = (await entry.textContent())?.trim();
    // The menu fades in and ignores a click that lands too early; it stays open then, with the
    // entry under the mouse highlighted, so Enter (as a user would press it) chooses it.
    await settled(page);
    await entry.click();
    const closed = () =>
      page
        .waitForFunction(() => ![...document.querySelectorAll('.context-view .monaco-menu')].some((m) => m.getClientRects().length > 0), undefined, { timeout: 2000, polling: 100 })
        .then(() => true, () => false);
    let how = 'click';
    if (!(await closed())) {
      await entry.hover();
      await page.keyboard.press('Enter');
      how = 'click, then Enter';
      if (!(await closed())) throw new E2EError('UI: the explorer context menu stayed open after choosing "以文本查看 Word 文件"');
    }
    return `menu entry "${label}" (${how})`;
  });

  await step('the text view opens with the findings as squiggles', async () => {
    await until(page, "the view's text (济文发[2026]07号)", () => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent === '济文发[2026]07号'));
    const tab = await until(page, 'an active tab named notice.docx', () => {
      const t = document.querySelector('.tabs-container .tab.active');
      return t && (t.textContent ?? '').includes('notice.docx') && (t.getAttribute('aria-label') || t.textContent);
    });
    const n = await until(page, 'an error squiggle (format.date, raised by word/.gongwen.json) and a warning squiggle (format.doc-number)', () => {
      const errors = document.querySelectorAll('.monaco-editor .squiggly-error').length;
      const warnings = document.querySelectorAll('.monaco-editor .squiggly-warning').length;
      return errors >= 1 && warnings >= 1 && { errors, warnings };
    });
    await page.mouse.move(5, 5); // no hover over the text in the picture
    await settled(page);
    await page.screenshot({ path: screenshot });
    return `tab "${tab}", ${n.errors} error and ${n.warnings} warning squiggles; screenshot ${path.relative(ROOT, screenshot)}`;
  });

  await step('typing into the view is refused: the read-only message', async () => {
    await page.locator('.monaco-editor .view-line', { hasText: '各街道办事处：' }).click();
    await page.keyboard.type('改');
    const message = await until(page, "the editor's read-only message", () => {
      const m = document.querySelector('.monaco-editor-overlaymessage');
      return m && (m.textContent ?? '').trim();
    });
    const unchanged = await page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent === '各街道办事处：'));
    if (!unchanged) throw new E2EError('UI: typing changed the read-only view');
    if (!/Word/.test(message)) throw new E2EError(`UI: the read-only message does not name the Word file: "${message}"`);
    return `"${message}"`;
  });

  await step('hover the error squiggle: the message in the view', async () => {
    await page.keyboard.press('Escape');
    const { text } = await hoverSquiggle(page, until, { selector: '.monaco-editor .squiggly-error', what: 'the hover of format.date', wanted: ['2026年4月9日'], settled });
    if (!text.includes('GB 7.3.5')) throw new E2EError(`UI: the hover lacks the clause: ${text}`);
    return 'format.date with GB 7.3.5';
  });
}
