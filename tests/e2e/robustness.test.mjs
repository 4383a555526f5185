// No user input, API misuse or browser state makes the widget panic, trap or leak.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { start, open, inChart, canvasHash, countColor, frames, ARTICLE } from './harness.mjs';

const CORPUS = fileURLToPath(new URL('../bad-datasets/', import.meta.url));

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('the bad-dataset corpus fails in the browser with the same errors, and the chart survives', async () => {
  const cases = readdirSync(CORPUS).sort().map((f) => ({ file: f, ...JSON.parse(readFileSync(CORPUS + f, 'utf8')) }));
  assert.ok(cases.length >= 40);
  const { page, context, problems } = await open(env);
  // The element hands the chart to the full build, which reads datasets, on the first one.
  await page.evaluate((data) => document.querySelector('alliance-chart').setData(data), ARTICLE);
  const before = await canvasHash(page);
  const results = await page.evaluate(async (all) => {
    const { default: init, defaultDataset, validateDataset } = await import('./pkg/alliance_charts.js');
    await init();
    const apply = (data, edits) => {
      for (const { path, value, remove } of edits) {
        if (path.length === 0) { data = value; continue; }
        let target = data;
        for (const step of path.slice(0, -1)) target = target[step];
        const last = path[path.length - 1];
        if (remove) delete target[last]; else target[last] = value;
      }
      return data;
    };
    const results = [];
    for (const { file, edits } of all) {
      const data = apply(defaultDataset(), edits);
      const messages = [];
      for (const call of [() => validateDataset(data), () => window.allianceChart.setData(data)]) {
        try { await call(); messages.push('no error'); } catch (e) { messages.push(e instanceof Error ? e.message : `not an Error: ${e}`); }
      }
      results.push({ file, messages });
    }
    return results;
  }, cases);
  for (const [i, { file, messages }] of results.entries()) {
    const { error, error_starts_with: prefix } = cases[i];
    for (const message of messages) {
      if (error) assert.equal(message, error, file);
      else assert.ok(message.startsWith(prefix), `${file}: ${message}`);
    }
  }
  assert.equal(await canvasHash(page), before, 'after every failure the first chart is still on screen');
  assert.equal(await page.evaluate(async () => (await window.allianceChart.getData()).survey.scores.length), 7);
  assert.deepEqual(problems, []);
  await context.close();
});

test('misuse gives clear errors: unknown view, after free(), detached, 0×0 and huge canvases', async () => {
  const { page, context, problems } = await open(env);
  const outcome = await page.evaluate(async () => {
    const { default: init, AllianceChart } = await import('./pkg/alliance_charts.js');
    await init();
    const attempt = (f) => { try { const r = f(); return { ok: true, r }; } catch (e) { return { ok: false, error: e instanceof Error, message: e.message }; } };
    const out = {};
    out.notCanvas = attempt(() => new AllianceChart(document.body, {}));
    out.badOption = attempt(() => new AllianceChart(document.createElement('canvas'), { view: 'pie' }));
    out.badTheme = attempt(() => new AllianceChart(document.createElement('canvas'), { theme: 'neon' }));
    const detached = document.createElement('canvas');
    const chart = new AllianceChart(detached, {});
    out.detachedRender = attempt(() => chart.render());
    out.detachedSvg = attempt(() => chart.toSvg().length > 1000);
    out.detachedPick = attempt(() => chart.pick(10, 10) === undefined);
    const huge = document.createElement('canvas');
    huge.style.cssText = 'display:block;width:20000px;height:20000px';
    document.body.append(huge);
    const big = attempt(() => { const c = new AllianceChart(huge, {}); const size = [huge.width, huge.height]; c.free(); return size; });
    huge.remove();
    out.huge = big;
    chart.free();
    out.afterFree = attempt(() => chart.setView('survey'));
    return out;
  });
  assert.deepEqual(outcome.notCanvas, { ok: false, error: true, message: 'AllianceChart needs an HTMLCanvasElement' });
  assert.equal(outcome.badOption.ok, false);
  assert.match(outcome.badOption.message, /^unknown view "pie"; the views are: survey, timeline, forces, scorecard$/);
  assert.match(outcome.badTheme.message, /^unknown theme "neon"/);
  assert.deepEqual(outcome.detachedRender, { ok: true, r: undefined });
  assert.deepEqual(outcome.detachedSvg, { ok: true, r: true });
  assert.deepEqual(outcome.detachedPick, { ok: true, r: true });
  assert.equal(outcome.huge.ok, true, JSON.stringify(outcome.huge));
  assert.ok(outcome.huge.r[0] * outcome.huge.r[1] <= 64 * 1024 * 1024, `backing store capped: ${outcome.huge.r}`);
  assert.equal(outcome.afterFree.ok, false);
  assert.equal(outcome.afterFree.error, true, 'a JS Error, not a trap');
  assert.deepEqual(problems, []);
  await context.close();
});

test('1,000 rapid resizes, ratio changes and 1,000 create/free cycles: no error, memory flat', async () => {
  const { page, context, problems } = await open(env);
  const result = await page.evaluate(async () => {
    // The full build, which draws every view; init() hands back its exports, memory among them.
    const mod = await import('./pkg/alliance_charts.js');
    const { memory } = await mod.default();
    const element = document.querySelector('alliance-chart');
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    for (let i = 0; i < 1000; i++) {
      element.style.width = `${300 + (i * 37) % 900}px`;
      if (i % 50 === 0) await frame();
    }
    await frame(); await frame();
    const canvas = document.createElement('canvas');
    canvas.style.cssText = 'display:block;width:400px;height:300px';
    document.body.append(canvas);
    const sizes = [];
    for (let cycle = 0; cycle < 1000; cycle++) {
      const chart = new mod.AllianceChart(canvas, { view: ['survey', 'timeline', 'forces', 'scorecard'][cycle % 4] });
      chart.free();
      if (cycle === 99 || cycle === 999) sizes.push(memory.buffer.byteLength);
    }
    canvas.remove();
    return { sizes, view: element.view, width: element.shadowRoot.querySelector('canvas').width };
  });
  assert.equal(typeof result.view, 'string');
  assert.ok(result.sizes[0] > 0);
  assert.ok(result.sizes[1] - result.sizes[0] <= 128 * 1024, `wasm memory grew from ${result.sizes[0]} to ${result.sizes[1]} bytes over 900 create/free cycles`);
  assert.ok(result.width > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a server that sends the wasm as application/octet-stream still gets a drawn chart, without warnings', async () => {
  const types = [];
  const { page, context, problems } = await open(env, {
    routes: (context) => context.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      types.push('application/octet-stream');
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    }),
  });
  assert.deepEqual(types, ['application/octet-stream'], 'the survey build came with the other type');
  assert.equal(await page.evaluate(() => window.allianceChart.hitCount), 7);
  assert.ok((await countColor(page, [0xb9, 0x3a, 0x0c])) > 2000, 'the CSTO bar is drawn');
  assert.deepEqual(problems, []);
  await context.close();
});
