// The cold start's waterfall from the page's own Resource Timing, without a tracer's overhead:
// for each file, when it was asked for (startTime) and when its last byte was in (responseEnd),
// and when the chart was drawn (as bench/run.mjs times it), in ms from navigation start; also
// drawn minus the script's arrival, the part the element's loading path decides. Medians over
// runs, a fresh context each, the pages alternating.
//
//   node bench/waterfall.mjs [widget|preload|src|chartjs ...] [--mobile] [--switch] [--runs N]
//
// A page name may be prefixed by `DIR:` to load it from a copy of bench/pages/ and www/ under
// DIR (for A/B comparisons of the loading path in one run: `target/ab/base:widget widget`).
// --switch also times the mobile bench's switch right after the first draw.
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
const kinds = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');

const server = await startServer(ROOT);
const { url } = server;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
const samples = new Map();
console.log(`load average ${loadavg()[0].toFixed(1)}, ${RUNS} runs${mobile ? ', mobile profile' : ''}`);
try {
  for (let run = 0; run < RUNS; run++) {
    for (const spec of run % 2 ? [...(kinds.length ? kinds : ['widget'])].reverse() : (kinds.length ? kinds : ['widget'])) {
      const [kind, dir] = spec.split(':').reverse();
      const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2, colorScheme: 'light' });
      const page = await context.newPage();
      if (mobile) await throttle(await context.newCDPSession(page), MOBILE);
      const drawn = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench: drawn', timeout: 60000 });
      await page.goto(url + (dir ? `${dir}/` : '') + PAGES[kind]);
      await drawn;
      const timing = await page.evaluate(() => ({
        drawn: window.__drawn,
        files: performance.getEntriesByType('resource').map((e) => ({
          name: new URL(e.name).pathname.split('/').slice(-2).join('/'), start: e.startTime, end: e.responseEnd,
        })).filter((f) => f.end > 0 && f.end <= window.__drawn),
      }));
      if (args.includes('--switch')) {
        // As the bench's mobile switch: to another view right after the first draw.
        await page.waitForFunction(() => window.bench !== undefined);
        timing.switch = await page.evaluate(() => window.bench.switchView('timeline'));
      }
      const rows = samples.get(spec) ?? new Map();
      if (timing.switch) rows.set('switch → drawn (not from navigation)', [...(rows.get('switch → drawn (not from navigation)') ?? []), timing.switch]);
      const push = (key, v) => rows.set(key, [...(rows.get(key) ?? []), v]);
      push('drawn', timing.drawn);
      // The part the element's loading path decides: from the element's script in to drawn.
      const element = timing.files.find((f) => f.name.endsWith('alliance-chart.min.js') || f.name.endsWith('chart.umd.min.js'));
      if (element) push('drawn − script in', timing.drawn - element.end);
      for (const f of timing.files) {
        push(`${f.name} asked`, f.start);
        push(`${f.name} in`, f.end);
      }
      samples.set(spec, rows);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
for (const [spec, rows] of samples) {
  console.log(`\n${spec}${mobile ? ' (mobile)' : ''}: median ms from navigation start (runs)`);
  for (const [key, v] of [...rows].sort((a, b) => median(a[1]) - median(b[1]))) {
    console.log(`${median(v).toFixed(1).padStart(8)}  ${key} (${v.length})`);
  }
}
