// The responsive iframe for CMSs that strip scripts: frame.html shows one chart from its URL
// and posts its height; embed-resize.js on a page of another origin fits the iframe to it and
// ignores messages from any other origin. And the demo page's Embed dialog that gives both
// snippets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { start, open, showTab, SCREENSHOTS } from './harness.mjs';
import { serve } from '../../.ci/serve.mjs';
import { FIXED_HEIGHTS, snippets } from '../../www/embed-dialog.js';

const VIEWS = ['survey', 'timeline', 'forces', 'scorecard'];
const HOST = fileURLToPath(new URL('../../target/iframe-host/', import.meta.url));
let env;
let host;
before(async () => {
  env = await start();
  mkdirSync(HOST, { recursive: true });
  // A frame of the host's own origin that posts the chart's message: not the chart's origin.
  writeFileSync(`${HOST}other.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>other</title></head>
<body><script>setInterval(() => parent.postMessage({ 'alliance-chart-height': { '': 1234 } }, '*'), 50);</script></body></html>`);
  for (const view of VIEWS) {
    // The dialog's own iframe snippet, as an editor would paste it.
    const { iframe } = snippets(view, new URL(env.url));
    writeFileSync(`${HOST}${view}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head>
<body><p>An article.</p>
${iframe}
<iframe id="other" src="other.html" title="other" width="300" height="100"></iframe>
<p>The article goes on.</p></body></html>`);
  }
  host = await serve({ root: HOST, port: 0 });
});
after(async () => {
  host?.server.close();
  await env?.close();
});

test('embed-resize.js fits the iframe to its chart at 360, 800 and 1440 px and ignores other origins', async () => {
  assert.notEqual(new URL(host.url).origin, new URL(env.url).origin, 'the host page is on another origin');
  for (const view of VIEWS) {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => { if (['error', 'warning'].includes(msg.type())) problems.push(msg.text()); });
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(`${host.url}${view}.html`);
    // The iframe may still be navigating when the host page has loaded: wait for its document.
    const chartFrame = await (await page.waitForSelector('iframe[src*="frame.html"]')).contentFrame();
    await chartFrame.waitForFunction((v) => document.getElementById('chart').views.length > 0 && document.getElementById('chart').view === v, view, { timeout: 15000 });
    const heights = [];
    for (const width of [360, 800, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      // The chart redraws at the new width; then the iframe takes the frame's new height.
      await chartFrame.waitForFunction(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(true)))));
      const content = await chartFrame.evaluate(() => ({
        height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        clipped: document.documentElement.scrollHeight > innerHeight,
        width: innerWidth,
      }));
      await page.waitForFunction((h) => document.querySelector('iframe[src*="frame.html"]').style.height === `${h}px`, content.height, { timeout: 5000 })
        .catch(() => assert.fail(`${view} at ${width}: the iframe does not take its chart's ${content.height}px`));
      assert.equal(content.clipped, false, `${view} at ${width}: the whole chart shows`);
      heights.push(content.height);
      if (width === 360) {
        assert.ok(content.height <= FIXED_HEIGHTS[view], `${view}: the snippet's fixed height (${FIXED_HEIGHTS[view]}) shows the whole chart without the script (${content.height})`);
        await page.screenshot({ path: `${SCREENSHOTS}iframe-${view}-360.png`, fullPage: true });
      }
    }
    assert.equal(new Set(heights).size, 3, `${view}: the height follows the width (${heights})`);
    // The host's own frame and the host page itself post the same message: nothing changes.
    await page.evaluate(() => window.postMessage({ 'alliance-chart-height': { '': 5 } }, '*'));
    await page.waitForTimeout(200);
    const after = await page.evaluate(() => ({
      other: getComputedStyle(document.getElementById('other')).height,
      chart: document.querySelector('iframe[src*="frame.html"]').style.height,
    }));
    assert.equal(after.other, '100px', 'a message from another origin resizes nothing');
    assert.equal(after.chart, `${heights.at(-1)}px`, 'the chart keeps its height');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the Embed dialog gives the open view’s snippets, copies them and gives focus back', async () => {
  const { page, context, problems } = await open(env, { path: 'index.html#forces' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await showTab(page, 'forces');
  await page.click('#embed-open');
  const dialog = await page.evaluate(() => {
    const d = document.getElementById('embed-dialog');
    return {
      open: d.open,
      modal: d.matches(':modal'),
      focusInside: d.contains(document.activeElement),
      label: document.getElementById(d.getAttribute('aria-labelledby')).textContent,
      element: document.getElementById('embed-element').value,
      iframe: document.getElementById('embed-iframe').value,
    };
  });
  assert.ok(dialog.open && dialog.modal && dialog.focusInside, JSON.stringify(dialog));
  assert.equal(dialog.label, 'Embed this chart');
  assert.equal(dialog.element, `<script type="module" src="${env.url}alliance-chart.min.js"></script>\n<alliance-chart view="forces" theme="auto"></alliance-chart>`);
  assert.match(dialog.iframe, new RegExp(`^<iframe src="${env.url}frame\\.html\\?view=forces#forces" title="[^"]+: Forces" width="100%" height="640"`));
  assert.match(dialog.iframe, new RegExp(`<script src="${env.url}embed-resize\\.js" defer></script>$`));
  await page.click('[data-copy="embed-iframe"]');
  await page.waitForFunction(() => document.getElementById('embed-status').textContent === 'Copied to the clipboard.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), dialog.iframe);
  await page.screenshot({ path: `${SCREENSHOTS}embed-dialog.png` });
  await page.keyboard.press('Escape');
  assert.deepEqual(await page.evaluate(() => [document.getElementById('embed-dialog').open, document.activeElement.id]), [false, 'embed-open']);
  assert.deepEqual(problems, []);
  await context.close();
});
