// The same survey chart in Chart.js 4.6.1, and the bench hooks for it. Classic script, run
// after chart.umd.min.js (the global `Chart`). The chart: horizontal bars ranked highest first,
// x axis fixed at the survey's scale 1–7, NATO blue, CSTO red, the rest grey, title, subtitle,
// colour key and axis title like the widget's; no animation; the pointer anywhere on a bar's
// row shows its tooltip (mode 'index' along y), as the widget's full-width hit regions do.
// This file is measurement and configuration code: reported, not counted as Chart.js's bytes.
(() => {
  const COLORS = { nato: '#1d4ed8', csto: '#b93a0c', neutral: '#8c939d' };
  // The article's seven scores, ranked (src/dataset/kazakhstan_2012.json); the runner checks
  // them against bench/datasets.mjs's conversion of that file.
  const ARTICLE = [
    ['UN', 5.57, 'neutral'],
    ['Shanghai Cooperation Organization (SCO)', 5.54, 'neutral'],
    ['CSTO', 5.46, 'csto'],
    ['International Organization of Turkic Culture', 5.13, 'neutral'],
    ['Customs Union/Common Economic Space', 5.06, 'neutral'],
    ['Eurasian Economic Cooperation Organization', 4.5, 'neutral'],
    ['NATO', 4.35, 'nato'],
  ];
  const KEYS = [
    ['NATO', COLORS.nato],
    ['CSTO', COLORS.csto],
    ['Other organisations', COLORS.neutral],
  ].map(([text, color]) => ({ text, fillStyle: color, strokeStyle: color, lineWidth: 0, hidden: false }));

  const canvas = document.getElementById('chart');
  const context = canvas.getContext('2d');
  const pixel = () => context.getImageData(0, 0, 1, 1);
  const pause = () => new Promise((ok) => setTimeout(ok, 0));

  // Resolves the pending hover once the tooltip for the wanted bar has been drawn.
  let waiting = null;
  const probe = {
    id: 'benchProbe',
    afterTooltipDraw(chart) {
      if (!waiting) return;
      const active = chart.tooltip.getActiveElements();
      // Synthetic mouse events carry whole-pixel coordinates, so at 10,000 bars (0.03 px
      // each) the bar found is a near neighbour of the one aimed at, not always that one.
      if (active.length > 0 && Math.abs(active[0].index - waiting.rank) <= waiting.slack) {
        pixel();
        const { ok } = waiting;
        waiting = null;
        ok(performance.now());
      }
    },
  };

  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: ARTICLE.map(([name]) => name),
      datasets: [{
        label: 'Score (points)',
        data: ARTICLE.map(([, score]) => score),
        backgroundColor: ARTICLE.map(([, , role]) => COLORS[role]),
      }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: false,
      interaction: { mode: 'index', axis: 'y', intersect: false },
      scales: {
        x: {
          min: 1,
          max: 7,
          ticks: { stepSize: 1 },
          title: { display: true, text: 'Score in points (1 = low benefit, 7 = high benefit)' },
        },
      },
      plugins: {
        title: { display: true, text: 'How much does each partnership benefit Kazakhstan?', align: 'start' },
        subtitle: {
          display: true,
          text: 'Scores (points) from a survey of 35 specialists (Interfax, 2 October 2012) · 1 = low benefit, 7 = high benefit',
          align: 'start',
        },
        legend: { align: 'start', labels: { generateLabels: () => KEYS } },
      },
    },
    plugins: [probe],
  });
  // With animation off the constructor has drawn the chart; force rasterisation and stop the
  // cold-start clock.
  pixel();
  window.__drawn = performance.now();
  console.debug('bench: drawn'); // the runner's signal: nothing is evaluated in the page before it

  window.bench = {
    kind: 'chartjs',

    state() {
      return {
        css: [canvas.clientWidth, canvas.clientHeight],
        backing: [canvas.width, canvas.height],
        hits: chart.getDatasetMeta(0).data.length,
      };
    },

    /** The bars shown: labels, values and colours, in drawing order. */
    data() {
      const [set] = chart.data.datasets;
      return { labels: chart.data.labels, values: set.data, colors: set.backgroundColor };
    },

    /** Shows Chart.js data (untimed). */
    show(data) {
      chart.data = data;
      chart.update('none');
      return this.state();
    },

    /**
     * Times the update path, then a 1-pixel readback. `mode`: `same` (the data shown, set
     * again), `changed` (alternating between `datas[0]` and `datas[1]`, one value differs) or
     * `repaint` (`chart.render()`: the current layout drawn again).
     */
    async redraw(datas, runs, warmup, mode) {
      this.show(datas[0]);
      const times = [];
      for (let i = 0; i < warmup + runs; i++) {
        await pause();
        const next = mode === 'changed' ? datas[(i + 1) % 2] : datas[0];
        const t0 = performance.now();
        if (mode === 'repaint') {
          chart.render();
        } else {
          chart.data = next;
          chart.update('none');
        }
        pixel();
        const t = performance.now() - t0;
        if (i >= warmup) times.push(t);
      }
      return times;
    },

    /**
     * Times mousemove → tooltip drawn (and rasterised), alternating between two ranks. Chart.js
     * handles pointer events in its next animation frame, so two figures come back: `total`
     * from the dispatch, and `work` from the start of that frame (without the wait for it).
     */
    async hover(ranks, runs, warmup) {
      const meta = chart.getDatasetMeta(0);
      const box = canvas.getBoundingClientRect();
      const x = box.left + (chart.chartArea.left + chart.chartArea.right) / 2;
      const slack = Math.ceil(meta.data.length / Math.max(1, chart.chartArea.bottom - chart.chartArea.top)) + 1;
      const targets = ranks.map((rank) => ({ rank, x, y: box.top + meta.data[rank].y }));
      const total = [];
      const work = [];
      for (let i = 0; i < warmup + runs; i++) {
        await pause();
        const target = targets[i % targets.length];
        let frame = null;
        // Registered before the event, so it runs first in the frame Chart.js handles it in.
        requestAnimationFrame(() => { frame = performance.now(); });
        const shown = new Promise((ok, fail) => {
          const timer = setTimeout(() => fail(new Error(`no tooltip for rank ${target.rank}`)), 10000);
          waiting = { rank: target.rank, slack, ok: (t) => { clearTimeout(timer); ok(t); } };
        });
        const t0 = performance.now();
        canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: target.x, clientY: target.y, bubbles: true }));
        const t1 = await shown;
        if (i >= warmup) {
          total.push(t1 - t0);
          work.push(t1 - (frame ?? t0));
        }
      }
      return { total, work };
    },

    async rerender(data, runs) {
      for (let i = 0; i < runs; i++) {
        chart.data = data;
        chart.update('none');
        if (i % 50 === 49) await pause();
      }
    },
  };
})();
