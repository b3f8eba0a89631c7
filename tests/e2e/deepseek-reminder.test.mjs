// Issue 4, the "Improve the model for everyone" reminder: shown on a first
// visit; Show me drives the replica's own profile menu → Settings → Data,
// highlights the switch and reads whether training is on or off; "I've
// turned it off" and "Remind me later" are remembered locally; when the page
// differs the banner falls back to the written steps.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { askBackground } from './lib/settings-helpers.mjs';
import { hostState, openDeepSeek, waitForHost } from './deepseek-helpers.mjs';

const SITE = 'chat.deepseek.com';
const DAY = 24 * 60 * 60 * 1000;

/**
 * Forgets every reminder decision, as on a first visit.
 * @param {import('./lib/browsers.mjs').BrowserSession} session
 */
async function freshReminder(session) {
  const page = await session.openExtensionPage('popup/popup.html');
  await askBackground(page, {
    kind: 'updateReminderState',
    site: SITE,
    patch: { confirmedAt: null, snoozedUntil: null, dismissedAt: null, lastShownAt: null, training: null },
  });
  return page;
}

/**
 * Presses the banner's n-th control (0 Show me, 1 I've turned it off, 2 Remind me later).
 * @param {import('puppeteer-core').Page} page
 * @param {number} index
 */
async function pressBannerControl(page, index) {
  await page.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('scrim-banner')).focus());
  for (let i = 0; i < index; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

/**
 * The stored reminder state once `predicate` holds (the banner writes it asynchronously).
 * @param {import('puppeteer-core').Page} extPage
 * @param {(state: any) => boolean} predicate
 */
async function reminderStateWhen(extPage, predicate) {
  const end = Date.now() + 5000;
  let state;
  while (Date.now() < end) {
    state = await askBackground(extPage, { kind: 'getReminderState', site: SITE });
    if (predicate(state)) return state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`reminder state never matched: ${JSON.stringify(state)}`);
}

describeInBrowsers('deepseek: training reminder', (ctx) => {
  test('Show me opens Settings → Data through the page, highlights the switch and reads it as on', async () => {
    const extPage = await freshReminder(ctx.session);
    const page = await openDeepSeek(ctx.session, { reminder: true });
    await waitForHost(page, 'scrim-banner', { 'data-open': 'true' });
    await pressBannerControl(page, 0);
    await waitForHost(page, 'scrim-banner', { 'data-guide': 'shown', 'data-training': 'on' });
    assert.equal(await page.$eval('[role="tab"][aria-selected="true"]', (tab) => tab.textContent), 'Data');
    assert.equal((await hostState(page, 'scrim-spotlight'))?.['data-open'], 'true');
    await reminderStateWhen(extPage, (st) => st.training?.state === 'on');
    const status = await askBackground(extPage, { kind: 'getTrainingStatus', site: SITE });
    assert.equal(status.state, 'on');
    assert.ok(status.checkedAt > Date.now() - 60_000);
  });

  test('with training already switched off on the site, Show me says it is off', async () => {
    await freshReminder(ctx.session);
    const page = await openDeepSeek(ctx.session, { reminder: true });
    await page.evaluate(() => localStorage.setItem('fixture.deepseek.improve-model', 'off'));
    await waitForHost(page, 'scrim-banner', { 'data-open': 'true' });
    await pressBannerControl(page, 0);
    await waitForHost(page, 'scrim-banner', { 'data-guide': 'shown', 'data-training': 'off' });
    await page.evaluate(() => localStorage.removeItem('fixture.deepseek.improve-model'));
  });

  test("I've turned it off records the date and the banner stays away", async () => {
    const extPage = await freshReminder(ctx.session);
    const page = await openDeepSeek(ctx.session, { reminder: true });
    await waitForHost(page, 'scrim-banner', { 'data-open': 'true' });
    await pressBannerControl(page, 1);
    await waitForHost(page, 'scrim-banner', { 'data-open': 'false' });
    const state = await reminderStateWhen(extPage, (st) => Boolean(st.confirmedAt));
    assert.ok(state.confirmedAt > Date.now() - 60_000);
    const again = await openDeepSeek(ctx.session, { reminder: true });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(await again.$('scrim-banner'), null);
  });

  test('Remind me later snoozes for 7 days', async () => {
    const extPage = await freshReminder(ctx.session);
    const page = await openDeepSeek(ctx.session, { reminder: true });
    await waitForHost(page, 'scrim-banner', { 'data-open': 'true' });
    await pressBannerControl(page, 2);
    await waitForHost(page, 'scrim-banner', { 'data-open': 'false' });
    const state = await reminderStateWhen(extPage, (st) => Boolean(st.snoozedUntil));
    assert.ok(Math.abs(state.snoozedUntil - (Date.now() + 7 * DAY)) < 60_000);
    assert.equal(state.confirmedAt ?? null, null);
  });

  test('when the page has no menu Scrim knows, the banner keeps the written steps', async () => {
    await freshReminder(ctx.session);
    const page = await openDeepSeek(ctx.session, { reminder: true });
    await waitForHost(page, 'scrim-banner', { 'data-open': 'true' });
    // A redesign: the profile entry is gone.
    await page.evaluate(() => document.querySelector('[aria-haspopup="menu"]')?.remove());
    await pressBannerControl(page, 0);
    await waitForHost(page, 'scrim-banner', { 'data-guide': 'failed', 'data-training': 'unknown' }, 10_000);
    assert.equal((await hostState(page, 'scrim-banner'))?.['data-open'], 'true');
  });
});
