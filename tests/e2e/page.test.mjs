// The host page as a reader meets it: loads cleanly, draws the survey, survives bad data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, countColor, canvasHash, SCREENSHOTS, ARTICLE } from './harness.mjs';

const NATO = [0x1d, 0x4e, 0xd8];
const CSTO = [0xb9, 0x3a, 0x0c];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

for (const dpr of [1, 2]) {
  test(`page loads cleanly and draws the survey bars at DPR ${dpr}`, async () => {
    const { page, context, problems } = await open(env, { dpr });
    const size = await page.evaluate(() => {
      const c = document.querySelector('alliance-chart').shadowRoot.querySelector('canvas');
      return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
    });
    assert.equal(size.w, Math.round(size.cssW * dpr), 'backing store width is CSS width × DPR');
    assert.equal(size.h, Math.round(size.cssH * dpr));
    const nato = await countColor(page, NATO);
    const csto = await countColor(page, CSTO);
    assert.ok(nato > 2000 * dpr * dpr, `NATO bar pixels: ${nato}`);
    assert.ok(csto > 2000 * dpr * dpr, `CSTO bar pixels: ${csto}`);
    // Checked before the full-page screenshot, whose capture can re-evaluate the fallback
    // <picture>'s media queries and cancel an image it no longer needs.
    assert.deepEqual(problems, [], 'no console errors, warnings or failed requests');
    await page.screenshot({ path: `${SCREENSHOTS}/survey-dpr${dpr}.png`, fullPage: true });
    await context.close();
  });
}

test('a bad dataset is refused with an Error naming the field, and the chart stays', async () => {
  const { page, context, problems } = await open(env);
  const before = await canvasHash(page);
  const wasm = [];
  page.on('request', (req) => { if (req.url().endsWith('.wasm')) wasm.push(new URL(req.url()).pathname); });
  // Through the element, as a page does: the first dataset brings in the full build.
  const result = await page.evaluate(async (data) => {
    const element = document.querySelector('alliance-chart');
    data.survey.scores[6].score = 9;
    try {
      await element.setData(data);
      return { threw: false };
    } catch (error) {
      return { threw: true, isError: error instanceof Error, message: error.message };
    }
  }, ARTICLE);
  assert.deepEqual(result, {
    threw: true,
    isError: true,
    message: 'invalid dataset: survey.scores[6].score: 9 is outside the scale 1–7',
  });
  assert.equal(await canvasHash(page), before, 'the previous chart stays on screen');
  // And the chart stays usable: a good dataset draws, read by the full build (fetched once).
  const changed = await page.evaluate(async (data) => {
    const element = document.querySelector('alliance-chart');
    data.survey.scores[6].score = 6.9;
    await element.setData(data);
    return (await element.getData()).survey.scores[6].score;
  }, ARTICLE);
  assert.equal(changed, 6.9);
  assert.notEqual(await canvasHash(page), before, 'a valid dataset redraws');
  assert.deepEqual(wasm, ['/pkg/alliance_charts_bg.wasm']);
  // On the full build, too, a bad dataset is refused and the chart keeps its data.
  const direct = await page.evaluate(async () => {
    const data = await window.allianceChart.getData();
    data.survey.scale.max = 0;
    try { await window.allianceChart.setData(data); return 'no error'; } catch (error) { return error.message; }
  });
  assert.match(direct, /^invalid dataset: survey\.scale/);
  assert.equal(await page.evaluate(async () => (await window.allianceChart.getData()).survey.scores[6].score), 6.9);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the survey build draws the article\'s data and has no data API; the JSON export brings in the full build', async () => {
  const { page, context, problems } = await open(env);
  const wasm = [];
  page.on('request', (req) => { if (req.url().endsWith('.wasm')) wasm.push(new URL(req.url()).pathname); });
  const survey = await page.evaluate(async () => {
    // The module the element loaded (the same URL, so the same initialised instance).
    const { AllianceChart } = await import('./pkg-survey/alliance_charts.js');
    const { prototype } = AllianceChart;
    return { setData: typeof prototype.setData, getData: typeof prototype.getData, built: AllianceChart.builtViews(), shown: window.allianceChart.build };
  });
  assert.deepEqual(survey, { setData: 'undefined', getData: 'undefined', built: ['survey'], shown: 'survey' });
  const json = await page.evaluate(async () => JSON.parse(await (await document.querySelector('alliance-chart').exportBlob('json')).text()));
  assert.deepEqual(json, ARTICLE, 'the JSON export is the article\'s dataset');
  assert.deepEqual(wasm, ['/pkg/alliance_charts_bg.wasm']);
  // The full build refuses nothing it can read, and the survey build's constructor refuses a dataset.
  const refused = await page.evaluate(async () => {
    const { AllianceChart } = await import('./pkg-survey/alliance_charts.js');
    try { new AllianceChart(document.createElement('canvas'), { dataset: {} }); return 'no error'; } catch (error) { return error.message; }
  });
  assert.equal(refused, 'this build draws the embedded dataset only; a page\'s own dataset needs the full build (pkg/)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('toSvg returns the survey drawn by the same code', async () => {
  const { page, context } = await open(env);
  const svg = await page.evaluate(async () => (await document.querySelector('alliance-chart').exportBlob('svg')).text());
  assert.match(svg, /^<svg/);
  for (const text of ['NATO', 'CSTO', '4.35', '5.46', 'Interfax, 2 October 2012']) {
    assert.ok(svg.includes(text), `${text} in the SVG`);
  }
  await context.close();
});
