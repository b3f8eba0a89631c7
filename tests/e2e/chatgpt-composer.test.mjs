// The ChatGPT adapter: the signed-out textarea composer gets the same
// underlines and send guard as DeepSeek's; the signed-in ProseMirror composer
// is found but not screened yet, and the chip says so rather than staying green.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { COMPOSERS, waitForSent } from './lib/page-helpers.mjs';
import { hostState, waitForHost } from './deepseek-helpers.mjs';

const TEXTAREA = COMPOSERS['chatgpt-signed-out'].editor;

describeInBrowsers('chatgpt adapter', (ctx) => {
  test('signed-out textarea: an email is underlined, and Enter is guarded until masked', async () => {
    const page = await ctx.session.openFixture('chatgpt', { variant: 'signed-out' });
    await page.waitForSelector(TEXTAREA, { visible: true });
    await page.focus(TEXTAREA);
    await page.keyboard.type('forward it to nora@acme-mail.net');
    await waitForHost(page, 'scrim-overlay', { 'data-count': '1' });
    await waitForHost(page, 'scrim-status', { 'data-state': 'protected', 'data-count': '1' });
    await page.keyboard.press('Enter');
    await waitForHost(page, 'scrim-dialog', { 'data-open': 'true', 'data-count': '1' });
    await page.keyboard.press('m');
    assert.deepEqual(await waitForSent(page, 1), [{ text: 'forward it to [EMAIL_1]', via: 'enter' }]);
  });

  test('signed-in ProseMirror composer: the chip says not protected, and why', async () => {
    const page = await ctx.session.openFixture('chatgpt');
    await waitForHost(page, 'scrim-status', { 'data-state': 'not_protected' }, 10_000);
    assert.match((await hostState(page, 'scrim-status'))?.['data-reason'] ?? '', /not screened yet/);
  });
});
