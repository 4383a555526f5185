// Chromium's flags for the bench: the tests' (tests/e2e/harness.mjs), and without the omnibox
// popup's WebUI. Headless Chromium opens a browser window for every new context, and each
// window loads that popup's page (chrome://omnibox-popup.top-chrome) in a renderer of its own,
// about 0.8 s of CPU time in the first second of the context (measured on 2026-12-01 from
// /proc): on a 2-core machine it ran beside every cold start, of both pages, which a reader's
// browser, whose window is open already, does not pay for a page load.
import { FLAGS } from '../tests/e2e/harness.mjs';

export const BENCH_FLAGS = [
  ...FLAGS,
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
