// @ts-check
/**
 * The registry of site adapters, picked by host name. To support a new chat
 * site, write an adapter with the SiteAdapter shape (see deepseek.js), add
 * it here, and add the host to the manifest's content script matches and to
 * SUPPORTED_SITES in shared/settings.js.
 */

import { chatgpt } from './chatgpt.js';
import { deepseek } from './deepseek.js';

/** @type {import('./deepseek.js').SiteAdapter[]} */
const ADAPTERS = [deepseek, chatgpt];

/**
 * @param {string} host
 * @returns {import('./deepseek.js').SiteAdapter|null}
 */
export function adapterFor(host) {
  return ADAPTERS.find((adapter) => adapter.host === host) ?? null;
}
