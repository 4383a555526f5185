// The site the engines load: www/ as built, plus one invalid dataset, served by .ci/serve.mjs
// on a free port. Every request's status is logged, so a failed load counts in every engine
// (WebKit's driver has no network log of its own).
//
// For drivers without a console log (WebKit's), `probed.html` is the host page with one more
// script, first in its head, that records console errors and warnings, uncaught errors and
// CSP violations from the start of the load (page.mjs's watchProblems); the page is otherwise
// the same, under the same Content-Security-Policy.
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../../.ci/serve.mjs';
import { watchProblems } from './page.mjs';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../target/engines/site/', import.meta.url));
const ARTICLE = fileURLToPath(new URL('../../src/dataset/kazakhstan_2012.json', import.meta.url));

/** The invalid dataset the checks load, and the exact error it must produce. */
export const BAD_DATASET = {
  path: 'bad-dataset.json',
  error: 'invalid dataset: survey.scores[6].score: 9 is outside the scale 1–7',
};

/** Starts the server; resolves to { url, failures(), close() }. */
export async function startSite() {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  for (const name of readdirSync(WWW)) symlinkSync(`${WWW}${name}`, `${ROOT}${name}`);
  const bad = JSON.parse(readFileSync(ARTICLE, 'utf8'));
  bad.survey.scores[6].score = 9;
  writeFileSync(`${ROOT}${BAD_DATASET.path}`, JSON.stringify(bad));
  const index = readFileSync(`${WWW}index.html`, 'utf8');
  const charset = index.match(/<meta charset[^>]*>/i)?.[0];
  if (!charset) throw new Error('www/index.html has no <meta charset> to put the console probe after');
  writeFileSync(`${ROOT}probed.html`, index.replace(charset, `${charset}\n  <script src="engine-probe.js"></script>`));
  writeFileSync(`${ROOT}engine-probe.js`, `(${watchProblems})();\n`);

  const { server, url } = await serve({ root: ROOT, port: 0 });
  const failed = [];
  server.on('request', (req, res) => {
    res.on('finish', () => { if (res.statusCode >= 400) failed.push(`${res.statusCode} ${req.url}`); });
  });
  return {
    url,
    probedUrl: `${url}probed.html`,
    /** Requests answered with an error status since the last call. */
    failures: () => failed.splice(0),
    close: () => new Promise((ok) => server.close(ok)),
  };
}
