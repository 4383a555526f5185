// A dataset must never run code on the page: hostile strings in every field reach the DOM
// only as text, the pages run under a strict CSP with no violations, and the widget makes no
// request but the files it is built from and the `src` it is given.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, inChart, showTab, ARTICLE, emulateSaveData } from './harness.mjs';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=2</script>',
  '<svg onload="window.__xss=3"></svg>',
  "javascript:window.__xss=4//'\"",
];
// Enumerations must keep their values; every other string (ids and references included,
// rewritten consistently) carries a payload.
const ENUMS = new Set(['role', 'part', 'measure', 'kind']);

function poison(value, key = '') {
  if (typeof value === 'string') {
    if (ENUMS.has(key)) return value;
    let h = 0;
    for (const ch of value) h = (h * 31 + ch.codePointAt(0)) >>> 0;
    return `${PAYLOADS[h % PAYLOADS.length]} ${value}`;
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  return value;
}

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('hostile strings in every field show literally and never execute', async () => {
  const { page, context, problems } = await open(env);
  await page.addInitScript(() => {});
  const dataset = poison(structuredClone(ARTICLE));
  await page.evaluate((d) => document.querySelector('alliance-chart').setData(d), dataset);
  const seen = [];
  for (const id of ['survey', 'timeline', 'forces', 'scorecard']) {
    await showTab(page, id);
    // Walk every data point with the keyboard so every tooltip is rendered.
    const count = await page.evaluate(() => window.allianceChart.hitCount);
    await inChart(page, (root) => root.querySelector('canvas').focus());
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await inChart(page, (root) => root.querySelector('.tooltip').textContent));
    }
  }
  const dom = await inChart(page, (root) => ({
    injected: root.querySelectorAll('img, script, svg, iframe').length,
    table: root.querySelector('table').textContent,
    label: root.querySelector('canvas').getAttribute('aria-label'),
  }));
  const xss = await page.evaluate(() => window.__xss);
  assert.equal(xss, undefined, 'no payload ran');
  assert.equal(dom.injected, 0, 'no element was created from data');
  assert.ok(seen.length > 20, `tooltips seen: ${seen.length}`);
  assert.ok(seen.some((t) => t.includes('<img src=x onerror="window.__xss=1">')), 'payloads show literally in tooltips');
  assert.ok(dom.table.includes('"><script>window.__xss=2</script>'), 'and in the data table');
  assert.ok(PAYLOADS.some((p) => dom.label.includes(p)), 'and in the aria-label');
  // SVG export escapes them too.
  const svg = await page.evaluate(async () => (await document.querySelector('alliance-chart').exportBlob('svg')).text());
  assert.ok(!/<img|<script/.test(svg), 'SVG text is escaped');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an error message quoting a hostile id stays text', async () => {
  const { page, context } = await open(env);
  const data = structuredClone(ARTICLE);
  data.events[0].side = '<img src=x onerror="window.__xss=9">';
  // Served from the page's own origin: the CSP (rightly) refuses other sources.
  await page.route('**/hostile.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  const message = await page.evaluate(async () => {
    const element = document.querySelector('alliance-chart');
    const url = 'hostile.json';
    const failed = new Promise((ok) => element.addEventListener('error', ok, { once: true }));
    element.setAttribute('src', url);
    await failed;
    return element.shadowRoot.querySelector('.message').textContent;
  });
  assert.match(message, /events\[0\]\.side: refers to unknown side "<img src=x onerror="window\.__xss=9">"/);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await inChart(page, (root) => root.querySelectorAll('img').length), 0);
  await context.close();
});

for (const path of ['', 'embed.html', 'frame.html?view=timeline#timeline']) {
  test(`${path || 'index.html'} runs under its strict CSP with no violations and no foreign requests`, async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const problems = [];
    const requests = [];
    page.on('console', (msg) => { if (['error', 'warning'].includes(msg.type())) problems.push(msg.text()); });
    page.on('request', (req) => requests.push(req.url()));
    // No prefetch of the full build (a reader saving data): the request list below is what
    // drawing needs (tests/e2e/prefetch.test.mjs checks the prefetch).
    await page.addInitScript(emulateSaveData);
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(env.url + path);
    await page.waitForFunction(() => [...document.querySelectorAll('alliance-chart')].every((e) => e.views.length > 0));
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(response.status(), 200);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    const foreign = requests.filter((u) => !u.startsWith(env.url));
    assert.deepEqual(foreign, [], 'no request leaves the site');
    const expected = /\/(|index\.html|embed\.html|frame\.html|style\.css|app\.js|initial-view\.js|embed-dialog\.js|frame(-params)?\.js|fallback\/timeline-\d+-(light|dark)\.svg|fallback\/survey-\d+-(light|dark)\.svg|alliance-chart(\.min\.js|\.js|\.css|\.min\.css)|favicon\.svg|pkg(-survey)?\/alliance_charts(\.js|_bg\.wasm)|data\/nato-csto\.json)$/;
    assert.deepEqual(requests.filter((u) => !expected.test(new URL(u).pathname)), [], 'only the widget files and the given src');
    if (!path) {
      // The survey needs only the survey build; the full one waits until another view is opened.
      const wasm = requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname);
      assert.deepEqual(wasm, ['/pkg-survey/alliance_charts_bg.wasm']);
    }
    await context.close();
  });
}
