// A Chromium trace of one cold load of a bench page, summarised: when each file was requested,
// answered and finished, and the main thread's tasks (what ran, for how long) up to the chart's
// first draw, in ms from navigation start. For finding where a cold start's time goes.
//
//   node bench/trace.mjs [widget|preload|src|chartjs] [--mobile] [--switch] [--min MS] [--tree] [--out FILE]
//
// --mobile applies the bench's mobile profile; --switch then switches the view right after the
// first draw (as the bench's mobile switch does) and follows the trace to that draw. --min hides
// main-thread tasks shorter than MS (default 1); --tree shows each of the others as a tree of
// its events. --out keeps the raw trace (chrome://tracing, Perfetto). The tracer's own overhead
// (stacks for every request) makes each task longer than in the bench: compare within a trace.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { FLAGS } from '../tests/e2e/harness.mjs';
import { MOBILE, PAGES, throttle } from './run.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const kind = args.find((a, i) => !a.startsWith('--') && !['--min', '--out'].includes(args[i - 1])) ?? 'widget';
const MIN = Number(option('--min', 1));
const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'v8.execute',
  'blink.user_timing', 'loading', 'disabled-by-default-v8.compile', 'toplevel', 'blink',
];

const server = await startServer(ROOT);
const { url } = server;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2, colorScheme: 'light' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (flag('--mobile')) await throttle(cdp, MOBILE);
  await browser.startTracing(page, { categories: CATEGORIES });
  const drawn = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench: drawn', timeout: 60000 });
  await page.goto(url + PAGES[kind]);
  await drawn;
  const marks = { drawn: await page.evaluate(() => window.__drawn) };
  if (flag('--switch')) {
    await page.waitForFunction(() => window.bench !== undefined);
    const took = await page.evaluate(() => {
      const t0 = performance.now();
      return window.bench.switchView('timeline').then((t) => ({ t0, t }));
    });
    marks.switchStart = took.t0;
    marks.switched = took.t0 + took.t;
  } else {
    await page.waitForTimeout(300);
  }
  const trace = JSON.parse((await browser.stopTracing()).toString());
  if (option('--out')) writeFileSync(option('--out'), JSON.stringify(trace));
  summarise(trace.traceEvents ?? trace, marks);
  await context.close();
} finally {
  await browser.close();
  server.close();
}

function summarise(events, marks) {
  const names = new Map(); // pid:tid → thread name
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/bench/pages/'));
  const t0 = nav.ts;
  const pid = nav.pid;
  const at = (ts) => ((ts - t0) / 1000).toFixed(1).padStart(7);
  const end = t0 + ((marks.switched ?? marks.drawn) + 50) * 1000;

  console.log(`${kind}${flag('--mobile') ? ', mobile profile' : ''}: drawn at ${marks.drawn.toFixed(1)} ms`
    + (marks.switched ? `; switch asked at ${marks.switchStart.toFixed(1)}, drawn at ${marks.switched.toFixed(1)} ms` : ''));

  console.log('\nnetwork (ms from navigation start): requested, answered, finished');
  const requests = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (!d?.requestId) continue;
    const r = requests.get(d.requestId) ?? { url: d.url };
    if (e.name === 'ResourceSendRequest') { r.url = d.url; r.sent = e.ts; r.priority = d.priority; }
    if (e.name === 'ResourceReceiveResponse') r.answered = e.ts;
    if (e.name === 'ResourceFinish') r.finished = d.finishTime ? d.finishTime * 1e6 : e.ts;
    requests.set(d.requestId, r);
  }
  for (const r of [...requests.values()].filter((r) => r.sent && r.url?.startsWith('http')).sort((a, b) => a.sent - b.sent)) {
    const path = r.url.replace(/^https?:\/\/[^/]+\//, '');
    console.log(`${at(r.sent)} ${r.answered ? at(r.answered) : '      -'} ${r.finished ? at(r.finished) : '      -'}  ${r.priority ?? ''} ${path}`);
  }

  const main = [...names].find(([key, name]) => name === 'CrRendererMain' && key.startsWith(`${pid}:`))?.[0];
  const [, tid] = main.split(':').map(Number);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= t0 && e.ts <= end);
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  console.log(`\nmain thread tasks ≥ ${MIN} ms: start, duration, what ran inside (inclusive ms)`);
  let busy = 0;
  for (const task of tasks) {
    const dur = task.dur / 1000;
    busy += dur;
    if (dur < MIN) continue;
    const inner = new Map();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur || e.name === 'RunTask') continue;
      let label = e.name;
      const d = e.args?.data ?? e.args;
      if (['EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'v8.compile', 'FunctionCall', 'ResourceSendRequest'].includes(e.name) && (d?.url || d?.fileName)) {
        label += ` ${String(d.url ?? d.fileName).replace(/^https?:\/\/[^/]+\//, '')}`;
      }
      if (e.name === 'FunctionCall' && d?.functionName) label += ` ${d.functionName}`;
      inner.set(label, (inner.get(label) ?? 0) + e.dur / 1000);
    }
    const top = [...inner].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${d.toFixed(1)}`).join('; ');
    console.log(`${at(task.ts)} ${dur.toFixed(1).padStart(6)}  ${top}`);
  }
  console.log(`\nmain thread busy in tasks to the end: ${busy.toFixed(1)} ms`);
  if (flag('--tree')) {
    // Each task of at least --min ms as a tree of its events of at least 0.3 ms.
    for (const task of tasks.filter((t) => t.dur / 1000 >= MIN && t.name === 'ThreadControllerImpl::RunTask')) {
      const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur >= 300)
        .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      const stack = [];
      console.log(`\ntask at ${at(task.ts)}, ${(task.dur / 1000).toFixed(1)} ms:`);
      for (const e of inside) {
        while (stack.length && e.ts >= stack[stack.length - 1].ts + stack[stack.length - 1].dur) stack.pop();
        const d = e.args?.data ?? {};
        const what = [d.functionName, d.url?.replace(/^https?:\/\/[^/]+\//, '')].filter(Boolean).join(' ');
        if (stack.length < 9) console.log(`${at(e.ts)} ${(e.dur / 1000).toFixed(1).padStart(6)} ${'  '.repeat(stack.length)}${e.name} ${what}`);
        stack.push(e);
      }
    }
  }

  // Wasm work on any thread of the renderer: compiles off the main thread and lazy ones on it.
  const wasm = new Map();
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'X' || !/wasm/i.test(e.name) || e.ts < t0 || e.ts > end) continue;
    const thread = e.tid === tid ? 'main' : 'other';
    const key = `${e.name} (${thread})`;
    const w = wasm.get(key) ?? { n: 0, ms: 0, first: e.ts };
    w.n += 1;
    w.ms += e.dur / 1000;
    wasm.set(key, w);
  }
  console.log('\nwasm events: count, total ms, first at');
  for (const [name, w] of [...wasm].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)) {
    console.log(`${String(w.n).padStart(5)} ${w.ms.toFixed(1).padStart(7)} ${at(w.first)}  ${name}`);
  }
}
