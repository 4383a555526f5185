// The element's public API: state changes through the element keep its accessible label,
// data table and summary in step with what is drawn, and the wasm chart is not handed out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('a view change and setData through the element keep its label, table and data points in step', async () => {
  const { page, context, problems } = await open(env);
  const outcome = await page.evaluate(async () => {
    const element = document.querySelector('alliance-chart');
    const root = element.shadowRoot;
    const state = () => ({
      view: element.view,
      label: root.querySelector('canvas').getAttribute('aria-label'),
      caption: root.querySelector('table caption').textContent,
      firstRow: root.querySelector('table tbody tr')?.textContent ?? '',
      hits: element.hitCount,
      firstHit: element.hit(0)?.label,
    });
    const rendered = (view) => new Promise((ok) => {
      const done = (e) => { if (e.detail.view === view) { element.removeEventListener('render', done); ok(); } };
      element.addEventListener('render', done);
    });
    await element.ready;
    const start = state();
    let drawn = rendered('forces');
    element.view = 'forces';
    await drawn;
    const forces = state();
    const data = await element.getData();
    data.forces[0].label = 'Relabelled by the page';
    await element.setData(data);
    const changed = state();
    drawn = rendered('survey');
    element.setAttribute('view', 'survey');
    await drawn;
    const back = state();
    const own = Object.getOwnPropertyNames(element).concat(Object.getOwnPropertyNames(Object.getPrototypeOf(element)));
    return { start, forces, changed, back, chart: element.chart, own, keys: Object.keys(element) };
  });
  assert.equal(outcome.start.view, 'survey');
  assert.match(outcome.start.label, /^Bar chart: /);
  assert.match(outcome.start.caption, /Scores \(points\) from a survey of/);
  assert.equal(outcome.forces.view, 'forces');
  assert.match(outcome.forces.label, /^Forces and personnel, 4 figures: /);
  assert.notEqual(outcome.forces.caption, outcome.start.caption, 'the table follows the view');
  assert.ok(outcome.forces.hits > 0);
  assert.match(outcome.changed.label, /Relabelled by the page/, 'setData updates the label');
  assert.match(outcome.changed.firstRow, /Relabelled by the page/, 'setData updates the table');
  assert.equal(outcome.changed.firstHit, 'Relabelled by the page', 'and the data points');
  assert.deepEqual({ ...outcome.back, label: outcome.back.label.slice(0, 11) },
    { ...outcome.start, label: outcome.start.label.slice(0, 11) }, 'back on the survey, all in step again');
  // The wasm chart is not reachable: no `chart` property, nothing but the element's own API.
  assert.equal(outcome.chart, undefined);
  assert.ok(!outcome.own.includes('chart'), outcome.own.join(', '));
  assert.deepEqual(outcome.keys, []);
  assert.deepEqual(problems, []);
  await context.close();
});
