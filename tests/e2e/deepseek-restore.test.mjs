// Issue 4, masking with local restore: values masked before sending come
// back in the assistant's reply on this device only — visibly marked, kept
// when the site renders more, and the site's copy button yields the restored
// text while the page itself only ever held placeholders.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { assistantReply, pageCopies, waitForSent } from './lib/page-helpers.mjs';
import { COMPOSER, openDeepSeek, waitForHost, waitForUnderlines } from './deepseek-helpers.mjs';

/**
 * Sends "write to ivy@northwind.io" masked, as the user would.
 * @param {import('puppeteer-core').Page} page
 */
async function sendMasked(page) {
  await page.focus(COMPOSER);
  await page.keyboard.type('write to ivy@northwind.io');
  await waitForUnderlines(page, 1);
  await page.keyboard.press('Enter');
  await waitForHost(page, 'scrim-dialog', { 'data-open': 'true' });
  await page.keyboard.press('m');
  assert.deepEqual(await waitForSent(page, 1), [{ text: 'write to [EMAIL_1]', via: 'enter' }]);
}

/**
 * Reads the system clipboard as a user pasting it elsewhere would.
 * @param {import('puppeteer-core').Page} page
 * @param {'chromium' | 'firefox'} kind
 */
async function clipboardText(page, kind) {
  if (kind === 'chromium') {
    await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write']);
    return page.evaluate(() => navigator.clipboard.readText());
  }
  await page.evaluate(() => {
    const scratch = document.createElement('textarea');
    scratch.id = 'scratch';
    document.body.append(scratch);
  });
  await page.focus('#scratch');
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  return page.$eval('#scratch', (el) => /** @type {HTMLTextAreaElement} */ (el).value);
}

describeInBrowsers('deepseek: local restore', (ctx) => {
  test('a placeholder in the reply shows the original, marked as restored', async () => {
    const page = await openDeepSeek(ctx.session);
    await sendMasked(page);
    await assistantReply(page, 'Sure, I will write to [EMAIL_1] today.');
    await page.waitForSelector('[data-role="assistant"] [data-scrim-restored="1"]');
    const reply = await page.$eval('[data-role="assistant"] .ds-markdown', (el) => el.textContent);
    assert.equal(reply, 'Sure, I will write to ivy@northwind.io today.');
    const marked = await page.evaluate(() => {
      const highlight = CSS.highlights?.get('scrim-restored');
      return highlight ? [...highlight].map((range) => range.toString()) : null;
    });
    if (marked) assert.deepEqual(marked, ['ivy@northwind.io']);
  });

  test('later replies are restored too, and earlier ones stay restored', async () => {
    const page = await openDeepSeek(ctx.session);
    await sendMasked(page);
    await assistantReply(page, 'First: [EMAIL_1]');
    await assistantReply(page, 'Second: [EMAIL_1] and [EMAIL_9]');
    await page.waitForFunction(() => document.querySelectorAll('[data-scrim-restored]').length === 2);
    const replies = await page.$$eval('[data-role="assistant"] .ds-markdown', (els) => els.map((el) => el.textContent));
    assert.deepEqual(replies, ['First: ivy@northwind.io', 'Second: ivy@northwind.io and [EMAIL_9]']);
    // The site re-renders the first reply from its own state (placeholders again): restored again.
    await page.evaluate(() => {
      const paragraph = /** @type {Element} */ (document.querySelector('[data-role="assistant"] .ds-markdown p'));
      /** @type {Text} */ (paragraph.firstChild).data = 'First: [EMAIL_1]';
    });
    await page.waitForFunction(
      () => document.querySelector('[data-role="assistant"] .ds-markdown')?.textContent === 'First: ivy@northwind.io',
    );
  });

  test("the site's copy button yields the restored text", async () => {
    const page = await openDeepSeek(ctx.session);
    await sendMasked(page);
    await assistantReply(page, 'Reply to [EMAIL_1] soon.');
    await page.waitForSelector('[data-scrim-restored]');
    await page.click('[data-role="assistant"] [aria-label="Copy"]');
    await page.waitForFunction(() => /** @type {any} */ (window).__copies.length === 1);
    assert.deepEqual(await pageCopies(page), ['Reply to [EMAIL_1] soon.'], 'the page copies from its own state');
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(await clipboardText(page, ctx.kind), 'Reply to ivy@northwind.io soon.');
  });
});
