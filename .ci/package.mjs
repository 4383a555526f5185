// `make package`: the npm package, laid out as wasm-pack lays out its own (package.json with
// `module`, `types`, `files` and `sideEffects`) plus `exports` for the element, both builds of
// the core. Written to target/package/alliance-charts/, packed beside it as
// alliance-charts-<version>.tgz; the version is Cargo.toml's.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}target/package/`;
const dir = `${out}alliance-charts/`;
const cargo = readFileSync(`${root}Cargo.toml`, 'utf8');
const field = (name) => new RegExp(`^${name} = "([^"]*)"`, 'm').exec(cargo)[1];
const version = field('version');

const CORE = ['alliance_charts.js', 'alliance_charts_bg.wasm', 'alliance_charts.d.ts', 'alliance_charts_bg.wasm.d.ts'];
const core = (build) => ({ types: `./${build}/alliance_charts.d.ts`, default: `./${build}/alliance_charts.js` });
const manifest = {
  name: 'alliance-charts',
  version,
  description: field('description'),
  license: field('license'),
  type: 'module',
  files: ['alliance-chart.js', 'alliance-chart-style.js', 'alliance-chart.d.ts', 'README.md',
    ...['pkg', 'pkg-survey'].flatMap((build) => CORE.map((f) => `${build}/${f}`))],
  module: 'alliance-chart.js',
  types: 'alliance-chart.d.ts',
  // Importing the element defines <alliance-chart>; the core modules only export.
  sideEffects: ['./alliance-chart.js'],
  exports: {
    '.': { types: './alliance-chart.d.ts', default: './alliance-chart.js' },
    './core': core('pkg'),
    './core-survey': core('pkg-survey'),
    './pkg/*': './pkg/*',
    './pkg-survey/*': './pkg-survey/*',
    './package.json': './package.json',
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const file of ['alliance-chart.js', 'alliance-chart-style.js', 'alliance-chart.d.ts']) cpSync(`${root}www/${file}`, `${dir}${file}`);
for (const build of ['pkg', 'pkg-survey']) {
  for (const file of CORE) cpSync(`${root}www/${build}/${file}`, `${dir}${build}/${file}`);
}
writeFileSync(`${dir}package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(`${dir}README.md`, `# alliance-charts ${version}

An embeddable chart of Kazakhstan's defence ties with NATO and the CSTO (Eurasia Daily Monitor,
17 October 2012), drawn by Rust compiled to WebAssembly.

\`\`\`js
import 'alliance-charts'; // defines <alliance-chart view="timeline" theme="auto">
import init, { AllianceChart } from 'alliance-charts/core'; // the JS API, every view
\`\`\`

The element loads \`pkg-survey/\` (the survey) first and \`pkg/\` (every view, datasets, exports) when
needed, from URLs relative to itself, which bundlers such as Vite and webpack emit as assets.
`);
execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
console.log(`package: target/package/alliance-charts-${version}.tgz`);
