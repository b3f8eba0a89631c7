// @ts-check
/**
 * A short notice at the bottom of the page, optionally with an Undo button
 * (used after a paste was masked, or when a paste was too large to screen).
 * It never takes focus; it is announced through a live region. No extension APIs.
 *
 * Host: `<scrim-toast data-scrim-toast data-open="true|false" data-kind="...">`
 */

import { createShadowHost, el } from './shadow-host.js';

const CSS = `
.toast { position: fixed; left: 50%; bottom: 88px; transform: translateX(-50%); display: none;
  gap: 10px; align-items: center; padding: 8px 12px; max-width: min(560px, 90vw); }
.toast.open { display: flex; }
`;

/** @param {{t: (key: string, subs?: string[]) => string}} options */
export function createToast({ t }) {
  const { host, root } = createShadowHost('scrim-toast', CSS);
  host.setAttribute('data-open', 'false');
  const message = el('span', { role: 'status', 'aria-live': 'polite' });
  const undo = el('button', { 'data-action': 'undo' }, t('toastUndo'));
  const close = el('button', { 'aria-label': t('close') }, '×');
  const toast = el('div', { class: 'toast scrim-ui' }, message, undo, close);
  root.append(toast);
  /** @type {ReturnType<typeof setTimeout>|undefined} */
  let timer;
  /** @type {(() => void)|null} */
  let undoAction = null;

  function hide() {
    clearTimeout(timer);
    toast.classList.remove('open');
    host.setAttribute('data-open', 'false');
    undoAction = null;
  }
  undo.addEventListener('click', () => {
    const action = undoAction;
    hide();
    action?.();
  });
  close.addEventListener('click', hide);

  return {
    host,
    /**
     * @param {string} kind what the toast is about (for tests and styling)
     * @param {string} text
     * @param {{onUndo?: () => void, timeoutMs?: number}} [options]
     */
    show(kind, text, { onUndo, timeoutMs = 8000 } = {}) {
      clearTimeout(timer);
      message.textContent = text;
      undoAction = onUndo ?? null;
      undo.hidden = !onUndo;
      toast.classList.add('open');
      host.setAttribute('data-open', 'true');
      host.setAttribute('data-kind', kind);
      timer = setTimeout(hide, timeoutMs);
    },
    /** Runs the pending undo (if any), as the Undo button would. @returns {boolean} whether there was one */
    undo() {
      if (!undoAction) return false;
      undo.click();
      return true;
    },
    hide,
    destroy() {
      hide();
      host.remove();
    },
  };
}
