// @ts-check
/**
 * Settings edits made from the popup and the options page, as pure functions.
 *
 * Each function takes the user's change (and, where it edits a list, the
 * current settings) and returns either a patch for the background's
 * `setSettings` message or an error code for the form to show. Patches rely
 * on `applySettingsPatch` in settings.js: nested maps (`sites`, `categories`,
 * `reminders`) merge key by key, lists are replaced whole.
 *
 * No extension APIs here, so node's test runner can import it.
 * Talks to: nobody. Used by popup/popup.js and options/options.js.
 */

import { CATEGORIES, SENSITIVITIES } from './settings.js';

/**
 * @typedef {import('./settings.js').Settings} Settings
 * @typedef {Partial<Settings>} SettingsPatch
 */

/**
 * Protection on or off for one site; other sites are left as they are.
 * @param {string} host
 * @param {boolean} enabled
 * @returns {SettingsPatch}
 */
export function siteEnabledPatch(host, enabled) {
  return { sites: { [host]: { enabled } } };
}

/**
 * @param {string} level one of {@link SENSITIVITIES}
 * @returns {SettingsPatch}
 */
export function sensitivityPatch(level) {
  if (!SENSITIVITIES.includes(level)) {
    throw new RangeError(`unknown sensitivity level: ${level}`);
  }
  return { sensitivity: /** @type {import('./settings.js').Sensitivity} */ (level) };
}

/**
 * @param {string} category
 * @param {boolean} on
 * @returns {SettingsPatch}
 */
export function categoryPatch(category, on) {
  return { categories: { [category]: on } };
}

/**
 * Adds or removes a category from strict mode (no "Send anyway"). The list
 * is kept in display order ({@link CATEGORIES}), so it never churns.
 * @param {Settings} settings
 * @param {string} category
 * @param {boolean} strict
 * @returns {SettingsPatch}
 */
export function strictCategoryPatch(settings, category, strict) {
  const chosen = new Set(settings.strictCategories);
  if (strict) chosen.add(category);
  else chosen.delete(category);
  return { strictCategories: CATEGORIES.filter((c) => chosen.has(c)) };
}

/**
 * @param {boolean} enabled
 * @returns {SettingsPatch}
 */
export function remindersPatch(enabled) {
  return { reminders: { enabled } };
}

/**
 * @typedef {'empty' | 'duplicate'} ListError
 */

/**
 * Adds a trimmed value to a list of strings (allowlist, custom terms).
 * @param {readonly string[]} list
 * @param {string} value
 * @returns {{list: string[], error: null} | {list: readonly string[], error: ListError}}
 */
export function addListEntry(list, value) {
  const entry = value.trim();
  if (entry === '') return { list, error: 'empty' };
  if (list.includes(entry)) return { list, error: 'duplicate' };
  return { list: [...list, entry], error: null };
}

/**
 * @template T
 * @param {readonly T[]} list
 * @param {number} index
 * @returns {T[]}
 */
export function removeAt(list, index) {
  return list.filter((_, i) => i !== index);
}

/**
 * @typedef {'name_empty' | 'name_duplicate' | 'pattern_empty'} PatternFormError
 */

/**
 * Checks a new custom pattern's form fields. Whether the pattern compiles is
 * the core's call (the background's `validatePattern` message), made after
 * this returns no error.
 * @param {readonly {name: string, pattern: string}[]} patterns
 * @param {{name: string, pattern: string}} entry
 * @returns {{entry: {name: string, pattern: string}, error: PatternFormError | null}}
 */
export function checkPatternEntry(patterns, entry) {
  // The name is a label: trim it. The pattern is kept byte for byte, since
  // leading or trailing spaces can be part of what it matches.
  const clean = { name: entry.name.trim(), pattern: entry.pattern };
  if (clean.name === '') return { entry: clean, error: 'name_empty' };
  if (patterns.some((p) => p.name === clean.name)) return { entry: clean, error: 'name_duplicate' };
  if (clean.pattern.trim() === '') return { entry: clean, error: 'pattern_empty' };
  return { entry: clean, error: null };
}
