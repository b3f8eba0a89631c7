// @ts-check
/**
 * Draws a ring around one page element (the site's training toggle) from
 * Scrim's own shadow host, without touching the element, and keeps it in
 * place while the page scrolls or re-renders. No extension APIs.
 *
 * Host: `<scrim-spotlight data-scrim-spotlight data-open="true|false">`
 */

import { createShadowHost } from './shadow-host.js';

const CSS = `
.ring { position: fixed; display: none; pointer-events: none; border-radius: 10px;
  border: 3px solid #f08c00; box-shadow: 0 0 0 4px rgba(240, 140, 0, .35); animation: pulse 1.2s ease-in-out 3; }
.ring.open { display: block; }
@keyframes pulse { 50% { box-shadow: 0 0 0 9px rgba(240, 140, 0, .15); } }
@media (prefers-reduced-motion: reduce) { .ring { animation: none; } }
`;

export function createSpotlight() {
  const { host, root } = createShadowHost('scrim-spotlight', CSS);
  host.setAttribute('data-open', 'false');
  const ring = document.createElement('div');
  ring.className = 'ring';
  root.append(ring);
  /** @type {Element|null} */
  let target = null;
  let frame = 0;

  function follow() {
    if (!target || !target.isConnected) {
      hide();
      return;
    }
    const rect = target.getBoundingClientRect();
    ring.style.left = `${rect.left - 6}px`;
    ring.style.top = `${rect.top - 6}px`;
    ring.style.width = `${rect.width + 12}px`;
    ring.style.height = `${rect.height + 12}px`;
    frame = requestAnimationFrame(follow);
  }

  function hide() {
    cancelAnimationFrame(frame);
    target = null;
    ring.classList.remove('open');
    host.setAttribute('data-open', 'false');
  }

  return {
    /** @param {Element} element */
    show(element) {
      target = element;
      ring.classList.add('open');
      host.setAttribute('data-open', 'true');
      cancelAnimationFrame(frame);
      follow();
    },
    hide,
  };
}
