// The chart bench/split.mjs and bench/profile.mjs time, set up in the page (pass the function
// to page.evaluate with [dataset, pkg]): the module at `pkg` drawing `dataset`'s survey on a
// fresh 800 × 500 canvas, and the pair of datasets a changed-data `setData` alternates between
// (the second with one score changed). Leaves `window.bench = { mod, canvas, chart, pair }`.
export async function chartWithPair([dataset, pkg]) {
  const mod = await import(pkg);
  await mod.default();
  const canvas = document.createElement('canvas');
  canvas.style.cssText = 'display:block;width:800px;height:500px';
  document.body.append(canvas);
  const chart = new mod.AllianceChart(canvas, { view: 'survey', dataset });
  const other = structuredClone(dataset);
  other.survey.scores[1].score = other.survey.scores[1].score > 4 ? 3 : 5;
  window.bench = { mod, canvas, chart, pair: [dataset, other] };
}
