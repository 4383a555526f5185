// The cross-engine comparisons on made-up layouts: they report what they should, and only that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shapeDifferences, textOverflows } from './geometry.mjs';

const hit = (kind, label, x, y, width, height) => ({ kind, label, x, y, width, height });
const text = (t, x, y, width, height = 16) => ({ text: t, x, y, width, height });
const view = (hits, texts = []) => ({ size: [400, 300], hits, texts });

test('a mark more than 1 px away in another engine is reported, a text-sized row is not', () => {
  const layout = (dx, dy) => ({
    timeline: view([hit('event', 'Steppe Eagle', 100 + dx, 50, 16, 16)]),
    scorecard: view([hit('row', 'Training base', 20, 80 + dy, 360, 48)]),
  });
  assert.deepEqual(shapeDifferences(new Map([['a', layout(0, 0)], ['b', layout(0.9, 7)]])), []);
  const found = shapeDifferences(new Map([['a', layout(0, 0)], ['b', layout(1.5, 0)]]));
  assert.equal(found.length, 1);
  assert.match(found[0], /timeline: event "Steppe Eagle" at \(101\.5, 50\.0, 16\.0, 16\.0\) in b/);
});

test('different data points across engines are reported', () => {
  const a = { survey: view([hit('score', 'UN', 0, 0, 10, 10), hit('score', 'NATO', 0, 10, 10, 10)]) };
  const b = { survey: view([hit('score', 'UN', 0, 0, 10, 10)]) };
  assert.match(shapeDifferences(new Map([['a', a], ['b', b]]))[0], /survey: b has data points/);
});

test('text leaving its row, the canvas, or covering other text is reported', () => {
  const row = hit('row', 'Training base', 20, 80, 200, 48);
  const ok = { scorecard: view([row], [text('Training', 24, 84, 100), text('base', 24, 104, 40)]) };
  assert.deepEqual(textOverflows('e', ok), []);
  const spills = { scorecard: view([row], [text('Almaty PfP Training Center', 150, 84, 120)]) };
  assert.match(textOverflows('e', spills)[0], /"Almaty PfP Training Center" .* overflows its region, row "Training base"/);
  const off = { survey: view([], [text('Sources', 380, 290, 40)]) };
  assert.match(textOverflows('e', off)[0], /leaves the 400×300 canvas/);
  const covered = { survey: view([], [text('UN', 10, 10, 40), text('5.57', 30, 12, 30)]) };
  assert.match(textOverflows('e', covered)[0], /"UN" .* overlaps "5\.57"/);
  assert.match(textOverflows('e', { survey: { ...view([]), texts: null } })[0], /without textBoxes/);
});
