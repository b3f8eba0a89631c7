// Static half of Scrim's privacy promise: no code shipped in the extension
// can reach the network, run strings as code or build DOM from markup. Every
// script and page under extension/, and every file of the built extensions in
// dist/ (what the stores receive, bundles included), is read with comments
// stripped (by esbuild) and checked for network APIs, eval-like calls and
// HTML sinks fed with anything but a constant string. The one
// allowed fetch is of the extension's own packaged files: runtime.getURL(...)
// in extension code, and wasm-bindgen's loader in extension/wasm/scrim.js,
// which fetches whatever path the background hands it — checked here to be a
// runtime.getURL path. The dynamic half is the end-to-end privacy check
// (tests/e2e/lib/privacy.mjs).

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
const EXTENSION = path.join(ROOT, 'extension');
const WASM_GLUE = path.join(EXTENSION, 'wasm', 'scrim.js');

/** Network APIs no extension code may use, with what they are. */
const FORBIDDEN = [
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bWebSocket\b/, 'WebSocket'],
  [/\bsendBeacon\b/, 'navigator.sendBeacon'],
  [/\bEventSource\b/, 'EventSource'],
  [/\bWebTransport\b/, 'WebTransport'],
  [/\bRTCPeerConnection\b/, 'WebRTC'],
  [/\bimportScripts\s*\(/, 'importScripts'],
  [/\bimport\s*\(\s*['"`](https?:)?\/\//, 'remote dynamic import'],
  [/\bfrom\s*['"`](https?:)?\/\//, 'remote static import'],
  [/\.src\s*=\s*['"`](https?:)?\/\//, 'remote src assignment'],
  [/\bfetch\s*\(\s*(?!(?:ext|chrome|browser)\.runtime\.getURL\s*\()/, 'fetch of something other than runtime.getURL(...)'],
  // Code from strings.
  [/(?<![\w$.])eval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/(?<![\w$.]|\bnew\s+)Function\s*\(\s*["'`]/, 'Function constructor'],
  [/\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'timer with a string'],
  // Markup sinks: only a constant string may go in (after esbuild, constants are "…" literals).
  [/\.(?:inner|outer)HTML\s*\+?=(?!=)(?!\s*"[^"\\]*"\s*[;,)}\n])/, 'innerHTML/outerHTML with non-constant input'],
  [/\.insertAdjacentHTML\s*\(/, 'insertAdjacentHTML'],
  [/\bdocument\.write(?:ln)?\s*\(/, 'document.write'],
  [/\.createContextualFragment\s*\(/, 'createContextualFragment'],
];

/** Remote resources in HTML: scripts, styles, images, frames, forms. */
const REMOTE_IN_HTML = /<(?:script|link|img|iframe|form|source|video|audio|object|embed)\b[^>]*\b(?:src|href|action|data)\s*=\s*["']?(?:https?:)?\/\//i;

/** @param {string} dir @returns {Promise<string[]>} */
async function filesUnder(dir) {
  const out = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out.sort();
}

/** @param {string} file JavaScript without comments */
async function codeOf(file) {
  const source = await fs.readFile(file, 'utf8');
  const { code } = await esbuild.transform(source, { loader: 'js', format: 'esm', legalComments: 'none' });
  return code;
}

/** @param {string} code @returns {string[]} the violations found */
function violations(code) {
  return FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, what]) => /** @type {string} */ (what));
}

test('the rules catch what they are meant to catch', () => {
  assert.deepEqual(violations('fetch("https://example.com/x")'), ['fetch of something other than runtime.getURL(...)']);
  assert.deepEqual(violations('await fetch(url)'), ['fetch of something other than runtime.getURL(...)']);
  assert.deepEqual(violations('await fetch(ext.runtime.getURL("wasm/scrim_bg.wasm"))'), []);
  assert.deepEqual(violations('new XMLHttpRequest()'), ['XMLHttpRequest']);
  assert.deepEqual(violations('navigator.sendBeacon("/x", d)'), ['navigator.sendBeacon']);
  assert.deepEqual(violations('import("https://cdn.example/x.js")'), ['remote dynamic import']);
  assert.deepEqual(violations('img.src = "//tracker.example/p.gif"'), ['remote src assignment']);
  assert.deepEqual(violations('eval(text)'), ['eval']);
  assert.deepEqual(violations('const f = new Function("a", body)'), ['new Function']);
  assert.deepEqual(violations('setTimeout("run()", 5)'), ['timer with a string']);
  assert.deepEqual(violations('card.innerHTML = finding.text;'), ['innerHTML/outerHTML with non-constant input']);
  assert.deepEqual(violations('card.innerHTML = `<b>${name}</b>`;'), ['innerHTML/outerHTML with non-constant input']);
  assert.deepEqual(violations('card.innerHTML = "";'), []);
  assert.deepEqual(violations('el.insertAdjacentHTML("beforeend", x)'), ['insertAdjacentHTML']);
  assert.deepEqual(violations('retrieval(x); medieval(y); setTimeout(run, 5)'), []);
  assert.ok(REMOTE_IN_HTML.test('<script src="https://cdn.example/lib.js"></script>'));
  assert.ok(!REMOTE_IN_HTML.test('<script type="module" src="popup.js"></script>'));
});

test('extension code uses no network API', async () => {
  const files = (await filesUnder(EXTENSION)).filter((file) => !file.startsWith(path.join(EXTENSION, 'wasm') + path.sep));
  const scripts = files.filter((file) => file.endsWith('.js') || file.endsWith('.mjs'));
  for (const entry of ['background/background.js', 'content/main.js']) {
    assert.ok(scripts.includes(path.join(EXTENSION, entry)), `extension/${entry} is missing`);
  }
  const found = [];
  for (const file of scripts) {
    for (const what of violations(await codeOf(file))) found.push(`${path.relative(ROOT, file)}: ${what}`);
  }
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    if (REMOTE_IN_HTML.test(await fs.readFile(file, 'utf8'))) found.push(`${path.relative(ROOT, file)}: remote resource`);
  }
  assert.deepEqual(found, []);
});

test('the built extensions ship no network API, eval or markup sink either', async () => {
  const found = [];
  for (const browser of ['chrome', 'firefox']) {
    const dir = path.join(ROOT, 'dist', browser);
    let files;
    try {
      files = await filesUnder(dir);
    } catch {
      assert.fail(`dist/${browser} is missing: run \`make build\` first`);
    }
    const glue = path.join(dir, 'wasm', 'scrim.js');
    assert.ok(files.includes(path.join(dir, 'content', 'content.js')), `dist/${browser}/content/content.js is missing`);
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      // The wasm glue's one fetch is checked on its own below.
      const what = violations(await codeOf(file)).filter((v) => !(file === glue && v.startsWith('fetch')));
      for (const v of what) found.push(`${path.relative(ROOT, file)}: ${v}`);
    }
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      if (REMOTE_IN_HTML.test(await fs.readFile(file, 'utf8'))) found.push(`${path.relative(ROOT, file)}: remote resource`);
    }
  }
  assert.deepEqual(found, []);
});

test("the wasm loader only fetches the extension's own file", async () => {
  let glue;
  try {
    glue = await codeOf(WASM_GLUE);
  } catch {
    assert.fail('extension/wasm/scrim.js is missing: run `make build` first');
  }
  // wasm-bindgen's glue fetches exactly the module_or_path its init() is given…
  const fetches = glue.match(/\bfetch\s*\([^)]*\)/g) ?? [];
  assert.deepEqual(fetches, ['fetch(module_or_path)']);
  assert.deepEqual(
    violations(glue).filter((what) => !what.startsWith('fetch')),
    [],
  );
  // …and the background hands it a runtime.getURL path, never anything else.
  const background = await codeOf(path.join(EXTENSION, 'background', 'background.js'));
  const inits = background.match(/\binit\s*\(\s*\{[^}]*\}\s*\)/g) ?? [];
  assert.ok(inits.length > 0, 'background.js does not initialise the wasm module');
  for (const call of inits) assert.match(call, /module_or_path:\s*(?:ext|chrome|browser)\.runtime\.getURL\(/);
});
