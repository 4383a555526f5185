// The three browser engines the widget is tested in, each behind the same small adapter:
//
//   name, version                  'chromium' | 'firefox' | 'webkit', and the browser's own version
//   goto(url, {width, height})     loads a page with a viewport of that many CSS px
//   eval(fn, ...args)              runs a page.mjs function in the page (may be async; JSON in and out)
//   screenshot(path)               writes a PNG of the <alliance-chart> element, at the device pixel ratio
//   hover(x, y)                    moves a real (synthesised) mouse pointer to viewport CSS px
//   tap                            (x, y) => a synthesised touch, or null where the driver has no
//                                  touch input (WebKitGTK's turns touch actions into mouse events)
//   key(name)                      presses a key ('ArrowDown', 'Home', 'Escape'...) in the focused element
//   setDpr(ratio)                  the devicePixelRatio the next goto loads at
//   problems()                     console errors and warnings and uncaught errors since the last goto
//   consoleLog                     false if the driver cannot see the console: the checks then load
//                                  the host page with an in-page probe (site.mjs)
//   close()
//
// Every engine is required: one that cannot start fails the suite.
import * as puppeteer from './drivers/puppeteer.mjs';
import * as webkit from './drivers/webkit.mjs';

export const ENGINES = [
  { name: 'chromium', launch: () => puppeteer.launch('chromium') },
  { name: 'firefox', launch: () => puppeteer.launch('firefox') },
  { name: 'webkit', launch: () => webkit.launch() },
];
