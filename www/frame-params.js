// frame.html's settings from its URL, applied before the element's script starts the chart:
// view, theme (light, dark or auto) and src, a dataset on this site only.
const params = new URLSearchParams(location.search);
const chart = document.getElementById('chart');
const view = params.get('view') ?? decodeURIComponent(location.hash.slice(1));
if (view) chart.setAttribute('view', view);
const theme = params.get('theme');
if (['light', 'dark', 'auto'].includes(theme)) chart.setAttribute('theme', theme);
const src = params.get('src');
if (src) {
  const url = new URL(src, location.href);
  if (url.origin === location.origin) {
    // The fallback images show the article's data, not this dataset.
    for (const fallback of chart.querySelectorAll('.fallback')) fallback.remove();
    chart.setAttribute('src', url.href);
  } else {
    const note = document.createElement('p');
    note.textContent = `The data must come from this site (${location.origin}), not ${url.origin}.`;
    chart.before(note);
  }
}
