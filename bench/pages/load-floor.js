// Bench page: the floor of a cold start (see load-floor.html). Ends as the widget's page does: the
// canvas rasterised by a 1-pixel readback, then the runner's console signal.
const glue = import('../../www/pkg-survey/alliance_charts.js');
const wasm = WebAssembly.compileStreaming(fetch(new URL('../../www/pkg-survey/alliance_charts_bg.wasm', import.meta.url)));
await (await glue).default({ module_or_path: wasm });
const canvas = document.getElementById('chart');
canvas.width = Math.round(canvas.clientWidth * devicePixelRatio);
canvas.height = Math.round(canvas.clientHeight * devicePixelRatio);
const context = canvas.getContext('2d');
context.fillStyle = '#ffffff';
context.fillRect(0, 0, canvas.width, canvas.height);
context.fillStyle = '#1a1d23';
context.font = `${Math.round(16 * devicePixelRatio)}px system-ui, sans-serif`;
context.fillText('Kazakhstan', 20, 40);
context.getImageData(0, 0, 1, 1);
window.__drawn = performance.now();
console.debug('bench: drawn');
window.bench = { kind: 'load-floor' };
