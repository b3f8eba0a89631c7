// The options page against the real background: a custom pattern the core
// rejects shows the core's own message next to the field and is never saved;
// a valid one is saved; lists, switches and reset (with its confirmation)
// change exactly what they say.

import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { askBackground, openReadyPage, storedSettings, waitForSettings } from './lib/settings-helpers.mjs';

describeInBrowsers('options page', (ctx) => {
  /** @type {import('puppeteer-core').Page} */
  let page;
  beforeEach(async () => {
    page = await openReadyPage(ctx.session, 'options/options.html');
    // Start from the defaults; the page re-renders from storage.onChanged.
    await askBackground(page, { kind: 'resetSettings' });
    await page.waitForFunction(
      () =>
        /** @type {HTMLInputElement} */ (document.getElementById('sensitivity-balanced')).checked &&
        ['terms-list', 'patterns-list', 'allowlist-list'].every((id) => document.querySelector(`#${id} .empty`)),
    );
  });

  test("a bad regex shows the core's error next to the field and is not saved", async () => {
    const expected = (await askBackground(page, { kind: 'validatePattern', pattern: '(abc' })).error;
    assert.ok(expected, 'the core rejects "(abc"');

    await page.type('#pattern-name', 'Broken');
    await page.type('#pattern-input', '(abc');
    await page.click('#patterns-form button[type="submit"]');
    await page.waitForSelector('#pattern-error:not([hidden])');
    assert.equal(await page.$eval('#pattern-error', (p) => p.textContent), expected);
    assert.equal(await page.$eval('#pattern-input', (field) => field.getAttribute('aria-invalid')), 'true');
    assert.match(
      await page.$eval('#pattern-input', (field) => field.getAttribute('aria-describedby') ?? ''),
      /\bpattern-error\b/,
    );
    assert.deepEqual((await storedSettings(page)).customPatterns, []);
    assert.equal(await page.$eval('#pattern-input', (field) => /** @type {HTMLInputElement} */ (field).value), '(abc');

    // Fixing the field clears the error; the fixed pattern is saved.
    await page.type('#pattern-input', ')');
    assert.equal(await page.$eval('#pattern-error', (p) => /** @type {HTMLElement} */ (p).hidden), true);
    await page.click('#patterns-form button[type="submit"]');
    const settings = await waitForSettings(page, (s) => s.customPatterns.length === 1);
    assert.deepEqual(settings.customPatterns, [{ name: 'Broken', pattern: '(abc)' }]);
    assert.match(await page.$eval('#patterns-list', (list) => list.textContent ?? ''), /Broken\s*\(abc\)/);
  });

  test('a pattern without a name is refused before the core is asked', async () => {
    await page.type('#pattern-input', 'EMP-\\d{6}');
    await page.click('#patterns-form button[type="submit"]');
    await page.waitForSelector('#pattern-name-error:not([hidden])');
    assert.equal(await page.$eval('#pattern-name-error', (p) => p.textContent), 'Give the pattern a name.');
    assert.deepEqual((await storedSettings(page) ?? { customPatterns: [] }).customPatterns, []);
  });

  test('category and strict-mode switches save the one category they name', async () => {
    await page.click('#category-person_name');
    let settings = await waitForSettings(page, (s) => s.categories.person_name === false);
    assert.equal(Object.values(settings.categories).filter((on) => on === false).length, 1);

    await page.click('#strict-payment_card');
    settings = await waitForSettings(page, (s) => s.strictCategories.includes('payment_card'));
    assert.deepEqual(settings.strictCategories, ['payment_card', 'credential']);
    await page.click('#strict-credential');
    await waitForSettings(page, (s) => s.strictCategories.join() === 'payment_card');
  });

  test('custom terms and allowlist entries are added with Enter and removed with their button', async () => {
    await page.type('#terms-input', '  Project Falcon ');
    await page.keyboard.press('Enter');
    await waitForSettings(page, (s) => s.customTerms.join() === 'Project Falcon');
    assert.equal(await page.$eval('#terms-input', (field) => /** @type {HTMLInputElement} */ (field).value), '');

    await page.type('#terms-input', 'Project Falcon');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#terms-error:not([hidden])');
    assert.equal(await page.$eval('#terms-error', (p) => p.textContent), 'This is already in the list.');

    await page.type('#allowlist-input', 'me@work.example');
    await page.click('#allowlist-form button[type="submit"]');
    await waitForSettings(page, (s) => s.allowlist.join() === 'me@work.example');
    await page.click('#allowlist-list button[aria-label="Remove me@work.example"]');
    await waitForSettings(page, (s) => s.allowlist.length === 0);
  });

  test('per-site, global and reminder switches', async () => {
    await page.click('#site-claude\\.ai');
    let settings = await waitForSettings(page, (s) => s.sites['claude.ai'].enabled === false);
    assert.equal(settings.sites['chat.deepseek.com'].enabled, true);
    await page.click('#enabled');
    await waitForSettings(page, (s) => s.enabled === false);
    await page.click('#reminders-enabled');
    settings = await waitForSettings(page, (s) => s.reminders.enabled === false);
    assert.equal(settings.sites['claude.ai'].enabled, false);
  });

  test('"Show the reminder again" clears the confirmation and snooze on every site', async () => {
    for (const site of ['chat.deepseek.com', 'chatgpt.com']) {
      await askBackground(page, { kind: 'updateReminderState', site, patch: { confirmedAt: 1000, snoozedUntil: 2000 } });
    }
    await page.click('#reminders-again');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('show again'));
    for (const site of ['chat.deepseek.com', 'chatgpt.com']) {
      const state = await askBackground(page, { kind: 'getReminderState', site });
      assert.equal(state.confirmedAt, null, site);
      assert.equal(state.snoozedUntil, null, site);
    }
    assert.equal((await askBackground(page, { kind: 'getTrainingStatus', site: 'chat.deepseek.com' })).confirmedAt, null);
  });

  test('reset asks first: Cancel keeps the settings, Reset restores the defaults', async () => {
    await askBackground(page, { kind: 'setSettings', patch: { sensitivity: 'strict', customTerms: ['Falcon'] } });
    await page.waitForFunction(() => document.getElementById('terms-list')?.textContent?.includes('Falcon'));

    await page.click('#reset');
    await page.waitForSelector('#reset-dialog[open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#reset-dialog:not([open])');
    assert.equal((await storedSettings(page)).sensitivity, 'strict');

    await page.click('#reset');
    await page.waitForSelector('#reset-dialog[open]');
    await page.click('#reset-confirm');
    const settings = await waitForSettings(page, (s) => s.sensitivity === 'balanced');
    assert.deepEqual(settings.customTerms, []);
    assert.equal(await page.$eval('#status', (p) => p.textContent), 'Settings reset to defaults.');
  });
});
