// axe-core finds no accessibility violations on any view, in either theme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { start, open, frames, showTab } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core: zero violations on every view, ${colorScheme} theme`, async () => {
    // axe is injected as a script, which the page's CSP would (rightly) refuse.
    const { page, context } = await open(env, { colorScheme, bypassCSP: true });
    await page.addScriptTag({ path: AXE });
    for (const id of ['survey', 'timeline', 'forces', 'scorecard']) {
      await showTab(page, id);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, [], `${id} (${colorScheme})`);
    }
    const theme = await page.evaluate(() => document.querySelector('alliance-chart').dataset.theme);
    assert.equal(theme, colorScheme, 'theme="auto" follows prefers-color-scheme');
    await context.close();
  });
}

test('theme="auto" follows a live change of prefers-color-scheme', async () => {
  const { page, context } = await open(env, { colorScheme: 'light' });
  const bg = () => page.evaluate(() => {
    const source = document.querySelector('alliance-chart').shadowRoot.querySelector('canvas');
    const copy = document.createElement('canvas');
    copy.width = 4; copy.height = 4;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(source, 0, 0, 4, 4, 0, 0, 4, 4);
    return [...ctx.getImageData(1, 1, 1, 1).data.slice(0, 3)];
  });
  assert.deepEqual(await bg(), [255, 255, 255]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await frames(page);
  assert.deepEqual(await bg(), [0x14, 0x17, 0x1c]);
  await context.close();
});
