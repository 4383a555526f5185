// What each part of the wasm costs: function bodies and data of a names-kept build, grouped
// by crate or module, in bytes and in gzip -9 bytes (each group compressed on its own, so
// the groups add up to a little more than the whole). Run by `make sizes` on a wasm built
// like the shipped one but optimised with wasm-opt -g, which keeps the function names:
//
//   node bench/sizes.mjs path/to/names-kept.wasm [shipped.wasm]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [file, shipped] = process.argv.slice(2);
const bytes = readFileSync(file);

/** Reads the module's sections: function bodies by index, data segments, function names. */
function sections(buf) {
  let pos = 8;
  const uleb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = buf[pos++];
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  const name = () => {
    const len = uleb();
    const text = buf.toString('utf8', pos, pos + len);
    pos += len;
    return text;
  };
  let imported = 0;
  const bodies = [];
  const data = [];
  const names = new Map();
  while (pos < buf.length) {
    const id = buf[pos++];
    const size = uleb();
    const end = pos + size;
    if (id === 2) {
      // Imports: functions among them take the first function indices.
      for (let n = uleb(); n > 0; n--) {
        name();
        name();
        const kind = buf[pos++];
        if (kind === 0) { uleb(); imported++; } else if (kind === 1) { pos++; const f = uleb(); uleb(); if (f & 1) uleb(); } else if (kind === 2) { const f = uleb(); uleb(); if (f & 1) uleb(); } else if (kind === 3) { pos += 2; } else { pos++; uleb(); }
      }
    } else if (id === 10) {
      for (let n = uleb(), i = 0; i < n; i++) {
        const len = uleb();
        bodies.push(buf.subarray(pos, pos + len));
        pos += len;
      }
    } else if (id === 11) {
      data.push(buf.subarray(pos, end));
    } else if (id === 0 && name() === 'name') {
      while (pos < end) {
        const sub = buf[pos++];
        const len = uleb();
        const subEnd = pos + len;
        if (sub === 1) {
          for (let n = uleb(); n > 0; n--) {
            const index = uleb();
            names.set(index, name());
          }
        }
        pos = subEnd;
      }
    }
    pos = end;
  }
  return { imported, bodies, data, names };
}

/** The part a function belongs to, from its (demangled) name. */
function part(fn) {
  const rules = [
    [/alliance_charts::(?:dataset::(?:read|value|parse|at|json)|web::data)|<serde|serde_core|serde::/, 'dataset reading (serde, the JSON format, the reader)'],
    // The compiled-in article data is built where the constructor's export inlines it.
    [/alliance_charts::dataset::embedded|^alliancechart_new /, 'the constructor, with the compiled-in article data'],
    [/alliance_charts::validate/, 'validation'],
    [/alliance_charts::layout/, 'layout'],
    [/alliance_charts::(?:draw|web::canvas)|plotters_canvas/, 'drawing (plotters + canvas backend)'],
    [/plotters_svg|alliance_charts::draw::svg/, 'SVG export'],
    [/^<?plotters/, 'plotters'],
    [/alliance_charts::(?:describe|summary|table|format|text)/, 'words: tooltips, summary, table, numbers, wrapping'],
    [/alliance_charts::/, 'chart state and JS API'],
    [/wasm_bindgen|js_sys|web_sys|^__wbg|__wbindgen|externref|multivalue shim/, 'wasm-bindgen glue (wasm side)'],
    [/talc|dlmalloc|__rdl|__rust_alloc|__rust_dealloc|__rust_realloc/, 'allocator'],
    [/flt2dec|float_to|fmt::float|num::bignum|dec2flt|::fmt::|Formatter|core::fmt|pad_integral/, 'core::fmt (formatting)'],
  ];
  for (const [re, label] of rules) if (re.test(fn)) return label;
  return 'std, core and alloc (other)';
}

const { imported, bodies, data, names } = sections(bytes);
const groups = new Map();
const add = (label, chunk) => {
  const g = groups.get(label) ?? { raw: 0, chunks: [] };
  g.raw += chunk.length;
  g.chunks.push(chunk);
  groups.set(label, g);
};
// Crate disambiguators (`core[1b80778acbf7b3a4]::`) are dropped before matching.
bodies.forEach((body, i) => add(part((names.get(imported + i) ?? '').replace(/\[[0-9a-f]{8,}\]/g, '')), body));
for (const d of data) add('data: the embedded dataset, messages, tables', d);

const gz = (chunks) => gzipSync(Buffer.concat(chunks), { level: 9 }).length;
const rows = [...groups].map(([label, g]) => [label, g.raw, gz(g.chunks)]).sort((a, b) => b[2] - a[2]);
const total = gzipSync(bytes, { level: 9 }).length;
console.log(`| part | bytes | gzip -9 |`);
console.log(`|---|---:|---:|`);
for (const [label, raw, z] of rows) console.log(`| ${label} | ${raw.toLocaleString('en-US')} | ${z.toLocaleString('en-US')} |`);
console.log(`| whole module with names (${file.split('/').pop()}) | ${bytes.length.toLocaleString('en-US')} | ${total.toLocaleString('en-US')} |`);
if (shipped) {
  const s = readFileSync(shipped);
  console.log(`| shipped module, names stripped | ${s.length.toLocaleString('en-US')} | ${gzipSync(s, { level: 9 }).length.toLocaleString('en-US')} |`);
}
