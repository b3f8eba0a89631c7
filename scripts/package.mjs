// `make package`: what the stores take. dist/scrim-chrome-<version>.zip (Chrome
// Web Store) and dist/scrim-firefox-<version>.zip (addons.mozilla.org), both
// zipped by web-ext build from the per-browser builds, and
// dist/scrim-source-<version>.zip, the committed source tree (git archive)
// that reviewers rebuild from with the steps in README.md ("Build from source").

import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const DIST = path.join(ROOT, 'dist');
const { version } = JSON.parse(await fs.readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
const webExt = path.join(ROOT, 'node_modules', '.bin', 'web-ext');

for (const browser of ['chrome', 'firefox']) {
  const filename = `scrim-${browser}-${version}.zip`;
  execFileSync(
    webExt,
    ['build', '--source-dir', path.join(DIST, browser), '--artifacts-dir', DIST, '--filename', filename, '--overwrite-dest', '--no-input'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  await report(filename);
}

const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
if (dirty) console.warn('[package] warning: uncommitted changes are not in the source archive');
const source = `scrim-source-${version}.zip`;
execFileSync('git', ['archive', '--format=zip', `--prefix=scrim-${version}/`, '-o', path.join(DIST, source), 'HEAD'], {
  cwd: ROOT,
});
await report(source);

/** @param {string} filename */
async function report(filename) {
  const { size } = await fs.stat(path.join(DIST, filename));
  console.log(`[package] dist/${filename} (${size} bytes)`);
}
