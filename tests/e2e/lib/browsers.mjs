// Launches Debian Chromium or Firefox ESR through puppeteer-core with the
// built extension (dist/chrome or dist/firefox) installed and all traffic sent
// through the fixture proxy, and watches the network from the browser side:
// every request a tab makes, and (Chromium) every request an extension
// context makes, seen over CDP.

import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { fixtureUrl } from './sites.mjs';

const ROOT = path.resolve(new URL('../../..', import.meta.url).pathname);

/** @typedef {'chromium' | 'firefox'} BrowserKind */

export const BROWSER_KINDS = /** @type {const} */ (['chromium', 'firefox']);

/**
 * The browsers to run in: both, unless SCRIM_BROWSERS (comma-separated) narrows it.
 * @returns {BrowserKind[]}
 */
export function selectedBrowsers() {
  const wanted = (process.env.SCRIM_BROWSERS ?? BROWSER_KINDS.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of wanted) {
    if (!BROWSER_KINDS.includes(/** @type {any} */ (name))) throw new Error(`SCRIM_BROWSERS: unknown browser ${name}`);
  }
  return /** @type {BrowserKind[]} */ (wanted);
}

/** Firefox gives temporary add-ons a random internal UUID unless told one. */
const FIREFOX_EXTENSION_UUID = '5c21d1a4-3c0e-4c8b-9d52-5c7a1e0f2b11';

/** The Firefox add-on id written by scripts/build.mjs. */
export const FIREFOX_EXTENSION_ID = 'scrim@scrim.invalid';

/** An extension page to speak to the background from, as the popup does. */
const EXTENSION_PAGE = 'popup/popup.html';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--no-pings',
  '--disable-features=NetworkTimeServiceQuerying,MediaRouter,OptimizationHints,AutofillServerCommunication',
];

/**
 * @typedef {object} NetworkEvent
 * @property {string} context  'tab' or the extension context type
 * @property {string} url
 *
 * @typedef {object} BrowserSession
 * @property {BrowserKind} kind
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} extensionOrigin  chrome-extension://<id> or moz-extension://<uuid>
 * @property {NetworkEvent[]} tabRequests        every request made by a tab
 * @property {NetworkEvent[]} extensionRequests  requests from extension contexts (Chromium: CDP)
 * @property {(site: import('./sites.mjs').SiteKey, options?: {variant?: string, path?: string}) => Promise<import('puppeteer-core').Page>} openFixture
 * @property {(file: string) => Promise<import('puppeteer-core').Page>} openExtensionPage
 * @property {(message: object) => Promise<any>} sendToBackground  runtime.sendMessage from an extension page; resolves with the reply
 * @property {() => Promise<void>} close
 */

/**
 * @param {BrowserKind} kind
 * @param {{proxyPort: number, headless?: boolean, extensionDir?: string}} options
 * @returns {Promise<BrowserSession>}
 */
export async function launchBrowser(kind, { proxyPort, headless = true, extensionDir }) {
  const dir = extensionDir ?? path.join(ROOT, 'dist', kind === 'chromium' ? 'chrome' : 'firefox');
  /** @type {NetworkEvent[]} */
  const tabRequests = [];
  /** @type {NetworkEvent[]} */
  const extensionRequests = [];
  let browser;
  let extensionOrigin;
  if (kind === 'chromium') {
    browser = await puppeteer.launch({
      executablePath: process.env.SCRIM_CHROMIUM ?? '/usr/bin/chromium',
      headless,
      pipe: true,
      enableExtensions: [dir],
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 860 },
      args: [...CHROMIUM_FLAGS, `--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>'],
    });
    const worker = await browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    extensionOrigin = /** @type {RegExpMatchArray} */ (worker.url().match(/^chrome-extension:\/\/[^/]+/))[0];
    await watchChromiumExtensionTargets(browser, extensionOrigin, extensionRequests);
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.SCRIM_FIREFOX ?? '/usr/bin/firefox-esr',
      headless,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 860 },
      // Firefox 153+ refuses WebDriver navigation to moz-extension:// pages without it.
      args: ['--remote-allow-system-access'],
      // Lets the remote-settings client honour puppeteer's dummy server pref,
      // so Firefox's own update traffic goes to a sink we can tell apart.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.http.http3.enable': false,
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
      },
    });
    const id = await browser.installExtension(dir);
    if (id !== FIREFOX_EXTENSION_ID) throw new Error(`unexpected Firefox add-on id ${id}`);
    extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  }

  const watched = new WeakSet();
  /** @param {import('puppeteer-core').Page | null} page */
  const watchTab = (page) => {
    if (!page || watched.has(page)) return;
    watched.add(page);
    page.on('request', (request) => {
      tabRequests.push({ context: 'tab', url: request.url() });
    });
  };
  // Tabs the harness did not open itself (a page opened by the extension, say) are watched too.
  browser.on('targetcreated', (target) => {
    if (target.type() === 'page') target.page().then(watchTab, () => {});
  });

  return {
    kind,
    browser,
    extensionOrigin,
    tabRequests,
    extensionRequests,
    async openFixture(site, options) {
      const page = await browser.newPage();
      page.setDefaultTimeout(10_000);
      watchTab(page);
      await page.goto(fixtureUrl(site, options), { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(file) {
      const page = await browser.newPage();
      page.setDefaultTimeout(10_000);
      watchTab(page);
      const url = `${extensionOrigin}/${file}`;
      if (kind === 'chromium') {
        await page.goto(url, { waitUntil: 'load' });
      } else {
        // Firefox's remote agent never reports the load of a moz-extension://
        // page, so start the navigation and wait for the document instead.
        await page.goto(url, { waitUntil: [] });
        await page.waitForFunction(
          (expected) => location.href === expected && document.readyState === 'complete',
          {},
          url,
        );
      }
      return page;
    },
    async sendToBackground(message) {
      const page = await this.openExtensionPage(EXTENSION_PAGE);
      try {
        return await page.evaluate((m) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(m), message);
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
    },
  };
}

/**
 * Attaches a CDP session with the Network domain to every extension target
 * (service worker, popup, options, offscreen), now and whenever one starts,
 * so requests made from the extension's own contexts are recorded.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {NetworkEvent[]} sink
 */
async function watchChromiumExtensionTargets(browser, origin, sink) {
  const seen = new WeakSet();
  /** @param {import('puppeteer-core').Target} target */
  const attach = async (target) => {
    if (seen.has(target) || !target.url().startsWith(origin)) return;
    seen.add(target);
    try {
      const cdp = await target.createCDPSession();
      cdp.on('Network.requestWillBeSent', (event) => {
        sink.push({ context: target.type(), url: event.request.url });
      });
      await cdp.send('Network.enable');
    } catch {
      // The target went away before we could attach (e.g. a worker stopped).
    }
  };
  browser.on('targetcreated', attach);
  browser.on('targetchanged', attach);
  await Promise.all(browser.targets().map(attach));
}
