// @ts-check
/**
 * The send guard's dialog: lists the unmasked findings and asks what to do —
 * Mask all and send, Send anyway, or Edit. In strict mode (a finding in one
 * of the strict categories) Send anyway is not offered. Modal, focus kept
 * inside, Escape means Edit; M / S / E are keyboard shortcuts. No extension APIs.
 *
 * Host: `<scrim-dialog data-scrim-dialog data-open="true|false" data-count="N"
 *   data-strict="true|false" data-actions="mask,send,edit">`
 */

import { createShadowHost, el } from './shadow-host.js';

const CSS = `
.backdrop { position: fixed; inset: 0; display: none; align-items: center; justify-content: center;
  background: rgba(0,0,0,.35); width: 100vw; height: 100vh; }
.backdrop.open { display: flex; }
.dialog { width: min(460px, 92vw); padding: 16px 18px; }
h2 { margin: 0 0 6px; font-size: 15px; }
ul { margin: 8px 0 12px; padding: 0 0 0 18px; max-height: 40vh; overflow: auto; }
li { margin: 2px 0; }
.value { font-family: ui-monospace, monospace; word-break: break-all; }
.actions { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; }
`;

/**
 * @typedef {'mask'|'send'|'edit'} GuardChoice
 * @typedef {{category: string, severity: string, text: string, reason: string}} GuardFinding
 */

/** @param {{t: (key: string, subs?: string[]) => string}} options */
export function createGuardDialog({ t }) {
  const { host, root } = createShadowHost('scrim-dialog', CSS);
  host.style.zIndex = '2147483647'; // modal: above Scrim's other hosts too
  host.setAttribute('data-open', 'false');
  const heading = el('h2', { id: 'scrim-guard-title' });
  const intro = el('p', { class: 'muted' });
  const list = el('ul');
  const strictNote = el('p', { class: 'sev-high' }, t('guardStrictNote'));
  const buttons = {
    mask: el('button', { class: 'primary', 'data-action': 'mask' }, t('guardMaskAndSend')),
    send: el('button', { 'data-action': 'send' }, t('guardSendAnyway')),
    edit: el('button', { 'data-action': 'edit' }, t('guardEdit')),
  };
  const dialog = el(
    'div',
    { class: 'dialog scrim-ui', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'scrim-guard-title' },
    heading,
    intro,
    list,
    strictNote,
    el('div', { class: 'actions' }, buttons.edit, buttons.send, buttons.mask),
  );
  const backdrop = el('div', { class: 'backdrop' }, dialog);
  root.append(backdrop);
  /** @type {((choice: GuardChoice) => void)|null} */
  let resolveChoice = null;
  let allowSend = true;

  /** @param {GuardChoice} choice */
  function choose(choice) {
    if (choice === 'send' && !allowSend) return;
    const resolve = resolveChoice;
    resolveChoice = null;
    backdrop.classList.remove('open');
    host.setAttribute('data-open', 'false');
    resolve?.(choice);
  }
  buttons.mask.addEventListener('click', () => choose('mask'));
  buttons.send.addEventListener('click', () => choose('send'));
  buttons.edit.addEventListener('click', () => choose('edit'));
  backdrop.addEventListener('click', (event) => {
    if (event.target === backdrop) choose('edit');
  });
  dialog.addEventListener('keydown', (event) => {
    event.stopPropagation(); // keep the page's shortcuts out while the dialog is open
    const key = event.key.toLowerCase();
    if (event.key === 'Escape' || key === 'e') {
      event.preventDefault();
      choose('edit');
    } else if (key === 'm') {
      event.preventDefault();
      choose('mask');
    } else if (key === 's' && allowSend) {
      event.preventDefault();
      choose('send');
    } else if (event.key === 'Tab') {
      const order = [buttons.edit, buttons.send, buttons.mask].filter((b) => !b.hidden);
      const current = order.indexOf(/** @type {HTMLElement} */ (root.activeElement));
      const next = (current + (event.shiftKey ? -1 : 1) + order.length) % order.length;
      event.preventDefault();
      order[next].focus();
    }
  });

  return {
    host,
    /**
     * Shows the dialog and resolves with the user's choice.
     * @param {GuardFinding[]} findings
     * @param {{strict: boolean}} options strict: Send anyway is not offered
     * @returns {Promise<GuardChoice>}
     */
    ask(findings, { strict }) {
      if (resolveChoice) choose('edit');
      allowSend = !strict;
      heading.textContent = t(findings.length === 1 ? 'guardTitleOne' : 'guardTitle', [String(findings.length)]);
      intro.textContent = t('guardIntro');
      list.replaceChildren(
        ...findings.map((f) =>
          el(
            'li',
            {},
            el('span', { class: `sev-${f.severity}` }, t(`category_${f.category}`) || f.category),
            ': ',
            el('span', { class: 'value' }, f.text.length > 80 ? `${f.text.slice(0, 77)}…` : f.text),
          ),
        ),
      );
      buttons.send.hidden = strict;
      strictNote.hidden = !strict;
      backdrop.classList.add('open');
      host.setAttribute('data-open', 'true');
      host.setAttribute('data-count', String(findings.length));
      host.setAttribute('data-strict', String(strict));
      host.setAttribute('data-actions', strict ? 'mask,edit' : 'mask,send,edit');
      buttons.mask.focus();
      return new Promise((resolve) => {
        resolveChoice = resolve;
      });
    },
    isOpen: () => resolveChoice !== null,
    destroy() {
      if (resolveChoice) choose('edit');
      host.remove();
    },
  };
}
