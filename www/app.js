// The host page: the <alliance-chart> element, view tabs (WAI-ARIA tabs pattern: arrow keys,
// Home and End move between tabs), URL-hash deep links with back-button history, downloads.
import './alliance-chart.min.js';
import { setUpEmbedDialog } from './embed-dialog.js';

const VIEW_NAMES = { survey: 'Survey', timeline: 'Timeline', forces: 'Forces', scorecard: 'Scorecard' };

const element = document.getElementById('chart');
const tabs = document.getElementById('tabs');

element.addEventListener('ready', start, { once: true });

function start() {
  // The element, exposed for readers' consoles and the end-to-end tests once it has drawn.
  window.allianceChart = element;
  const views = element.views;
  const viewFromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    return views.includes(id) ? id : views[0];
  };

  const buttons = views.map((id) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('role', 'tab');
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
    element.view = id;
    for (const button of buttons) {
      const selected = button.dataset.view === id;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
    element.setAttribute('aria-labelledby', `tab-${id}`);
    if (push && location.hash.slice(1) !== id) history.pushState(null, '', `#${id}`);
  }

  window.addEventListener('popstate', () => select(viewFromHash()));
  window.addEventListener('hashchange', () => select(viewFromHash()));
  select(viewFromHash());

  for (const button of document.querySelectorAll('[data-export]')) {
    button.addEventListener('click', () => element.download(button.dataset.export));
  }
  setUpEmbedDialog(element);
}
