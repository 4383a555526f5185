// For a page that embeds alliance-charts' frame.html in an <iframe>: fits each such iframe's
// height to its chart, from the height the frame posts (Datawrapper's convention). Obeys only
// messages from the origin this script came from, each resizing the iframe that sent it.
//   <script src="https://charts.example/embed-resize.js" defer></script>
(() => {
  const origin = new URL(document.currentScript.src).origin;
  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const heights = event.data?.['alliance-chart-height'];
    if (!heights || typeof heights !== 'object') return;
    const height = Number(Object.values(heights)[0]);
    if (!Number.isFinite(height) || height <= 0 || height > 20000) return;
    for (const iframe of document.querySelectorAll('iframe')) {
      if (iframe.contentWindow === event.source) iframe.style.height = `${Math.ceil(height)}px`;
    }
  });
})();
