// Issue 4: a sensitivity change made in the popup changes what is flagged in
// a DeepSeek tab that is already open, without reloading it.

import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { askBackground, openReadyPage, waitForSettings } from './lib/settings-helpers.mjs';
import { COMPOSER, openDeepSeek, waitForHost, waitForUnderlines } from './deepseek-helpers.mjs';

describeInBrowsers('deepseek: sensitivity from the popup', (ctx) => {
  test('relaxed drops a name flagged at balanced, and back', async () => {
    const popup = await openReadyPage(ctx.session, 'popup/popup.html');
    await askBackground(popup, { kind: 'setSettings', patch: { sensitivity: 'balanced' } });
    const page = await openDeepSeek(ctx.session);
    await page.focus(COMPOSER);
    await page.keyboard.type('Dear Maria Gonzalez, thanks for the notes.');
    await waitForUnderlines(page, 1);

    await popup.bringToFront();
    await popup.click('#sensitivity-relaxed');
    await waitForSettings(popup, (s) => s.sensitivity === 'relaxed');
    await page.bringToFront();
    await waitForUnderlines(page, 0);
    await waitForHost(page, 'scrim-status', { 'data-count': '0' });

    await popup.bringToFront();
    await popup.click('#sensitivity-balanced');
    await waitForSettings(popup, (s) => s.sensitivity === 'balanced');
    await page.bringToFront();
    await waitForUnderlines(page, 1);
  });
});
