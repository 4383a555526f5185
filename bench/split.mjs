// Where `setData` with a changed dataset spends its time, at 1,000 and 10,000 bars, in the full
// build: JSON.stringify of the page's object alone, `validateDataset` (that text read and
// validated), `setData` with the same data (laid out and drawn again: the JSON text compared),
// `setData` with changed data (all of it), and `render()` (drawn again). Medians of `runs`.
//
//   node bench/split.mjs [runs]      (PKG=/www/other/alliance_charts.js for another build)
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../.ci/serve.mjs';
import { surveyDataset } from './datasets.mjs';
import { chartWithPair } from './chart-pair.mjs';
import { FLAGS } from '../tests/e2e/harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.argv[2] ?? 31);
const PKG = process.env.PKG ?? '/www/pkg/alliance_charts.js';
const base = JSON.parse(readFileSync(join(ROOT, 'src/dataset/kazakhstan_2012.json'), 'utf8'));
const { server, url } = await serve({ root: ROOT, port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
try {
  const page = await (await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2 })).newPage();
  await page.goto(`${url}bench/pages/floor.html`);
  for (const n of [1000, 10000]) {
    const data = surveyDataset(base, n);
    await page.evaluate(chartWithPair, [data, PKG]);
    const times = await page.evaluate(async (runs) => {
      const { mod, canvas, chart, pair } = window.bench;
      const [dataset] = pair;
      const pixel = () => canvas.getContext('2d').getImageData(0, 0, 1, 1);
      const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
      const timed = async (action) => {
        const out = [];
        for (let i = 0; i < runs; i++) {
          await new Promise((ok) => setTimeout(ok, 0));
          const t0 = performance.now();
          action(i);
          pixel();
          out.push(performance.now() - t0);
        }
        return median(out);
      };
      const result = {
        stringify: await timed((i) => JSON.stringify(pair[i % 2])),
        validate: await timed((i) => mod.validateDataset(pair[i % 2])),
        same: await timed(() => chart.setData(dataset)),
        changed: await timed((i) => chart.setData(pair[(i + 1) % 2])),
        render: await timed(() => chart.render()),
      };
      chart.free();
      canvas.remove();
      return result;
    }, RUNS);
    console.log(`${n} bars:`, Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(', '));
  }
} finally {
  await browser.close();
  server.close();
}
