// Gives the wasm's imports from wasm-bindgen's glue short names, in the module and in its glue:
//
//   node .ci/short-imports.mjs www/pkg/alliance_charts_bg.wasm www/pkg/alliance_charts.js
//
// wasm-bindgen names each import `__wbg_<name>_<16 hex digits>`, once in the wasm's import
// section and once in the glue: over a kilobyte gzip -9 per build that a page downloads, mostly
// the digits, which do not compress. Only imports from the glue's own module are renamed
// (`a`, `b`, … `Z`, `aa`, …); snippets keep theirs. The script refuses to run twice on a file.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
const GLUE_MODULE = './alliance_charts_bg.js';
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

let pos = 8;
const uleb = () => {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = wasm[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
};
const encodeUleb = (n) => {
  const out = [];
  do {
    const byte = n & 0x7f;
    n = Math.floor(n / 128);
    out.push(n ? byte | 0x80 : byte);
  } while (n);
  return Buffer.from(out);
};
const encodeName = (text) => Buffer.concat([encodeUleb(Buffer.byteLength(text)), Buffer.from(text)]);
const readName = () => {
  const length = uleb();
  const text = wasm.toString('utf8', pos, pos + length);
  pos += length;
  return text;
};
/** Skips an import's description: a function's type, a table, a memory or a global. */
const skipDescription = () => {
  const kind = wasm[pos++];
  if (kind === 0) uleb();
  else if (kind === 1 || kind === 2) {
    if (kind === 1) pos++;
    const flags = uleb();
    uleb();
    if (flags & 1) uleb();
  } else pos += 2;
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** `a` … `Z`, then `aa`, `ab`, …: a distinct identifier for each n. */
const shortName = (n) => (n < LETTERS.length ? '' : shortName(Math.floor(n / LETTERS.length) - 1)) + LETTERS[n % LETTERS.length];

const parts = [wasm.subarray(0, 8)];
let renamed = 0;
while (pos < wasm.length) {
  const start = pos;
  const id = wasm[pos++];
  const size = uleb();
  const end = pos + size;
  if (id !== 2) {
    parts.push(wasm.subarray(start, end));
    pos = end;
    continue;
  }
  const count = uleb();
  const entries = [encodeUleb(count)];
  for (let i = 0; i < count; i++) {
    const module = readName();
    let field = readName();
    const description = pos;
    skipDescription();
    if (module === GLUE_MODULE) {
      const short = shortName(renamed++);
      const key = `${field}:`;
      if (!field.startsWith('__wb') || !glue.includes(key)) throw new Error(`${gluePath}: no import ${field} to rename (renamed already?)`);
      glue = glue.split(key).join(`${short}:`);
      field = short;
    }
    entries.push(encodeName(module), encodeName(field), wasm.subarray(description, pos));
  }
  const body = Buffer.concat(entries);
  parts.push(Buffer.from([2]), encodeUleb(body.length), body);
  pos = end;
}
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);
