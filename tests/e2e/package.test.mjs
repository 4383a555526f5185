// The npm package (`make package`) as a front-end team uses it: installed from its tarball
// into a scratch app, bundled by Vite, served and drawn in Chromium, every view, with the wasm
// emitted and loaded through the bundler's asset handling; and the element served as it is
// from a sub-path of another origin (a CDN, with CORS).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { FLAGS } from './harness.mjs';
import { serve } from '../../.ci/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE = `${ROOT}target/package/`;
const VERSION = /^version = "([^"]*)"/m.exec(readFileSync(`${ROOT}Cargo.toml`, 'utf8'))[1];
const TARBALL = `${PACKAGE}alliance-charts-${VERSION}.tgz`;
const VIEWS = ['survey', 'timeline', 'forces', 'scorecard'];
const NATO_BLUE = [0x1d, 0x4e, 0xd8];
const ELEMENTS = VIEWS.map((v) => `<alliance-chart view="${v}" theme="light"></alliance-chart>`).join('\n');
const PAGE_STYLE = '<style>alliance-chart { width: 720px; height: 460px; margin: 8px 0; }</style>';

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
});
after(() => browser?.close());

/** Opens a page, waits until every element has drawn; returns the NATO-blue pixels each shows. */
async function drawnViews(url) {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const problems = [];
  const requests = [];
  page.on('console', (msg) => { if (['error', 'warning'].includes(msg.type())) problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('request', (req) => requests.push(req.url()));
  await page.goto(url);
  await page.waitForFunction((n) => {
    const charts = [...document.querySelectorAll('alliance-chart')];
    return charts.length === n && charts.every((e) => e.views.length > 0 && e.view === e.getAttribute('view'));
  }, VIEWS.length, { timeout: 20000 });
  const blue = await page.evaluate(([r, g, b]) => [...document.querySelectorAll('alliance-chart')].map((e) => {
    const source = e.shadowRoot.querySelector('canvas');
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(source, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 20) n++;
    return n;
  }), NATO_BLUE);
  const api = await page.evaluate(() => window.apiChart?.summary());
  await page.close();
  return { blue, requests, problems, api };
}

test('the tarball, installed and bundled by Vite, draws every view with the wasm as Vite assets', async () => {
  const app = `${ROOT}target/vite-app/`;
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  writeFileSync(`${app}package.json`, JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  writeFileSync(`${app}index.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>scratch</title>
${PAGE_STYLE}<script type="module" src="./main.js"></script></head>
<body>${ELEMENTS}<canvas id="api" style="width:400px;height:300px"></canvas></body></html>`);
  writeFileSync(`${app}main.js`, `import 'alliance-charts';
import init, { AllianceChart } from 'alliance-charts/core';
init().then(() => { window.apiChart = new AllianceChart(document.getElementById('api'), { view: 'forces' }); });
`);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', TARBALL], { cwd: app, stdio: 'inherit' });
  const { build } = await import('vite');
  await build({ root: app, logLevel: 'error', build: { outDir: `${app}dist`, emptyOutDir: true } });
  const assets = readdirSync(`${app}dist/assets`);
  const wasm = assets.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 2, `both builds of the core are emitted: ${assets.join(', ')}`);

  const { server, url } = await serve({ root: `${app}dist`, port: 0 });
  try {
    const { blue, requests, problems, api } = await drawnViews(url);
    for (const [i, view] of VIEWS.entries()) assert.ok(blue[i] > 200, `${view} drew its NATO marks (${blue[i]} px)`);
    // The element fetches both builds; main.js's own init() fetches the full one once more.
    const loaded = new Set(requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname));
    assert.deepEqual([...loaded].sort(), wasm.map((f) => `/assets/${f}`).sort(), 'the wasm comes from the emitted assets');
    assert.match(api ?? '', /^Forces and personnel/, 'the JS API (alliance-charts/core) works from the bundle');
    assert.deepEqual(problems, []);
  } finally {
    server.close();
  }
});

test('the element served from a sub-path of another origin (a CDN with CORS) draws every view', async () => {
  const cdnRoot = `${ROOT}target/cdn/`;
  rmSync(cdnRoot, { recursive: true, force: true });
  cpSync(`${PACKAGE}alliance-charts`, `${cdnRoot}npm/alliance-charts@${VERSION}`, { recursive: true });
  const cdn = await serve({ root: cdnRoot, port: 0, headers: { 'Access-Control-Allow-Origin': '*' } });
  const site = `${ROOT}target/cdn-site/`;
  mkdirSync(site, { recursive: true });
  const element = `${cdn.url}npm/alliance-charts@${VERSION}/alliance-chart.js`;
  writeFileSync(`${site}index.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>cdn</title>
${PAGE_STYLE}<script type="module" src="${element}"></script></head><body>${ELEMENTS}</body></html>`);
  const page = await serve({ root: site, port: 0 });
  try {
    assert.notEqual(new URL(page.url).origin, new URL(cdn.url).origin);
    const { blue, requests, problems } = await drawnViews(page.url);
    for (const [i, view] of VIEWS.entries()) assert.ok(blue[i] > 200, `${view} drew its NATO marks (${blue[i]} px)`);
    const wasm = requests.filter((u) => u.endsWith('.wasm'));
    assert.deepEqual(wasm.sort(), ['pkg', 'pkg-survey'].map((b) => `${cdn.url}npm/alliance-charts@${VERSION}/${b}/alliance_charts_bg.wasm`).sort());
    assert.deepEqual(problems, []);
  } finally {
    cdn.server.close();
    page.server.close();
  }
});
