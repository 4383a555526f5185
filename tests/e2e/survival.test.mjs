// Hostile values, oversized data and a trapped core: the chart either draws or says why, and
// keeps working afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { start, open, canvasHash, ARTICLE } from './harness.mjs';

const TRAP_BUILD = fileURLToPath(new URL('../../target/pkg-trap/', import.meta.url));

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('throwing getters, proxies, cycles and exotic values are refused, and the chart keeps working', async () => {
  const { page, context, problems } = await open(env);
  await page.evaluate((data) => document.querySelector('alliance-chart').setData(data), ARTICLE);
  const before = await canvasHash(page);
  const results = await page.evaluate(async (article) => {
    const copy = () => structuredClone(article);
    const hostile = {
      getter: () => { const d = copy(); Object.defineProperty(d.survey, 'title', { enumerable: true, get() { throw new Error('boom'); } }); return d; },
      proxy: () => new Proxy(copy(), { get() { throw new Error('trap'); } }),
      ownKeys: () => new Proxy(copy(), { ownKeys() { throw new Error('keys'); } }),
      cycle: () => { const d = copy(); d.survey.self = d; return d; },
      bigint: () => { const d = copy(); d.version = 1n; return d; },
      symbol: () => { const d = copy(); d.title = Symbol('x'); return d; },
      func: () => { const d = copy(); d.title = () => 'x'; return d; },
      typed: () => { const d = copy(); d.events = new Uint8Array(3); return d; },
      toJSON: () => ({ toJSON() { throw new Error('toJSON'); } }),
      deep: () => { const d = copy(); d.survey.scores[3].sources.push(() => 'x'); return d; },
      selfJSON: () => { const d = copy(); d.survey.toJSON = function () { return this; }; return d; },
      date: () => { const d = copy(); d.sources[0].date = new Date(Date.UTC(2012, 9, 17)); return d; },
      huge: () => { const d = copy(); d.padding = 'x'.repeat(5_000_001); return d; },
    };
    // The core's own API on a chart of its own, beside the element's.
    const { default: init, AllianceChart } = await import('./pkg/alliance_charts.js');
    await init();
    const chart = new AllianceChart(document.createElement('canvas'), {});
    const element = document.querySelector('alliance-chart');
    const out = {};
    for (const [name, make] of Object.entries(hostile)) {
      const attempt = (f) => { try { f(); return 'no error'; } catch (e) { return e instanceof Error ? e.message : `not an Error: ${e}`; } };
      const api = attempt(() => chart.setData(make()));
      const validate = attempt(() => chart.getData() && chart.view);
      let rejected;
      try { await element.setData(make()); rejected = 'no error'; } catch (e) { rejected = e.message; }
      out[name] = { api, validate, rejected };
    }
    const frozen = Object.freeze(copy());
    let frozenResult = 'drawn';
    try { await element.setData(frozen); } catch (e) { frozenResult = e.message; }
    out.frozen = frozenResult;
    await element.setData(article);
    chart.free();
    out.after = { scores: (await element.getData()).survey.scores.length, hits: element.hitCount };
    return out;
  }, ARTICLE);
  for (const name of ['getter', 'proxy', 'ownKeys', 'cycle', 'toJSON', 'bigint', 'symbol', 'func', 'typed', 'date', 'selfJSON']) {
    assert.equal(results[name].rejected, results[name].api, `${name}: the element rejects with the same Error`);
    assert.equal(results[name].validate, 'no error', `${name}: the chart still answers`);
  }
  for (const name of ['getter', 'proxy', 'ownKeys', 'cycle', 'toJSON']) {
    assert.match(results[name].api, /^invalid dataset: it cannot be read as JSON: /, name);
  }
  assert.match(results.getter.api, /boom$/);
  assert.equal(results.toJSON.api, 'invalid dataset: it cannot be read as JSON: toJSON');
  // A value JSON cannot hold is named by its path; a `toJSON` result is what is checked.
  assert.equal(results.symbol.api, 'invalid dataset: title: a symbol is not a JSON value');
  assert.equal(results.func.api, 'invalid dataset: title: a function is not a JSON value');
  assert.equal(results.typed.api, 'invalid dataset: events: a typed array is not a JSON value');
  assert.equal(results.bigint.api, 'invalid dataset: version: a BigInt is not a JSON value');
  assert.equal(results.deep.api, 'invalid dataset: survey.scores[3].sources[2]: a function is not a JSON value');
  assert.equal(results.selfJSON.api, 'invalid dataset: survey.toJSON: a function is not a JSON value');
  assert.equal(results.date.api, 'invalid dataset: sources[0].date: invalid type: string "2012-10-17T00:00:00.000Z", expected struct PartialDate');
  assert.match(results.huge.api, /^invalid dataset: its JSON text has 5,0\d\d,\d{3} characters; the limit is 5,000,000$/);
  assert.equal(results.frozen, 'drawn');
  assert.deepEqual(results.after, { scores: 7, hits: 7 });
  assert.equal(await canvasHash(page), before, 'the article is drawn again');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a src response over 5 MB is refused with a message', async () => {
  const big = JSON.stringify({ ...ARTICLE, padding: 'x'.repeat(5_100_000) });
  const { page, context } = await open(env, {
    routes: (context) => context.route('**/big.json', (route) => route.fulfill({ body: big, contentType: 'application/json' })),
  });
  const message = await page.evaluate(async () => {
    const element = document.createElement('alliance-chart');
    element.setAttribute('src', 'big.json');
    const failed = new Promise((ok) => element.addEventListener('error', (e) => ok(e.detail.message), { once: true }));
    document.body.append(element);
    return failed;
  });
  assert.equal(message, 'The data at big.json is over the limit of 5,000,000 bytes');
  await context.close();
});

test('a trapped core is replaced: both charts on the page redraw their last data and view', async () => {
  assert.ok(existsSync(`${TRAP_BUILD}alliance_charts_bg.wasm`), 'run `make wasm-trap` first (make test does)');
  const serveTrapBuild = (context) => Promise.all([
    context.route(/\/pkg\/alliance_charts\.js(\?.*)?$/, (route) => route.fulfill({
      body: readFileSync(`${TRAP_BUILD}alliance_charts.js`), contentType: 'text/javascript' })),
    context.route('**/pkg/alliance_charts_bg.wasm', (route) => route.fulfill({
      body: readFileSync(`${TRAP_BUILD}alliance_charts_bg.wasm`), contentType: 'application/wasm' })),
    // The trap build's glue is not bundled: it imports its own inline-JS snippets, which
    // wasm-bindgen numbers differently in a dev and a release build.
    context.route('**/pkg/snippets/**', (route) => route.fulfill({
      body: readFileSync(`${TRAP_BUILD}${new URL(route.request().url()).pathname.split('/pkg/')[1]}`),
      contentType: 'text/javascript' })),
  ]);
  const ready = () => [...document.querySelectorAll('alliance-chart')].every((e) => e.views.length > 0);
  const { page, context, problems } = await open(env, { path: 'embed.html', ready, routes: serveTrapBuild });
  const outcome = await page.evaluate(async () => {
    const [first, second] = document.querySelectorAll('alliance-chart');
    await second.setData({ ...(await second.getData()), title: 'Set by the page' });
    const events = (element) => new Promise((ok) => element.addEventListener('error', (e) => ok(e.detail), { once: true }));
    const errors = Promise.all([events(first), events(second)]);
    first.setAttribute('view', 'trap');
    const [a, b] = await errors;
    return {
      a, b,
      first: { view: first.view, hits: first.hitCount },
      second: { view: second.view, title: (await second.getData()).title, hits: second.hitCount },
      later: (() => { second.view = 'forces'; return second.hitCount; })(),
    };
  });
  assert.equal(outcome.a.message, 'The chart restarted after an internal error (unreachable)');
  assert.equal(outcome.a.restarted, true);
  assert.equal(outcome.b.restarted, true, 'the other chart on the instance was restarted too');
  assert.deepEqual(outcome.first, { view: 'timeline', hits: outcome.first.hits });
  assert.ok(outcome.first.hits > 5);
  assert.equal(outcome.second.view, 'survey');
  assert.equal(outcome.second.title, 'Set by the page', 'the dataset set by the page is redrawn');
  assert.ok(outcome.later > 0, 'the restarted chart keeps working');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a subnormal scale and 20,000 events on one day draw every view without a trap', async () => {
  const { page, context, problems } = await open(env);
  const outcome = await page.evaluate(async (article) => {
    const element = document.querySelector('alliance-chart');
    const tiny = structuredClone(article);
    tiny.survey.scale = { ...tiny.survey.scale, min: 0, max: 1e-323 };
    tiny.survey.scores.forEach((s) => { s.score = 0; });
    const crowded = structuredClone(article);
    crowded.events = Array.from({ length: 20000 }, (_, k) => ({
      id: `e${k}`, side: 'nato', label: `Event ${k} `.padEnd(100, 'reorganisation '),
      when: { on: { year: 2010, month: 5, day: 4 } }, sources: [article.article.source], quote: 'q',
    }));
    const out = {};
    for (const [name, data] of Object.entries({ tiny, crowded })) {
      await element.setData(data);
      out[name] = {};
      for (const view of element.views) {
        element.view = view;
        out[name][view] = element.hitCount;
      }
    }
    return out;
  }, ARTICLE);
  assert.deepEqual(outcome.tiny, { survey: 7, timeline: 12, forces: 4, scorecard: 8 });
  assert.equal(outcome.crowded.timeline, 20000, 'every event keeps a hit region');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the latest src wins: a stale fetch is aborted; a moved element keeps its setData dataset', async () => {
  const aborted = [];
  const { page, context } = await open(env, {
    routes: (context) => Promise.all([
      context.route('**/slow.json', () => {}), // never answers: only an abort ends it
      context.route('**/fast.json', (route) => route.fulfill({ body: JSON.stringify({ ...ARTICLE, title: 'Fast' }), contentType: 'application/json' })),
    ]),
  });
  page.on('requestfailed', (request) => aborted.push(`${new URL(request.url()).pathname} ${request.failure()?.errorText}`));
  const outcome = await page.evaluate(async (article) => {
    const ready = (element) => new Promise((ok) => element.addEventListener('ready', ok, { once: true }));
    const element = document.createElement('alliance-chart');
    element.setAttribute('src', 'slow.json');
    document.body.append(element);
    await new Promise((ok) => setTimeout(ok, 200));
    const done = ready(element);
    element.setAttribute('src', 'fast.json');
    await done;
    const fromSrc = (await element.getData()).title;
    const other = document.querySelector('alliance-chart');
    await other.setData({ ...article, title: 'Given' });
    const moved = ready(other);
    document.body.prepend(other);
    await moved;
    return { fromSrc, afterMove: (await other.getData()).title };
  }, ARTICLE);
  assert.deepEqual(outcome, { fromSrc: 'Fast', afterMove: 'Given' });
  assert.deepEqual(aborted, ['/slow.json net::ERR_ABORTED']);
  await context.close();
});
