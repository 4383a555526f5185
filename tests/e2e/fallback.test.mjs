// The chart before and without JavaScript: the static fallback inside <alliance-chart> (each
// view's SVG drawn natively by `make build`, its alt text and the data link), the swap to the
// live canvas in the same box, and the printed page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { start, open, shown, showTab, ARTICLE, SCREENSHOTS } from './harness.mjs';

const VIEWS = ['survey', 'timeline', 'forces', 'scorecard'];
let env;
let summaries;
before(async () => {
  env = await start();
  // The live chart's own words for each view, to hold the fallback's alt texts to.
  const { page, context } = await open(env);
  summaries = {};
  for (const view of VIEWS) {
    await showTab(page, view);
    summaries[view] = await page.evaluate(() => window.allianceChart.shadowRoot.querySelector('canvas').getAttribute('aria-label'));
  }
  await context.close();
});
after(() => env?.close());

/** The fallback on screen: which view, its image and link, as the reader sees them. */
function visibleFallback(page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll('alliance-chart > .fallback')].filter((f) => f.checkVisibility());
    return shown.map((f) => {
      const img = f.querySelector('img');
      const link = f.querySelector('a');
      return {
        view: f.dataset.view,
        src: new URL(img.currentSrc).pathname,
        alt: img.alt,
        loaded: img.complete && img.naturalWidth > 0,
        imgBox: img.getBoundingClientRect().toJSON(),
        link: link.checkVisibility() ? link.href : null,
        box: f.closest('alliance-chart').getBoundingClientRect().toJSON(),
      };
    });
  });
}

for (const width of [360, 1000]) {
  test(`without JavaScript, each view's fallback image and data link show at ${width} px`, async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const view of VIEWS) {
      await page.goto(`${env.url}index.html#${view}`);
      await page.waitForFunction(() => [...document.images].filter((i) => i.checkVisibility()).every((i) => i.complete));
      const shown = await visibleFallback(page);
      assert.equal(shown.length, 1, `one fallback shows for #${view}`);
      const [fallback] = shown;
      assert.equal(fallback.view, view);
      assert.ok(fallback.loaded, `${fallback.src} loaded`);
      assert.equal(fallback.src, `/fallback/${view}-${width <= 480 ? 360 : 928}-light.svg`, 'the width chosen for the box');
      assert.equal(fallback.alt, summaries[view], 'the alt text is the live chart’s summary');
      assert.ok(fallback.imgBox.width > width * 0.8, 'the image spans the column');
      const data = await (await fetch(fallback.link)).json();
      assert.deepEqual(data, ARTICLE, 'the link leads to the dataset shown');
      // The image is the chart: NATO's colour is drawn in it.
      const blue = await page.evaluate(() => {
        const img = [...document.images].find((i) => i.checkVisibility());
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const { data: px } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let n = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i] === 0x1d && px[i + 1] === 0x4e && px[i + 2] === 0xd8) n++;
        return n;
      });
      assert.ok(blue > 100, `${view}: ${blue} NATO-blue pixels in the image`);
      if (width === 360) await page.screenshot({ path: `${SCREENSHOTS}nojs-${view}-360.png`, fullPage: true });
    }
    await context.close();
  });
}

test('no text runs outside any fallback SVG in Chromium (the renderer measures with DejaVu Sans)', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const view of VIEWS) {
    for (const width of [360, 640, 928]) {
      for (const theme of ['light', 'dark']) {
        await page.goto(`${env.url}fallback/${view}-${width}-${theme}.svg`);
        const outside = await page.evaluate(() => {
          const svg = document.documentElement;
          const w = svg.width.baseVal.value;
          const texts = [...svg.querySelectorAll('text')];
          return { count: texts.length, w, outside: texts.map((t) => [t.textContent.trim(), t.getBBox()]).filter(([, b]) => b.x < -0.5 || b.x + b.width > w + 0.5).map(([t]) => t) };
        });
        assert.equal(outside.w, width);
        assert.ok(outside.count > 20, `${view}-${width}-${theme}: ${outside.count} texts`);
        assert.deepEqual(outside.outside, [], `${view}-${width}-${theme}`);
      }
    }
  }
  await context.close();
});

test('without WebAssembly, the fallback stays as the chart, and the page hears why', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  // As in browsers where WebAssembly is switched off (lockdown modes, some policies).
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
    document.addEventListener('error', (e) => { if (e.target.localName === 'alliance-chart') window.__chartError = e.detail.message; }, true);
  });
  await page.goto(`${env.url}index.html`);
  await page.waitForFunction(() => window.__chartError !== undefined);
  const shown = await visibleFallback(page);
  assert.deepEqual(shown.map((f) => [f.view, f.loaded, Boolean(f.link)]), [['survey', true, true]]);
  const covered = await page.evaluate(() => document.querySelector('alliance-chart').shadowRoot.querySelector('.message').checkVisibility());
  assert.equal(covered, false, 'no message covers the image');
  await page.screenshot({ path: `${SCREENSHOTS}no-wasm-1000.png` });
  await context.close();
});

// Records the page's layout shifts from its first paint on.
function watchShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
}

// The chart's size (its place is the layout-shift entries' business: the page without scripts
// also shows the views' links above it).
const chartBox = (page) => page.evaluate(() => {
  const { width, height } = document.querySelector('alliance-chart').getBoundingClientRect();
  return { width, height };
});

// Left out: the scorecard where its text needs more than the element's CSS height (600 px at
// 1000, 914 at 360), which the live element grows to; its fallback keeps the CSS box.
for (const [width, views] of [[1000, ['survey', 'timeline', 'forces']], [360, ['survey', 'timeline', 'forces']]]) {
  test(`the live chart takes the fallback's box with no layout shift at ${width} px (${views.join(', ')})`, async () => {
    const still = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const stillPage = await still.newPage();
    for (const view of views) {
      await stillPage.goto(`${env.url}index.html#${view}`);
      const fallbackBox = await chartBox(stillPage);
      const context = await env.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(watchShifts);
      await page.goto(`${env.url}index.html#${view}`);
      await shown(page, view);
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${view}: no layout-shift entries`);
      assert.deepEqual(await chartBox(page), fallbackBox, `${view}: the live chart's box is the fallback's`);
      const fallbackShown = await page.evaluate(() => document.querySelector('alliance-chart').shadowRoot.querySelector('slot').checkVisibility());
      assert.equal(fallbackShown, false, 'the canvas replaced the fallback');
      await context.close();
    }
    await still.close();
  });
}

// Checks, in the microtask after the element hides its fallback (before the browser can paint),
// that the canvas it reveals is already drawn: its pixels are not all one colour.
function watchSwap() {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver(() => {
      const frame = root.querySelector('.frame');
      if (!frame?.classList.contains('drawn') || window.__swap) return;
      const canvas = root.querySelector('canvas');
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d');
      ctx.drawImage(canvas, 0, 0);
      const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
      const colours = new Set();
      for (let i = 0; i < data.length && colours.size < 10; i += 4 * 97) colours.add(data[i] << 16 | data[i + 1] << 8 | data[i + 2]);
      window.__swap = { size: [canvas.width, canvas.height], colours: colours.size };
    }).observe(root, { subtree: true, attributes: true, attributeFilter: ['class'] });
    return root;
  };
}

test('the fallback gives way only to a canvas already drawn (no blank frame)', async () => {
  for (const view of ['survey', 'timeline']) {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(watchSwap);
    await page.goto(`${env.url}index.html#${view}`);
    await shown(page, view);
    const swap = await page.evaluate(() => window.__swap);
    assert.ok(swap && swap.size[0] > 0 && swap.colours > 3, `${view}: the canvas had drawn when it replaced the fallback: ${JSON.stringify(swap)}`);
    await context.close();
  }
});

/** Prints the page to PDF and reads it back: its text (pdftotext) and its pixels (pdftoppm). */
function readPdf(pdf, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}${name}.pdf`;
  writeFileSync(path, pdf);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-png', '-singlefile', path, `${SCREENSHOTS}${name}`]);
  const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', path], { maxBuffer: 1 << 26 });
  return { text, pixels: parsePpm(ppm) };
}

/** A binary PPM (P6) image: { width, height, data } with three bytes a pixel. */
function parsePpm(buffer) {
  let at = 0;
  const field = () => {
    while (/\s/.test(String.fromCharCode(buffer[at]))) at++;
    const start = at;
    while (!/\s/.test(String.fromCharCode(buffer[at]))) at++;
    return buffer.subarray(start, at).toString();
  };
  assert.equal(field(), 'P6');
  const width = Number(field());
  const height = Number(field());
  field(); // maximum value, 255
  return { width, height, data: buffer.subarray(at + 1) };
}

function countRgb({ data }, [r, g, b], tolerance = 16) {
  let n = 0;
  for (let i = 0; i + 2 < data.length; i += 3) {
    if (Math.abs(data[i] - r) <= tolerance && Math.abs(data[i + 1] - g) <= tolerance && Math.abs(data[i + 2] - b) <= tolerance) n++;
  }
  return n;
}

test('printing prints the open view as vector art with its title and sources, even from a dark screen', async () => {
  const { page, context } = await open(env, { colorScheme: 'dark' });
  for (const [view, title] of [['survey', 'How much does each partnership benefit Kazakhstan?'], ['forces', 'Forces and manning on each track']]) {
    await showTab(page, view);
    // The element loads the paper image of the view on screen once it has drawn.
    await page.waitForFunction((v) => {
      const img = document.querySelector(`alliance-chart > .fallback[data-view="${v}"] img.print`);
      return img.complete && img.naturalWidth > 0;
    }, view);
    const { text, pixels } = readPdf(await page.pdf({ format: 'A4', printBackground: true }), `print-${view}`);
    const flat = text.normalize('NFKC').replace(/\s+/g, ' ');
    assert.ok(flat.includes(title), `the chart's title is text in the PDF (vector): ${flat.slice(0, 300)}`);
    assert.match(flat, /Sources: [^]*Eurasia Daily Monitor, 17 October 2012/, 'its sources');
    assert.match(flat, /Kazakhstan’s defense ties/, 'the page headline');
    assert.doesNotMatch(flat, /Image \(PNG\)|Embed this chart/, 'no controls on paper');
    assert.ok(countRgb(pixels, [0x1d, 0x4e, 0xd8]) > 100, 'NATO-blue marks on the page');
    assert.ok(countRgb(pixels, [0x14, 0x17, 0x1c], 4) < 100, 'the light theme on paper, not the dark screen');
  }
  await context.close();
});
