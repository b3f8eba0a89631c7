// Issue 4, send guard: Enter (not Shift+Enter) and clicks on the send control
// are stopped while unmasked findings remain; the dialog's three choices send
// exactly what they promise, as recorded by the replica's own send handler;
// strict mode offers no "Send anyway" for credentials.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { COMPOSERS, sentMessages, waitForSent } from './lib/page-helpers.mjs';
import { COMPOSER, hostState, openDeepSeek, waitForHost, waitForUnderlines } from './deepseek-helpers.mjs';

const SEND = COMPOSERS.deepseek.send;
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {import("puppeteer-core").Page} page @param {string} text @param {number} findings */
async function typed(page, text, findings) {
  await page.focus(COMPOSER);
  await page.keyboard.type(text);
  await waitForUnderlines(page, findings);
}

describeInBrowsers('deepseek: send guard', (ctx) => {
  test('Enter with a finding opens the guard; Edit sends nothing', async () => {
    const page = await openDeepSeek(ctx.session);
    await typed(page, 'mail dave@northwind.io', 1);
    await page.keyboard.press('Enter');
    await waitForHost(page, 'scrim-dialog', { 'data-open': 'true', 'data-count': '1', 'data-actions': 'mask,send,edit' });
    await page.keyboard.press('e');
    await waitForHost(page, 'scrim-dialog', { 'data-open': 'false' });
    await settle();
    assert.deepEqual(await sentMessages(page), []);
    assert.equal(await page.$eval(COMPOSER, (el) => /** @type {HTMLTextAreaElement} */ (el).value), 'mail dave@northwind.io');
  });

  test('Mask all and send sends placeholders, through the site\'s own send', async () => {
    const page = await openDeepSeek(ctx.session);
    await typed(page, 'mail dave@northwind.io or erin@acme-mail.net', 2);
    await page.keyboard.press('Enter');
    await waitForHost(page, 'scrim-dialog', { 'data-open': 'true', 'data-count': '2' });
    await page.keyboard.press('m');
    assert.deepEqual(await waitForSent(page, 1), [{ text: 'mail [EMAIL_1] or [EMAIL_2]', via: 'enter' }]);
  });

  test('a click on the send control is guarded too; Send anyway sends the original', async () => {
    const page = await openDeepSeek(ctx.session);
    await typed(page, 'please mail frank@northwind.io', 1);
    await page.click(SEND);
    await waitForHost(page, 'scrim-dialog', { 'data-open': 'true' });
    await settle(100);
    assert.deepEqual(await sentMessages(page), []);
    await page.keyboard.press('s');
    assert.deepEqual(await waitForSent(page, 1), [{ text: 'please mail frank@northwind.io', via: 'click' }]);
  });

  test('strict mode: a credential cannot be sent unmasked', async () => {
    const page = await openDeepSeek(ctx.session);
    await typed(page, 'token AKIA2E7JQ4WXYZ5KLM3N', 1);
    await page.keyboard.press('Enter');
    await waitForHost(page, 'scrim-dialog', { 'data-open': 'true', 'data-strict': 'true', 'data-actions': 'mask,edit' });
    await page.keyboard.press('s');
    await settle();
    assert.equal((await hostState(page, 'scrim-dialog'))?.['data-open'], 'true');
    assert.deepEqual(await sentMessages(page), []);
    await page.keyboard.press('m');
    assert.deepEqual(await waitForSent(page, 1), [{ text: 'token [SECRET_1]', via: 'enter' }]);
  });

  test('Shift+Enter is never stopped; clean text sends straight away', async () => {
    const page = await openDeepSeek(ctx.session);
    await typed(page, 'mail gina@northwind.io', 1);
    await page.keyboard.down('Shift');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Shift');
    await settle(100);
    assert.equal((await hostState(page, 'scrim-dialog'))?.['data-open'] ?? 'false', 'false');
    assert.equal(await page.$eval(COMPOSER, (el) => /** @type {HTMLTextAreaElement} */ (el).value), 'mail gina@northwind.io\n');
    await page.$eval(COMPOSER, (el) => /** @type {HTMLTextAreaElement} */ (el).select());
    await page.keyboard.type('nothing to see');
    await page.keyboard.press('Enter');
    assert.deepEqual(await waitForSent(page, 1), [{ text: 'nothing to see', via: 'enter' }]);
  });

  test('Enter pressed right after typing a value is still guarded', async () => {
    const page = await openDeepSeek(ctx.session);
    await page.focus(COMPOSER);
    await page.keyboard.type('quick hank@northwind.io');
    await page.keyboard.press('Enter');
    await waitForHost(page, 'scrim-dialog', { 'data-open': 'true', 'data-count': '1' });
    await page.keyboard.press('Escape');
    await settle();
    assert.deepEqual(await sentMessages(page), []);
  });
});
