// @ts-check
/**
 * The status chip beside the composer: how many findings there are and
 * whether Scrim protects this composer. When the composer was not found or
 * the engine failed, it says "not protected" and why — it is never silently
 * green. Clicking it (or Enter/Space) opens a list of the findings whose
 * entries open the same actions as the underline card. No extension APIs.
 *
 * Host: `<scrim-status data-scrim-status data-state="starting|protected|not_protected|disabled"
 *   data-count="N" data-reason="...">`
 */

import { createShadowHost, el } from './shadow-host.js';

const CSS = `
.chip { position: fixed; display: none; align-items: center; gap: 6px; padding: 2px 10px 2px 8px;
  border-radius: 999px; font-size: 12px; cursor: pointer; white-space: nowrap; }
.chip.visible { display: inline-flex; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--muted); flex: none; }
.protected .dot { background: var(--ok); }
.warn .dot { background: var(--medium); }
.not_protected .dot, .not_protected { background-color: var(--bg); }
.not_protected .dot { background: var(--high); }
.list { position: fixed; display: none; padding: 6px; max-height: 50vh; overflow: auto; min-width: 240px; max-width: 360px; }
.list.open { display: block; }
.list ul { list-style: none; margin: 0; padding: 0; }
.list li button { width: 100%; text-align: left; border: none; display: flex; gap: 6px; }
.value { overflow: hidden; text-overflow: ellipsis; max-width: 180px; }
`;

/**
 * @typedef {{category: string, severity: string, text: string}} ChipFinding
 * @typedef {'starting'|'protected'|'not_protected'|'disabled'} ChipState
 */

/**
 * @param {{t: (key: string, subs?: string[]) => string, onPick(index: number): void}} options
 */
export function createStatusChip({ t, onPick }) {
  const { host, root } = createShadowHost('scrim-status', CSS);
  const dot = el('span', { class: 'dot' });
  const label = el('span');
  const chip = el('button', { class: 'chip scrim-ui', 'aria-haspopup': 'true', 'aria-expanded': 'false' }, dot, label);
  const items = el('ul');
  const list = el('div', { class: 'list scrim-ui', role: 'region', 'aria-label': t('chipListLabel') }, items);
  root.append(chip, list);
  /** @type {ChipState} */
  let state = 'starting';
  /** @type {ChipFinding[]} */
  let findings = [];
  /** @type {DOMRect|null} */
  let anchor = null;

  chip.addEventListener('click', () => toggleList());
  list.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      toggleList(false);
      chip.focus();
    }
  });

  /** @param {boolean} [open] */
  function toggleList(open = !list.classList.contains('open')) {
    if (open && state !== 'protected') open = false;
    list.classList.toggle('open', open);
    chip.setAttribute('aria-expanded', String(open));
    if (open) {
      renderList();
      place();
      /** @type {HTMLElement|null} */ (items.querySelector('button'))?.focus();
    }
  }

  function renderList() {
    items.replaceChildren(
      ...findings.map((f, index) =>
        el(
          'li',
          {},
          el(
            'button',
            { onclick: () => { toggleList(false); onPick(index); } },
            el('span', { class: `sev-${f.severity}` }, t(`category_${f.category}`) || f.category),
            el('span', { class: 'value muted' }, f.text),
          ),
        ),
      ),
    );
    if (!findings.length) items.append(el('li', { class: 'muted' }, t('chipNoFindings')));
  }

  function place() {
    const width = chip.offsetWidth || 120;
    if (anchor && anchor.width > 0) {
      chip.style.left = `${Math.max(4, Math.min(anchor.right - width, innerWidth - width - 4))}px`;
      chip.style.top = `${Math.max(4, anchor.top - 26)}px`;
    } else {
      chip.style.left = `${innerWidth - width - 16}px`;
      chip.style.top = `${innerHeight - 40}px`;
    }
    if (list.classList.contains('open')) {
      const chipRect = chip.getBoundingClientRect();
      list.style.left = `${Math.max(4, chipRect.right - list.offsetWidth)}px`;
      list.style.top = `${Math.max(4, chipRect.top - list.offsetHeight - 4)}px`;
    }
  }

  return {
    host,
    /**
     * @param {ChipState} newState
     * @param {{reason?: string|null, findings?: ChipFinding[]}} [details]
     */
    set(newState, { reason = null, findings: newFindings = [] } = {}) {
      state = newState;
      findings = newFindings;
      chip.className = `chip scrim-ui visible ${state}${findings.length ? ' warn' : ''}`;
      if (state === 'protected') {
        label.textContent = findings.length
          ? t(findings.length === 1 ? 'chipOneFinding' : 'chipFindings', [String(findings.length)])
          : t('chipProtected');
      } else if (state === 'not_protected') {
        label.textContent = t('chipNotProtected', [reason ?? '']);
      } else if (state === 'disabled') {
        label.textContent = t('chipDisabled');
      } else {
        label.textContent = t('chipStarting');
      }
      chip.title = label.textContent;
      host.setAttribute('data-state', state);
      host.setAttribute('data-count', String(findings.length));
      if (reason) host.setAttribute('data-reason', reason);
      else host.removeAttribute('data-reason');
      if (list.classList.contains('open')) renderList();
      place();
    },
    /** @param {DOMRect|null} rect the composer's box, or null to sit in the corner */
    anchorTo(rect) {
      anchor = rect;
      place();
    },
    destroy() {
      host.remove();
    },
  };
}
