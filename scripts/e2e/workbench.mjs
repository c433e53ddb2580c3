// Small moves in the code-server workbench shared by the UI steps (ui*.mjs).
import { E2EError } from './lib.mjs';

/** The text box of the open quick input (palette, Quick Open, a quick pick). */
export const QUICK_INPUT = '.quick-input-widget .quick-input-box input';

/**
 * Opens the command palette (F1) with `typed` in it and waits for a row that holds `shown`.
 * The value is set at once, not key by key, and the attempt is made again (up to three times):
 * a webview that takes the focus as it loads (the report's) once ate the typed keys on CI.
 */
export async function openPalette(page, until, typed, shown = typed) {
  const input = page.locator(QUICK_INPUT).first();
  for (let attempt = 1; ; attempt++) {
    if (!(await input.isVisible().catch(() => false))) await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${typed}`);
    try {
      await until(page, `"${shown}" in the command palette`, (t) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => (r.textContent ?? '').includes(t)), shown, attempt < 3 ? 10_000 : 30_000);
      return input;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

/** Opens a workspace file with Quick Open (Ctrl+P), as a user would, and waits until the editor shows `shows`. */
export async function quickOpen(page, until, name, shows) {
  await page.keyboard.press('Control+P');
  // Set at once: keys typed one by one can be lost to a webview that takes the focus meanwhile.
  await page.locator(QUICK_INPUT).first().fill(name);
  const base = name.split('/').pop();
  await until(page, `${base} in quick open`, (b) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => (r.textContent ?? '').includes(b)), base);
  await page.keyboard.press('Enter');
  await until(page, `the editor to show ${name}`, (t) => (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').includes(t), shows);
}

/**
 * Points at the first squiggle (topmost, then leftmost) of `selector` until a hover whose text passes
 * `wanted` shows, and returns that text. The squiggle is measured again before each try: a layout that
 * moves after a measurement (a panel opening, an editor scrolling) leaves the pointer beside it, and a
 * pointer already at the spot sends no move, so it leaves for a corner first.
 */
export async function hoverSquiggle(page, until, { selector, what, wanted, settled }) {
  const hoverText = (w) => {
    const t = [...document.querySelectorAll('.monaco-hover-content')].map((e) => e.textContent ?? '').join('\n');
    return w.every((s) => t.includes(s)) && t;
  };
  for (let attempt = 1; ; attempt++) {
    await settled(page);
    const boxes = await page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
    boxes.sort((a, c) => a.y - c.y || a.x - c.x);
    const b = boxes[0];
    if (!b && attempt === 3) throw new E2EError(`UI: no squiggle (${selector}) to hover`);
    if (b) {
      await page.mouse.move(1, 1);
      if (attempt < 3) await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
      else {
        // Last try without the pointer: the cursor on the squiggle and Show Hover (Ctrl+K Ctrl+I).
        await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
        await page.mouse.move(1, 1);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
      }
      if (attempt === 3) return { text: await until(page, what, hoverText, wanted), box: b };
      const h = await page.waitForFunction(hoverText, wanted, { timeout: 10_000, polling: 100 }).catch(() => null);
      if (h) return { text: await h.jsonValue(), box: b };
    } else await page.waitForTimeout(1000);
  }
}
