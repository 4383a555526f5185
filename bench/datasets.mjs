// Survey datasets of any size for the benchmark, in this project's schema (version 1), and the
// same bars as Chart.js data. Plain ES module with no imports: the runner uses it in Node and
// the bench pages could import it in the browser.

/** Side colours of the widget's light theme (src/theme.rs), so both charts look alike. */
export const COLORS = { nato: '#1d4ed8', csto: '#b93a0c', neutral: '#8c939d' };

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32): the same datasets on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The article's dataset (`base`, e.g. src/dataset/kazakhstan_2012.json) with its survey
 * replaced by `n` scores: NATO and the CSTO from the article plus `n - 2` generated neutral
 * organisations, each with its own side, sources and quote. `n = 7` returns the article's own
 * survey unchanged. Scores are rounded to two decimals on the 1–7 scale, like the article's.
 */
export function surveyDataset(base, n, seed = 2012) {
  const dataset = structuredClone(base);
  if (n === base.survey.scores.length) return dataset;
  if (n < 2) throw new Error('a generated survey needs at least NATO and the CSTO');
  const { min, max } = dataset.survey.scale;
  const article = dataset.article.source;
  const source = dataset.survey.scores[0].sources;
  const keep = dataset.survey.scores.filter((s) => s.side === 'nato' || s.side === 'csto');
  const next = random(seed);
  const scores = [...keep];
  for (let k = 0; scores.length < n; k++) {
    const id = `org-${String(k).padStart(5, '0')}`;
    const score = Math.round((min + next() * (max - min)) * 100) / 100;
    dataset.sides.push({ id, name: `Organisation ${k + 1}`, role: 'neutral' });
    scores.push({
      side: id,
      score,
      sources: [...new Set([...source, article])],
      quote: `Organisation ${k + 1} scored ${score} (generated for the benchmark).`,
    });
  }
  dataset.survey.scores = scores;
  return dataset;
}

/**
 * The same bars as Chart.js data: ranked highest first (ties in dataset order, as the widget
 * ranks them), one colour per bar by its side's role.
 */
export function chartJsData(dataset) {
  const sides = new Map(dataset.sides.map((s) => [s.id, s]));
  const ranked = dataset.survey.scores
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.score - a.s.score || a.i - b.i)
    .map(({ s }) => s);
  return {
    labels: ranked.map((s) => sides.get(s.side)?.name ?? s.side),
    datasets: [{
      label: 'Score (points)',
      data: ranked.map((s) => s.score),
      backgroundColor: ranked.map((s) => COLORS[sides.get(s.side)?.role ?? 'neutral']),
    }],
  };
}
