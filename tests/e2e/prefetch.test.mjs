// The full build in the background: once the survey build's wasm is in, the element downloads
// the full build, and compiles it once the page is idle after the first draw, so a later view
// switch needs no request; a reader who asked to save data gets it only when another view is
// asked for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, showTab } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const FULL = '/pkg/alliance_charts_bg.wasm';
const SURVEY = '/pkg-survey/alliance_charts_bg.wasm';

/** Opens the demo page, recording every wasm request from the start. */
async function opened(saveData) {
  const wasm = [];
  const routes = async (context) => {
    context.on('request', (req) => { if (req.url().endsWith('.wasm')) wasm.push(new URL(req.url()).pathname); });
  };
  return { ...(await open(env, { saveData, routes })), wasm };
}

/** Whether the page has finished loading a file (its resource timing entry). */
const loaded = (page, path) => page.evaluate((p) => performance.getEntriesByType('resource')
  .some((e) => new URL(e.name).pathname === p && e.responseEnd > 0), path);

test('after the survey build, the page fetches the full build once and a view switch needs no request', async () => {
  const { page, context, problems, wasm } = await opened(false);
  await page.waitForFunction((p) => performance.getEntriesByType('resource')
    .some((e) => new URL(e.name).pathname === p && e.responseEnd > 0), FULL, { timeout: 10000 });
  assert.deepEqual(wasm, [SURVEY, FULL], 'the survey build first, then the full build, each once');
  // Compiled and instantiated in the background: the chart still shows the survey build.
  assert.deepEqual(await page.evaluate(() => window.allianceChart.build), 'survey');
  await showTab(page, 'timeline');
  await showTab(page, 'forces');
  assert.deepEqual(wasm, [SURVEY, FULL], 'no new request for the switches');
  assert.equal(await page.evaluate(() => window.allianceChart.build), 'full');
  assert.deepEqual(problems, []);
  await context.close();
});

test('with saveData, the page fetches nothing more; the full build comes with another view', async () => {
  const { page, context, problems, wasm } = await opened(true);
  assert.equal(await page.evaluate(() => navigator.connection.saveData), true);
  // Time passes: an idle callback and a second more.
  await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => setTimeout(ok, 1000))));
  assert.deepEqual(wasm, [SURVEY]);
  assert.equal(await loaded(page, FULL), false);
  await showTab(page, 'timeline');
  assert.deepEqual(wasm, [SURVEY, FULL]);
  assert.deepEqual(problems, []);
  await context.close();
});
