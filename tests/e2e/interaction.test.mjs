// Reading the chart with a mouse, a finger and a keyboard; sharp at every pixel ratio.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, inChart, pointOf, frames, showTab, SCREENSHOTS } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

for (const dpr of [1, 1.5, 2, 3]) {
  test(`backing store is CSS size × ${dpr}`, async () => {
    const { page, context, problems } = await open(env, { dpr, width: 900 });
    const size = await inChart(page, (root) => {
      const c = root.querySelector('canvas');
      return { w: c.width, h: c.height, cssW: c.getBoundingClientRect().width, cssH: c.getBoundingClientRect().height };
    });
    assert.equal(size.w, Math.round(Math.round(size.cssW) * dpr));
    assert.equal(size.h, Math.round(Math.round(size.cssH) * dpr));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a devicePixelRatio change (zoom, another monitor) redraws at the new ratio', async () => {
  const { page, context, problems } = await open(env, { dpr: 1, width: 1000, height: 800 });
  const backing = () => inChart(page, (root) => {
    const c = root.querySelector('canvas');
    return { w: c.width, css: Math.round(c.getBoundingClientRect().width) };
  });
  const before = await backing();
  assert.equal(before.w, before.css);
  const cdp = await context.newCDPSession(page);
  for (const ratio of [2, 1.5, 3]) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 800, deviceScaleFactor: ratio, mobile: false });
    await page.waitForFunction((r) => window.devicePixelRatio === r, ratio);
    // Emulation changes the ratio silently; a real zoom or monitor move also fires these.
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await frames(page, 3);
    const after = await backing();
    assert.equal(after.w, Math.round(after.css * ratio), `backing store at ratio ${ratio}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('resizing the container redraws at most once per frame and follows the new size', async () => {
  const { page, context, problems } = await open(env, { width: 1000 });
  const result = await page.evaluate(async () => {
    const element = document.querySelector('alliance-chart');
    // Every draw scales the canvas's context once, to devicePixelRatio.
    const proto = CanvasRenderingContext2D.prototype;
    let renders = 0;
    const original = proto.setTransform;
    proto.setTransform = function (...args) { renders++; return original.apply(this, args); };
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    // A burst of 200 resizes inside one task: one redraw.
    for (let i = 0; i < 200; i++) element.style.width = `${500 + i}px`;
    await frame(); await frame(); await frame();
    const burst = renders;
    // One resize per frame for 30 frames: no more redraws than frames.
    renders = 0;
    for (let i = 0; i < 30; i++) { element.style.width = `${600 + i * 3}px`; await frame(); }
    await frame(); await frame();
    const perFrame = renders;
    const canvas = element.shadowRoot.querySelector('canvas');
    proto.setTransform = original;
    return { burst, perFrame, backing: canvas.width, css: Math.round(canvas.getBoundingClientRect().width) };
  });
  assert.equal(result.burst, 1, 'one redraw for a burst of resizes');
  assert.ok(result.perFrame >= 10 && result.perFrame <= 32, `redraws for 30 frames of resizing: ${result.perFrame}`);
  assert.equal(result.backing, result.css, 'canvas follows the last size');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the element is styled from its first draw, with no stylesheet to fetch, and draws once', async () => {
  // The styles come with the element's script (one adopted stylesheet), so the first draw is at
  // the element's own size, not the canvas's default 300 × 150, under the page's strict CSP.
  const atFirstRender = () => {
    // Every draw scales the canvas's context once, to devicePixelRatio.
    const proto = CanvasRenderingContext2D.prototype;
    const original = proto.setTransform;
    window.draws = { all: 0, first: null };
    proto.setTransform = function (...args) { window.draws.all++; return original.apply(this, args); };
    document.addEventListener('render', (event) => {
      if (window.draws.first) return;
      const root = event.target.shadowRoot;
      const canvas = root.querySelector('canvas');
      window.draws.first = {
        draws: window.draws.all,
        element: [event.target.clientWidth, event.target.clientHeight],
        canvas: [canvas.clientWidth, canvas.clientHeight],
        tooltip: getComputedStyle(root.querySelector('.tooltip')).position,
        sheets: root.adoptedStyleSheets.length,
        links: root.querySelectorAll('link, style').length,
      };
    }, true);
  };
  const requests = [];
  const { page, context, problems } = await open(env, {
    routes: async (c) => { c.on('request', (r) => requests.push(new URL(r.url()).pathname)); await c.addInitScript(atFirstRender); },
  });
  await frames(page, 5);
  const draws = await page.evaluate(() => window.draws);
  const first = draws.first;
  assert.ok(first.element[1] > 150, `the element's own height applies: ${first.element}`);
  assert.deepEqual(first.canvas, first.element, 'the first draw fills the element');
  assert.equal(first.tooltip, 'fixed', 'the shadow tree is styled');
  assert.deepEqual([first.sheets, first.links], [1, 0], 'one adopted stylesheet, no stylesheet element');
  assert.equal(first.draws, 1, 'one draw up to the render event');
  assert.equal(draws.all, 1, 'no second draw at the same size after it');
  assert.deepEqual(requests.filter((path) => path.endsWith('.css')), ['/style.css'], 'only the page asks for a stylesheet');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a hidden element is harmless and draws when shown', async () => {
  const { page, context, problems } = await open(env);
  const sizes = await page.evaluate(async () => {
    const element = document.querySelector('alliance-chart');
    const canvas = element.shadowRoot.querySelector('canvas');
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    element.hidden = true;
    await frame(); await frame();
    element.view = 'survey';
    element.hidden = false;
    element.style.width = '700px';
    await frame(); await frame(); await frame();
    return { width: canvas.width };
  });
  assert.equal(sizes.width, 700);
  assert.deepEqual(problems, []);
  await context.close();
});

test('hovering the NATO bar shows its value, source and sentence in a tooltip', async () => {
  const { page, context, problems } = await open(env);
  const nato = await pointOf(page, 'NATO');
  assert.ok(nato, 'NATO has a data point');
  await page.mouse.move(nato.x, nato.y);
  const tip = await inChart(page, (root) => {
    const t = root.querySelector('.tooltip');
    const r = t.getBoundingClientRect();
    return { hidden: t.hidden, text: t.textContent, inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight };
  });
  assert.equal(tip.hidden, false);
  assert.match(tip.text, /4\.35/);
  assert.match(tip.text, /Interfax, 2 October 2012/);
  assert.match(tip.text, /NATO scored an abysmal 4\.35/);
  assert.ok(tip.inside, 'the tooltip stays on screen');
  await page.screenshot({ path: `${SCREENSHOTS}/tooltip-hover.png` });
  await page.mouse.move(5, 5);
  assert.equal(await inChart(page, (root) => root.querySelector('.tooltip').hidden), true, 'leaving hides it');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the tooltip marks our arithmetic as computed and the author\'s judgment as the author\'s', async () => {
  const { page, context, problems } = await open(env, { colorScheme: 'dark', height: 1600 });
  const tipAt = async (label) => {
    const point = await pointOf(page, label);
    assert.ok(point, `${label} has a data point`);
    await page.mouse.move(point.x, point.y);
    return inChart(page, (root) => {
      const t = root.querySelector('.tooltip');
      return { hidden: t.hidden, note: t.querySelector('.note')?.textContent, text: t.textContent };
    });
  };
  await showTab(page, 'forces');
  const forces = await tipAt('CSTO peacekeepers, all member states');
  assert.equal(forces.hidden, false);
  assert.equal(forces.note, 'Computed: 4,000 − 3,500 (Law-enforcement and emergencies)');
  assert.match(forces.text, /500 Law-enforcement and emergencies \(computed: 4,000 − 3,500\)/);
  await page.screenshot({ path: `${SCREENSHOTS}/tooltip-computed.png` });
  const svg = await page.evaluate(async () => (await document.querySelector('alliance-chart').exportBlob('svg')).text());
  assert.match(svg, /\(computed: 4,000 − 3,500\)/);
  const info = await inChart(page, (root, element) => element.hit(3));
  assert.equal(info.statement, 'reported', 'the 4,000 itself is the article\'s');
  await showTab(page, 'scorecard');
  const conclusion = await tipAt('The author concludes');
  assert.equal(conclusion.note, 'The author’s assessment');
  assert.match(conclusion.text, /None of these developments suggest/);
  const training = await tipAt('Training base');
  assert.equal(training.note, 'The author’s assessment (NATO)');
  const csv = await page.evaluate(async () => (await document.querySelector('alliance-chart').exportBlob('csv')).text());
  assert.match(csv, /The author concludes/);
  assert.match(csv, /\(the author’s assessment\)/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('tapping a bar on a touch screen shows its tooltip', async () => {
  const { page, context, problems } = await open(env, { width: 390, height: 844, dpr: 3, hasTouch: true });
  const csto = await pointOf(page, 'CSTO');
  await page.touchscreen.tap(csto.x, csto.y);
  const text = await inChart(page, (root) => root.querySelector('.tooltip:not([hidden])')?.textContent ?? '');
  assert.match(text, /5\.46/);
  await page.screenshot({ path: `${SCREENSHOTS}/tooltip-touch-390-dpr3.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the keyboard walks the survey bars in order, with a focus mark; Escape hides', async () => {
  const { page, context, problems } = await open(env);
  await inChart(page, (root) => root.querySelector('canvas').focus());
  const seen = [];
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('ArrowDown');
    seen.push(await inChart(page, (root) => ({
      label: root.querySelector('.tooltip .label')?.textContent,
      mark: !root.querySelector('.focus-mark').hidden,
      live: root.querySelector('[aria-live]').textContent,
    })));
  }
  assert.deepEqual(seen.map((s) => s.label), [
    'UN', 'Shanghai Cooperation Organization (SCO)', 'CSTO', 'International Organization of Turkic Culture',
    'Customs Union/Common Economic Space', 'Eurasian Economic Cooperation Organization', 'NATO',
  ]);
  assert.ok(seen.every((s) => s.mark), 'a focus mark is visible at every step');
  assert.match(seen[6].live, /NATO\. 4\.35 on a scale of 1–7/);
  await page.screenshot({ path: `${SCREENSHOTS}/keyboard-focus.png` });
  await page.keyboard.press('ArrowDown');
  assert.equal(await inChart(page, (root) => root.querySelector('.tooltip .label').textContent), 'NATO', 'stays on the last bar');
  await page.keyboard.press('Home');
  assert.equal(await inChart(page, (root) => root.querySelector('.tooltip .label').textContent), 'UN');
  await page.keyboard.press('Escape');
  const hidden = await inChart(page, (root) => [root.querySelector('.tooltip').hidden, root.querySelector('.focus-mark').hidden]);
  assert.deepEqual(hidden, [true, true]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the canvas is an image with a summary, and a data table with sources is in the DOM', async () => {
  const { page, context } = await open(env);
  const a11y = await inChart(page, (root) => ({
    role: root.querySelector('canvas').getAttribute('role'),
    label: root.querySelector('canvas').getAttribute('aria-label'),
    caption: root.querySelector('table caption').textContent,
    rows: [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent)),
  }));
  assert.equal(a11y.role, 'img');
  assert.match(a11y.label, /NATO ranks last of the 7 the article reports/);
  assert.match(a11y.label, /UN 5\.57/);
  assert.equal(a11y.rows.length, 7);
  assert.deepEqual(a11y.rows[6].slice(0, 4), ['7', 'NATO', '4.35', 'Interfax, 2 October 2012; Eurasia Daily Monitor, 17 October 2012']);
  await context.close();
});
