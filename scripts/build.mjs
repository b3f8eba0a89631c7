// Writes the per-browser extension builds, dist/chrome/ and dist/firefox/,
// from the single root manifest.json and the one source tree extension/.
// The content script's ES modules (extension/content/main.js and what it
// imports) are bundled by esbuild into one classic script,
// content/content.js; everything else is copied as is. Output is unminified
// and depends only on the inputs, so two builds are byte-identical.
// Run by `make build` after scripts/build-wasm.sh.

import * as esbuild from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const SOURCE = path.join(ROOT, 'extension');
const DIST = path.join(ROOT, 'dist');

/** The Firefox add-on id; tests/e2e/lib/browsers.mjs relies on it too. */
const GECKO_ID = 'scrim@scrim.invalid';
/**
 * Firefox 142 is the first release where data_collection_permissions is
 * understood on desktop and Android; module background scripts have worked
 * since long before. Debian's firefox-esr is newer.
 */
const GECKO_MIN_VERSION = '142.0';

/** Source folders that are not copied: content/ is replaced by its bundle. */
const BUNDLED_DIRS = new Set(['content']);

const manifest = JSON.parse(await fs.readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
await requireFile(path.join(SOURCE, 'wasm', 'scrim_bg.wasm'), 'run scripts/build-wasm.sh (make build) first');
await requireFile(path.join(SOURCE, 'content', 'main.js'), 'the content script entry is missing');

const contentBundle = await bundleContentScript();

for (const [browser, browserManifest] of [
  ['chrome', chromeManifest(manifest)],
  ['firefox', firefoxManifest(manifest)],
]) {
  const out = path.join(DIST, /** @type {string} */ (browser));
  await fs.rm(out, { recursive: true, force: true });
  await copyTree(SOURCE, out);
  await fs.mkdir(path.join(out, 'content'), { recursive: true });
  await fs.writeFile(path.join(out, 'content', 'content.js'), contentBundle);
  await fs.writeFile(path.join(out, 'manifest.json'), `${JSON.stringify(browserManifest, null, 2)}\n`);
  await checkReferencedFiles(out, browserManifest);
  console.log(`[build] ${path.relative(ROOT, out)}/ (${await countFiles(out)} files)`);
}

/** @param {any} source */
function chromeManifest(source) {
  const result = structuredClone(source);
  delete result.browser_specific_settings;
  result.background = { service_worker: source.background.service_worker, type: 'module' };
  return result;
}

/** @param {any} source */
function firefoxManifest(source) {
  const result = structuredClone(source);
  result.background = { scripts: [source.background.service_worker], type: 'module' };
  result.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
  };
  return result;
}

async function bundleContentScript() {
  const result = await esbuild.build({
    entryPoints: [path.join(SOURCE, 'content', 'main.js')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: false,
    charset: 'utf8',
    legalComments: 'inline',
    logLevel: 'warning',
    // Module path comments in the bundle are relative to this, whatever the caller's cwd.
    absWorkingDir: ROOT,
    banner: { js: '// Scrim content script, bundled from extension/content/main.js by scripts/build.mjs.' },
  });
  return result.outputFiles[0].text;
}

/**
 * Copies the extension source tree, skipping the bundled content/ sources and
 * TypeScript declaration files that wasm-bindgen writes beside its glue.
 * @param {string} from
 * @param {string} to
 */
async function copyTree(from, to) {
  await fs.mkdir(to, { recursive: true });
  const entries = (await fs.readdir(from, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (from === SOURCE && BUNDLED_DIRS.has(entry.name)) continue;
      await copyTree(source, target);
    } else if (entry.isFile() && !entry.name.endsWith('.d.ts')) {
      await fs.copyFile(source, target);
    }
  }
}

/**
 * Fails the build when the manifest names a file the build did not produce.
 * @param {string} out
 * @param {any} m
 */
async function checkReferencedFiles(out, m) {
  const files = [
    ...Object.values(m.icons ?? {}),
    ...Object.values(m.action?.default_icon ?? {}),
    m.action?.default_popup,
    m.options_ui?.page,
    m.background.service_worker,
    ...(m.background.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((/** @type {any} */ script) => [...(script.js ?? []), ...(script.css ?? [])]),
    m.default_locale && `_locales/${m.default_locale}/messages.json`,
  ].filter(Boolean);
  for (const file of files) {
    await requireFile(path.join(out, file), `manifest.json references ${file}, which the build did not produce`);
  }
}

/** @param {string} file @param {string} hint */
async function requireFile(file, hint) {
  try {
    await fs.access(file);
  } catch {
    console.error(`[build] missing ${path.relative(ROOT, file)}: ${hint}`);
    process.exit(1);
  }
}

/** @param {string} dir @returns {Promise<number>} */
async function countFiles(dir) {
  let count = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    count += entry.isDirectory() ? await countFiles(path.join(dir, entry.name)) : 1;
  }
  return count;
}
