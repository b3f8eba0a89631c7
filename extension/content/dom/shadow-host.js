// @ts-check
/**
 * Creates Scrim's own UI hosts: a custom element appended to the page's
 * document element, with a closed shadow root so page CSS cannot reach in and
 * page scripts cannot read what is inside. Test-visible state lives on the
 * host's attributes (see content/main.js for the list). No extension APIs.
 */

import { BASE_CSS } from './styles.js';

/**
 * @param {string} tagName e.g. `scrim-status`
 * @param {string} css styles for this host's shadow tree (added to BASE_CSS)
 * @param {Document} [doc]
 * @returns {{host: HTMLElement, root: ShadowRoot}}
 */
export function createShadowHost(tagName, css, doc = document) {
  const host = doc.createElement(tagName);
  host.setAttribute(`data-${tagName}`, '');
  // Keep the host itself out of page layout; children position themselves.
  host.style.cssText = 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; display: block;';
  // delegatesFocus: focusing the host (e.g. from a test or assistive tech) focuses its first control.
  const root = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  const style = doc.createElement('style');
  style.textContent = BASE_CSS + css;
  root.append(style);
  (doc.body ?? doc.documentElement).append(host);
  return { host, root };
}

/**
 * Small element builder: `el('button', {class: 'x', onclick}, 'Label')`.
 * Text children become text nodes (never parsed as HTML).
 * @param {string} tag
 * @param {Record<string, any>} [props]
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}
