// The host page: one chart, view tabs (WAI-ARIA tabs pattern), URL-hash deep links and
// redraws on resize and on devicePixelRatio changes.
import init, { AllianceChart } from './pkg/alliance_charts.js';

const VIEW_NAMES = { survey: 'Survey', timeline: 'Timeline', forces: 'Forces', scorecard: 'Scorecard' };

const canvas = document.getElementById('chart');
const tabs = document.getElementById('tabs');
const status = document.getElementById('status');

function showError(error) {
  status.textContent = String(error?.message ?? error);
  status.hidden = false;
}

try {
  await init();
  start();
} catch (error) {
  showError(error);
}

function start() {
  const chart = new AllianceChart(canvas, { view: 'survey' });
  // Exposed for readers' consoles and the end-to-end tests.
  window.allianceChart = chart;
  const views = chart.views();
  const viewFromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    return views.includes(id) ? id : views[0];
  };

  const buttons = views.map((id) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.role = 'tab';
    button.id = `tab-${id}`;
    button.dataset.view = id;
    button.textContent = VIEW_NAMES[id] ?? id;
    button.setAttribute('aria-controls', 'chart');
    button.addEventListener('click', () => select(id, { push: true }));
    tabs.append(button);
    return button;
  });

  tabs.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(document.activeElement);
    if (index < 0) return;
    const last = buttons.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length];
    target.focus();
    select(target.dataset.view, { push: true });
  });

  function select(id, { push = false } = {}) {
    chart.setView(id);
    for (const button of buttons) {
      const selected = button.dataset.view === id;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
    canvas.setAttribute('aria-labelledby', `tab-${id}`);
    if (push && location.hash.slice(1) !== id) history.pushState(null, '', `#${id}`);
  }

  window.addEventListener('popstate', () => select(viewFromHash()));
  window.addEventListener('hashchange', () => select(viewFromHash()));
  select(viewFromHash());

  // At most one redraw per animation frame, whatever the number of resize notifications.
  let frame = 0;
  const redraw = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      chart.render();
    });
  };
  new ResizeObserver(redraw).observe(canvas);
  const watchRatio = () => {
    matchMedia(`(resolution: ${devicePixelRatio}dppx)`).addEventListener('change', () => {
      redraw();
      watchRatio();
    }, { once: true });
  };
  watchRatio();
}
