// The privacy check run at the end of every browser block of the suite: the
// extension's contexts made no network request. Three independent views:
//  1. Chromium only: CDP Network events of every extension target (service
//     worker, popup, options) — only the extension's own files may appear.
//  2. Every tab the harness opened (pages with the content script in them):
//     only the fixture sites and the extension's own files.
//  3. The proxy every browser request goes through, and the fixture server
//     behind it: nothing but the fixture hostnames, no request carrying an
//     extension origin or referrer, no request for anything the fixtures do
//     not serve. The browsers' own housekeeping endpoints (Firefox's
//     remote-settings sink set by puppeteer, Chromium's update and sign-in
//     checks that no flag fully silences) are listed and excluded by name.

import assert from 'node:assert/strict';
import { FIXTURE_HOSTS } from './sites.mjs';

/** @type {Record<string, string[]>} hostnames the browser itself contacts, never the extension */
const BROWSER_HOUSEKEEPING = {
  chromium: ['accounts.google.com', 'update.googleapis.com', 'clients2.google.com', 'clientservices.googleapis.com', 'redirector.gvt1.com'],
  firefox: ['dummy.test'],
};

const LOCAL_SCHEMES = ['data:', 'blob:', 'about:'];

/**
 * @param {import('./browsers.mjs').BrowserSession} session
 * @param {import('./fixture-server.mjs').FixtureServer} server
 */
export function assertNoExtensionTraffic(session, server) {
  const own = (/** @type {string} */ url) =>
    url.startsWith(`${session.extensionOrigin}/`) || LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme));
  const fixture = (/** @type {string} */ url) => {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' && FIXTURE_HOSTS.includes(parsed.hostname);
    } catch {
      return false;
    }
  };

  const fromExtension = session.extensionRequests.filter((event) => !own(event.url));
  assert.deepEqual(fromExtension, [], 'extension contexts made network requests');

  const fromTabs = session.tabRequests.filter((event) => !own(event.url) && !fixture(event.url));
  assert.deepEqual(fromTabs, [], 'tabs requested something other than the fixture site and extension files');

  const extensionMarked = server.served.filter((request) =>
    [request.origin, request.referer].some((value) => value && /^(chrome|moz)-extension:/.test(value)),
  );
  assert.deepEqual(extensionMarked, [], 'the fixture server received requests from an extension context');

  const unknown = server.served.filter((request) => request.status === 404);
  assert.deepEqual(unknown, [], 'the fixture server was asked for resources no fixture uses');

  const housekeeping = BROWSER_HOUSEKEEPING[session.kind] ?? [];
  const outside = server.proxied.filter((request) => !request.tunnelled && !housekeeping.includes(request.host));
  assert.deepEqual(outside, [], 'the browser tried to reach hosts other than the fixture sites');
}
