// The host page as a reader meets it: loads cleanly, draws the survey, survives bad data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, countColor, canvasHash, SCREENSHOTS } from './harness.mjs';

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
    await page.screenshot({ path: `${SCREENSHOTS}/survey-dpr${dpr}.png`, fullPage: true });
    assert.deepEqual(problems, [], 'no console errors, warnings or failed requests');
    await context.close();
  });
}

test('a bad dataset is refused with an Error naming the field, and the chart stays', async () => {
  const { page, context, problems } = await open(env);
  const before = await canvasHash(page);
  const wasm = [];
  page.on('request', (req) => { if (req.url().endsWith('.wasm')) wasm.push(new URL(req.url()).pathname); });
  // Through the element, as a page does: the first dataset brings in the full build.
  const result = await page.evaluate(async () => {
    const element = document.querySelector('alliance-chart');
    const data = element.chart.getData();
    data.survey.scores[6].score = 9;
    try {
      await element.setData(data);
      return { threw: false };
    } catch (error) {
      return { threw: true, isError: error instanceof Error, message: error.message };
    }
  });
  assert.deepEqual(result, {
    threw: true,
    isError: true,
    message: 'invalid dataset: survey.scores[6].score: 9 is outside the scale 1–7',
  });
  assert.equal(await canvasHash(page), before, 'the previous chart stays on screen');
  // And the chart stays usable: a good dataset draws, read by the full build (fetched once).
  const changed = await page.evaluate(async () => {
    const element = document.querySelector('alliance-chart');
    const data = element.chart.getData();
    data.survey.scores[6].score = 6.9;
    await element.setData(data);
    return element.chart.getData().survey.scores[6].score;
  });
  assert.equal(changed, 6.9);
  assert.notEqual(await canvasHash(page), before, 'a valid dataset redraws');
  assert.deepEqual(wasm, ['/pkg/alliance_charts_bg.wasm']);
  // The full build's own AllianceChart throws synchronously, and keeps its chart too.
  const direct = await page.evaluate(() => {
    const data = window.allianceChart.getData();
    data.survey.scale.max = 0;
    try { window.allianceChart.setData(data); return 'no error'; } catch (error) { return error.message; }
  });
  assert.match(direct, /^invalid dataset: survey\.scale/);
  assert.equal(await page.evaluate(() => window.allianceChart.getData().survey.scores[6].score), 6.9);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the survey build draws the article\'s data only and says so for any other', async () => {
  const { page, context, problems } = await open(env);
  const result = await page.evaluate(() => {
    const chart = window.allianceChart;
    const data = chart.getData();
    chart.setData(data); // the data on screen: redrawn
    data.title = 'Another title';
    let message = 'no error';
    try { chart.setData(data); } catch (error) { message = error.message; }
    return { message, title: chart.getData().title };
  });
  assert.equal(result.message, 'this build draws the embedded dataset only; a page\'s own dataset needs the full build (pkg/)');
  assert.equal(result.title, 'Kazakhstan’s defense ties: the CSTO and Russia far outweigh NATO');
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
