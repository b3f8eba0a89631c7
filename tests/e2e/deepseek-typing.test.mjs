// Issue 4, inline warnings: what is typed into the DeepSeek replica is
// underlined in place (without touching the page's textarea), the chip says
// how many findings there are, the card acts on one, and the chip says "not
// protected" when the composer cannot be found.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { askBackground, openReadyPage, waitForSettings } from './lib/settings-helpers.mjs';
import { COMPOSER, hostState, openDeepSeek, waitForHost, waitForUnderlines } from './deepseek-helpers.mjs';

describeInBrowsers('deepseek: inline warnings', (ctx) => {
  test('a card number typed key by key is underlined and counted, the textarea untouched', async () => {
    const page = await openDeepSeek(ctx.session);
    await page.focus(COMPOSER);
    await page.keyboard.type('my card is 4111 1111 1111 1111 thanks');
    await waitForUnderlines(page, 1);
    await waitForHost(page, 'scrim-status', { 'data-state': 'protected', 'data-count': '1' });
    const field = await page.$eval(COMPOSER, (el) => ({ value: /** @type {HTMLTextAreaElement} */ (el).value, children: el.childElementCount }));
    assert.deepEqual(field, { value: 'my card is 4111 1111 1111 1111 thanks', children: 0 });
  });

  test('the caret inside an underline opens the card; M masks the value in place', async () => {
    const page = await openDeepSeek(ctx.session);
    await page.focus(COMPOSER);
    await page.keyboard.type('write to alice@northwind.io today');
    await waitForUnderlines(page, 1);
    await page.$eval(COMPOSER, (el) => /** @type {HTMLTextAreaElement} */ (el).setSelectionRange(12, 12));
    await page.keyboard.press('ArrowRight');
    await waitForHost(page, 'scrim-card', { 'data-open': 'true', 'data-category': 'email' });
    await page.keyboard.down('Alt');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.up('Alt');
    await page.keyboard.press('m');
    await page.waitForFunction((s) => /** @type {HTMLTextAreaElement} */ (document.querySelector(s)).value.includes('[EMAIL_1]'), {}, COMPOSER);
    assert.equal(await page.$eval(COMPOSER, (el) => /** @type {HTMLTextAreaElement} */ (el).value), 'write to [EMAIL_1] today');
    await waitForHost(page, 'scrim-status', { 'data-count': '0' });
  });

  test('Ignore here drops the underline for this conversation', async () => {
    const page = await openDeepSeek(ctx.session);
    await page.focus(COMPOSER);
    await page.keyboard.type('cc bob@acme-mail.net please');
    await waitForUnderlines(page, 1);
    await page.$eval(COMPOSER, (el) => /** @type {HTMLTextAreaElement} */ (el).setSelectionRange(5, 5));
    await page.keyboard.press('ArrowRight');
    await waitForHost(page, 'scrim-card', { 'data-open': 'true' });
    await page.keyboard.down('Alt');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.up('Alt');
    await page.keyboard.press('i');
    await waitForUnderlines(page, 0);
    await waitForHost(page, 'scrim-status', { 'data-count': '0' });
  });

  test('Always allow adds the value to the allowlist and it is no longer flagged', async () => {
    const popup = await openReadyPage(ctx.session, 'popup/popup.html');
    await askBackground(popup, { kind: 'setSettings', patch: { allowlist: [] } });
    const page = await openDeepSeek(ctx.session);
    await page.focus(COMPOSER);
    await page.keyboard.type('ops team: ops@acme-mail.net');
    await waitForUnderlines(page, 1);
    await page.$eval(COMPOSER, (el) => /** @type {HTMLTextAreaElement} */ (el).setSelectionRange(12, 12));
    await page.keyboard.press('ArrowRight');
    await waitForHost(page, 'scrim-card', { 'data-open': 'true' });
    await page.keyboard.down('Alt');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.up('Alt');
    await page.keyboard.press('a');
    await waitForSettings(popup, (s) => s.allowlist.includes('ops@acme-mail.net'));
    await waitForUnderlines(page, 0);
    await askBackground(popup, { kind: 'setSettings', patch: { allowlist: [] } });
  });

  test('when the SPA swaps the composer for a new one, Scrim re-attaches to it', async () => {
    const page = await openDeepSeek(ctx.session);
    await waitForHost(page, 'scrim-status', { 'data-state': 'protected' });
    // A navigation that re-renders the chat screen: the old textarea goes, a new one comes.
    await page.evaluate(() => {
      const old = /** @type {HTMLTextAreaElement} */ (document.querySelector('textarea'));
      const fresh = document.createElement('textarea');
      fresh.placeholder = '给 DeepSeek 发送消息';
      fresh.className = old.className;
      fresh.rows = 2;
      old.replaceWith(fresh);
    });
    const fresh = 'textarea[placeholder="给 DeepSeek 发送消息"]';
    await page.focus(fresh);
    await page.keyboard.type('kontakt: li.wei@acme-mail.net');
    await page.waitForFunction(
      (selector) => {
        const host = document.querySelector('scrim-overlay');
        const field = /** @type {HTMLTextAreaElement} */ (document.querySelector(selector));
        return host?.getAttribute('data-count') === '1' && host.getAttribute('data-length') === String(field.value.length);
      },
      { timeout: 5000, polling: 'mutation' },
      fresh,
    );
    assert.equal(await page.$$eval('scrim-overlay', (hosts) => hosts.length), 1);
  });

  test('the chip says not protected when the composer cannot be found', async () => {
    const page = await openDeepSeek(ctx.session, { variant: 'no-composer' });
    await waitForHost(page, 'scrim-status', { 'data-state': 'not_protected' }, 10_000);
    const chip = await hostState(page, 'scrim-status');
    assert.match(chip?.['data-reason'] ?? '', /not found/);
  });
});
