// WebKitGTK through plain W3C WebDriver over HTTP: Debian's WebKitWebDriver drives MiniBrowser,
// which needs a display, so both run on a private Xvfb server.
//
// Two limits of this driver shape the adapter: MiniBrowser's devicePixelRatio is fixed when it
// starts (GDK_SCALE), so another ratio is another MiniBrowser session on the same driver; and
// classic WebDriver has no console log, so the checks load the host page with a probe that
// records console messages, uncaught errors and CSP violations in the page (site.mjs), and the
// adapter reads them there.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { readProblems } from '../page.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebDriver key codes of the keys the checks press. */
const KEYS = { ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Home: '\uE011', End: '\uE010', Escape: '\uE00C' };

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** Starts Xvfb on the first free display; resolves to [process, ':N']. */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '2560x2048x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((ok, fail) => {
    xvfb.once('error', fail);
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code})`)));
    xvfb.stdio[3].once('data', (d) => ok([xvfb, `:${d.toString().trim()}`]));
  });
}

/** A W3C WebDriver client: `call(method, path, body)` resolves to the answer's `value`. */
function client(base) {
  return async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) {
      // The browser's side failed, not a check: engines.test.mjs gives such a check one more try.
      throw Object.assign(new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`), { driverFault: true });
    }
    return value;
  };
}

async function waitUntilUp(call, driver) {
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      if ((await call('GET', '/status')).ready) return;
    } catch { /* not listening yet */ }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

/** MiniBrowser at a device pixel ratio (GDK_SCALE), under automation. */
function capabilities(ratio) {
  const args = ['--automation'];
  const browserOptions = ratio === 1
    ? { binary: MINIBROWSER, args }
    : { binary: '/usr/bin/env', args: [`GDK_SCALE=${ratio}`, MINIBROWSER, ...args] };
  return { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': browserOptions } } };
}

/** Launches WebKitGTK and returns the engine adapter (see engines.mjs). */
export async function launch() {
  const [xvfb, display] = await startXvfb();
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
  const call = client(`http://127.0.0.1:${port}`);
  const stop = () => { driver.kill(); xvfb.kill(); };
  process.once('exit', stop); // even when a test run is cut short
  let session;
  let ratio = 1;
  let version;
  const open = async () => {
    const created = await call('POST', '/session', capabilities(ratio));
    session = `/session/${created.sessionId}`;
    version = `WebKitGTK ${created.capabilities.browserVersion}`;
  };
  try {
    await waitUntilUp(call, driver);
    await open();
  } catch (error) {
    stop();
    throw error;
  }

  const evaluate = async (fn, ...args) => {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value }), (error) => done({ error: [String(error), error && error.stack].filter(Boolean).join('\\n') }));`;
    const result = await call('POST', `${session}/execute/async`, { script, args });
    if (result.error) throw new Error(`in the page: ${result.error}`);
    return result.value;
  };
  const perform = (actions) => call('POST', `${session}/actions`, { actions });

  return {
    name: 'webkit',
    get version() { return version; },
    async goto(url, { width = 1000, height = 860 } = {}) {
      // The window rect includes MiniBrowser's own chrome: size it so the viewport is width × height.
      await call('POST', `${session}/window/rect`, { width, height });
      const inner = await evaluate(() => [innerWidth, innerHeight]);
      await call('POST', `${session}/window/rect`, { width: 2 * width - inner[0], height: 2 * height - inner[1] });
      await call('POST', `${session}/url`, { url });
    },
    eval: evaluate,
    async screenshot(path) {
      const element = await call('POST', `${session}/element`, { using: 'css selector', value: 'alliance-chart' });
      const id = element['element-6066-11e4-a52e-4f735466cecf']; // the W3C element reference key
      const png = Buffer.from(await call('GET', `${session}/element/${id}/screenshot`), 'base64');
      writeFileSync(path, png);
      return png;
    },
    hover: (x, y) => perform([{
      type: 'pointer',
      id: 'mouse',
      parameters: { pointerType: 'mouse' },
      actions: [{ type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 }],
    }]),
    // WebKitGTK's driver delivers touch actions as mouse events: no touch input to test with.
    tap: null,
    key: (key) => perform([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: KEYS[key] }, { type: 'keyUp', value: KEYS[key] }] }]),
    async setDpr(next) {
      if (next === ratio) return;
      await call('DELETE', session);
      ratio = next;
      await open();
    },
    consoleLog: false,
    problems: () => evaluate(readProblems),
    async close() {
      await call('DELETE', session).catch(() => {});
      stop();
    },
  };
}
