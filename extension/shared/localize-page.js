// @ts-check
/**
 * Fills an extension page's static text from `_locales` messages.
 *
 * Elements say which message they show with `data-i18n="key"` (text content)
 * and `data-i18n-placeholder="key"` (an input's placeholder). Text is set
 * with `textContent` only. The translate function is passed in, so the same
 * code runs with `i18n.getMessage` in the extension and a fixture in tests.
 *
 * Talks to: nobody. Used by popup/popup.js and options/options.js.
 */

/**
 * @typedef {import('./site-facts.js').Translate} Translate
 */

/**
 * @param {ParentNode} root
 * @param {Translate} t
 */
export function localizePage(root, t) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(/** @type {HTMLElement} */ (element).dataset.i18n ?? '');
  }
  for (const element of root.querySelectorAll('[data-i18n-placeholder]')) {
    const input = /** @type {HTMLInputElement} */ (element);
    input.placeholder = t(input.dataset.i18nPlaceholder ?? '');
  }
}
