// @ts-check
/**
 * Small DOM helpers shared by the site adapters: waiting for an element to
 * appear, visibility, and finding elements by their visible text. No
 * extension APIs.
 */

/**
 * Resolves with the first truthy result of `probe`, re-checking on DOM
 * changes, or with null after `timeoutMs`.
 * @template T
 * @param {() => T|null|undefined} probe
 * @param {number} [timeoutMs]
 * @returns {Promise<T|null>}
 */
export function waitFor(probe, timeoutMs = 3000) {
  const first = probe();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = probe();
      if (found) finish(found);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    /** @param {T|null} value */
    function finish(value) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    }
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  });
}

/** @param {Element} element */
export function isVisible(element) {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** @param {string} text */
function normalise(text) {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The visible element among `selector` matches whose own text equals (or, with
 * `partial`, contains) one of `labels`, case-insensitively.
 * @param {ParentNode} root
 * @param {string} selector
 * @param {string[]} labels
 * @param {{partial?: boolean}} [options]
 * @returns {HTMLElement|null}
 */
export function findByText(root, selector, labels, { partial = false } = {}) {
  const wanted = labels.map(normalise);
  for (const element of root.querySelectorAll(selector)) {
    const text = normalise(element.textContent ?? '');
    const aria = normalise(element.getAttribute('aria-label') ?? '');
    const hit = wanted.some((label) => (partial ? text.includes(label) : text === label || aria === label));
    if (hit && isVisible(element)) return /** @type {HTMLElement} */ (element);
  }
  return null;
}
