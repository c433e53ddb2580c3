// Small moves in the code-server workbench shared by the UI steps (ui*.mjs).

/** The text box of the open quick input (palette, Quick Open, a quick pick). */
export const QUICK_INPUT = '.quick-input-widget .quick-input-box input';

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
