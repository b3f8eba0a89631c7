// Helpers for the popup and options tests: read Scrim's stored settings and
// talk to its background from an extension page, the same way the pages do.

/**
 * The settings object in storage.local (undefined before the first save).
 * @param {import('puppeteer-core').Page} page an extension page
 * @returns {Promise<any>}
 */
export function storedSettings(page) {
  return page.evaluate(async () => {
    const ext = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
    return (await ext.storage.local.get('settings')).settings;
  });
}

/**
 * Waits until the stored settings satisfy `predicate` (polled from node),
 * and returns them.
 * @param {import('puppeteer-core').Page} page an extension page
 * @param {(settings: any) => boolean} predicate
 * @param {number} [timeout]
 */
export async function waitForSettings(page, predicate, timeout = 5000) {
  const end = Date.now() + timeout;
  let settings;
  while (Date.now() < end) {
    settings = await storedSettings(page);
    if (settings && predicate(settings)) return settings;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`settings never matched; last seen: ${JSON.stringify(settings)}`);
}

/**
 * Sends one protocol message to the background and returns the envelope's value.
 * @param {import('puppeteer-core').Page} page an extension page
 * @param {Record<string, any>} message `{kind, ...request}`
 */
export function askBackground(page, message) {
  return page.evaluate(async (msg) => {
    const ext = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
    const reply = await ext.runtime.sendMessage(msg);
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
    return reply.value;
  }, message);
}

/**
 * Opens an extension page and waits until it has shown the settings.
 * @param {import('../lib/browsers.mjs').BrowserSession} session
 * @param {string} file e.g. 'options/options.html'
 */
export async function openReadyPage(session, file) {
  const page = await session.openExtensionPage(file);
  await page.waitForSelector('body[data-ready]', { timeout: 10_000 });
  return page;
}
