// Serves www/ as a static site on 127.0.0.1 with the right MIME types (application/wasm for
// the module, so browsers compile it while streaming). PORT overrides the default 8080.
// Used by `make serve` and by the end-to-end tests; the bench serves gzip, as hosts do.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

// What a host compresses: text and wasm, not images.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.ts']);

/**
 * Starts the server; resolves to { server, url } once it listens. `headers` are added to every
 * answer (the tests serve a CDN-like origin with `Access-Control-Allow-Origin`). With `gzip`,
 * text and wasm go out gzip -9 encoded to a browser that accepts it, each file compressed once
 * (again when it changes), as a host or CDN would send them.
 */
export function serve({ root = fileURLToPath(new URL('../www/', import.meta.url)), port = 8080, host = '127.0.0.1', headers = {}, gzip = false } = {}) {
  const base = resolve(root);
  const zipped = new Map();
  const encode = async (file, body) => {
    const { mtimeMs } = await stat(file);
    const kept = zipped.get(file);
    if (kept?.mtimeMs === mtimeMs) return kept.body;
    const packed = gzipSync(body, { level: 9 });
    zipped.set(file, { mtimeMs, body: packed });
    return packed;
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      let body = await readFile(file);
      const encoded = gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (encoded) body = await encode(file, body);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...(encoded ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serve({ port, root: process.env.ROOT || undefined, gzip: process.env.GZIP === '1' });
  console.log(`alliance-charts: serving www/ at ${url} (Ctrl-C stops)`);
}
