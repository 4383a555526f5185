// Writes the static fallback of the article's charts into www/, with the native renderer
// (`alliance-charts render`, its path the first argument): every view at three widths in both
// themes (www/fallback/<view>-<width>-<theme>.svg) and the dataset they show
// (www/data/kazakhstan_2012.json). It also writes the markup that shows them, one line per view
// inside <alliance-chart> in each page, between the `<!-- fallback -->` and `<!-- /fallback -->`
// comments: a <picture> choosing the width and theme, a print image and the data link, with the
// view's summary as the alt text.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [bin] = process.argv.slice(2);
const www = fileURLToPath(new URL('../www/', import.meta.url));
export const VIEWS = ['survey', 'timeline', 'forces', 'scorecard'];
// Phones (up to 480 px), tablets and narrow windows (up to 800 px), and the page's 60rem column.
export const WIDTHS = [360, 640, 928];
const PAGES = ['index.html', 'frame.html'];

mkdirSync(`${www}fallback`, { recursive: true });
mkdirSync(`${www}data`, { recursive: true });
copyFileSync(new URL('../src/dataset/kazakhstan_2012.json', import.meta.url), `${www}data/kazakhstan_2012.json`);
for (const view of VIEWS) {
  for (const width of WIDTHS) {
    for (const theme of ['light', 'dark']) {
      const output = `${www}fallback/${view}-${width}-${theme}.svg`;
      execFileSync(bin, ['render', '--view', view, '--width', String(width), '--theme', theme, '--output', output]);
    }
  }
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const summary = (view) => escape(execFileSync(bin, ['summary', '--view', view], { encoding: 'utf8' }).trim());

// The dark theme's sources first, each theme's narrowest first: the first <source> whose media
// query matches wins. Only the first view's image loads eagerly; the others wait until shown.
const BREAKS = ['(max-width: 480px)', '(max-width: 800px)'];
function markup(view, index) {
  const file = (width, theme) => `fallback/${view}-${width}-${theme}.svg`;
  const dark = 'screen and (prefers-color-scheme: dark)';
  const sources = [
    ...WIDTHS.map((w, i) => [BREAKS[i] ? `${dark} and ${BREAKS[i]}` : dark, file(w, 'dark')]),
    ...BREAKS.map((media, i) => [media, file(WIDTHS[i], 'light')]),
  ].map(([media, srcset]) => `<source media="${media}" srcset="${srcset}">`);
  const lazy = index === 0 ? '' : ' loading="lazy"';
  const img = `<img src="${file(WIDTHS.at(-1), 'light')}"${lazy} alt="${summary(view)}">`;
  return `<div class="fallback" id="${view}" data-view="${view}"><picture>${sources.join('')}${img}</picture>`
    + `<img class="print" src="${file(WIDTHS[1], 'light')}" alt="" loading="lazy">`
    + `<a href="data/kazakhstan_2012.json" type="application/json">The data: the article’s dataset (JSON)</a></div>`;
}

const lines = VIEWS.map(markup);
for (const page of PAGES) {
  const path = `${www}${page}`;
  const html = readFileSync(path, 'utf8');
  const updated = html.replace(/^( *)<!-- fallback -->\n[^]*?^ *<!-- \/fallback -->$/m,
    (_, indent) => [`<!-- fallback -->`, ...lines, `<!-- /fallback -->`].map((l) => indent + l).join('\n'));
  if (!updated.includes('<!-- /fallback -->')) throw new Error(`www/${page} has no <!-- fallback --> … <!-- /fallback --> block`);
  if (updated !== html) {
    writeFileSync(path, updated);
    console.log(`fallback: rewrote the fallback markup in www/${page} (commit it)`);
  }
}
console.log(`fallback: ${VIEWS.length * WIDTHS.length * 2} SVGs in www/fallback/`);
