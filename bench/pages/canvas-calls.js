// A drawing's calls on one canvas, recorded, and replayed from plain JS: the floor rows of
// bench/run.mjs (floor.js) and bench/redraw-ab.mjs. The arguments the widget passes are all
// numbers and strings, so a recording can cross to another page as JSON.

/** The calls `draw()` makes on `canvas`'s 2D context, as `[name, args]` (`=name` for a property set). */
export function recordCalls(canvas, draw) {
  const target = canvas.getContext('2d');
  const proto = CanvasRenderingContext2D.prototype;
  const calls = [];
  const saved = [];
  for (const name of Object.getOwnPropertyNames(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (typeof desc.value === 'function' && name !== 'constructor') {
      const original = desc.value;
      proto[name] = function (...args) {
        if (this === target) calls.push([name, args]);
        return original.apply(this, args);
      };
    } else if (desc.set) {
      const original = desc.set;
      Object.defineProperty(proto, name, { ...desc, set(v) { if (this === target) calls.push([`=${name}`, [v]]); original.call(this, v); } });
    } else continue;
    saved.push([name, desc]);
  }
  try {
    draw();
  } finally {
    for (const [name, desc] of saved) Object.defineProperty(proto, name, desc);
  }
  return calls;
}

/** A function that issues the recorded `calls` on a 2D context. */
export function replayer(calls) {
  const steps = calls.map(([name, args]) => (name.startsWith('=')
    ? (ctx) => { ctx[name.slice(1)] = args[0]; }
    : (ctx) => ctx[name](...args)));
  return (ctx) => { for (const step of steps) step(ctx); };
}
