// Functions the checks run inside the page, in every engine. Each is self-contained (it is
// sent to the browser as source text) and takes and returns JSON values. They use the page
// as a reader's script would: the <alliance-chart> element, its public properties, events and
// shadow DOM and its public methods.

/** Records console errors and warnings, uncaught errors and CSP violations from now on
 * (for drivers without a console log of their own: site.mjs runs it first in the page). */
export function watchProblems() {
  if (window.__engineProblems) return;
  const problems = (window.__engineProblems = []);
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      problems.push(`console.${level}: ${args.map(String).join(' ')}`);
      return original.apply(this, args);
    };
  }
  // Capturing on window also sees the element's own (non-bubbling) `error` events: only
  // uncaught errors and failed loads of scripts, styles and images count.
  addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) problems.push(`uncaught: ${e.message}`);
    else if (e.target?.src || e.target?.href) problems.push(`failed to load ${e.target.src || e.target.href}`);
  }, true);
  addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${e.reason?.message ?? e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => problems.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
}

export function readProblems() {
  return window.__engineProblems ?? ['the page was loaded without the console probe'];
}

/** Waits until the element has drawn its first chart; returns what the browser says about itself. */
export async function whenReady() {
  const element = document.querySelector('alliance-chart');
  const late = new Promise((ok) => setTimeout(() => ok('late'), 15000));
  if (!element || (await Promise.race([element.ready, late])) === 'late') throw new Error('the chart did not draw within 15 s');
  element.scrollIntoView({ block: 'center' });
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  return { dpr: devicePixelRatio, theme: element.dataset.theme, viewport: [innerWidth, innerHeight] };
}

/** Switches the element to a view and waits until it is drawn (the first switch away from the
 * survey fetches the full build); returns the canvas's CSS and backing-store sizes. */
export async function showView(id) {
  const element = document.querySelector('alliance-chart');
  const events = [];
  const record = (event) => events.push(`${event.type} ${JSON.stringify(event.detail)}`);
  element.addEventListener('error', record);
  element.addEventListener('render', record);
  element.view = id;
  await element.ready;
  for (let i = 0; i < 600 && element.view !== id; i++) await new Promise((ok) => setTimeout(ok, 25));
  element.removeEventListener('error', record);
  element.removeEventListener('render', record);
  if (element.view !== id) {
    const message = element.shadowRoot.querySelector('[role=alert]');
    const state = [`build ${element.build}`, `view ${element.view}`, `events: ${events.join('; ') || 'none'}`];
    if (message && !message.hidden) state.push(`message: ${message.textContent}`);
    throw new Error(`the ${id} view was not shown within 15 s (${state.join(', ')})`);
  }
  // A view that sets its own height (the scorecard) grows the element, which redraws on a
  // later frame: wait for the canvas to settle (at most half a second of frames).
  const canvas = element.shadowRoot.querySelector('canvas');
  const frame = () => new Promise((ok) => requestAnimationFrame(ok));
  const settled = () => {
    const box = canvas.getBoundingClientRect();
    return canvas.width === Math.round(box.width * devicePixelRatio) && canvas.height === Math.round(box.height * devicePixelRatio);
  };
  for (let i = 0; i < 3 || (i < 30 && !settled()); i++) await frame();
  element.scrollIntoView({ block: 'center' });
  const box = canvas.getBoundingClientRect();
  return { view: element.view, css: [box.width, box.height], backing: [canvas.width, canvas.height], dpr: devicePixelRatio };
}

/** Reads the backing store back (through a copy, so the page's own canvas is never read) and
 * counts the pixels of each side's colour in the element's theme, the colours in use, and a
 * fingerprint of the whole image. */
export function pixels() {
  const element = document.querySelector('alliance-chart');
  const source = element.shadowRoot.querySelector('canvas');
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  const ctx = copy.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(source, 0, 0);
  const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
  const palette = element.dataset.theme === 'dark'
    ? { nato: [0x6c, 0x9b, 0xff], csto: [0xff, 0x8a, 0x5c] }
    : { nato: [0x1d, 0x4e, 0xd8], csto: [0xb9, 0x3a, 0x0c] };
  const counts = { nato: 0, csto: 0 };
  const colours = new Set();
  let hash = 2166136261;
  for (let i = 0; i < data.length; i += 4) {
    for (const [side, [r, g, b]] of Object.entries(palette)) {
      if (Math.abs(data[i] - r) <= 12 && Math.abs(data[i + 1] - g) <= 12 && Math.abs(data[i + 2] - b) <= 12) counts[side]++;
    }
    colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    hash = Math.imul(hash ^ data[i] ^ (data[i + 1] << 8) ^ (data[i + 2] << 16), 16777619);
  }
  const corner = Array.from(data.slice(0, 3), (v) => v.toString(16).padStart(2, '0')).join('');
  return { ...counts, colours: colours.size, corner: `#${corner}`, hash: `${copy.width}x${copy.height}:${hash >>> 0}` };
}

/** The view's data points in reading order, with their regions (CSS px within the canvas),
 * and every line of text the view drew with its box (the full build's `textBoxes()`). */
export function geometry() {
  const element = document.querySelector('alliance-chart');
  const hits = [];
  for (let i = 0; i < element.hitCount; i++) {
    const { kind, label, x, y, width, height } = element.hit(i);
    hits.push({ kind, label, x, y, width, height });
  }
  const canvas = element.shadowRoot.querySelector('canvas');
  return { view: element.view, size: [canvas.clientWidth, canvas.clientHeight], hits, texts: element.textBoxes() };
}

/** The centre of data point `index` in viewport coordinates, with what it stands for. */
export function pointOf(index) {
  const element = document.querySelector('alliance-chart');
  const hit = element.hit(index);
  const box = element.shadowRoot.querySelector('canvas').getBoundingClientRect();
  const x = hit.x + hit.width / 2;
  const y = hit.y + hit.height / 2;
  const picked = element.pick(x, y);
  return { x: box.left + x, y: box.top + y, label: picked?.label, sources: picked?.sources ?? [], value: picked?.value };
}

/** What the tooltip shows. */
export function tooltip() {
  const tip = document.querySelector('alliance-chart').shadowRoot.querySelector('.tooltip');
  const box = tip.getBoundingClientRect();
  return {
    hidden: tip.hidden,
    label: tip.querySelector('.label')?.textContent ?? null,
    text: tip.textContent,
    onScreen: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
  };
}

export function focusChart() {
  document.querySelector('alliance-chart').shadowRoot.querySelector('canvas').focus();
  return document.querySelector('alliance-chart').shadowRoot.activeElement?.tagName ?? null;
}

/** The element's export of the current view: text for svg and csv, the pixel size for png. */
export async function exported(format) {
  const blob = await document.querySelector('alliance-chart').exportBlob(format);
  if (format !== 'png') return { type: blob.type, text: await blob.text() };
  const head = new DataView(await blob.slice(0, 24).arrayBuffer());
  return { type: blob.type, width: head.getUint32(16), height: head.getUint32(20) };
}

/** Points the element's `src` at a URL and waits for its `ready` or `error` event; returns
 * that and the message the element shows. */
export async function loadSrc(src) {
  const element = document.querySelector('alliance-chart');
  const event = await new Promise((ok) => {
    const done = (e) => {
      element.removeEventListener('ready', done);
      element.removeEventListener('error', done);
      ok(e.type);
    };
    element.addEventListener('ready', done);
    element.addEventListener('error', done);
    if (src === null) element.removeAttribute('src');
    else element.setAttribute('src', src);
  });
  const message = element.shadowRoot.querySelector('.message');
  return { event, shown: !message.hidden && message.getClientRects().length > 0, message: message.textContent, view: element.view };
}

/** Passes the element a copy of `article` with one fault (or none) through `setData`;
 * returns whether it was refused, and how. */
export async function setDataWith(article, fault) {
  const data = structuredClone(article);
  const scores = data.survey.scores;
  const faults = {
    none: () => {},
    'csto at 2.5': () => { scores.find((s) => s.side === 'csto').score = 2.5; },
    'score 9': () => { scores[6].score = 9; },
    'unknown field': () => { data.colour = 'red'; },
    'NaN score': () => { scores[0].score = NaN; },
    'function as a score': () => { scores[2].score = () => {}; },
    'object containing itself': () => { data.survey.scale.again = data.survey; },
  };
  faults[fault]();
  try {
    await document.querySelector('alliance-chart').setData(data);
    return { refused: false };
  } catch (error) {
    return { refused: true, isError: error instanceof Error, message: String(error?.message ?? error) };
  }
}

/** Asks the element for a view that does not exist; returns the `error` event's message and
 * the view still shown, then asks for that view again. */
export async function unknownView() {
  const element = document.querySelector('alliance-chart');
  const before = element.view;
  const refused = new Promise((ok) => element.addEventListener('error', (e) => ok(e.detail), { once: true }));
  element.view = 'pie';
  const late = new Promise((ok) => setTimeout(() => ok(null), 5000));
  const detail = await Promise.race([refused, late]);
  const view = element.view;
  element.view = before;
  return detail ? { refused: true, message: detail.message, view } : { refused: false, view };
}

/** Hides the element, redraws and exports it hidden, then shows it again. */
export async function whileHidden() {
  const element = document.querySelector('alliance-chart');
  const frame = () => new Promise((ok) => requestAnimationFrame(ok));
  element.hidden = true;
  await frame();
  let error = null;
  const failed = (e) => { error = e.detail.message; };
  element.addEventListener('error', failed);
  for (let i = 0; i < 3; i++) await frame(); // the canvas's size changed: the element redraws
  element.removeEventListener('error', failed);
  const svg = await (await element.exportBlob('svg')).text();
  element.hidden = false;
  for (let i = 0; i < 3; i++) await frame();
  return { error, svg: svg.slice(0, 5), nato: svg.includes('NATO') };
}

/** Sets the element's theme attribute; returns the theme it draws in. */
export function setTheme(name) {
  const element = document.querySelector('alliance-chart');
  element.setAttribute('theme', name);
  return element.dataset.theme;
}
