// Screenshots SVG files to PNG in headless Chromium, to look at native SVG output:
// node tests/e2e/svg-to-png.mjs a.svg [b.svg …]  → a.png, b.png beside them.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
for (const file of process.argv.slice(2)) {
  const svg = readFileSync(file, 'utf8');
  const [, w, h] = svg.match(/width="(\d+)" height="(\d+)"/) ?? [0, 800, 500];
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  await page.screenshot({ path: file.replace(/\.svg$/, '.png') });
  await page.close();
  console.log(file.replace(/\.svg$/, '.png'));
}
await browser.close();
