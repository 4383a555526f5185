// A/B of the 7-bar redraw: several builds of the wasm, each drawing the survey on a canvas of its
// own in one page, timed in alternating rounds (reversed every other round) with the replay of
// the first build's canvas calls from plain JS (the floor of bench/run.mjs) beside them. For
// changes to the redraw path smaller than what two separate runs of bench/run.mjs can tell apart.
//
//   node bench/redraw-ab.mjs /www/pkg-a/alliance_charts.js /www/pkg/alliance_charts.js [...]
//   (paths under the repository's root, e.g. a copy of www/pkg made before a change; ROUNDS=6)
//
// Per build, render() and setData(the same dataset); per round, two figures: the CPU time of a
// call in a tight loop of 300 without readback (ms per call), and single calls after a turn of
// the event loop with a 1-pixel readback, as bench/run.mjs times them (the median of 100, and
// the mean of their middle half, which sees below the 0.1 ms the page's clock is coarsened to).
// Prints the median of each figure over the rounds, and a hash of each build's backing store
// after a redraw: builds that draw the same pixels print the same hash.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { FLAGS } from '../tests/e2e/harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PKGS = process.argv.slice(2);
const ROUNDS = Number(process.env.ROUNDS ?? 6);
if (PKGS.length === 0) {
  console.error('usage: node bench/redraw-ab.mjs /www/pkg-a/alliance_charts.js /www/pkg/alliance_charts.js ...');
  process.exit(2);
}

/** In the page: the charts, the recorded calls and the timings. */
async function measure([dataset, pkgs, rounds]) {
  const canvas = () => {
    const c = document.createElement('canvas');
    c.style.cssText = 'display:block;width:800px;height:500px';
    document.body.append(c);
    return c;
  };
  const charts = [];
  for (const pkg of pkgs) {
    const mod = await import(pkg);
    await mod.default();
    const c = canvas();
    charts.push([new mod.AllianceChart(c, { view: 'survey', dataset }), c]);
  }
  // The floor: the first build's calls of one render(), replayed on a canvas of the same size.
  const { recordCalls, replayer } = await import('/bench/pages/canvas-calls.js');
  const calls = recordCalls(charts[0][1], () => charts[0][0].render());
  const other = canvas();
  [other.width, other.height] = [charts[0][1].width, charts[0][1].height];
  const issue = replayer(calls);
  const replay = { calls: calls.length, canvas: other, run: () => issue(other.getContext('2d')) };
  const hash = (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 0;
    for (let i = 0; i < d.length; i += 3) h = (h * 31 + d[i]) | 0;
    return h;
  };
  const hashes = charts.map(([chart, c]) => (chart.setData(dataset), hash(c)));
  const tasks = charts.flatMap(([chart, c], i) => [
    [`render ${i}`, () => chart.render(), c],
    [`setData ${i}`, () => chart.setData(dataset), c],
  ]);
  tasks.push(['replay', replay.run, replay.canvas]);
  const pause = () => new Promise((ok) => setTimeout(ok, 0));
  const results = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, run, c] of round % 2 ? [...tasks].reverse() : tasks) {
      const read = () => c.getContext('2d').getImageData(0, 0, 1, 1);
      await pause();
      const t0 = performance.now();
      for (let i = 0; i < 300; i++) run();
      const loop = (performance.now() - t0) / 300;
      read();
      const single = [];
      for (let i = 0; i < 100; i++) {
        await pause();
        const t = performance.now();
        run();
        read();
        single.push(performance.now() - t);
      }
      single.sort((a, b) => a - b);
      const mid = single.slice(25, 75).reduce((a, b) => a + b, 0) / 50;
      (results[name] ??= []).push([loop, single[50], mid]);
    }
  }
  return { calls: replay.calls, hashes, results };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const dataset = JSON.parse(readFileSync(`${ROOT}src/dataset/kazakhstan_2012.json`, 'utf8'));
const server = await startServer(ROOT);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${server.url}bench/pages/floor.html`);
  const r = await page.evaluate(measure, [dataset, PKGS, ROUNDS]);
  console.log(`${r.calls} canvas calls per redraw; ${ROUNDS} rounds; ms, medians over the rounds`);
  PKGS.forEach((p, i) => console.log(`  ${i}: ${p} (pixels ${r.hashes[i]})`));
  console.log('                loop    single  single, middle-half mean');
  for (const [name, rows] of Object.entries(r.results)) {
    const [loop, single, mid] = [0, 1, 2].map((k) => median(rows.map((row) => row[k])));
    console.log(`  ${name.padEnd(10)}  ${loop.toFixed(3)}  ${single.toFixed(2).padStart(6)}  ${mid.toFixed(3).padStart(6)}`);
  }
} finally {
  await browser.close();
  server.close();
}
