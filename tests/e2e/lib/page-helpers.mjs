// Helpers the end-to-end tests use on fixture pages: the composer of each
// replica, what the page sent, what its paste handler saw, replies from the
// "assistant", synthetic pastes, and waiting for the page to settle.

/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('./sites.mjs').SiteKey} SiteKey */

/** CSS selector of each replica's composer (default variant) and send control. */
export const COMPOSERS = {
  deepseek: { editor: 'textarea[placeholder="Message DeepSeek"]', send: 'div[role="button"].ds-button--primary' },
  chatgpt: { editor: '#prompt-textarea.ProseMirror', send: '[data-testid="send-button"]' },
  'chatgpt-signed-out': { editor: 'textarea[data-mobile-composer-prompt]', send: '[data-testid="send-button"]' },
  claude: { editor: 'div.ProseMirror[contenteditable="true"]', send: 'button[aria-label="Send message"]' },
  gemini: { editor: 'rich-textarea .ql-editor', send: 'button.send-button[aria-label="Send message"]' },
};

/**
 * Focuses the composer and types text key by key (real key events).
 * @param {Page} page
 * @param {keyof typeof COMPOSERS} composer
 * @param {string} text
 */
export async function typeInComposer(page, composer, text) {
  const selector = COMPOSERS[composer].editor;
  await page.waitForSelector(selector, { visible: true });
  await page.focus(selector);
  await page.keyboard.type(text);
}

/**
 * What the page's own send handler read from its editor state, in order.
 * @param {Page} page
 * @returns {Promise<{text: string, via: 'enter' | 'click'}[]>}
 */
export function sentMessages(page) {
  return page.evaluate(() => /** @type {any} */ (window).__sent);
}

/**
 * Waits until the page has sent `count` messages and returns them.
 * @param {Page} page
 * @param {number} count
 */
export async function waitForSent(page, count) {
  await page.waitForFunction((n) => /** @type {any} */ (window).__sent.length >= n, {}, count);
  return sentMessages(page);
}

/**
 * What the page's own paste handlers saw.
 * @param {Page} page
 * @returns {Promise<string[]>}
 */
export function pagePastes(page) {
  return page.evaluate(() => /** @type {any} */ (window).__pastes);
}

/**
 * What the page's copy buttons handed to the clipboard.
 * @param {Page} page
 * @returns {Promise<string[]>}
 */
export function pageCopies(page) {
  return page.evaluate(() => /** @type {any} */ (window).__copies);
}

/**
 * Appends an assistant message, rendered by the page the way the site does.
 * @param {Page} page
 * @param {string} text
 */
export function assistantReply(page, text) {
  return page.evaluate((t) => /** @type {any} */ (window).__reply(t), text);
}

/**
 * Waits until the page's own paste handlers have seen `count` pastes and returns them.
 * @param {Page} page
 * @param {number} count
 */
export async function waitForPastes(page, count) {
  await page.waitForFunction((n) => /** @type {any} */ (window).__pastes.length >= n, {}, count);
  return pagePastes(page);
}

/**
 * Pastes text into an element the way a person does, through the browser's
 * real clipboard: the text is selected and copied (Ctrl+C) in a scratch
 * about:blank tab, then pasted (Ctrl+V) into the focused element. The page and
 * the extension receive a trusted `paste` event and the browser performs its
 * default insertion unless a handler prevents it.
 *
 * The copy is confirmed before the paste: the scratch tab pastes the
 * clipboard back into a second field and waits until it holds the text, so a
 * clipboard write still in flight on a loaded machine cannot make the real
 * paste see an empty or stale clipboard.
 * @param {Page} page
 * @param {string} selector element to focus and paste into
 * @param {string} text
 */
export async function pasteText(page, selector, text) {
  const scratch = await page.browser().newPage();
  try {
    await scratch.setContent('<textarea id="clip"></textarea><textarea id="check"></textarea>');
    await scratch.$eval('#clip', (field, value) => {
      /** @type {HTMLTextAreaElement} */ (field).value = value;
    }, text);
    await scratch.focus('#clip');
    await scratch.$eval('#clip', (field) => /** @type {HTMLTextAreaElement} */ (field).select());
    await shortcut(scratch, 'c', 'Copy');
    await scratch.focus('#check');
    await shortcut(scratch, 'v', 'Paste');
    await scratch.waitForFunction(
      (value) => /** @type {HTMLTextAreaElement} */ (document.querySelector('#check')).value === value,
      {},
      text,
    );
  } finally {
    await scratch.close();
  }
  await page.bringToFront();
  await page.focus(selector);
  await page.waitForFunction(
    (sel) => {
      const target = document.querySelector(sel);
      return document.hasFocus() && !!target && target.contains(document.activeElement);
    },
    {},
    selector,
  );
  await shortcut(page, 'v', 'Paste');
}

/**
 * Ctrl+<key>. Chromium over CDP needs the editing command named explicitly;
 * Firefox over WebDriver BiDi performs it from the key combination itself.
 * @param {Page} page
 * @param {string} key
 * @param {string} command
 */
async function shortcut(page, key, command) {
  if (page.browser().protocol === 'cdp') {
    await page.keyboard.press(/** @type {import('puppeteer-core').KeyInput} */ (key), { commands: [command] });
  } else {
    await page.keyboard.down('Control');
    await page.keyboard.press(/** @type {import('puppeteer-core').KeyInput} */ (key));
    await page.keyboard.up('Control');
  }
}

/**
 * Text of the replica's composer as the page's editor holds it.
 * @param {Page} page
 * @param {keyof typeof COMPOSERS} composer
 */
export function composerText(page, composer) {
  return page.$eval(COMPOSERS[composer].editor, (element) =>
    element instanceof HTMLTextAreaElement ? element.value : /** @type {HTMLElement} */ (element).innerText,
  );
}
