// Shared set-up for the end-to-end tests: the static server and Debian's Chromium driven by
// playwright-core (no browser download), with the flags these machines need.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../../.ci/serve.mjs';

export const SCREENSHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));

/** The article's dataset, as the page's embedded default (the survey build a page loads first has
 * no `getData`: tests pass this copy in). */
export const ARTICLE = JSON.parse(readFileSync(new URL('../../src/dataset/kazakhstan_2012.json', import.meta.url), 'utf8'));

/**
 * Chromium flags for Debian's build on these machines (root, no GPU, closed network), for the
 * tests and the bench. Headless Chromium opens a window for every new context, and each window
 * loads the omnibox popup's WebUI page in a renderer of its own, about 0.8 s of CPU time in the
 * context's first second: turned off, so that it does not run beside a page under test (a
 * reader's browser, whose window is open already, does not pay it for a page load).
 */
export const FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

/** Starts the server and a browser; returns helpers and a close(). */
export async function start() {
  const { server, url } = await serve({ port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // Playwright gives each launch a fresh, empty profile directory of its own.
    args: FLAGS,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * Opens a page and collects every console message, page error and CSP violation, so tests
 * can assert there were none. `saveData` (the default) emulates a reader who asked to save
 * data, so the element does not prefetch the full build: the tests that count which
 * builds load, or block one, see only what they ask for.
 */
export async function open(env, { path = '', width = 1000, height = 800, dpr = 1, colorScheme = 'light', bypassCSP = false, hasTouch = false, saveData = true, ready = () => window.allianceChart !== undefined, routes = async () => {} } = {}) {
  const context = await env.browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: dpr,
    colorScheme,
    bypassCSP,
    hasTouch,
    acceptDownloads: true,
  });
  if (saveData) await context.addInitScript(emulateSaveData);
  await routes(context);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (['error', 'warning'].includes(msg.type())) problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`requestfailed: ${req.url()}`));
  await page.goto(env.url + path);
  await page.waitForFunction(ready, null, { timeout: 15000 });
  return { page, context, problems };
}

/** navigator.connection.saveData reads true, as with a browser's data saver on. */
export function emulateSaveData() {
  Object.defineProperty(NetworkInformation.prototype, 'saveData', { configurable: true, get: () => true });
}

// Reads the chart's backing store through a fresh copy, so the page's own canvas is never
// read back (repeated readbacks make Chromium log a performance warning on the page).
const READ = `(() => {
  const source = document.querySelector('alliance-chart').shadowRoot.querySelector('canvas');
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  const ctx = copy.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(source, 0, 0);
  return ctx.getImageData(0, 0, copy.width, copy.height);
})()`;

/** Counts canvas pixels within `tolerance` of an RGB colour (read back from the backing store). */
export function countColor(page, rgb, tolerance = 12) {
  return page.evaluate(([r, g, b, t, read]) => {
    const { data } = (0, eval)(read);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) <= t && Math.abs(data[i + 1] - g) <= t && Math.abs(data[i + 2] - b) <= t) n++;
    }
    return n;
  }, [...rgb, tolerance, READ]);
}

/** A fingerprint of the canvas pixels, to tell whether a redraw changed anything. */
export function canvasHash(page) {
  return page.evaluate((read) => {
    const { data, width, height } = (0, eval)(read);
    let h = 2166136261;
    for (let i = 0; i < data.length; i += 7) h = Math.imul(h ^ data[i], 16777619);
    return `${width}x${height}:${h >>> 0}`;
  }, READ);
}

/** Evaluates `fn(shadowRoot, element)` for the first <alliance-chart> (or the one matching `selector`). */
export function inChart(page, fn, arg, selector = 'alliance-chart') {
  return page.evaluate(
    ([source, a, sel]) => {
      const element = document.querySelector(sel);
      return (0, eval)(`(${source})`)(element.shadowRoot, element, a);
    },
    [fn.toString(), arg, selector],
  );
}

/** The data point of the current view whose label matches, with its region in page coordinates. */
export async function pointOf(page, label, selector = 'alliance-chart') {
  return inChart(page, (root, element, wanted) => {
    const box = root.querySelector('canvas').getBoundingClientRect();
    for (let i = 0; i < element.hitCount; i++) {
      const hit = element.hit(i);
      if (hit.label === wanted) return { index: i, x: box.left + hit.x + hit.width / 2, y: box.top + hit.y + hit.height / 2, hit };
    }
    return null;
  }, label, selector);
}

/** Waits until the browser has painted `n` more animation frames. */
export function frames(page, n = 2) {
  return page.evaluate((count) => new Promise((ok) => {
    const step = (k) => (k === 0 ? ok() : requestAnimationFrame(() => step(k - 1)));
    step(count);
  }), n);
}

/**
 * Waits until the page's chart shows view `id` and has painted: the first switch away from
 * the survey fetches the full build of the core, so a view change is not always immediate.
 */
export async function shown(page, id, selector = 'alliance-chart') {
  await page.evaluate((s) => document.querySelector(s).ready, selector);
  await page.waitForFunction(([s, v]) => document.querySelector(s).view === v, [selector, id], { timeout: 10000 });
  await frames(page);
}

/** Clicks a view's tab on the demo page and waits until the chart shows it. */
export async function showTab(page, id) {
  await page.click(`#tab-${id}`);
  await shown(page, id);
}
