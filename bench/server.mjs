// The bench's web server: .ci/serve.mjs in a process of its own (as a page's host is), away from
// the event loop that drives the browser, sending text and wasm gzip -9 encoded as hosts and
// CDNs do, so throttled profiles move the bytes a reader's browser would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('../.ci/serve.mjs', import.meta.url));

/** Starts the server on a free port for the files under `root`; resolves to { url, close }. */
export async function startServer(root) {
  const child = spawn(process.execPath, [SERVE], {
    env: { ...process.env, PORT: '0', ROOT: root, GZIP: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((ok, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`the bench's server stopped (exit ${code})`)));
    child.stdout.once('data', (line) => ok(/(http:\/\/\S+)/.exec(String(line))?.[1]));
  });
  process.once('exit', () => child.kill());
  if (!url) throw new Error('the bench\'s server did not say where it listens');
  return { url, close: () => child.kill() };
}
