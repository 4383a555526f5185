// The styles of the <alliance-chart> element's shadow tree. The element adopts them as one
// constructed stylesheet shared by every instance: they apply from its first frame, with no
// request of their own, and a Content-Security-Policy without 'unsafe-inline' allows them.
export const STYLE = `
:host {
  display: block;
  position: relative;
  height: clamp(26rem, 62vw, 36rem);
  color-scheme: light dark;
  font-family: system-ui, sans-serif;
  --ac-bg: #ffffff;
  --ac-fg: #1a1d23;
  --ac-muted: #555b66;
  --ac-line: #d5d9df;
  --ac-focus: #1d4ed8;
  --ac-tip-bg: #1a1d23;
  --ac-tip-fg: #f4f5f7;
  --ac-tip-muted: #c3c8d0;
}

:host([data-theme="dark"]) {
  --ac-bg: #14171c;
  --ac-fg: #eceef1;
  --ac-muted: #a7aeb8;
  --ac-line: #2c3139;
  --ac-focus: #6c9bff;
  --ac-tip-bg: #eceef1;
  --ac-tip-fg: #14171c;
  --ac-tip-muted: #444a54;
}

@media (max-width: 480px) {
  :host { height: 40rem; }
}

:host([hidden]) { display: none; }

.frame {
  position: relative;
  width: 100%;
  height: 100%;
  background: var(--ac-bg);
}

canvas {
  display: block;
  width: 100%;
  height: 100%;
  touch-action: pan-y;
  cursor: default;
}

canvas:focus { outline: none; }

/* The page's fallback image, over the canvas until the canvas has drawn. */
.fallback {
  display: block;
  position: absolute;
  inset: 0;
  background: var(--ac-bg);
}

.drawn > .fallback { display: none; }

/* On paper: the vector fallback of the view on screen where it shows the same data, else
   the canvas (drawn at the screen's devicePixelRatio). */
@media print {
  :host { break-inside: avoid; }
  .drawn.print-fallback > .fallback { display: block; }
  .fallback { background: #ffffff; }
  .print-fallback > canvas { visibility: hidden; }
}

canvas:focus-visible {
  outline: 3px solid var(--ac-focus);
  outline-offset: 2px;
}

.focus-mark {
  position: absolute;
  pointer-events: none;
  border: 2px solid var(--ac-focus);
  border-radius: 3px;
  box-shadow: 0 0 0 2px var(--ac-bg);
}

.tooltip {
  position: fixed;
  z-index: 10;
  max-width: min(22rem, calc(100vw - 16px));
  padding: 0.55rem 0.7rem;
  border-radius: 6px;
  background: var(--ac-tip-bg);
  color: var(--ac-tip-fg);
  font-size: 0.82rem;
  line-height: 1.4;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  pointer-events: none;
}

.tooltip .label { display: block; font-weight: 700; font-size: 0.9rem; }
.tooltip .value { display: block; font-weight: 600; }
.tooltip .meta { display: block; color: var(--ac-tip-muted); }
.tooltip .note { display: block; margin-top: 0.2rem; font-style: italic; }
.tooltip .quote { margin: 0.35rem 0 0; font-style: italic; }
.tooltip .source { margin: 0.35rem 0 0; color: var(--ac-tip-muted); }

.message {
  position: absolute;
  inset: 1rem;
  margin: 0;
  display: flex;
  align-items: center;
  justify-content: center;
  text-align: center;
  padding: 1rem;
  border: 1px dashed var(--ac-line);
  border-radius: 6px;
  background: var(--ac-bg);
  color: var(--ac-fg);
  overflow-wrap: anywhere;
}

.message.over-chart {
  inset: auto 0.5rem 0.5rem 0.5rem;
  border-style: solid;
  border-left: 4px solid #b93a0c;
  justify-content: flex-start;
  text-align: left;
}

[hidden] { display: none !important; }

.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}
`;
