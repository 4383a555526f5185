// Switching views as a reader does: tabs, arrow keys, deep links, reload and the back button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, canvasHash, frames, shown, showTab, SCREENSHOTS, ARTICLE } from './harness.mjs';

const VIEWS = ['survey', 'timeline', 'forces', 'scorecard'];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('clicking each tab changes the canvas and the hash', async () => {
  const { page, context, problems } = await open(env);
  const hashes = new Set([await canvasHash(page)]);
  for (const id of VIEWS.slice(1)) {
    await showTab(page, id);
    assert.equal(new URL(page.url()).hash, `#${id}`);
    assert.equal(await page.getAttribute(`#tab-${id}`, 'aria-selected'), 'true');
    hashes.add(await canvasHash(page));
  }
  assert.equal(hashes.size, VIEWS.length, 'every view draws something different');
  assert.deepEqual(problems, []);
  await context.close();
});

test('arrow keys move between tabs and switch the view', async () => {
  const { page, context } = await open(env);
  await page.focus('#tab-survey');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-timeline');
  await shown(page, 'timeline');
  await page.keyboard.press('End');
  await shown(page, 'scorecard');
  await page.keyboard.press('ArrowRight');
  await shown(page, 'survey');
  await page.keyboard.press('ArrowLeft');
  await shown(page, 'scorecard');
  const tabbable = await page.$$eval('[role=tab]', (tabs) => tabs.filter((t) => t.tabIndex === 0).map((t) => t.id));
  assert.deepEqual(tabbable, ['tab-scorecard'], 'roving tabindex: only the selected tab is in the tab order');
  await context.close();
});

test('a deep link opens its view, survives reload, and back walks the history', async () => {
  const { page, context, problems } = await open(env, { path: '#forces' });
  await shown(page, 'forces');
  await page.reload();
  await page.waitForFunction(() => window.allianceChart?.view === 'forces');
  await page.click('#tab-timeline');
  await page.click('#tab-scorecard');
  await page.goBack();
  await page.waitForFunction(() => window.allianceChart.view === 'timeline');
  await page.goBack();
  await page.waitForFunction(() => window.allianceChart.view === 'forces');
  assert.equal(await page.getAttribute('#tab-forces', 'aria-selected'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

const SHOTS = [
  [1000, 900, 1, 'light'], [1000, 900, 2, 'light'], [360, 800, 1, 'light'], [360, 800, 2, 'light'], [800, 800, 1, 'light'],
  [1440, 1000, 1, 'light'], [360, 800, 1, 'dark'], [800, 800, 1, 'dark'], [1440, 1000, 1, 'dark'],
];
for (const [width, height, dpr, colorScheme] of SHOTS) {
  test(`every view screenshots cleanly at ${width}px, DPR ${dpr}, ${colorScheme}`, async () => {
    const { page, context, problems } = await open(env, { width, height, dpr, colorScheme });
    const suffix = colorScheme === 'dark' ? '-dark' : '';
    for (const id of VIEWS) {
      await showTab(page, id);
      await page.locator('alliance-chart').screenshot({ path: `${SCREENSHOTS}/${id}-${width}-dpr${dpr}${suffix}.png` });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('on a phone the scorecard grows the element to fit its text, and other views give it back', async () => {
  const { page, context, problems } = await open(env, { width: 360, height: 800 });
  const measure = () => page.evaluate(() => {
    const element = document.querySelector('alliance-chart');
    return {
      preferred: parseFloat(element.style.minHeight) || null,
      height: element.shadowRoot.querySelector('canvas').getBoundingClientRect().height,
    };
  });
  assert.equal((await measure()).preferred, null, 'the survey fits any height');
  const before = (await measure()).height;
  await showTab(page, 'scorecard');
  await frames(page, 2);
  const card = await measure();
  assert.ok(card.preferred > before, `the scorecard wants ${card.preferred}px, more than ${before}px`);
  assert.ok(card.height >= card.preferred - 1, `element grew to ${card.height}px`);
  await page.locator('alliance-chart').screenshot({ path: `${SCREENSHOTS}/scorecard-360-fitted.png` });
  await showTab(page, 'survey');
  await frames(page, 2);
  assert.equal((await measure()).height, before, 'back to its own height');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the first switch away from the survey brings in the full build once, with the page\'s data and theme', async () => {
  const { page, context, problems } = await open(env, { colorScheme: 'dark' });
  const wasm = [];
  page.on('request', (req) => { if (req.url().endsWith('.wasm')) wasm.push(new URL(req.url()).pathname); });
  await page.evaluate(async (data) => {
    data.title = 'A page’s own title';
    await document.querySelector('alliance-chart').setData(data);
  }, ARTICLE);
  for (const id of ['forces', 'timeline', 'survey', 'scorecard']) await showTab(page, id);
  assert.deepEqual(wasm, ['/pkg/alliance_charts_bg.wasm'], 'the full build is fetched once');
  assert.equal(await page.evaluate(async () => (await window.allianceChart.getData()).title), 'A page’s own title');
  assert.equal(await page.evaluate(() => document.querySelector('alliance-chart').dataset.theme), 'dark');
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the full build cannot be fetched, the survey stays and the element says why', async () => {
  const { page, context } = await open(env);
  await page.route('**/pkg/**', (route) => route.abort());
  const before = await canvasHash(page);
  await page.click('#tab-timeline');
  const message = await page.waitForFunction(() => {
    const box = document.querySelector('alliance-chart').shadowRoot.querySelector('.message');
    return !box.hidden && box.textContent;
  }, null, { timeout: 10000 });
  assert.match(await message.jsonValue(), /^Could not load the timeline view: .+ The chart still shows the previous data\.$/);
  assert.equal(await page.evaluate(() => window.allianceChart.view), 'survey');
  assert.equal(await canvasHash(page), before, 'the survey is still drawn');
  await context.close();
});
