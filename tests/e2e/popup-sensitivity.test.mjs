// The popup's sensitivity radio group, opened as a page: it shows the stored
// level, and a click or the arrow keys store a new one at once (content
// scripts pick it up from storage.onChanged).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { askBackground, openReadyPage, waitForSettings } from './lib/settings-helpers.mjs';

describeInBrowsers('popup sensitivity', (ctx) => {
  test('the popup shows the stored sensitivity and a click changes it', async () => {
    const page = await openReadyPage(ctx.session, 'popup/popup.html');
    await askBackground(page, { kind: 'resetSettings' });
    // The popup follows storage.onChanged, so it shows the reset without reloading.
    await page.waitForFunction(() => document.querySelector('input[name="sensitivity"]:checked')?.id === 'sensitivity-balanced');

    await page.click('#sensitivity-strict');
    const settings = await waitForSettings(page, (s) => s.sensitivity === 'strict');
    assert.equal(settings.sensitivity, 'strict');
    assert.deepEqual(settings.categories, (await askBackground(page, { kind: 'getSettings' })).categories);

    await page.click('#sensitivity-relaxed');
    await waitForSettings(page, (s) => s.sensitivity === 'relaxed');
  });

  test('the sensitivity choices are a real radio group: arrow keys move and save', async () => {
    const page = await openReadyPage(ctx.session, 'popup/popup.html');
    await askBackground(page, { kind: 'setSettings', patch: { sensitivity: 'balanced' } });
    await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.getElementById('sensitivity-balanced')).checked);
    assert.equal(
      await page.$eval('#sensitivity-form fieldset legend', (legend) => legend.textContent),
      'Sensitivity',
    );
    assert.equal(await page.$$eval('input[type="radio"][name="sensitivity"]', (radios) => radios.length), 3);
    await page.focus('#sensitivity-balanced');
    await page.keyboard.press('ArrowDown');
    await waitForSettings(page, (s) => s.sensitivity === 'strict');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await waitForSettings(page, (s) => s.sensitivity === 'relaxed');
  });

  test('a change made elsewhere shows up in an open popup', async () => {
    const page = await openReadyPage(ctx.session, 'popup/popup.html');
    await askBackground(page, { kind: 'setSettings', patch: { sensitivity: 'strict' } });
    await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.getElementById('sensitivity-strict')).checked);
  });

  test('on a page Scrim does not run on, the popup says so and offers no site switch', async () => {
    const page = await openReadyPage(ctx.session, 'popup/popup.html');
    const state = await page.$eval('#protection-state', (p) => p.textContent ?? '');
    assert.match(state, /does not run on this page/);
    assert.equal(await page.$eval('#site-switch-row', (row) => /** @type {HTMLElement} */ (row).hidden), true);
    assert.equal(await page.$eval('#facts', (section) => /** @type {HTMLElement} */ (section).hidden), true);
  });
});
