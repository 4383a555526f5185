// Chromium and Firefox through puppeteer-core: Chromium over the DevTools protocol, Firefox
// over WebDriver BiDi (no separate driver). Both are Debian's builds; nothing is downloaded.
import puppeteer from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { FLAGS } from '../../e2e/harness.mjs';

/** Chromium's flags on these machines (root, no GPU, closed network), as the e2e tests use
 * them; puppeteer adds the headless flag itself. */
const CHROMIUM_ARGS = FLAGS.filter((flag) => flag !== '--headless');

const BROWSERS = {
  chromium: { browser: 'chrome', executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  firefox: { browser: 'firefox', executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr', args: [] },
};

/** Launches `name` (chromium or firefox) and returns the engine adapter (see engines.mjs). */
export async function launch(name) {
  const { browser: kind, executablePath, args } = BROWSERS[name];
  const browser = await puppeteer.launch({ browser: kind, executablePath, args, headless: true });
  const page = await browser.newPage();
  let problems = [];
  page.on('console', (msg) => {
    if (['error', 'warn', 'warning'].includes(msg.type())) problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  let viewport = { width: 1000, height: 860, deviceScaleFactor: 1 };
  return {
    name,
    version: (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium ').replace(/^firefox\//, 'Firefox '),
    async goto(url, { width = viewport.width, height = viewport.height } = {}) {
      viewport = { ...viewport, width, height };
      await page.setViewport(viewport);
      problems = [];
      await page.goto(url, { waitUntil: 'load' });
    },
    eval: (fn, ...args) => page.evaluate(fn, ...args),
    async screenshot(path) {
      const png = await (await page.$('alliance-chart')).screenshot();
      writeFileSync(path, png);
      return Buffer.from(png);
    },
    hover: (x, y) => page.mouse.move(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    key: (key) => page.keyboard.press(key),
    // Emulated in both: CDP's device metrics in Chromium, BiDi's setViewport in Firefox. The
    // next goto loads at this ratio.
    async setDpr(ratio) {
      viewport = { ...viewport, deviceScaleFactor: ratio };
    },
    consoleLog: true,
    problems: async () => problems,
    close: () => browser.close(),
  };
}
