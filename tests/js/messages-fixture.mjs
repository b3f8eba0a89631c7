// @ts-check
/**
 * Test helper: a node stand-in for `chrome.i18n.getMessage`, reading the real
 * `_locales/en/messages.json`. Named placeholders ($NAME$) resolve to their
 * `content` ($1…$9), which take the substitutions; "$$" is a literal "$".
 * A missing key returns "" as in the browser.
 */

import { readFileSync } from 'node:fs';

/** @type {Record<string, {message: string, placeholders?: Record<string, {content: string}>}>} */
export const messages = JSON.parse(
  readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'),
);

/**
 * @param {string} key
 * @param {string[]} [substitutions]
 * @returns {string}
 */
export function t(key, substitutions = []) {
  const entry = messages[key];
  if (!entry) return '';
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name) =>
    name.toLowerCase() in placeholders ? placeholders[name.toLowerCase()] : whole,
  );
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_, which) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}
