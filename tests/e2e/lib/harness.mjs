// Runs one suite against every selected browser with node:test. Each browser
// gets its own fixture server, proxy and browser instance with the built
// extension; pages opened during a test are closed after it; and every
// browser block ends with the privacy check over everything the browser did
// during the block.
//
//   import { describeInBrowsers } from './lib/harness.mjs';
//   describeInBrowsers('what is tested', (ctx) => {
//     test('…', async () => { const page = await ctx.session.openFixture('deepseek'); … });
//   });
//
// SCRIM_BROWSERS=chromium (or firefox) narrows the run to one browser.

import { after, afterEach, before, describe, test } from 'node:test';
import { launchBrowser, selectedBrowsers } from './browsers.mjs';
import { startFixtureServer } from './fixture-server.mjs';
import { assertNoExtensionTraffic } from './privacy.mjs';

/**
 * @typedef {object} SuiteContext
 * @property {import('./browsers.mjs').BrowserKind} kind
 * @property {import('./browsers.mjs').BrowserSession} session  set before the first test
 * @property {import('./fixture-server.mjs').FixtureServer} server set before the first test
 */

/**
 * @param {string} title
 * @param {(ctx: SuiteContext) => void} body registers the tests with node:test
 * @param {{extensionDir?: (kind: import('./browsers.mjs').BrowserKind) => Promise<string>}} [options]
 *   `extensionDir` gives the block its own build to load instead of dist/ (e.g. a broken copy)
 */
export function describeInBrowsers(title, body, { extensionDir } = {}) {
  for (const kind of selectedBrowsers()) {
    describe(`${title} [${kind}]`, () => {
      const ctx = /** @type {SuiteContext} */ ({ kind });
      /** @type {Set<import('puppeteer-core').Page>} */
      let openedBefore = new Set();
      before(async () => {
        ctx.server = await startFixtureServer();
        ctx.session = await launchBrowser(kind, {
          proxyPort: ctx.server.proxyPort,
          extensionDir: extensionDir ? await extensionDir(kind) : undefined,
        });
        openedBefore = new Set(await ctx.session.browser.pages());
      });
      afterEach(async () => {
        for (const page of await ctx.session.browser.pages()) {
          if (!openedBefore.has(page)) await page.close().catch(() => {});
        }
      });
      after(async () => {
        await ctx.session?.close();
        await ctx.server?.close();
      });
      body(ctx);
      test('the extension made no network request during this block', () => {
        assertNoExtensionTraffic(ctx.session, ctx.server);
      });
    });
  }
}
