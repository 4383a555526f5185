// Main-thread CPU time of cold loads, for A/B comparisons on a busy machine: wall-clock medians
// move by tens of ms with the machine's load, a thread's CPU time far less. For each page (or
// copy of one), over alternating runs in fresh contexts, the medians of: the first draw (as the
// bench times it, under the tracer), the CPU time of the page's main thread from navigation to
// that draw and in the next N ms (the trace's thread durations of its top-level tasks), and how
// many functions V8 compiled on that thread before the draw (JS and wasm, lazily: a count that
// does not depend on the load).
//
//   node bench/cputime.mjs [DIR:]widget [DIR:]widget ... [--mobile] [--runs N]
//
// A page name may be prefixed by `DIR:` to load it from a copy of bench/pages/ and www/ under
// DIR, as in bench/waterfall.mjs (`target/ab/base:widget widget`).
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { startServer } from './server.mjs';
import { FLAGS } from '../tests/e2e/harness.mjs';
import { MOBILE, PAGES, throttle } from './run.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 9;
const mobile = args.includes('--mobile');
const specs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');
const AFTER = mobile ? 400 : 100;
const CATEGORIES = ['toplevel', 'devtools.timeline', 'loading', 'blink.user_timing', 'v8', 'v8.wasm', 'disabled-by-default-v8.compile'];

const server = await startServer(ROOT);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
const samples = new Map();
console.log(`load average ${loadavg()[0].toFixed(1)}, ${RUNS} runs${mobile ? ', mobile profile' : ''}`);
try {
  for (let run = 0; run < RUNS; run++) {
    for (const spec of run % 2 ? [...specs].reverse() : specs) {
      const [kind, dir] = spec.split(':').reverse();
      const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2, colorScheme: 'light' });
      const page = await context.newPage();
      if (mobile) await throttle(await context.newCDPSession(page), MOBILE);
      await browser.startTracing(page, { categories: CATEGORIES });
      const drawn = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench: drawn', timeout: 60000 });
      await page.goto(url(dir, kind));
      await drawn;
      const at = await page.evaluate(() => window.__drawn);
      await page.waitForTimeout(AFTER + 100);
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      const rows = samples.get(spec) ?? new Map();
      for (const [key, value] of Object.entries(measure(events, at))) rows.set(key, [...(rows.get(key) ?? []), value]);
      samples.set(spec, rows);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
for (const [spec, rows] of samples) {
  console.log(`\n${spec}${mobile ? ' (mobile)' : ''}: medians (min–max)`);
  for (const [key, values] of rows) console.log(`${summary(values).padStart(22)}  ${key}`);
}
console.log(`\nload average ${loadavg()[0].toFixed(1)}`);

function url(dir, kind) {
  return server.url + (dir ? `${dir}/` : '') + PAGES[kind];
}

/** The figures of one cold load from its trace; `at` is the first draw, ms from navigation start. */
function measure(events, at) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/bench/pages/'));
  const threads = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === nav.pid);
  const tid = threads.find((e) => e.args.name === 'CrRendererMain').tid;
  const ms = (ts) => (ts - nav.ts) / 1000;
  const main = events.filter((e) => e.pid === nav.pid && e.tid === tid && e.ph === 'X' && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Top-level events: those not inside an earlier one; their thread durations are CPU time.
  const top = [];
  let end = -Infinity;
  for (const e of main) if (e.ts >= end) { top.push(e); end = e.ts + e.dur; }
  const cpu = (from, to) => top.filter((e) => ms(e.ts) >= from && ms(e.ts) < to)
    .reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0);
  const count = (name) => main.filter((e) => e.name === name && ms(e.ts) >= 0 && ms(e.ts) < at).length;
  return {
    'drawn, ms (traced)': at,
    'main-thread CPU, navigation → drawn, ms': cpu(0, at),
    [`main-thread CPU, drawn → drawn + ${AFTER} ms, ms`]: cpu(at, at + AFTER),
    'JS functions compiled on the main thread before the draw (V8.CompileCode)': count('V8.CompileCode'),
    'wasm functions compiled lazily before the draw (wasm.CompileLazy)': count('wasm.CompileLazy'),
  };
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const f = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  return `${f(median)} (${f(sorted[0])}–${f(sorted[sorted.length - 1])})`;
}
