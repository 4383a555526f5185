// The demo page's "Embed this chart" dialog: copyable snippets for the view on screen, as a
// script and an element, and as an iframe with the script that fits its height.
const TITLES = { survey: 'Survey', timeline: 'Timeline', forces: 'Forces', scorecard: 'Scorecard' };
// Iframe heights (CSS px) that show the whole chart at any width without embed-resize.js: the
// element's tallest box (40rem on phones), and the scorecard's text at 360 px (a test checks).
export const FIXED_HEIGHTS = { survey: 640, timeline: 640, forces: 640, scorecard: 1200 };

/** The two snippets for a view, with URLs absolute on this page's site. */
export function snippets(view, base = new URL('.', location.href)) {
  const at = (path) => new URL(path, base).href;
  const title = `Kazakhstan between NATO and the CSTO: ${TITLES[view] ?? view}`;
  return {
    element: `<script type="module" src="${at('alliance-chart.min.js')}"></script>\n`
      + `<alliance-chart view="${view}" theme="auto"></alliance-chart>`,
    iframe: `<iframe src="${at(`frame.html?view=${view}#${view}`)}" title="${title}" width="100%" `
      + `height="${FIXED_HEIGHTS[view] ?? 640}" loading="lazy" style="border:0"></iframe>\n`
      + `<script src="${at('embed-resize.js')}" defer></script>`,
  };
}

/** Wires the dialog to the chart element: the opener shows the current view's snippets. */
export function setUpEmbedDialog(element) {
  const dialog = document.getElementById('embed-dialog');
  const opener = document.getElementById('embed-open');
  const status = document.getElementById('embed-status');
  opener.removeAttribute('data-pending');
  opener.addEventListener('click', () => {
    const { element: script, iframe } = snippets(element.view);
    document.getElementById('embed-element').value = script;
    document.getElementById('embed-iframe').value = iframe;
    document.getElementById('embed-view').textContent = (TITLES[element.view] ?? element.view).toLowerCase();
    status.textContent = '';
    dialog.showModal();
  });
  document.getElementById('embed-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener.focus());
  for (const button of dialog.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      const field = document.getElementById(button.dataset.copy);
      field.select();
      try {
        await navigator.clipboard.writeText(field.value);
        status.textContent = 'Copied to the clipboard.';
      } catch {
        status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
      }
    });
  }
}
