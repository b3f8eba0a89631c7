// The popup next to an open DeepSeek tab: a sensitivity change made in the
// popup changes what is flagged in that tab at once; the popup shows the
// tab's findings, its protection state, the site switch (which turns the
// tab's protection off and on), DeepSeek's privacy facts and the
// deletion-request template.

import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { COMPOSER, openDeepSeek, waitForHost } from './deepseek-helpers.mjs';
import { openReadyPage, waitForSettings } from './lib/settings-helpers.mjs';

// A card number is flagged at every level; the name in "meet Maria Garcia"
// only from Balanced up (checked against the core with `scrim scan`).
const TEXT = 'card 4111 1111 1111 1111, meet Maria Garcia at noon';

/**
 * Opens the popup for the given page's tab: the tab id is read from an
 * extension page while that tab is the active one, then passed as `?tab=`.
 * @param {import('./lib/browsers.mjs').BrowserSession} session
 * @param {import('puppeteer-core').Page} sitePage
 */
async function openPopupFor(session, sitePage) {
  const probe = await session.openExtensionPage('popup/popup.html');
  await sitePage.bringToFront();
  const tabId = await probe.evaluate(async () => {
    const ext = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
    const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
    return tab.id;
  });
  await probe.close();
  return openReadyPage(session, `popup/popup.html?tab=${tabId}`);
}

describeInBrowsers('popup with a DeepSeek tab', (ctx) => {
  beforeEach(async () => {
    await ctx.session.sendToBackground({ kind: 'resetSettings' });
  });

  test('a sensitivity change from the popup changes what is flagged in the open tab', async () => {
    const site = await openDeepSeek(ctx.session);
    await site.type(COMPOSER, TEXT);
    await waitForHost(site, 'scrim-status', { 'data-state': 'protected', 'data-count': '2' });

    const popup = await openPopupFor(ctx.session, site);
    await popup.click('#sensitivity-relaxed');
    await waitForSettings(popup, (s) => s.sensitivity === 'relaxed');
    await waitForHost(site, 'scrim-status', { 'data-state': 'protected', 'data-count': '1' });
    assert.equal(await site.$eval(COMPOSER, (field) => /** @type {HTMLTextAreaElement} */ (field).value), TEXT);

    await popup.click('#sensitivity-strict');
    await waitForHost(site, 'scrim-status', { 'data-state': 'protected', 'data-count': '2' });
  });

  test("the popup shows the tab's protection, its findings by category, and follows them", async () => {
    const site = await openDeepSeek(ctx.session);
    await site.type(COMPOSER, TEXT);
    await waitForHost(site, 'scrim-status', { 'data-count': '2' });

    const popup = await openPopupFor(ctx.session, site);
    assert.equal(await popup.$eval('#site-name', (p) => p.textContent), 'chat.deepseek.com');
    assert.equal(await popup.$eval('#protection-state', (p) => p.getAttribute('data-tone')), 'good');
    await popup.waitForFunction(() => document.querySelectorAll('#findings-list li').length === 2);
    const rows = await popup.$$eval('#findings-list li', (items) => items.map((li) => li.textContent));
    assert.deepEqual(rows, ['Payment card1', "Person's name1"]);

    // Fewer findings in the tab show up in the open popup.
    await popup.click('#sensitivity-relaxed');
    await popup.waitForFunction(() => document.querySelectorAll('#findings-list li').length === 1);
  });

  test("the popup's site switch turns protection off in the tab and on again", async () => {
    const site = await openDeepSeek(ctx.session);
    const popup = await openPopupFor(ctx.session, site);
    assert.equal(await popup.$eval('#site-enabled', (box) => /** @type {HTMLInputElement} */ (box).checked), true);
    assert.equal(await popup.$eval('#site-enabled-label', (label) => label.textContent), 'Protect DeepSeek');

    await popup.click('#site-enabled');
    await waitForSettings(popup, (s) => s.sites['chat.deepseek.com'].enabled === false);
    await waitForHost(site, 'scrim-status', { 'data-state': 'disabled' });
    await popup.waitForFunction(() => document.getElementById('protection-state')?.getAttribute('data-tone') === 'off');

    await popup.click('#site-enabled');
    await waitForHost(site, 'scrim-status', { 'data-state': 'protected' });
  });

  test('DeepSeek privacy facts, training status and the deletion request', async () => {
    const site = await openDeepSeek(ctx.session);
    const popup = await openPopupFor(ctx.session, site);
    const facts = await popup.$eval('#facts-list', (list) => list.textContent ?? '');
    assert.match(facts, /on by default/);
    assert.match(facts, /does not delete what you already sent/);
    assert.match(facts, /People's Republic of China/);
    assert.match(facts, /no fixed deletion schedule/);
    assert.match(
      await popup.$eval('#training-where', (p) => p.textContent ?? ''),
      /Settings → Data → turn off “Improve the model for everyone”/,
    );
    assert.ok((await popup.$$('#training-lines li')).length >= 1);

    await popup.click('#deletion summary');
    assert.equal(await popup.$eval('#deletion-to', (dd) => dd.textContent), 'privacy@deepseek.com');
    const href = await popup.$eval('#deletion-mailto', (a) => /** @type {HTMLAnchorElement} */ (a).href);
    assert.match(href, /^mailto:privacy@deepseek\.com\?subject=Request%20to%20delete%20my%20personal%20data%20\(DeepSeek\)&body=Hello%2C%0D%0A/);
    const body = await popup.$eval('#deletion-body', (field) => /** @type {HTMLTextAreaElement} */ (field).value);
    assert.match(body, /^Hello,\n\nI use DeepSeek \(chat\.deepseek\.com\)/);
  });
});
