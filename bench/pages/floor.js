// Bench hooks for the floor page: replays a recorded list of canvas calls, timed like a redraw
// on the other pages (a pause for the event loop before each run, a 1-pixel readback after).
import { replayer } from './canvas-calls.js';

const canvas = document.getElementById('chart');
canvas.width = Math.round(800 * devicePixelRatio);
canvas.height = Math.round(500 * devicePixelRatio);
const context = canvas.getContext('2d');
const pause = () => new Promise((ok) => setTimeout(ok, 0));

window.bench = {
  kind: 'floor',

  async redraw(calls, runs, warmup) {
    const replay = replayer(calls);
    const times = [];
    for (let i = 0; i < warmup + runs; i++) {
      await pause();
      const t0 = performance.now();
      replay(context);
      context.getImageData(0, 0, 1, 1);
      const t = performance.now() - t0;
      if (i >= warmup) times.push(t);
    }
    return times;
  },
};
window.__drawn = performance.now();
console.debug('bench: drawn');
