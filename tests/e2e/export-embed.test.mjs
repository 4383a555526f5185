// Getting the chart and its data out, and embedding it with the custom element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, open, inChart, pointOf, SCREENSHOTS, shown } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function download(page, format) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export=${format}]`)]);
  return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

test('PNG, SVG, JSON and CSV downloads have the right content', async () => {
  const { page, context, problems } = await open(env, { width: 1000 });
  const css = await inChart(page, (root) => {
    const r = root.querySelector('canvas').getBoundingClientRect();
    return { w: Math.round(r.width), h: Math.round(r.height) };
  });

  const png = await download(page, 'png');
  assert.equal(png.name, 'alliance-chart-survey.png');
  assert.equal(png.body.subarray(1, 4).toString(), 'PNG');
  assert.equal(png.body.readUInt32BE(16), css.w * 2, 'PNG is twice the CSS width');
  assert.equal(png.body.readUInt32BE(20), css.h * 2, 'PNG is twice the CSS height');

  const svg = (await download(page, 'svg')).body.toString();
  assert.match(svg, /^<svg/);
  for (const text of ['NATO', '4.35', 'CSTO', '5.46', 'Interfax, 2 October 2012']) assert.ok(svg.includes(text), text);

  const json = JSON.parse((await download(page, 'json')).body.toString());
  const expected = await page.evaluate(async () => {
    const core = await import('./pkg/alliance_charts.js');
    await core.default();
    return core.defaultDataset();
  });
  assert.deepEqual(json, expected);

  const csv = (await download(page, 'csv')).body.toString();
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'Rank,Organisation,Score,Source,Article says');
  assert.equal(lines.length, 8);
  assert.ok(
    lines[7].startsWith('7,NATO,4.35,"Interfax, 2 October 2012; Eurasia Daily Monitor, 17 October 2012","NATO scored an abysmal 4.35'),
    lines[7],
  );

  // The PNG export does not disturb the chart on screen: hover still works.
  const nato = await pointOf(page, 'NATO');
  await page.mouse.move(nato.x, nato.y);
  assert.match(await inChart(page, (root) => root.querySelector('.tooltip').textContent), /4\.35/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('in a dark scheme the box is dark before the first draw, not white until the core is in', async () => {
  // The core's wasm held back, so that the elements wait for it with nothing drawn; a third
  // element added with no attributes at all (the theme is then `auto` by default).
  let release;
  const held = new Promise((ok) => { release = ok; });
  const routes = (c) => c.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  const { page, context, problems } = await open(env, { path: 'embed.html', colorScheme: 'dark', ready: () => customElements.get('alliance-chart') !== undefined, routes });
  await page.evaluate(() => document.body.append(document.createElement('alliance-chart')));
  const boxes = () => page.$$eval('alliance-chart', (elements) => elements.map((e) => ({
    drawn: e.views.length > 0,
    background: getComputedStyle(e.shadowRoot.querySelector('.frame')).backgroundColor,
  })));
  const waiting = await boxes();
  release();
  const ready = () => [...document.querySelectorAll('alliance-chart')].every((e) => e.views.length > 0);
  await page.waitForFunction(ready, null, { timeout: 15000 });
  const dark = { drawn: false, background: 'rgb(20, 23, 28)' };
  assert.deepEqual(waiting, [dark, dark, dark], 'the dark theme\'s background while the core loads');
  assert.deepEqual((await boxes()).map((e) => e.background), Array(3).fill(dark.background), 'and once drawn');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two custom elements on one page are independent, one with its own dataset', async () => {
  const ready = () => [...document.querySelectorAll('alliance-chart')].every((e) => e.views.length > 0);
  const { page, context, problems } = await open(env, { path: 'embed.html', ready });
  const state = await page.$$eval('alliance-chart', (elements) => Promise.all(elements.map(async (e) => {
    const data = await e.getData();
    return { view: e.view, title: data.title, scores: data.survey.scores.length };
  })));
  assert.deepEqual(state, [
    { view: 'timeline', title: 'Kazakhstan’s defense ties: the CSTO and Russia far outweigh NATO, EDM argues', scores: 7 },
    { view: 'survey', title: 'NATO and the CSTO only: the two alliances in the 2012 survey', scores: 2 },
  ]);
  await page.evaluate(() => { document.querySelector('#second').view = 'forces'; });
  await shown(page, 'forces', '#second');
  const views = await page.$$eval('alliance-chart', (elements) => elements.map((e) => e.view));
  assert.deepEqual(views, ['timeline', 'forces'], 'changing one element leaves the other alone');
  await page.screenshot({ path: `${SCREENSHOTS}/embed.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a failing src or an invalid dataset shows a clear message inside the element', async () => {
  const ready = () => window.customElements.get('alliance-chart') !== undefined;
  const { page, context } = await open(env, { path: 'embed.html', ready });
  const messages = await page.evaluate(async () => {
    const wait = (element, type) => new Promise((ok) => element.addEventListener(type, ok, { once: true }));
    const missing = document.createElement('alliance-chart');
    missing.setAttribute('src', 'data/no-such-file.json');
    let done = wait(missing, 'error');
    document.body.append(missing);
    await done;
    const broken = document.createElement('alliance-chart');
    broken.setAttribute('src', 'favicon.svg');
    done = wait(broken, 'error');
    document.body.append(broken);
    await done;
    const text = (e) => e.shadowRoot.querySelector('.message').textContent;
    return [text(missing), text(broken)];
  });
  assert.equal(messages[0], 'Could not load the data from data/no-such-file.json: 404 Not Found');
  assert.equal(messages[1], 'The data at favicon.svg is not valid JSON');
  await context.close();
});

test('an invalid dataset from src is refused naming its field, first and after a good one, and the chart stays', async () => {
  const bad = JSON.parse(readFileSync(new URL('../../www/data/kazakhstan_2012.json', import.meta.url), 'utf8'));
  bad.survey.scores[6].score = 9;
  const routes = (context) => context.route('**/bad-data.json', (route) => route.fulfill({
    body: JSON.stringify(bad), contentType: 'application/json' }));
  const ready = () => window.customElements.get('alliance-chart') !== undefined;
  const { page, context, problems } = await open(env, { path: 'embed.html', ready, routes });
  const seen = await page.evaluate(async () => {
    const wait = (element, type) => new Promise((ok) => element.addEventListener(type, ok, { once: true }));
    const text = (e) => e.shadowRoot.querySelector('.message').textContent;
    const element = document.createElement('alliance-chart');
    element.setAttribute('src', 'bad-data.json');
    let event = wait(element, 'error');
    document.body.append(element);
    const first = { event: (await event).detail.message, shown: text(element), build: element.build };
    event = wait(element, 'render');
    element.setAttribute('src', 'data/kazakhstan_2012.json');
    await event;
    const drawn = element.hitCount;
    event = wait(element, 'error');
    element.setAttribute('src', 'bad-data.json');
    const second = { event: (await event).detail.message, shown: text(element), hits: element.hitCount };
    return { first, drawn, second, data: (await element.getData()).survey.scores[6].score };
  });
  const message = 'invalid dataset: survey.scores[6].score: 9 is outside the scale 1–7';
  assert.deepEqual(seen.first, { event: message, shown: message, build: null }, 'no chart from a bad first dataset');
  assert.ok(seen.drawn > 0, 'a good src draws afterwards');
  assert.deepEqual(seen.second, { event: message, shown: `${message}. The chart still shows the previous data.`,
    hits: seen.drawn });
  assert.equal(seen.data, 4.35, 'the previous data stays');
  assert.deepEqual(problems, []);
  await context.close();
});
