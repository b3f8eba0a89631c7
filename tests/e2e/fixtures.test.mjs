// The replicas themselves, with the extension installed: each site's own send
// path records exactly what its editor held (Enter, Shift+Enter, click), its
// paste handler sees pastes, replies render with a copy button, each site's
// settings dialog with its training toggle is reachable through its own menu, the strict-CSP
// variant really forbids WebAssembly, and the variants render. If these fail,
// every other end-to-end result is meaningless.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import {
  COMPOSERS,
  assistantReply,
  pageCopies,
  pasteText,
  waitForPastes,
  sentMessages,
  typeInComposer,
  waitForSent,
} from './lib/page-helpers.mjs';

/** @type {[import('./lib/sites.mjs').SiteKey, keyof typeof COMPOSERS, string | undefined][]} */
const EDITORS = [
  ['deepseek', 'deepseek', undefined],
  ['chatgpt', 'chatgpt', undefined],
  ['chatgpt', 'chatgpt-signed-out', 'signed-out'],
  ['claude', 'claude', undefined],
  ['gemini', 'gemini', undefined],
];

describeInBrowsers('fixture replicas', (ctx) => {
  for (const [site, composer, variant] of EDITORS) {
    test(`${composer}: Enter sends the editor's text, Shift+Enter makes a new line, the button sends`, async () => {
      const page = await ctx.session.openFixture(site, { variant });
      await typeInComposer(page, composer, 'first line');
      await page.keyboard.down('Shift');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Shift');
      await page.keyboard.type('second line');
      await page.keyboard.press('Enter');
      assert.deepEqual(await waitForSent(page, 1), [{ text: 'first line\nsecond line', via: 'enter' }]);

      await typeInComposer(page, composer, 'by click');
      await page.click(COMPOSERS[composer].send);
      const sent = await waitForSent(page, 2);
      assert.deepEqual(sent[1], { text: 'by click', via: 'click' });
    });

    test(`${composer}: the page's paste handler sees pasted text and it lands in the editor`, async () => {
      const page = await ctx.session.openFixture(site, { variant });
      await page.waitForSelector(COMPOSERS[composer].editor, { visible: true });
      await pasteText(page, COMPOSERS[composer].editor, 'pasted\nwords');
      assert.deepEqual(await waitForPastes(page, 1), ['pasted\nwords']);
      await page.keyboard.press('Enter');
      assert.deepEqual(await waitForSent(page, 1), [{ text: 'pasted\nwords', via: 'enter' }]);
    });
  }

  test('deepseek: Enter while an IME is composing does not send', async () => {
    const page = await ctx.session.openFixture('deepseek');
    await typeInComposer(page, 'deepseek', '你好');
    await page.$eval(COMPOSERS.deepseek.editor, (field) => {
      field.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true }),
      );
    });
    assert.deepEqual(await sentMessages(page), []);
  });

  for (const site of /** @type {const} */ (['deepseek', 'chatgpt', 'claude', 'gemini'])) {
    test(`${site}: an assistant reply renders and its copy button copies the reply source`, async () => {
      const page = await ctx.session.openFixture(site);
      await assistantReply(page, 'Hello from the model.\n\nSecond paragraph.');
      const copy = await page.waitForSelector('[aria-label="Copy"]');
      assert.ok(await page.evaluate(() => document.body.innerText.includes('Second paragraph.')));
      // A DOM click: Scrim's reminder banner may float over the first reply on DeepSeek.
      await copy?.evaluate((button) => /** @type {HTMLElement} */ (button).click());
      assert.deepEqual(await pageCopies(page), ['Hello from the model.\n\nSecond paragraph.']);
    });
  }

  test('deepseek: profile menu → Settings → Data shows "Improve the model for everyone", on by default', async () => {
    const page = await ctx.session.openFixture('deepseek');
    await page.click('._user-entry');
    await page.click('::-p-aria(Settings[role="menuitem"])');
    await page.click('::-p-aria(Data[role="tab"])');
    const toggle = await page.waitForSelector('[role="switch"]');
    assert.equal(await toggle?.evaluate((el) => el.getAttribute('aria-checked')), 'true');
    const label = await page.$eval('._settings-row__label', (el) => el.textContent);
    assert.equal(label, 'Improve the model for everyone');
    await toggle?.click();
    assert.equal(await toggle?.evaluate((el) => el.getAttribute('aria-checked')), 'false');
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__settings()), { improveModel: false });
  });

  for (const [site, trigger, item, tab, label] of /** @type {const} */ ([
    ['chatgpt', '[data-testid="profile-button"]', 'Settings', 'Data controls', 'Improve the model for everyone'],
    ['claude', '[data-testid="user-menu-button"]', 'Settings', 'Privacy', 'Help improve Claude'],
    ['gemini', 'button.gb_account', 'Activity', 'Activity', 'Keep Activity'],
  ])) {
    test(`${site}: account menu → ${item} → ${tab} shows "${label}", on by default`, async () => {
      const page = await ctx.session.openFixture(site);
      await page.click(trigger);
      await page.click(`::-p-aria(${item}[role="menuitem"])`);
      await page.click(`::-p-aria(${tab}[role="tab"])`);
      const toggle = await page.waitForSelector(`::-p-aria(${label}[role="switch"])`);
      assert.equal(await toggle?.evaluate((el) => el.getAttribute('aria-checked')), 'true');
      await toggle?.click();
      assert.equal(await toggle?.evaluate((el) => el.getAttribute('aria-checked')), 'false');
      assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__settings()), { improveModel: false });
    });
  }

  test('strict-csp variant: the page itself cannot compile WebAssembly', async () => {
    const page = await ctx.session.openFixture('deepseek', { variant: 'strict-csp' });
    await page.waitForSelector(COMPOSERS.deepseek.editor);
    const outcome = await page.evaluate(async () => {
      const emptyModule = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
      try {
        await WebAssembly.compile(emptyModule);
        return 'compiled';
      } catch (error) {
        return /** @type {Error} */ (error).name;
      }
    });
    assert.equal(outcome, 'CompileError');
  });

  test('deepseek no-composer variant: no textarea, the page still sends', async () => {
    const page = await ctx.session.openFixture('deepseek', { variant: 'no-composer' });
    await page.waitForSelector('.prompt-panel-v2__input');
    assert.equal(await page.$('textarea'), null);
    await page.focus('.prompt-panel-v2__input');
    await page.keyboard.type('redesigned');
    await page.keyboard.press('Enter');
    assert.deepEqual(await waitForSent(page, 1), [{ text: 'redesigned', via: 'enter' }]);
  });
});
