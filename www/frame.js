// frame.html: one chart from the URL's parameters (see frame-params.js), which tells the page
// embedding it its height, so that page's embed-resize.js can fit the iframe to the chart.
import './frame-params.js';
import './alliance-chart.min.js';

// The message's shape follows Datawrapper's responsive embeds: { key: { id: height } }.
const id = new URLSearchParams(location.search).get('id') ?? '';
let posted = 0;
if (window.parent !== window) {
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    // Any origin may host the frame, and a height tells it nothing private.
    window.parent.postMessage({ 'alliance-chart-height': { [id]: height } }, '*');
  }).observe(document.documentElement);
}
