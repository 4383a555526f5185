// The cross-engine suite: the same checks in Chromium, Firefox ESR and WebKitGTK (one browser
// session each), then the engines' layouts compared. Screenshots land in
// target/screenshots/<engine>/.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from './engines.mjs';
import { CHECKS } from './checks.mjs';
import { deviations, shapeDifferences, textOverflows } from './geometry.mjs';
import { startSite } from './site.mjs';

let site;
/** engine → {view → {size, hits, texts}}, recorded at DPR 1 by the checks. */
const geometry = new Map();
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

for (const { name, launch } of ENGINES) {
  describe(name, () => {
    let engine;
    before(async () => {
      engine = await launch();
      console.log(`${name}: ${engine.version}`);
    });
    after(async () => { await engine?.close(); });
    for (const check of CHECKS) {
      test(check.name, async (t) => {
        try {
          await check.run(engine, { site, geometry });
        } catch (error) {
          if (!error.driverFault && await responds(engine)) throw error;
          // The browser's page died under the check, or the driver failed to answer (WebKitGTK's
          // web process crashes, rarely, on a loaded machine, and its driver then cannot read a
          // script's result): a new session and one more try; a second failure fails.
          t.diagnostic(`${name}: the browser failed under the check (${error.message}); relaunched for one more try`);
          await engine.close().catch(() => {});
          engine = await launch();
          await check.run(engine, { site, geometry });
        }
      });
    }
  });
}

/** Whether the engine's page still runs scripts. */
async function responds(engine) {
  try {
    return (await engine.eval(() => 1)) === 1;
  } catch {
    return false;
  }
}

describe('across engines', () => {
  test('every engine recorded its layout', () => {
    assert.deepEqual([...geometry.keys()], ENGINES.map((e) => e.name));
  });
  test('bars and marks are identical within 1 px in every engine', (t) => {
    for (const line of deviations(geometry)) t.diagnostic(line);
    assert.deepEqual(shapeDifferences(geometry), []);
  });
  test('no text box leaves its region or the canvas, or overlaps another, in any engine', () => {
    assert.deepEqual([...geometry].flatMap(([engine, views]) => textOverflows(engine, views)), []);
  });
});
