// The demo page's chart starts on the view its URL's #hash names, set before the element's
// script starts it: a deep link loads and shows that view (and its fallback image) first.
const VIEWS = ['survey', 'timeline', 'forces', 'scorecard'];
const view = decodeURIComponent(location.hash.slice(1));
if (VIEWS.includes(view)) document.getElementById('chart').setAttribute('view', view);
