// @ts-check
/**
 * The small card that opens on an underline (mouse hover or caret inside it):
 * category, kind, the engine's reason, and the actions Mask, Ignore here and
 * Always allow. Opened from the keyboard it does not steal focus;
 * Alt+ArrowDown moves focus into it, Escape leaves it. Inside the card the
 * keys M, I and A trigger the actions. No extension APIs.
 *
 * Host: `<scrim-card data-scrim-card data-open="true|false" data-category data-kind>`
 */

import { createShadowHost, el } from './shadow-host.js';

const CSS = `
.card { position: fixed; width: max-content; max-width: 320px; padding: 10px 12px; display: none; }
.card.open { display: block; }
.title { font-weight: 600; display: flex; gap: 6px; align-items: baseline; }
.reason { margin: 4px 0 8px; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; }
.hint { margin-top: 6px; font-size: 11px; }
`;

/**
 * @typedef {'mask'|'ignore'|'allow'} CardAction
 * @typedef {{category: string, kind: string, reason: string, severity: string, text: string}} CardFinding
 */

/**
 * @param {{t: (key: string, subs?: string[]) => string, onAction(action: CardAction): void, onClose(): void, returnFocus(): void}} options
 */
export function createFindingCard({ t, onAction, onClose, returnFocus }) {
  const { host, root } = createShadowHost('scrim-card', CSS);
  host.setAttribute('data-open', 'false');
  const title = el('span');
  const kind = el('span', { class: 'muted' });
  const reason = el('div', { class: 'reason' });
  const buttons = {
    mask: el('button', { class: 'primary', 'data-action': 'mask', onclick: () => act('mask') }, t('cardMask')),
    ignore: el('button', { 'data-action': 'ignore', onclick: () => act('ignore') }, t('cardIgnoreHere')),
    allow: el('button', { 'data-action': 'allow', onclick: () => act('allow') }, t('cardAlwaysAllow')),
  };
  const hint = el('div', { class: 'hint muted' }, t('cardKeyboardHint'));
  const card = el(
    'div',
    { class: 'card scrim-ui', role: 'dialog', 'aria-label': t('cardLabel') },
    el('div', { class: 'title' }, title, kind),
    reason,
    el('div', { class: 'actions' }, buttons.mask, buttons.ignore, buttons.allow),
    hint,
  );
  root.append(card);
  let hoveringCard = false;
  /** @type {ReturnType<typeof setTimeout>|undefined} */
  let closeTimer;

  /** @param {CardAction} action */
  function act(action) {
    onAction(action); // reads which finding is open before close() forgets it
    close();
    returnFocus();
  }

  card.addEventListener('mouseenter', () => {
    hoveringCard = true;
    clearTimeout(closeTimer);
  });
  card.addEventListener('mouseleave', () => {
    hoveringCard = false;
    scheduleClose();
  });
  card.addEventListener('keydown', (event) => {
    const key = event.key.toLowerCase();
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
      returnFocus();
    } else if (!event.altKey && !event.ctrlKey && !event.metaKey && (key === 'm' || key === 'i' || key === 'a')) {
      event.preventDefault();
      act(key === 'm' ? 'mask' : key === 'i' ? 'ignore' : 'allow');
    }
  });

  function close() {
    clearTimeout(closeTimer);
    if (!card.classList.contains('open')) return;
    card.classList.remove('open');
    host.setAttribute('data-open', 'false');
    onClose();
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!hoveringCard) close();
    }, 250);
  }

  return {
    host,
    /**
     * @param {CardFinding} finding
     * @param {DOMRect} anchor the underline's box (viewport coordinates)
     */
    open(finding, anchor) {
      clearTimeout(closeTimer);
      title.textContent = t(`category_${finding.category}`) || finding.category;
      title.className = `sev-${finding.severity}`;
      kind.textContent = finding.kind;
      reason.textContent = finding.reason;
      card.classList.add('open');
      const width = card.offsetWidth;
      const height = card.offsetHeight;
      const left = Math.max(4, Math.min(anchor.left, innerWidth - width - 4));
      const below = anchor.bottom + 6;
      const top = below + height > innerHeight - 4 ? Math.max(4, anchor.top - height - 6) : below;
      card.style.left = `${left}px`;
      card.style.top = `${top}px`;
      host.setAttribute('data-open', 'true');
      host.setAttribute('data-category', finding.category);
      host.setAttribute('data-kind', finding.kind);
    },
    isOpen: () => card.classList.contains('open'),
    /** Moves keyboard focus into the card (first action). */
    focus() {
      buttons.mask.focus();
    },
    close,
    scheduleClose,
    destroy() {
      clearTimeout(closeTimer);
      host.remove();
    },
  };
}
