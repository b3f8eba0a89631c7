// The extension as a whole, in each browser: it installs from dist/ and its
// background runs; the background answers scan requests with the wasm
// engine's findings (UTF-16 offsets included); text typed into each of the
// four replicas' real editors is found by the engine; on DeepSeek the content
// script does it by itself through the background — also on a page whose CSP
// forbids WebAssembly. The harness adds the network check at the end.

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { COMPOSERS, composerText, typeInComposer } from './lib/page-helpers.mjs';

/** A prompt with two findings: a test card number and an AWS access key id. */
const PROMPT = 'pay with 4111 1111 1111 1111 using key AKIAZ7Q3LMNB4XKD2R6T';

const sourceManifest = JSON.parse(await fs.readFile(new URL('../../manifest.json', import.meta.url), 'utf8'));

/**
 * @param {import('./lib/browsers.mjs').BrowserSession} session
 * @param {string} text
 * @returns {Promise<{category: string, kind: string, start: number, end: number, text: string}[]>}
 */
async function scan(session, text) {
  const reply = await session.sendToBackground({ kind: 'scan', text });
  assert.equal(reply?.ok, true, `scan failed: ${JSON.stringify(reply)}`);
  return reply.value.findings;
}

/**
 * Waits for the status chip of the content script to reach a state and count.
 * @param {import('puppeteer-core').Page} page
 * @param {string} state
 * @param {number} count
 */
async function waitForChip(page, state, count) {
  await page.waitForFunction(
    (s, n) => {
      const chip = document.querySelector('scrim-status');
      return chip?.getAttribute('data-state') === s && chip.getAttribute('data-count') === String(n);
    },
    { polling: 'mutation' },
    state,
    count,
  );
}

describeInBrowsers('extension', (ctx) => {
  test('installs from dist/ with the manifest built for this browser', async () => {
    const page = await ctx.session.openExtensionPage('popup/popup.html');
    const manifest = await page.evaluate(() => (globalThis.browser ?? globalThis.chrome).runtime.getManifest());
    assert.equal(manifest.version, sourceManifest.version);
    assert.equal(manifest.manifest_version, 3);
    if (ctx.kind === 'chromium') {
      assert.equal(manifest.background.service_worker, 'background/background.js');
    } else {
      // Firefox hands back the script URLs resolved against the extension origin.
      const scripts = manifest.background.scripts.map((/** @type {string} */ url) => url.replace(`${ctx.session.extensionOrigin}/`, ''));
      assert.deepEqual(scripts, ['background/background.js']);
      assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions.required, ['none']);
      assert.equal(manifest.browser_specific_settings.gecko.id, 'scrim@scrim.invalid');
    }
  });

  test('the background scans with the wasm engine and reports UTF-16 offsets', async () => {
    const text = '👋 héllo, pay with 4111 1111 1111 1111 today';
    const findings = await scan(ctx.session, text);
    const card = findings.find((finding) => finding.category === 'payment_card');
    assert.ok(card, `no payment card finding in ${JSON.stringify(findings)}`);
    assert.equal(card.text, '4111 1111 1111 1111');
    assert.equal(card.start, text.indexOf('4111'));
    assert.equal(text.slice(card.start, card.end), '4111 1111 1111 1111');
  });

  test('the network observers do see traffic: the engine loading, a page loading', async () => {
    await scan(ctx.session, 'card 4111 1111 1111 1111');
    const origin = ctx.session.extensionOrigin;
    if (ctx.kind === 'chromium') {
      // CDP on the service worker saw the engine's wasm being fetched from the package.
      const urls = ctx.session.extensionRequests.map((event) => event.url);
      assert.ok(urls.includes(`${origin}/wasm/scrim_bg.wasm`), `extension requests seen: ${JSON.stringify(urls)}`);
    }
    // The tab observer and the proxy both saw a fixture page being loaded.
    await ctx.session.openFixture('gemini');
    assert.ok(ctx.session.tabRequests.some((event) => event.url === 'https://gemini.google.com/assets/app.js'));
    assert.ok(ctx.server.proxied.some((request) => request.tunnelled && request.host === 'gemini.google.com'));
  });

  for (const [site, composer] of /** @type {const} */ ([
    ['deepseek', 'deepseek'],
    ['chatgpt', 'chatgpt'],
    ['claude', 'claude'],
    ['gemini', 'gemini'],
  ])) {
    test(`${site}: what is typed into the real editor is found by the engine`, async () => {
      const page = await ctx.session.openFixture(site);
      await typeInComposer(page, composer, PROMPT);
      const typed = await composerText(page, composer);
      assert.equal(typed.trim(), PROMPT);
      const categories = (await scan(ctx.session, typed)).map((finding) => finding.category).sort();
      assert.deepEqual(categories, ['credential', 'payment_card']);
    });
  }

  test('deepseek: the content script scans typed text through the background', async () => {
    const page = await ctx.session.openFixture('deepseek');
    await page.waitForSelector('scrim-status');
    await typeInComposer(page, 'deepseek', 'deploy with AKIAZ7Q3LMNB4XKD2R6T');
    await waitForChip(page, 'protected', 1);
  });

  test('deepseek with a CSP that forbids WebAssembly: still protected, still scanning', async () => {
    const page = await ctx.session.openFixture('deepseek', { variant: 'strict-csp' });
    const pageCanCompile = await page.evaluate(() =>
      WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
        () => true,
        () => false,
      ),
    );
    assert.equal(pageCanCompile, false, 'the strict-CSP fixture should forbid WebAssembly');
    await page.waitForSelector('scrim-status');
    await typeInComposer(page, 'deepseek', 'card 4111 1111 1111 1111');
    await waitForChip(page, 'protected', 1);
    assert.equal(await page.$eval(COMPOSERS.deepseek.editor, (el) => /** @type {HTMLTextAreaElement} */ (el).value), 'card 4111 1111 1111 1111');
  });
});
