// Where Scrim keeps what it knows (README, "what is stored where"): after a
// masked send, the original value is in the session vault and nowhere in the
// extension's persistent storage, so it is gone when the browser session ends.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { waitForSent } from './lib/page-helpers.mjs';
import { openReadyPage } from './lib/settings-helpers.mjs';
import { COMPOSER, openDeepSeek, waitForHost, waitForUnderlines } from './deepseek-helpers.mjs';

const VALUE = 'rosa.kettering@harbourline.io';

describeInBrowsers('storage places', (ctx) => {
  test('a masked value lives in session storage only, never in local storage', async () => {
    const page = await openDeepSeek(ctx.session);
    await page.focus(COMPOSER);
    await page.keyboard.type(`please reply to ${VALUE}`);
    await waitForUnderlines(page, 1);
    await page.keyboard.press('Enter');
    await waitForHost(page, 'scrim-dialog', { 'data-open': 'true', 'data-count': '1' });
    await page.keyboard.press('m');
    assert.deepEqual(await waitForSent(page, 1), [{ text: 'please reply to [EMAIL_1]', via: 'enter' }]);

    const extPage = await openReadyPage(ctx.session, 'options/options.html');
    const stored = await extPage.evaluate(async () => {
      const ext = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
      return { local: await ext.storage.local.get(null), session: await ext.storage.session.get(null) };
    });
    const vaults = Object.values(stored.session.vaults ?? {});
    assert.equal(vaults.length, 1);
    assert.deepEqual(Object.values(/** @type {any} */ (vaults[0]).entries), [VALUE]);
    assert.ok(!JSON.stringify(stored.local).includes(VALUE), 'the original value reached storage.local');
    assert.ok(!JSON.stringify(stored.local).includes('harbourline'), 'part of the value reached storage.local');
  });
});
