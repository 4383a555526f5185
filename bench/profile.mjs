// A Chromium CPU profile of `setData` with changed data (or the same data, or `validateDataset`) at `n` bars, in
// the full build: the functions with the most time of their own and the most time including
// their callees. Function names need a names-kept wasm (`wasm-opt -g`); a shipped build shows
// `wasm-function[i]`. The sampling profiler inflates every JS↔wasm crossing: use it for where
// the time goes, bench/run.mjs for how long it takes.
//
//   node bench/profile.mjs [n=10000] [changed|same|validate]   (PKG=/www/other/alliance_charts.js)
//   writes bench/results/last.cpuprofile (opens in Chromium's DevTools)
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../.ci/serve.mjs';
import { surveyDataset } from './datasets.mjs';
import { chartWithPair } from './chart-pair.mjs';
import { FLAGS } from '../tests/e2e/harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const N = Number(process.argv[2] ?? 10000);
const WHAT = process.argv[3] ?? 'changed';
// A same-data redraw at a few bars takes about a millisecond: more runs for enough samples.
const RUNS = WHAT === 'same' ? 400 : 20;
const PKG = process.env.PKG ?? '/www/pkg/alliance_charts.js';
const base = JSON.parse(readFileSync(join(ROOT, 'src/dataset/kazakhstan_2012.json'), 'utf8'));

/** The `top` names by time of their own and by time including callees, in ms per run. */
function summary(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id) => byId.get(id).callFrame.functionName.replace(/\[[0-9a-f]+\]/g, '') || '(anonymous)';
  const own = new Map();
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000 / RUNS;
    own.set(name(id), (own.get(name(id)) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at; at = parent.get(at)) {
      if (!seen.has(name(at))) total.set(name(at), (total.get(name(at)) ?? 0) + dt);
      seen.add(name(at));
    }
  });
  const rows = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([k, v]) => `${v.toFixed(1).padStart(7)}  ${k.slice(0, 120)}`).join('\n');
  return `own time, ms per run:\n${rows(own)}\n\nincluding callees, ms per run:\n${rows(total)}`;
}

const { server, url } = await serve({ root: ROOT, port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
try {
  const page = await (await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2 })).newPage();
  await page.goto(`${url}bench/pages/floor.html`);
  await page.evaluate(chartWithPair, [surveyDataset(base, N), PKG]);
  await page.evaluate(() => {
    const { chart, pair } = window.bench;
    for (let i = 0; i < 4; i++) chart.setData(pair[i % 2]);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const median = await page.evaluate(([what, runs]) => {
    const { mod, chart, pair } = window.bench;
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      if (what === 'validate') mod.validateDataset(pair[i % 2]);
      else if (what === 'same') chart.setData(pair[0]);
      else chart.setData(pair[(i + 1) % 2]);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[runs >> 1];
  }, [WHAT, RUNS]);
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/last.cpuprofile'), JSON.stringify(profile));
  console.log(`${WHAT} at ${N} bars, profiled: median ${median.toFixed(1)} ms of ${RUNS} runs\n`);
  console.log(summary(profile));
} finally {
  await browser.close();
  server.close();
}
