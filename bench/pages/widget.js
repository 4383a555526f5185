// Bench hooks for the widget page. The page loads www/alliance-chart.min.js itself, exactly as an
// embedding page does, so the cold start pays the same module waterfall (element script, then
// the wasm-bindgen glue and the wasm); importing it here again reuses that module. This file is
// measurement code: its bytes are reported but not counted as the widget's.
import '../../www/alliance-chart.min.js';
import { recordCalls } from './canvas-calls.js';

const element = document.querySelector('alliance-chart');
const canvas = element.shadowRoot.querySelector('canvas');
const tooltip = element.shadowRoot.querySelector('.tooltip');

/** Reads one pixel back: the canvas must rasterise everything drawn so far first. */
function pixel() {
  canvas.getContext('2d').getImageData(0, 0, 1, 1);
}

/** Lets the event loop (and the garbage collector) run between timed operations. */
const pause = () => new Promise((ok) => setTimeout(ok, 0));

/**
 * A core chart of the bench's own on the element's canvas, for timing the core's calls without
 * the element around them (the element does not hand out its chart): the same class, build and
 * canvas as the element's chart. The full build is in once show() has run.
 */
let own = null;
async function coreChart(dataset) {
  if (!own) {
    const { AllianceChart } = await import('../../www/pkg/alliance_charts.js');
    own = new AllianceChart(canvas, { view: element.view, theme: element.dataset.theme, dataset });
  }
  return own;
}

// The cold start's end (window.__drawn) is recorded by the page itself: this file may arrive
// after the chart is drawn.

window.bench = {
  kind: 'widget',

  /** What the runner checks before timing: the canvas size and how many bars can be picked. */
  state() {
    return {
      css: [canvas.clientWidth, canvas.clientHeight],
      backing: [canvas.width, canvas.height],
      hits: element.hitCount,
    };
  },

  /**
   * Shows a dataset through the element (untimed): chart, summary and data table. The first
   * dataset brings in the full build, which reads datasets: every timed update below runs on it.
   */
  async show(dataset) {
    await element.setData(dataset);
    return this.state();
  },

  /**
   * Times the core's update path, then a 1-pixel readback that forces rasterisation. `mode`:
   * - `same`: `chart.setData` with the dataset already shown: it is recognised as unchanged (its
   *   JSON text equals the current one) and laid out and drawn again without being re-read;
   * - `changed`: `chart.setData` alternating between `datasets[0]` and `datasets[1]` (one score
   *   differs): every call reads, validates, lays out and draws a new dataset;
   * - `repaint`: `chart.render()`: the kept layout painted again, nothing re-read.
   */
  async redraw(datasets, runs, warmup, mode) {
    const chart = await coreChart(datasets[0]);
    chart.setData(datasets[0]);
    const times = [];
    for (let i = 0; i < warmup + runs; i++) {
      await pause();
      const next = mode === 'changed' ? datasets[(i + 1) % 2] : datasets[0];
      const t0 = performance.now();
      if (mode === 'repaint') chart.render();
      else chart.setData(next);
      pixel();
      const t = performance.now() - t0;
      if (i >= warmup) times.push(t);
    }
    return times;
  },

  /**
   * The canvas calls one `chart.setData(dataset)` makes on the chart's canvas, as
   * `[name, args]` (`=name` for a property set), for the floor page to replay. The arguments the
   * widget passes are all numbers and strings.
   */
  async record(dataset) {
    const chart = await coreChart(dataset);
    return recordCalls(canvas, () => chart.setData(dataset));
  },

  /**
   * Times pointermove → tooltip shown, alternating between the bars at two ranks so every move
   * changes the tooltip. The element handles the event synchronously: it picks the bar, fills
   * the tooltip and measures it to place it (a forced layout), so the tooltip is laid out and
   * visible when dispatchEvent returns.
   */
  async hover(ranks, runs, warmup) {
    const box = canvas.getBoundingClientRect();
    const targets = ranks.map((rank) => {
      const hit = element.hit(rank);
      return { x: box.left + hit.x + hit.width / 2, y: box.top + hit.y + hit.height / 2 };
    });
    const times = [];
    let last = null;
    for (let i = 0; i < warmup + runs; i++) {
      await pause();
      const { x, y } = targets[i % targets.length];
      const t0 = performance.now();
      canvas.dispatchEvent(new PointerEvent('pointermove', {
        clientX: x, clientY: y, pointerType: 'mouse', bubbles: true, composed: true,
      }));
      const label = tooltip.hidden ? null : tooltip.querySelector('.label')?.textContent;
      const t = performance.now() - t0;
      if (!label || label === last) throw new Error(`no new tooltip at (${x}, ${y}): ${label}`);
      last = label;
      if (i >= warmup) times.push(t);
    }
    return times;
  },

  /**
   * Times a switch to another view, as a reader's click on its tab does (the `view` attribute
   * set), to the element's `render` event for it and a 1-pixel readback.
   */
  async switchView(view) {
    const drawn = new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`the ${view} view was not drawn in 60 s`)), 60000);
      element.addEventListener('render', function done(event) {
        if (event.detail.view !== view) return;
        element.removeEventListener('render', done);
        clearTimeout(timer);
        ok();
      });
    });
    const t0 = performance.now();
    element.view = view;
    await drawn;
    pixel();
    return performance.now() - t0;
  },

  /** Size of the wasm linear memory, in bytes. */
  async wasmMemory() {
    // After show(), the element draws with the full build, already loaded; init() returns its
    // instance's exports.
    const { default: init } = await import('../../www/pkg/alliance_charts.js');
    return (await init()).memory.buffer.byteLength;
  },

  /** `runs` re-renders through setData, yielding now and then so garbage can be collected. */
  async rerender(dataset, runs) {
    const chart = await coreChart(dataset);
    for (let i = 0; i < runs; i++) {
      chart.setData(dataset);
      if (i % 50 === 49) await pause();
    }
  },
};
