// Fail visible, never lose text (issue 10): with an extension build whose
// WebAssembly engine cannot be loaded (the .wasm is replaced by junk bytes, a
// real init failure rather than a hook), the chip and the toolbar badge say
// "not protected" and why, and everything typed still reaches the composer.

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { openReadyPage } from './lib/settings-helpers.mjs';
import { COMPOSER, hostState, openDeepSeek, waitForHost } from './deepseek-helpers.mjs';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);

/** A copy of the built extension whose engine cannot start. @param {string} kind */
async function brokenBuild(kind) {
  const source = path.join(ROOT, 'dist', kind === 'chromium' ? 'chrome' : 'firefox');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scrim-broken-'));
  await fs.cp(source, dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'wasm', 'scrim_bg.wasm'), Buffer.from('this is not WebAssembly'));
  return dir;
}

describeInBrowsers(
  'engine failure',
  (ctx) => {
    test('the chip and the badge say not protected, and typing is untouched', async () => {
      const page = await openDeepSeek(ctx.session);
      await waitForHost(page, 'scrim-status', { 'data-state': 'not_protected' }, 10_000);
      assert.match((await hostState(page, 'scrim-status'))?.['data-reason'] ?? '', /detection engine failed to load/);

      await page.focus(COMPOSER);
      await page.keyboard.type('card 4111 1111 1111 1111 ok');
      const value = await page.$eval(COMPOSER, (el) => /** @type {HTMLTextAreaElement} */ (el).value);
      assert.equal(value, 'card 4111 1111 1111 1111 ok');

      // The site's tab id, read while it is the active tab (no `tabs` permission needed).
      const extPage = await openReadyPage(ctx.session, 'options/options.html');
      await page.bringToFront();
      const badge = await extPage.evaluate(async () => {
        const ext = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
        const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
        return { text: await ext.action.getBadgeText({ tabId: tab.id }), title: await ext.action.getTitle({ tabId: tab.id }) };
      });
      assert.equal(badge.text, '!');
      assert.match(badge.title, /not protected — the detection engine failed to load/);
    });
  },
  { extensionDir: brokenBuild },
);
