// Helpers for the DeepSeek end-to-end tests (issue 4): reading the state
// Scrim mirrors onto its shadow hosts' attributes and waiting for it.

/** @typedef {import('puppeteer-core').Page} Page */

export const COMPOSER = 'textarea[placeholder="Message DeepSeek"]';

/**
 * Waits until a Scrim host has the given attribute values.
 * @param {Page} page
 * @param {string} tag e.g. 'scrim-overlay'
 * @param {Record<string, string>} attributes
 * @param {number} [timeout]
 */
export async function waitForHost(page, tag, attributes, timeout = 5000) {
  await page.waitForFunction(
    (t, attrs) => {
      const host = document.querySelector(t);
      return !!host && Object.entries(attrs).every(([k, v]) => host.getAttribute(k) === v);
    },
    { timeout, polling: 'mutation' },
    tag,
    attributes,
  );
}

/**
 * The attributes of a Scrim host, or null when it is not on the page.
 * @param {Page} page
 * @param {string} tag
 * @returns {Promise<Record<string, string> | null>}
 */
export function hostState(page, tag) {
  return page.evaluate((t) => {
    const host = document.querySelector(t);
    return host ? Object.fromEntries([...host.attributes].map((a) => [a.name, a.value])) : null;
  }, tag);
}

/**
 * Waits until the underline overlay has drawn for the composer's current text.
 * @param {Page} page
 * @param {number} count expected number of underlines
 */
export async function waitForUnderlines(page, count, timeout = 5000) {
  await page.waitForFunction(
    (selector, n) => {
      const host = document.querySelector('scrim-overlay');
      const field = /** @type {HTMLTextAreaElement | null} */ (document.querySelector(selector));
      return (
        !!host && !!field && host.getAttribute('data-length') === String(field.value.length) && host.getAttribute('data-count') === String(n)
      );
    },
    { timeout, polling: 'mutation' },
    COMPOSER,
    count,
  );
}

/**
 * Opens the DeepSeek replica with the reminder banner already confirmed, so it
 * stays out of the way of tests about something else.
 * @param {import('./lib/browsers.mjs').BrowserSession} session
 * @param {{variant?: string, reminder?: boolean}} [options] reminder: leave the banner due
 */
export async function openDeepSeek(session, { variant, reminder = false } = {}) {
  const page = await session.openFixture('deepseek', { variant });
  await page.waitForSelector('scrim-status', { timeout: 10_000 });
  if (!reminder) await page.evaluate(() => document.querySelector('scrim-banner')?.remove());
  return page;
}

/**
 * Pastes text into the composer with a synthetic `paste` event, as
 * lib/page-helpers.mjs's pasteText does, but with the event's data also given
 * through Firefox's `dataType`/`data` init members (Firefox ignores
 * `clipboardData` in the ClipboardEvent constructor). When no handler took
 * the paste over, the default insertion is done with execCommand.
 * @param {Page} page
 * @param {string} text
 * @returns {Promise<boolean>} whether a handler prevented the default
 */
export async function pasteIntoComposer(page, text) {
  await page.focus(COMPOSER);
  return page.evaluate((t) => {
    const target = /** @type {HTMLElement} */ (document.activeElement);
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const init = { clipboardData: data, dataType: 'text/plain', data: t, bubbles: true, cancelable: true, composed: true };
    const proceed = target.dispatchEvent(new ClipboardEvent('paste', init));
    if (proceed) document.execCommand('insertText', false, t);
    return !proceed;
  }, text);
}
