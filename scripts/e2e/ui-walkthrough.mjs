// The getting-started walkthrough as a user finds it: F1 → "Welcome: Open Walkthrough..." →
// pick gongwen's → its page lists the four steps by title; click the first step and its button
// "Open the example" → the example opens; back on the walkthrough the step is checked off by its
// completion event (onCommand:gongwen.openExample). Screenshot test-output/e2e/ui-walkthrough.png
// (and docs/images/walkthrough.png with GONGWEN_E2E_SCREENSHOTS, see ui-docs.mjs).
// (VS Code's walkthrough service counts only commands run once it is running, i.e. once a
// walkthrough page has been opened in this window: so the button is pressed from the page.)

import path from 'node:path';
import { E2EError, ROOT } from './lib.mjs';
import { palette, picture } from './ui-docs.mjs';
import { QUICK_INPUT } from './workbench.mjs';

/** Step titles as package.nls.json (English UI) or package.nls.zh-cn.json words them. */
const STEPS = [
  ['openExample', /Open an example|打开示例公文/],
  ['kindScope', /Set the kind and scope|声明类型和范围/],
  ['scan', /Scan the workspace|扫描工作区/],
  ['report', /Read the report|阅读检查报告/],
];

/** Opens gongwen's walkthrough from the palette; returns its steps as drawn. */
async function openWalkthrough(page, until) {
  await page.keyboard.press('Escape');
  await palette(page, until, 'Welcome: Open Walkthrough...');
  await until(page, "gongwen's walkthrough in the list", () => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => /gongwen|公文检查入门/.test(r.textContent ?? '')));
  await page.locator(QUICK_INPUT).first().fill('gongwen');
  await until(page, "gongwen's walkthrough focused", () => /gongwen|公文检查入门/.test(document.querySelector('.quick-input-list .monaco-list-row.focused')?.textContent ?? ''));
  await page.keyboard.press('Enter');
  return until(page, 'the walkthrough page with four steps', () => {
    const els = [...document.querySelectorAll('button.getting-started-step[data-step-id*="gettingStarted"]')];
    return els.length === 4 && els.map((e) => ({ id: e.getAttribute('data-step-id'), title: e.querySelector('.step-title')?.textContent ?? '', done: e.querySelector('[data-done-step-id]')?.getAttribute('aria-checked') === 'true' }));
  });
}

export async function walkthroughSteps({ page, step, until, settled, OUTPUT }) {
  await step("walkthrough: F1 → Welcome: Open Walkthrough... → gongwen's, with its four steps in order", async () => {
    const steps = await openWalkthrough(page, until);
    STEPS.forEach(([id, title], i) => {
      const s = steps[i];
      if (!s.id.endsWith(`#${id}`) || !title.test(s.title)) throw new E2EError(`UI: walkthrough step ${i + 1} is ${JSON.stringify(s)}, expected ${id} "${title.source}"`);
    });
    return steps.map((s) => `${s.done ? '✓' : '○'} ${s.title}`).join(' | ');
  });

  await step('walkthrough: the first step\'s button opens the example, and the step is checked off', async () => {
    // The step's button is VS Code's Button widget (a.monaco-button) in the step's description.
    const button = page.locator('.step-description-container[x-step-description-for$="#openExample"] .monaco-button').filter({ hasText: /Open the example|打开示例/ }).first();
    if (!(await button.isVisible().catch(() => false))) await page.locator('button.getting-started-step[data-step-id$="#openExample"] .step-title').click();
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    await button.click();
    await until(page, 'the example in an editor', () => [...document.querySelectorAll('.monaco-editor .view-lines')].some((e) => (e.textContent ?? '').includes('示区农发')));
    const steps = await openWalkthrough(page, until);
    const done = await until(page, 'the openExample step checked off', () => document.querySelector('[data-done-step-id$="#openExample"]')?.getAttribute('aria-checked') === 'true');
    if (!done) throw new E2EError(`UI: the openExample step is not checked off: ${JSON.stringify(steps)}`);
    // The page moves on to the next step; show the first again, with its tick and its picture.
    await page.locator('button.getting-started-step[data-step-id$="#openExample"] .step-title').click();
    await until(page, 'the first step selected', () => document.querySelector('button.getting-started-step[data-step-id$="#openExample"]')?.getAttribute('aria-expanded') === 'true');
    await settled(page);
    const shot = path.join(OUTPUT, 'ui-walkthrough.png');
    await page.screenshot({ path: shot });
    const container = await page.locator('.gettingStartedContainer').first().boundingBox().catch(() => null);
    const docs = container ? await picture(page, OUTPUT, 'walkthrough', { x: Math.round(container.x), y: Math.round(container.y), width: Math.round(Math.min(container.width, 1400)), height: Math.round(Math.min(container.height, 600)) }) : '(no container to crop)';
    return `screenshot ${path.relative(ROOT, shot)}; ${docs}`;
  });
}
