// The chat sites Scrim protects, as the end-to-end harness serves them:
// the real hostname (so the manifest's match patterns are exercised), the
// fixture replica that stands in for it, and the page variants it offers.
// Shared by the fixture server, the browser launcher and the tests.

/** @typedef {'deepseek' | 'chatgpt' | 'claude' | 'gemini'} SiteKey */

/**
 * @type {Record<SiteKey, {hostname: string, title: string, variants: string[]}>}
 * `variants` are the values accepted in the `?fixture=` query parameter
 * besides the default page; every site also accepts `strict-csp`.
 */
export const SITES = {
  deepseek: {
    hostname: 'chat.deepseek.com',
    title: 'DeepSeek - Into the Unknown',
    variants: ['no-composer'],
  },
  chatgpt: {
    hostname: 'chatgpt.com',
    title: 'ChatGPT',
    variants: ['signed-out'],
  },
  claude: {
    hostname: 'claude.ai',
    title: 'Claude',
    variants: [],
  },
  gemini: {
    hostname: 'gemini.google.com',
    title: 'Gemini',
    variants: [],
  },
};

/** The Content-Security-Policy of the `strict-csp` variant: no 'wasm-unsafe-eval', no inline script. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Hostnames the fixture server answers for. */
export const FIXTURE_HOSTS = Object.values(SITES).map((site) => site.hostname);

/**
 * @param {string} hostname
 * @returns {SiteKey | undefined}
 */
export function siteForHostname(hostname) {
  return /** @type {SiteKey | undefined} */ (
    Object.keys(SITES).find((key) => SITES[/** @type {SiteKey} */ (key)].hostname === hostname)
  );
}

/**
 * The URL of a fixture page under its real origin.
 * @param {SiteKey} site
 * @param {{variant?: string, path?: string}} [options]
 */
export function fixtureUrl(site, { variant, path = '/' } = {}) {
  const url = new URL(path, `https://${SITES[site].hostname}`);
  if (variant) url.searchParams.set('fixture', variant);
  return url.href;
}
