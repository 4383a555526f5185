// <alliance-chart>: the embeddable widget. One module import is a complete embed:
//
//   <script type="module" src="alliance-chart.js"></script>
//   <alliance-chart view="timeline" src="my-data.json" theme="auto"></alliance-chart>
//
// The Rust core (wasm) lays out and draws; this element adds what a page needs around it:
// sizing and devicePixelRatio, tooltips for mouse, touch and keyboard, a data table and a live
// summary for screen readers, light/dark/auto themes, exports, and clear messages instead of a
// dead widget. Dataset strings only ever reach the DOM as text.
//
// The core comes in two builds of the same code. pkg-survey/ draws the survey of the article's
// data (compiled in), the view a reader sees first, and is all a page loads up front; pkg/
// draws every view, reads a page's own datasets and writes the exports, and is fetched in the
// background once the survey build's wasm is in, or the first time any of those is asked for.
// Once it is in, it draws everything.
//
// Every file is named by a literal path relative to this module (`import('./…')`, `new
// URL('./…', import.meta.url)`): served as they are, they load from wherever this file is (a
// sub-path, a CDN), and a bundler (Vite, webpack) sees them and emits them with its assets.
import { STYLE } from './alliance-chart-style.js';

const BUILDS = {
  survey: {
    load: () => import('./pkg-survey/alliance_charts.js'),
    glue: new URL('./pkg-survey/alliance_charts.js', import.meta.url),
    wasm: new URL('./pkg-survey/alliance_charts_bg.wasm', import.meta.url),
    views: ['survey'],
  },
  full: {
    load: () => import('./pkg/alliance_charts.js'),
    glue: new URL('./pkg/alliance_charts.js', import.meta.url),
    wasm: new URL('./pkg/alliance_charts_bg.wasm', import.meta.url),
    views: null,
  },
};
const cores = new Map();

/**
 * Fetches and compiles a wasm module (`response`: its fetch, if begun already). Compiling starts
 * as the bytes stream in, off the main thread, when the server sends the `application/wasm`
 * type; any other type (some servers and CDNs) takes the slower path of compiling the whole
 * download.
 */
async function compile(url, response = fetch(url)) {
  response = await response;
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  if (response.headers.get('Content-Type')?.split(';')[0].trim() === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Traps so far: after one, the builds load again under new URLs, as fresh instances. */
let traps = 0;

/** An initialised build of the core, fetched at most once per page (again after a failure or a trap). */
function core(name) {
  if (!cores.has(name)) {
    const build = BUILDS[name];
    // The wasm is fetched and compiled while its glue module loads, not after it (the full
    // build's download may have begun already: fetchAhead). A failure is reported by init below.
    const wasm = compile(build.wasm, build.ahead);
    build.ahead = undefined;
    wasm.then(name === 'survey' ? fetchAhead : null, () => {});
    // A glue module holds one wasm instance. After a trap the glue is imported again under
    // another URL, which gives a new module and so a fresh instance.
    const glue = traps ? import(`${build.glue.href}?instance=${traps}`) : build.load();
    const loading = glue.then(async (module) => {
      await module.default({ module_or_path: wasm });
      return module;
    });
    loading.catch(() => cores.delete(name));
    cores.set(name, loading);
  }
  return cores.get(name);
}


/**
 * Starts the full build's download once the survey build's wasm is in: the network is free
 * then, and the first draw needs no more bytes. Its compiling waits for prefetchFull, after the
 * draw. Not when the reader asked to save data.
 */
function fetchAhead() {
  if (cores.has('full') || navigator.connection?.saveData) return;
  BUILDS.full.ahead ??= fetch(BUILDS.full.wasm);
  BUILDS.full.ahead.catch(() => {}); // a failure is reported when the build is asked for
}

/**
 * Compiles and instantiates the full build once the page is idle after a first draw, so that a
 * reader's switch to another view does not wait for it; not when the reader asked to save data.
 * WebKit has no requestIdleCallback: a timeout stands in for it.
 */
function prefetchFull() {
  if (cores.has('full') || navigator.connection?.saveData) return;
  const idle = globalThis.requestIdleCallback ?? ((run) => setTimeout(run, 500));
  idle(() => core('full').catch(() => {})); // a failure is reported when the build is asked for
}

/** Every connected element, so that all charts on a trapped instance can be restarted. */
const live = new Set();

/** The build to load for a view: the survey build only while the full one is not in yet. */
function buildFor(view) {
  return !cores.has('full') && BUILDS.survey.views.includes(view) ? 'survey' : 'full';
}

/** Fetches a dataset's JSON from a URL, with a message a reader can act on when that fails. */
async function fetchDataset(src, signal) {
  const response = await fetch(src, { signal }).catch((error) => {
    throw new Error(`Could not load the data from ${src}: ${error.message}`);
  });
  if (!response.ok) throw new Error(`Could not load the data from ${src}: ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  // The core's limit on a dataset's JSON text.
  if (text.length > 5e6) throw new Error(`The data at ${src} is over the limit of 5,000,000 bytes`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`The data at ${src} is not valid JSON`);
  }
}

/** Whether a build reads a page's own datasets (the full build; the survey build does not). */
const readsDatasets = (module) => typeof module?.validateDataset === 'function';

/** The shadow tree's styles: one constructed stylesheet, adopted by every element. */
const SHEET = new CSSStyleSheet();
SHEET.replaceSync(STYLE);
const DARK = '(prefers-color-scheme: dark)';
let instances = 0;

/** A promise with its resolve function, and whether it has resolved. */
function settable() {
  const ready = { done: false };
  ready.promise = new Promise((resolve) => {
    ready.resolve = () => { ready.done = true; resolve(); };
  });
  return ready;
}

/** Creates an element with a class and, optionally, text (always as text, never HTML). */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class AllianceChartElement extends HTMLElement {
  static observedAttributes = ['view', 'src', 'theme'];

  #chart = null;
  /** The build of the core that #chart comes from. */
  #core = null;
  #canvas;
  #tooltip;
  #focusMark;
  #message;
  #live;
  #table;
  #frame = 0;
  /** The canvas's CSS size at the last draw, `width×height`: a resize to it needs no redraw. */
  #drawnSize = '';
  #focus = -1;
  #resize;
  #darkQuery = matchMedia(DARK);
  #ratioQuery = null;
  #ratio = 0;
  /** Aborts the load in progress: the latest request wins, and a stale src fetch stops. */
  #loading;
  #switching = 0;
  #fallback;
  /** Whether the page passed a dataset of its own (setData), which the fallback does not show. */
  #ownData = false;
  /**
   * The dataset drawn last (undefined: the article's) and its view: what a restart after a trap
   * redraws, and, given with setData, what the element shows again after it moves.
   */
  #data;
  #lastView;
  #restarting;
  /** What `ready` hands out: resolved at a draw, renewed when the chart is dropped. */
  #ready = settable();

  constructor() {
    super();
    const id = `ac-${++instances}`;
    // Manual slots: the one light-DOM child shown is the fallback image of the current view.
    const root = this.attachShadow({ mode: 'open', slotAssignment: 'manual' });
    root.adoptedStyleSheets = [SHEET];
    const frame = el('div', 'frame');
    frame.setAttribute('part', 'frame');
    this.#canvas = el('canvas');
    this.#canvas.setAttribute('part', 'canvas');
    this.#canvas.setAttribute('role', 'img');
    this.#canvas.tabIndex = 0;
    this.#canvas.setAttribute('aria-label', 'Chart loading');
    this.#canvas.setAttribute('aria-describedby', `${id}-help`);
    this.#focusMark = el('div', 'focus-mark');
    this.#focusMark.hidden = true;
    this.#tooltip = el('div', 'tooltip');
    this.#tooltip.setAttribute('role', 'tooltip');
    this.#tooltip.hidden = true;
    this.#message = el('p', 'message');
    this.#message.setAttribute('role', 'alert');
    this.#message.hidden = true;
    const help = el('p', 'visually-hidden',
      'Use the arrow keys to step through the data points; Escape hides the details. A data table follows the chart.');
    help.id = `${id}-help`;
    this.#live = el('p', 'visually-hidden');
    this.#live.setAttribute('aria-live', 'polite');
    // A table ignores width: 1px, so the hiding box is a wrapper around it.
    const tableBox = el('div', 'visually-hidden');
    this.#table = el('table');
    tableBox.append(this.#table);
    this.#fallback = el('slot', 'fallback');
    frame.append(this.#canvas, this.#fallback, this.#focusMark, this.#message);
    root.append(frame, this.#tooltip, help, this.#live, tableBox);
    this.#bindEvents();
  }

  // The public API. State changes only through the element (the `view` attribute or
  // property, setData, the `src` and `theme` attributes), so that the accessible label, the
  // data table and the summary always describe what is drawn; the rest only reads. The wasm
  // chart itself is never handed out.

  /** Resolves once the chart has drawn (after a move in the DOM or a restart, once it has drawn again). */
  get ready() { return this.#ready.promise; }

  /** The view drawn (the one asked for until the first draw); setting it switches views. */
  get view() { return this.#chart?.view ?? this.getAttribute('view') ?? 'survey'; }
  set view(id) { this.setAttribute('view', id); }

  /** Every view id, in tab order (empty until the first draw). */
  get views() { return this.#chart?.views() ?? []; }

  /** Which build of the core draws the chart: 'survey', 'full', or null before the first draw. */
  get build() {
    if (!this.#chart) return null;
    return readsDatasets(this.#core) ? 'full' : 'survey';
  }

  /** How many data points the drawn view has, in reading order (0 until the first draw). */
  get hitCount() { return this.#chart?.hitCount() ?? 0; }

  /** The `index`-th data point of the drawn view: its box in CSS px and what it is; null past the end. */
  hit(index) { return this.#chart?.hit(index) ?? null; }

  /** The data point under a point of the canvas (CSS px from its top left corner), or null. */
  pick(x, y) { return this.#chart?.pick(x, y) ?? null; }

  /**
   * Every line of text the drawn view shows, with its box in CSS px, in painting order (the
   * full build; null from the survey build): for layout checks across browsers.
   */
  textBoxes() { return this.#chart?.textBoxes?.() ?? null; }

  /** The dataset drawn, as a new plain object (changing it changes nothing; setData does). */
  async getData() {
    return (await this.#withFull('getData')).getData();
  }

  connectedCallback() {
    this.#resize = new ResizeObserver(() => {
      if (this.#canvasSize() !== this.#drawnSize) this.#scheduleRender();
    });
    this.#resize.observe(this.#canvas);
    this.#darkQuery.addEventListener('change', this.#onScheme);
    // The theme's colours from the first frame: the box before the first draw is dark in a dark theme.
    this.#theme();
    this.#watchRatio();
    this.#showFallback();
    // Some ratio changes (emulation, some zoom paths) only show up as a window resize.
    addEventListener('resize', this.#onWindowResize);
    document.addEventListener('pointerdown', this.#onDocumentPointer);
    live.add(this);
    this.#load();
  }

  disconnectedCallback() {
    this.#resize?.disconnect();
    this.#darkQuery.removeEventListener('change', this.#onScheme);
    this.#ratioQuery?.removeEventListener('change', this.#onRatio);
    removeEventListener('resize', this.#onWindowResize);
    document.removeEventListener('pointerdown', this.#onDocumentPointer);
    this.#loading?.abort();
    live.delete(this);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#dropChart();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected) return;
    // An upgrade reports the attributes before connectedCallback's first load, which reads them.
    if (name === 'src' && this.#loading) {
      this.#data = undefined;
      this.#load();
    }
    else if (name === 'theme') this.#applyTheme();
    else if (name === 'view' && !this.#chart) this.#showFallback();
    else if (name === 'view' && value !== this.#chart.view) this.#switchView(value);
  }

  /** Shows another view; one the loaded build leaves out first brings in the full build. */
  async #switchView(view) {
    const chart = this.#chart;
    if (this.#core.AllianceChart.builtViews().includes(view) || !chart.views().includes(view)) {
      ++this.#switching;
      this.#run(() => chart.setView(view));
      return;
    }
    try {
      await this.#toFull(view);
    } catch (error) {
      this.#showMessage(new Error(`Could not load the ${view} view: ${error.message}`));
    }
  }

  /**
   * Swaps the chart for one from the full build (fetched once per page), with the given view
   * and the same theme, showing `dataset` if one is given and the same data otherwise.
   * Throws the dataset's validation Error (the chart on screen then stays); resolves false
   * when a later switch or dataset won meanwhile.
   */
  async #toFull(view = this.#chart.view, dataset = undefined) {
    const chart = this.#chart;
    const ticket = ++this.#switching;
    const full = await core('full');
    if (ticket !== this.#switching || chart !== this.#chart || !this.isConnected) return false;
    if (this.#core !== full) {
      // The survey build only ever shows the article's data, which the full build has too.
      const options = { view, theme: this.#theme() };
      if (dataset !== undefined) options.dataset = dataset;
      const next = new full.AllianceChart(this.#canvas, options);
      chart.free();
      this.#chart = next;
      this.#core = full;
    } else {
      if (dataset !== undefined) chart.setData(dataset);
      chart.setView(view);
    }
    if (dataset !== undefined) this.#data = dataset;
    this.#afterDraw();
    return true;
  }

  /**
   * Replaces the dataset. Resolves once it is drawn; rejects with the validation Error naming
   * the bad field, and the previous chart then stays. The first dataset a page passes brings
   * in the full build, which reads datasets.
   */
  async setData(dataset) {
    if (!this.#chart) throw new Error('the chart is not ready yet');
    this.#ownData = true;
    if (!readsDatasets(this.#core)) {
      if (!(await this.#toFull(this.#chart.view, dataset))) {
        throw new Error('the dataset was replaced before it was drawn');
      }
    } else {
      this.#chart.setData(dataset);
      this.#data = dataset;
      this.#afterDraw();
    }
  }

  /**
   * The chart, from a build that has `method`: the export writers and the data API are in the
   * full build only, so the first call that needs one brings it in.
   */
  async #withFull(method) {
    if (!this.#chart) throw new Error('the chart is not ready yet');
    if (!this.#chart[method]) await this.#toFull();
    const chart = this.#chart;
    if (!chart?.[method]) throw new Error('the chart changed meanwhile; please try again');
    return chart;
  }

  /** The current view (png, svg) or data (json, csv) as a Blob. */
  async exportBlob(format) {
    const needs = { png: 'drawOn', svg: 'toSvg', csv: 'toCsv', json: 'getData' }[format];
    if (!needs) throw new Error(`unknown export format "${format}"; use png, svg, json or csv`);
    const chart = await this.#withFull(needs);
    switch (format) {
      case 'png': {
        const canvas = document.createElement('canvas');
        chart.drawOn(canvas, Math.max(1, this.#canvas.clientWidth), Math.max(1, this.#canvas.clientHeight), 2);
        return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'));
      }
      case 'svg': return new Blob([chart.toSvg()], { type: 'image/svg+xml' });
      case 'json': return new Blob([JSON.stringify(chart.getData(), null, 2)], { type: 'application/json' });
      default: return new Blob([chart.toCsv()], { type: 'text/csv' });
    }
  }

  /** Saves the current view or data as a file: png, svg, json or csv. */
  async download(format) {
    const blob = await this.exportBlob(format);
    const url = URL.createObjectURL(blob);
    const a = el('a');
    a.href = url;
    a.download = `alliance-chart-${this.view}.${format}`;
    this.shadowRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async #load() {
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    const src = this.getAttribute('src');
    const given = src ? undefined : this.#data;
    let dataset = given;
    let module;
    try {
      // A page's own data (src, or a setData before the element moved) needs the full build;
      // the article's is in both. The data and the build are fetched at the same time.
      const own = src || given;
      const reads = readsDatasets(this.#core);
      const building = this.#core && (reads || !own) ? this.#core
        : core(own ? 'full' : buildFor(this.getAttribute('view') ?? 'survey'));
      const fetching = src ? fetchDataset(src, loading.signal) : null;
      fetching?.catch(() => {}); // reported below, once the build is in
      module = await building;
      if (src) {
        dataset = await fetching; // read and validated once, by the chart below
      } else if (!given && this.#chart && readsDatasets(module)) {
        dataset = module.defaultDataset(); // back to the article's data (the survey build shows nothing else)
      }
    } catch (error) {
      if (!loading.signal.aborted) this.#showMessage(error);
      return;
    }
    if (loading.signal.aborted) return;
    this.#run(() => {
      if (this.#chart && this.#core === module) {
        if (dataset !== undefined) this.#chart.setData(dataset);
      } else {
        // First draw, or the survey build's chart giving way to the full build for a src.
        const options = { view: this.#chart?.view ?? this.getAttribute('view') ?? 'survey', theme: this.#theme() };
        if (dataset !== undefined) options.dataset = dataset;
        const next = new module.AllianceChart(this.#canvas, options);
        this.#chart?.free();
        ++this.#switching;
        this.#chart = next;
        this.#core = module;
      }
      this.#data = src || given ? dataset : undefined;
      this.#message.hidden = true;
      this.dispatchEvent(new CustomEvent('ready'));
    });
  }

  /** Runs a chart call; an error becomes a visible message and the previous chart stays. */
  #run(action) {
    try {
      action();
      this.#afterDraw();
    } catch (error) {
      this.#showMessage(error);
    }
  }

  #showMessage(error) {
    const trapped = typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError;
    if (trapped && !this.#restarting) {
      this.#recover(error);
      return;
    }
    if (trapped) {
      // A trap again while restarting: stop calling into the core and say so.
      this.#chart = null;
      this.#hideTooltip();
      this.#message.textContent = 'The chart stopped after an internal error. Reload the page to try again.';
      this.#message.classList.remove('over-chart');
      this.#message.hidden = false;
      this.dispatchEvent(new CustomEvent('error', { detail: { message: String(error.message), fatal: true } }));
      return;
    }
    const text = String(error?.message ?? error);
    // Before a first draw, a fallback image of the chart (no WebAssembly, a failed fetch)
    // stays as the chart, with the page's event to tell.
    const showsFallback = !this.#fallback.parentNode.classList.contains('drawn');
    if (!this.#chart && showsFallback && this.#fallback.assignedNodes().length > 0) {
      this.dispatchEvent(new CustomEvent('error', { detail: { message: text } }));
      return;
    }
    this.#message.textContent = this.#chart ? `${text}. The chart still shows the previous data.` : text;
    this.#message.classList.toggle('over-chart', Boolean(this.#chart));
    this.#message.hidden = false;
    this.dispatchEvent(new CustomEvent('error', { detail: { message: text } }));
  }

  /**
   * A trap (a bug in the core) leaves its wasm instance unusable, and every chart on it:
   * each such chart is dropped and drawn again from a fresh instance, with the last dataset
   * and view it drew, and says so with an `error` event.
   */
  #recover(error) {
    const dead = this.#core;
    const affected = [...live].filter((element) => element === this || (dead && element.#core === dead));
    for (const element of affected) {
      // A trapped instance's chart cannot be freed: it is only let go.
      element.#chart = null;
      element.#dropChart();
      element.#restarting = true;
    }
    // Every later core() call loads a fresh instance; charts on the other build keep theirs.
    cores.clear();
    traps += 1;
    const message = `The chart restarted after an internal error (${error.message})`;
    for (const element of affected) element.#restart(message);
  }

  async #restart(message) {
    const view = this.#lastView ?? this.view;
    const own = this.#data;
    try {
      const module = await core(own ? 'full' : buildFor(view));
      if (!this.isConnected || this.#chart) return;
      const options = { view, theme: this.#theme() };
      if (own) options.dataset = own;
      this.#chart = new module.AllianceChart(this.#canvas, options);
      this.#core = module;
      this.#afterDraw();
      this.dispatchEvent(new CustomEvent('error', { detail: { message, restarted: true } }));
    } catch (error) {
      this.#showMessage(error);
    } finally {
      this.#restarting = false;
    }
  }

  /**
   * Everything that follows a successful draw: the height, the summary, the data table and
   * the `render` event. The one place a drawn chart is announced.
   */
  #afterDraw() {
    const chart = this.#chart;
    if (!chart) return;
    this.#lastView = chart.view;
    // The draw used the canvas's current size: a redraw a resize asked for before it is stale.
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#hideTooltip();
    this.#drawnSize = this.#canvasSize();
    this.#fitHeight();
    this.#canvas.setAttribute('aria-label', chart.summary());
    this.#fillTable(chart.table());
    this.#showFallback(true);
    if (!readsDatasets(this.#core)) prefetchFull();
    this.#ready.resolve();
    this.dispatchEvent(new CustomEvent('render', { detail: { view: chart.view } }));
  }

  /** The chart is gone (moved out of the DOM, a trap): `ready` waits for the next draw. */
  #dropChart() {
    this.#chart?.free();
    this.#chart = null;
    this.#core = null;
    this.#drawnSize = '';
    if (this.#ready.done) this.#ready = settable();
  }

  /**
   * Shows the page's fallback content for the current view (a light-DOM child with
   * `data-view`: a static image of the chart and a link to the data) until the canvas has
   * drawn, in the same box, so nothing blinks or moves; once drawn, the canvas replaces it in
   * the same frame. The fallback image stays for print where it shows the same data (vector,
   * crisp on paper).
   */
  #showFallback(drawn = false) {
    const view = this.#chart?.view ?? this.getAttribute('view') ?? 'survey';
    const node = [...this.children].find((child) => child.dataset.view === view);
    this.#fallback.assign(...(node ? [node] : []));
    // Loaded now (the screen's image and the one for paper), so that printing finds them.
    for (const img of node?.querySelectorAll('img[loading="lazy"]') ?? []) img.removeAttribute('loading');
    const frame = this.#fallback.parentNode;
    if (drawn) frame.classList.add('drawn');
    frame.classList.toggle('print-fallback', Boolean(node) && !this.#ownData && !this.hasAttribute('src'));
  }

  /** The canvas's CSS size as the core reads it (whole px), `width×height`. */
  #canvasSize() {
    return `${this.#canvas.clientWidth}×${this.#canvas.clientHeight}`;
  }

  // A view whose content sets its height (the scorecard on a phone) grows the element
  // rather than cutting its text; it depends on the width only, so it cannot loop.
  #fitHeight() {
    const wanted = this.#chart?.preferredHeight();
    const minHeight = wanted ? `${Math.ceil(wanted)}px` : '';
    if (this.style.minHeight !== minHeight) this.style.minHeight = minHeight;
  }

  #fillTable({ caption, columns, rows }) {
    const table = this.#table;
    table.replaceChildren();
    table.append(el('caption', '', caption));
    const head = el('tr');
    for (const c of columns) {
      const th = el('th', '', c);
      th.scope = 'col';
      head.append(th);
    }
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    for (const row of rows) {
      const tr = el('tr');
      for (const cell of row) tr.append(el('td', '', cell));
      tbody.append(tr);
    }
    table.append(thead, tbody);
  }

  #theme() {
    const asked = this.getAttribute('theme') ?? 'auto';
    const theme = asked === 'auto' ? (this.#darkQuery.matches ? 'dark' : 'light') : asked;
    this.dataset.theme = theme === 'dark' ? 'dark' : 'light';
    return theme;
  }

  #applyTheme() {
    const theme = this.#theme();
    if (this.#chart) this.#run(() => this.#chart.setTheme(theme));
  }

  #onScheme = () => {
    if ((this.getAttribute('theme') ?? 'auto') === 'auto') this.#applyTheme();
  };

  // devicePixelRatio changes (zoom, another monitor) do not resize the canvas's CSS box, so
  // they are watched separately.
  #watchRatio() {
    this.#ratioQuery?.removeEventListener('change', this.#onRatio);
    this.#ratio = devicePixelRatio;
    this.#ratioQuery = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
    this.#ratioQuery.addEventListener('change', this.#onRatio);
  }

  #onWindowResize = () => {
    if (this.#ratio !== devicePixelRatio) this.#onRatio();
  };

  #onRatio = () => {
    this.#watchRatio();
    this.#scheduleRender();
  };

  /** At most one redraw per animation frame, however many resize notifications arrive. */
  #scheduleRender() {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (!this.#chart) return;
      try {
        this.#chart.render();
        this.#drawnSize = this.#canvasSize();
        this.#fitHeight();
      } catch (error) {
        this.#showMessage(error);
      }
      if (this.#focus >= 0) this.#showPoint(Math.min(this.#focus, this.#chart.hitCount() - 1));
    });
  }

  #bindEvents() {
    const canvas = this.#canvas;
    canvas.addEventListener('pointermove', (event) => {
      if (event.pointerType === 'mouse') this.#pointAt(event);
    });
    canvas.addEventListener('pointerdown', (event) => {
      if (event.pointerType !== 'mouse') this.#pointAt(event);
    });
    canvas.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && this.#focus < 0) this.#hideTooltip();
    });
    canvas.addEventListener('keydown', (event) => this.#onKey(event));
    canvas.addEventListener('blur', () => this.#hideTooltip());
  }

  #onDocumentPointer = (event) => {
    if (!event.composedPath().includes(this.#canvas)) this.#hideTooltip();
  };

  #pointAt(event) {
    const chart = this.#chart;
    if (!chart) return;
    const box = this.#canvas.getBoundingClientRect();
    const info = chart.pick(event.clientX - box.left, event.clientY - box.top);
    this.#focus = -1;
    this.#focusMark.hidden = true;
    if (info) this.#showTooltip(info, event.clientX, event.clientY);
    else this.#hideTooltip();
  }

  #onKey(event) {
    const chart = this.#chart;
    if (!chart) return;
    const count = chart.hitCount();
    if (event.key === 'Escape') {
      this.#hideTooltip();
      return;
    }
    const steps = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next;
    if (event.key in steps) {
      next = this.#focus < 0 ? (steps[event.key] > 0 ? 0 : count - 1) : this.#focus + steps[event.key];
    } else if (event.key === 'Home') {
      next = 0;
    } else if (event.key === 'End') {
      next = count - 1;
    } else {
      return;
    }
    event.preventDefault();
    if (count === 0) return;
    this.#showPoint(Math.max(0, Math.min(count - 1, next)));
  }

  #showPoint(index) {
    const hit = this.#chart?.hit(index);
    if (!hit) {
      this.#hideTooltip();
      return;
    }
    this.#focus = index;
    const mark = this.#focusMark;
    mark.style.left = `${hit.x - 2}px`;
    mark.style.top = `${hit.y - 2}px`;
    mark.style.width = `${hit.width + 4}px`;
    mark.style.height = `${hit.height + 4}px`;
    mark.hidden = false;
    const box = this.#canvas.getBoundingClientRect();
    this.#showTooltip(hit, box.left + hit.x + hit.width / 2, box.top + hit.y + hit.height);
    this.#live.textContent = this.#describe(hit);
  }

  #describe(info) {
    return [info.label, info.value, info.note, info.date, info.side, info.sources?.length ? `Source: ${info.sources.join('; ')}` : '']
      .filter(Boolean)
      .join('. ');
  }

  #showTooltip(info, x, y) {
    const tip = this.#tooltip;
    const parts = [el('span', 'label', info.label)];
    if (info.value) parts.push(el('span', 'value', info.value));
    // What kind of statement it is, where it is not the article's own reported fact.
    if (info.note) parts.push(el('span', 'note', info.note));
    const meta = [info.date, info.side && info.side !== info.label ? info.side : null].filter(Boolean).join(' · ');
    if (meta) parts.push(el('span', 'meta', meta));
    if (info.quote) parts.push(el('p', 'quote', `“${info.quote}”`));
    if (info.sources?.length) parts.push(el('p', 'source', `Source: ${info.sources.join('; ')}`));
    tip.replaceChildren(...parts);
    tip.hidden = false;
    // Placed in viewport coordinates so the canvas never clips it; kept on screen.
    const { width, height } = tip.getBoundingClientRect();
    const margin = 8;
    let left = x + 14;
    if (left + width > innerWidth - margin) left = x - 14 - width;
    let top = y + 14;
    if (top + height > innerHeight - margin) top = y - 14 - height;
    tip.style.left = `${Math.max(margin, left)}px`;
    tip.style.top = `${Math.max(margin, top)}px`;
  }

  #hideTooltip() {
    this.#tooltip.hidden = true;
    this.#focusMark.hidden = true;
    this.#focus = -1;
  }
}

if (!customElements.get('alliance-chart')) {
  // The first chart's build is fetched before any element is set up (the shadow tree, the
  // observers): the download is what a first draw waits for longest.
  const first = document.querySelector('alliance-chart');
  if (first) core(first.hasAttribute('src') ? 'full' : buildFor(first.getAttribute('view') ?? 'survey'));
  customElements.define('alliance-chart', AllianceChartElement);
}
