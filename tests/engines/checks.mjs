// The checks every engine passes, with one browser per engine. Each loads the host page
// afresh and drives it as a reader does: views, a real pointer, the keyboard, a bad dataset,
// exports and two pixel ratios.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BAD_DATASET } from './site.mjs';
import {
  exported, focusChart, geometry, loadSrc, pixels, pointOf, setDataWith, setTheme, showView, tooltip, unknownView, whenReady,
  whileHidden,
} from './page.mjs';

export const VIEWS = ['survey', 'timeline', 'forces', 'scorecard'];
const VIEWPORT = { width: 1000, height: 860 };
const SCREENSHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
const ARTICLE = JSON.parse(readFileSync(new URL('../../src/dataset/kazakhstan_2012.json', import.meta.url), 'utf8'));

/** Datasets the JavaScript API must refuse, and the start of the exact Error each gives. */
const REFUSED = {
  'score 9': 'invalid dataset: survey.scores[6].score: 9 is outside the scale 1–7',
  'unknown field': 'invalid dataset: colour: unknown field `colour`',
  // Values JSON cannot hold are refused before the page's object is read as JSON text, by path.
  'NaN score': 'invalid dataset: survey.scores[0].score: a number that is not finite is not a JSON value',
  'function as a score': 'invalid dataset: survey.scores[2].score: a function is not a JSON value',
  // Each engine words a cycle its own way after this.
  'object containing itself': 'invalid dataset: it cannot be read as JSON: ',
};

/** Fewest pixels of each side's colour a view draws at DPR 1: about half the smaller side's
 * count at 928 × 576 CSS px (survey 9,500 NATO, timeline 490 CSTO, forces 3,900 NATO,
 * scorecard 1,900 NATO), so a blank or half-drawn view falls below. */
const MIN_SIDE_PIXELS = { survey: 4500, timeline: 240, forces: 1900, scorecard: 950 };

/** Loads the host page at the engine's current pixel ratio and waits for its first draw. */
async function openPage(engine, site) {
  site.failures();
  await engine.goto(engine.consoleLog ? site.url : site.probedUrl, VIEWPORT);
  return engine.eval(whenReady);
}

/** Asserts the page has logged nothing and the server has refused nothing since the last load. */
async function assertClean(engine, site) {
  assert.deepEqual(await engine.problems(), [], 'no console error or warning, no uncaught error');
  assert.deepEqual(site.failures(), [], 'no request failed');
}

/** Where a screenshot goes: target/screenshots/<engine>/<name>.png. */
function screenshotPath(engine, name) {
  const dir = `${SCREENSHOTS}${engine.name}`;
  mkdirSync(dir, { recursive: true });
  return `${dir}/${name}.png`;
}

/** Asserts the view on screen has enough pixels of each side's colour (in its theme). */
async function assertDrawn(engine, view, dpr) {
  const px = await engine.eval(pixels);
  const least = MIN_SIDE_PIXELS[view] * dpr * dpr;
  assert.ok(px.nato >= least, `${view}: ${px.nato} NATO-coloured pixels, at least ${least}`);
  assert.ok(px.csto >= least, `${view}: ${px.csto} CSTO-coloured pixels, at least ${least}`);
  return px;
}

/** Every view at a pixel ratio: backing store, pixels read back, a screenshot. */
async function drawsEveryView(engine, { site, geometry: recorded }, dpr) {
  await engine.setDpr(dpr);
  try {
    const state = await openPage(engine, site);
    assert.equal(state.dpr, dpr, 'devicePixelRatio');
    const fingerprints = new Set();
    for (const view of VIEWS) {
      const size = await engine.eval(showView, view);
      assert.deepEqual(size.backing, size.css.map((v) => Math.round(v * dpr)), `${view}: backing store is CSS size × ${dpr}`);
      fingerprints.add((await assertDrawn(engine, view, dpr)).hash);
      const png = await engine.screenshot(screenshotPath(engine, `${view}-dpr${dpr}`));
      const shot = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert.ok(Math.abs(shot[0] - size.css[0] * dpr) <= 2 * dpr, `${view}: screenshot ${shot} px for ${size.css} CSS px at DPR ${dpr}`);
    }
    assert.equal(fingerprints.size, VIEWS.length, 'every view draws something different');
    if (dpr === 1) {
      // Every view again, now on the full build (which the first switch brought in): its hit
      // regions and text boxes, compared across engines by geometry.mjs.
      const views = {};
      for (const view of VIEWS) {
        await engine.eval(showView, view);
        views[view] = await engine.eval(geometry);
      }
      recorded.set(engine.name, views);
    }
    await assertClean(engine, site);
  } finally {
    await engine.setDpr(1);
  }
}

export const CHECKS = [
  {
    name: 'the host page loads with no console error and no failed request',
    async run(engine, { site }) {
      const state = await openPage(engine, site);
      assert.equal(state.dpr, 1);
      await assertClean(engine, site);
    },
  },
  {
    name: 'each view draws at DPR 1: backing store, pixels read back, screenshot',
    run: (engine, ctx) => drawsEveryView(engine, ctx, 1),
  },
  {
    name: 'each view draws in the dark theme, with screenshots',
    async run(engine, { site }) {
      await openPage(engine, site);
      assert.equal(await engine.eval(setTheme, 'dark'), 'dark');
      for (const view of VIEWS) {
        await engine.eval(showView, view);
        const px = await assertDrawn(engine, view, 1);
        assert.equal(px.corner, '#14171c', `${view}: the dark background`);
        await engine.screenshot(screenshotPath(engine, `${view}-dark-dpr1`));
      }
      await assertClean(engine, site);
    },
  },
  {
    name: 'hovering each data point of each view shows its tooltip with the source (and a tap, with touch input)',
    async run(engine, { site }) {
      await openPage(engine, site);
      for (const view of VIEWS) {
        await engine.eval(showView, view);
        const { hits } = await engine.eval(geometry);
        assert.ok(hits.length > 0, `${view} has data points`);
        for (let i = 0; i < hits.length; i++) {
          const point = await engine.eval(pointOf, i);
          assert.ok(point.label, `${view}: data point ${i} can be picked at its centre`);
          await engine.hover(point.x, point.y);
          const tip = await engine.eval(tooltip);
          assert.equal(tip.hidden, false, `${view}: a tooltip for ${point.label}`);
          assert.equal(tip.label, point.label);
          assert.ok(tip.text.includes(`Source: ${point.sources.join('; ')}`), `${view}: ${point.label}'s source in "${tip.text}"`);
          if (point.value) assert.ok(tip.text.includes(point.value), `${view}: ${point.value} in "${tip.text}"`);
          assert.ok(tip.onScreen, `${view}: the tooltip for ${point.label} stays on screen`);
        }
      }
      await engine.hover(2, 2);
      assert.equal((await engine.eval(tooltip)).hidden, true, 'moving off the chart hides the tooltip');
      if (engine.tap) {
        await engine.eval(showView, 'survey');
        const csto = await engine.eval(pointOf, 2);
        await engine.tap(csto.x, csto.y);
        const tip = await engine.eval(tooltip);
        assert.equal(tip.hidden, false, 'a tap shows the tooltip');
        assert.equal(tip.label, 'CSTO');
        assert.match(tip.text, /5\.46/);
      }
      await assertClean(engine, site);
    },
  },
  {
    name: 'arrow keys step through each view\'s data points in reading order',
    async run(engine, { site }) {
      await openPage(engine, site);
      for (const view of VIEWS) {
        await engine.eval(showView, view);
        const labels = (await engine.eval(geometry)).hits.map((h) => h.label);
        assert.equal(await engine.eval(focusChart), 'CANVAS');
        const seen = [];
        for (let i = 0; i <= labels.length; i++) {
          await engine.key('ArrowDown');
          seen.push((await engine.eval(tooltip)).label);
        }
        assert.deepEqual(seen, [...labels, labels.at(-1)], `${view}: ArrowDown walks every point and stops at the last`);
        await engine.key('ArrowUp');
        assert.equal((await engine.eval(tooltip)).label, labels.at(-2) ?? labels[0], `${view}: ArrowUp steps back`);
        await engine.key('Home');
        assert.equal((await engine.eval(tooltip)).label, labels[0], `${view}: Home`);
        await engine.key('Escape');
        assert.equal((await engine.eval(tooltip)).hidden, true, `${view}: Escape hides the tooltip`);
      }
      await assertClean(engine, site);
    },
  },
  {
    name: 'an invalid dataset shows its message, and the chart stays and keeps working',
    async run(engine, { site }) {
      await openPage(engine, site);
      const before = await engine.eval(pixels);
      const result = await engine.eval(loadSrc, BAD_DATASET.path);
      assert.equal(result.event, 'error');
      assert.ok(result.shown, 'the message is visible');
      assert.ok(result.message.startsWith(BAD_DATASET.error), `message: ${result.message}`);
      assert.equal(result.view, 'survey');
      assert.equal((await engine.eval(pixels)).hash, before.hash, 'the previous chart stays on screen');
      // And it still works: the pointer reads it, and another view draws.
      const nato = await engine.eval(pointOf, 6);
      await engine.hover(nato.x, nato.y);
      assert.match((await engine.eval(tooltip)).text, /4\.35/);
      await engine.eval(showView, 'timeline');
      assert.notEqual((await engine.eval(pixels)).hash, before.hash, 'the timeline draws');
      await assertClean(engine, site);
    },
  },
  {
    // What tests/web.rs checks with wasm-bindgen-test in Chromium, here in every engine: how
    // the core reads JavaScript values and reports errors.
    name: 'bad input through the JavaScript API is an Error naming the field, and the chart stays',
    async run(engine, { site }) {
      await openPage(engine, site);
      const before = (await engine.eval(pixels)).hash;
      for (const [fault, message] of Object.entries(REFUSED)) {
        const result = await engine.eval(setDataWith, ARTICLE, fault);
        assert.equal(result.refused, true, `${fault} is refused`);
        assert.equal(result.isError, true, `${fault}: an Error`);
        assert.ok(result.message.startsWith(message), `${fault}: ${result.message}`);
        assert.equal((await engine.eval(pixels)).hash, before, `${fault}: the previous chart stays`);
      }
      assert.deepEqual(await engine.eval(setDataWith, ARTICLE, 'none'), { refused: false });
      assert.equal((await engine.eval(pixels)).hash, before, 'the same data draws the same pixels');
      assert.deepEqual(await engine.eval(setDataWith, ARTICLE, 'csto at 2.5'), { refused: false });
      assert.notEqual((await engine.eval(pixels)).hash, before, 'a changed score is drawn');
      const view = await engine.eval(unknownView);
      assert.equal(view.refused, true);
      assert.ok(view.message.startsWith('unknown view "pie"'), view.message);
      assert.equal(view.view, 'survey');
      assert.deepEqual(await engine.eval(whileHidden), { error: null, svg: '<svg ', nato: true });
      assert.ok((await engine.eval(pixels)).nato > MIN_SIDE_PIXELS.survey, 'drawn again once shown');
      await assertClean(engine, site);
    },
  },
  {
    name: 'the SVG, CSV and PNG exports come out',
    async run(engine, { site }) {
      await openPage(engine, site);
      const size = await engine.eval(showView, 'survey');
      const svg = await engine.eval(exported, 'svg');
      assert.equal(svg.type, 'image/svg+xml');
      assert.match(svg.text, /^<svg[^>]*>[^]*<\/svg>\s*$/);
      for (const text of ['NATO', '4.35', 'CSTO', '5.46', 'Interfax, 2 October 2012']) assert.ok(svg.text.includes(text), `${text} in the SVG`);
      const csv = await engine.eval(exported, 'csv');
      const lines = csv.text.trim().split('\r\n');
      assert.equal(lines[0], 'Rank,Organisation,Score,Source,Article says');
      assert.equal(lines.length, 8);
      assert.ok(lines[7].startsWith('7,NATO,4.35,"Interfax, 2 October 2012; Eurasia Daily Monitor, 17 October 2012"'), lines[7]);
      const png = await engine.eval(exported, 'png');
      assert.deepEqual([png.width, png.height], size.css.map((v) => Math.round(v) * 2), 'the PNG is twice the CSS size');
      for (const view of VIEWS.slice(1)) {
        await engine.eval(showView, view);
        const { text } = await engine.eval(exported, 'svg');
        const first = (await engine.eval(pointOf, 0)).label;
        assert.match(text, /^<svg[^>]*>[^]*<\/svg>\s*$/, `${view}: an SVG document`);
        assert.ok(text.includes(first.split(' ')[0]), `${view}: "${first}" in the SVG`);
      }
      await assertClean(engine, site);
    },
  },
  {
    name: 'each view draws at DPR 2: backing store twice the CSS size, pixels, screenshot',
    run: (engine, ctx) => drawsEveryView(engine, ctx, 2),
  },
];
