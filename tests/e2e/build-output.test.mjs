// What `make build` writes for a page to load, checked as files (no browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const WWW = new URL('../../www/', import.meta.url);
const LOADED = ['alliance-chart.min.js', 'pkg-survey/alliance_charts.js', 'pkg/alliance_charts.js'];

test('each minified script a page loads starts with V8\'s compile hint, so it compiles while it streams in', () => {
  for (const file of LOADED) {
    const first = readFileSync(new URL(file, WWW), 'utf8').split('\n', 1)[0];
    assert.equal(first, '//# allFunctionsCalledOnLoad', file);
  }
});
