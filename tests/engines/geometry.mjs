// Layout is computed in Rust from text widths the browser measures, so engines may lay a view
// out differently only where their text widths differ. These compare what each engine drew:
// each returns the list of disagreements, empty when all is well.

/** Data points drawn as bars and marks, placed by the data and the scales alone. */
const SHAPES = new Set(['score', 'event']);

const inside = (inner, outer, slack) =>
  inner.x >= outer.x - slack && inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;

const overlap = (a, b, inset) =>
  a.x + inset < b.x + b.width - inset && b.x + inset < a.x + a.width - inset &&
  a.y + inset < b.y + b.height - inset && b.y + inset < a.y + a.height - inset;

const at = (r) => `(${[r.x, r.y, r.width, r.height].map((v) => v.toFixed(1)).join(', ')})`;

/**
 * Bars and marks of every view against the first engine's: the same data points in the same
 * order, each within `tolerance` CSS px; other data points (text panels and rows) the same
 * ones in the same order.
 * `byEngine`: Map engine → {view → {size, hits}}.
 */
export function shapeDifferences(byEngine, tolerance = 1) {
  const out = [];
  const [[first, reference], ...others] = byEngine;
  for (const [engine, views] of others) {
    for (const [view, ref] of Object.entries(reference)) {
      const got = views[view];
      const names = (g) => g.hits.map((h) => `${h.kind}:${h.label}`);
      if (names(got).join('|') !== names(ref).join('|')) {
        out.push(`${view}: ${engine} has data points ${names(got)}, ${first} ${names(ref)}`);
        continue;
      }
      ref.hits.forEach((r, i) => {
        const h = got.hits[i];
        if (!SHAPES.has(r.kind)) return;
        const worst = Math.max(...['x', 'y', 'width', 'height'].map((k) => Math.abs(h[k] - r[k])));
        if (worst > tolerance) out.push(`${view}: ${r.kind} "${r.label}" at ${at(h)} in ${engine}, ${at(r)} in ${first}`);
      });
    }
  }
  return out;
}

/** How far each engine's regions are from the first engine's, per view: the largest
 * difference of any edge, for bars and marks and for the other (text-sized) regions. */
export function deviations(byEngine) {
  const [[first, reference], ...others] = byEngine;
  const lines = [];
  for (const [engine, views] of others) {
    for (const [view, ref] of Object.entries(reference)) {
      const worst = { shapes: 0, text: 0 };
      ref.hits.forEach((r, i) => {
        const h = views[view].hits[i];
        if (!h) return;
        const d = Math.max(...['x', 'y', 'width', 'height'].map((k) => Math.abs(h[k] - r[k])));
        const group = SHAPES.has(r.kind) ? 'shapes' : 'text';
        worst[group] = Math.max(worst[group], d);
      });
      lines.push(`${engine} vs ${first}, ${view}: bars and marks within ${worst.shapes.toFixed(2)} px, text-sized regions within ${worst.text.toFixed(2)} px`);
    }
  }
  return lines;
}

/**
 * In one engine's views: every text box inside the canvas, no two overlapping, and each one
 * whose centre lies in a data point's region (a survey row, a forces panel, a scorecard row)
 * inside that region (the smallest, as picking prefers).
 */
export function textOverflows(engine, views) {
  const out = [];
  for (const [view, { size: [width, height], hits, texts }] of Object.entries(views)) {
    if (!texts) {
      out.push(`${view}: ${engine} drew with a build without textBoxes()`);
      continue;
    }
    const canvas = { x: 0, y: 0, width, height };
    texts.forEach((t, i) => {
      if (!inside(t, canvas, 0.5)) out.push(`${view}: "${t.text}" at ${at(t)} leaves the ${width}×${height} canvas in ${engine}`);
      for (const u of texts.slice(i + 1)) {
        if (overlap(t, u, 0.5)) out.push(`${view}: "${t.text}" ${at(t)} overlaps "${u.text}" ${at(u)} in ${engine}`);
      }
      const cx = t.x + t.width / 2;
      const cy = t.y + t.height / 2;
      const region = hits
        .filter((h) => cx >= h.x && cx <= h.x + h.width && cy >= h.y && cy <= h.y + h.height)
        .sort((a, b) => a.width * a.height - b.width * b.height)[0];
      if (region && !inside(t, region, 0.5)) {
        out.push(`${view}: "${t.text}" ${at(t)} overflows its region, ${region.kind} "${region.label}" ${at(region)}, in ${engine}`);
      }
    });
  }
  return out;
}
