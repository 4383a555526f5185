// Writes the static fallback of the article's charts into www/, with the native renderer
// (`alliance-charts render`, its path the first argument): every view at three widths in both
// themes (www/fallback/<view>-<width>-<theme>.svg) and the dataset they show
// (www/data/kazakhstan_2012.json). The pages name these files in <picture> elements inside
// <alliance-chart>; their alt texts are the views' summaries, rewritten here when the data
// changed them.
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
const summaries = Object.fromEntries(VIEWS.map((view) => [view, escape(execFileSync(bin, ['summary', '--view', view], { encoding: 'utf8' }).trim())]));
for (const page of PAGES) {
  const path = `${www}${page}`;
  const html = readFileSync(path, 'utf8');
  const updated = html.replace(/<img\b[^>]*>/g, (tag) => {
    const view = /\bdata-summary="(\w+)"/.exec(tag)?.[1];
    return view ? tag.replace(/\balt="[^"]*"/, `alt="${summaries[view]}"`) : tag;
  });
  if (updated !== html) {
    writeFileSync(path, updated);
    console.log(`fallback: updated the alt texts in www/${page} (commit it)`);
  }
}
console.log(`fallback: ${VIEWS.length * WIDTHS.length * 2} SVGs in www/fallback/`);
