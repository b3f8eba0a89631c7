// @ts-check
/**
 * The composer controller: everything Scrim does around one site's composer.
 *
 * - finds the composer through the site adapter and re-attaches when the SPA
 *   swaps it; says "not protected" when it cannot be found;
 * - scans what is typed (debounced, one request in flight, stale findings
 *   shifted rather than hidden) and draws underlines, the card and the chip;
 * - screens pastes (capture-phase listener on window, installed at
 *   document_start) and inserts the masked text instead;
 * - guards sending (Enter and the send control, capture phase) while
 *   unmasked findings remain.
 *
 * It knows nothing about the extension APIs: main.js hands it `services`
 * (scan, mask, allow, reportStatus) and a translation function.
 */

import { shiftFindings } from './text-diff.js';
import { createTextareaOverlay } from './dom/textarea-overlay.js';
import { createFindingCard } from './dom/finding-card.js';
import { createStatusChip } from './dom/status-chip.js';
import { createGuardDialog } from './dom/guard-dialog.js';
import { createToast } from './dom/toast.js';
import { setFieldValue, insertIntoField } from './dom/edit.js';
import { pasteEventFor, pastedText } from './dom/clipboard-events.js';

/** Pastes larger than this (in UTF-16 code units, ~1 MB of text) are not screened. */
export const MAX_PASTE_CHARS = 1_000_000;
/** How long to wait for the composer before saying it was not found. */
const COMPOSER_GRACE_MS = 4000;

/**
 * @typedef {import('../shared/protocol.js').Finding} Finding
 * @typedef {import('../shared/protocol.js').TabStatus} TabStatus
 * @typedef {import('./sites/deepseek.js').SiteAdapter} SiteAdapter
 * @typedef {{
 *   scan(text: string): Promise<Finding[]>,
 *   mask(text: string, findings: Finding[], conversation: string): Promise<{text: string}>,
 *   allow(value: string): Promise<void>,
 *   reportStatus(status: TabStatus): void,
 *   linkConversation(from: string, to: string): void,
 * }} Services
 * @typedef {{enabled: boolean, strictCategories: string[]}} ControllerSettings
 */

/** Debounce before scanning, growing with the text so long prompts stay smooth. @param {number} length */
export function scanDelay(length) {
  return length < 5000 ? 25 : length < 20000 ? 50 : 80;
}

/**
 * @param {{adapter: SiteAdapter, services: Services, t: (key: string, subs?: string[]) => string,
 *   settings: ControllerSettings, location?: Location}} options
 */
export function createController({ adapter, services, t, settings: initialSettings, location: loc = window.location }) {
  let settings = initialSettings;
  /** @type {HTMLTextAreaElement|null} */
  let composer = null;
  /** @type {ReturnType<typeof createTextareaOverlay>|null} */
  let overlay = null;
  /** @type {ReturnType<typeof createStatusChip>|null} */
  let chip = null;
  /** @type {ReturnType<typeof createFindingCard>|null} */
  let card = null;
  /** @type {ReturnType<typeof createGuardDialog>|null} */
  let dialog = null;
  /** @type {ReturnType<typeof createToast>|null} */
  let toast = null;

  /** The text the findings below are positioned on (may be shifted, see `exact`). */
  let text = '';
  /** @type {Finding[]} all findings on `text` */
  let findings = [];
  /** Whether `findings` came from a scan of exactly `text` (not shifted). */
  let exact = true;
  /** @type {string|null} text being scanned right now */
  let inFlight = null;
  /** @type {ReturnType<typeof setTimeout>|undefined} */
  let debounce;
  /** @type {string|null} why protection is off (engine failure) */
  let engineError = null;
  let composerMissing = false;
  /** A composer was found but is a kind Scrim cannot screen yet (a rich-text editor). */
  let composerUnsupported = false;
  let replaying = false;
  /** True while Scrim re-dispatches a screened paste to the page. */
  let echoing = false;
  let cardIndex = -1;
  /** @type {Map<string, Set<string>>} values the user chose to ignore, per conversation */
  const ignored = new Map();
  let conversation = adapter.conversationId(new URL(loc.href));
  /** @type {{before: string, masked: string, original: string, start: number}|null} */
  let lastPaste = null;

  const ensureUi = () => {
    chip ??= createStatusChip({ t, onPick: (index) => openCardFor(index, true) });
    card ??= createFindingCard({
      t,
      onAction: (action) => cardAction(action),
      onClose: () => {
        overlay?.setActive(-1);
        cardIndex = -1;
      },
      returnFocus: () => composer?.focus(),
    });
    dialog ??= createGuardDialog({ t });
    toast ??= createToast({ t });
  };

  /** @returns {Finding[]} the findings that still count (not ignored here) */
  function activeFindings() {
    const skip = ignored.get(conversation);
    return skip ? findings.filter((f) => !skip.has(f.text)) : findings;
  }

  function render() {
    const active = activeFindings();
    overlay?.update(text, active);
    publishStatus(active);
  }

  /** @param {Finding[]} active */
  function publishStatus(active) {
    ensureUi();
    /** @type {TabStatus['state']} */
    let state = 'protected';
    /** @type {string|null} */
    let reason = null;
    if (!settings.enabled) state = 'disabled';
    else if (engineError) {
      state = 'not_protected';
      reason = t('reasonEngineFailed', [engineError]);
    } else if (composerUnsupported) {
      state = 'not_protected';
      reason = t('reasonComposerUnsupported');
    } else if (composerMissing) {
      state = 'not_protected';
      reason = t('reasonComposerNotFound');
    } else if (!composer) state = 'protected';
    const shown = state === 'protected' ? active : [];
    chip?.set(composer || state !== 'protected' ? state : 'starting', { reason, findings: shown });
    chip?.anchorTo(composer?.isConnected ? composer.getBoundingClientRect() : null);
    /** @type {Record<string, number>} */
    const byCategory = {};
    for (const f of shown) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    services.reportStatus({ site: adapter.host, state, reason, counts: { total: shown.length, byCategory } });
  }

  // ---- scanning ----

  function scheduleScan() {
    clearTimeout(debounce);
    if (!settings.enabled || !composer) return;
    debounce = setTimeout(runScan, scanDelay(text.length));
  }

  /**
   * Scans the composer's current text (or waits for the scan in flight).
   * @returns {Promise<void>}
   */
  async function runScan() {
    if (!composer || !settings.enabled) return;
    const current = composer.value;
    if (inFlight !== null) return; // the finished scan re-checks the text
    inFlight = current;
    try {
      const result = await services.scan(current);
      engineError = null;
      const now = composer?.value ?? current;
      findings = shiftFindings(current, now, result);
      text = now;
      exact = now === current;
    } catch (error) {
      engineError = error instanceof Error ? error.message : String(error);
      findings = [];
      exact = false;
    } finally {
      inFlight = null;
    }
    render();
    if (composer && composer.value !== current && !engineError) scheduleScan();
  }

  /** Findings for exactly the current composer text, scanning if needed. */
  async function freshFindings() {
    if (!composer) return [];
    while (!(exact && text === composer.value) || inFlight !== null) {
      clearTimeout(debounce);
      if (inFlight === null) await runScan();
      else await new Promise((resolve) => setTimeout(resolve, 5));
      if (engineError) return [];
    }
    return activeFindings();
  }

  function onInput() {
    if (!composer) return;
    const now = composer.value;
    if (now !== text) {
      findings = shiftFindings(text, now, findings);
      text = now;
      exact = false;
      overlay?.update(text, activeFindings());
      if (cardIndex >= 0) card?.close();
    }
    scheduleScan();
  }

  // ---- card actions ----

  /** @param {number} index @param {boolean} [focus] */
  function openCardFor(index, focus = false) {
    const finding = activeFindings()[index];
    const rect = overlay?.rectOf(index);
    if (!finding || !rect || !card) return;
    cardIndex = index;
    overlay?.setActive(index);
    card.open(finding, rect);
    if (focus) card.focus();
  }

  /** @param {'mask'|'ignore'|'allow'} action */
  async function cardAction(action) {
    const finding = activeFindings()[cardIndex];
    if (!finding || !composer) return;
    if (action === 'ignore') {
      if (!ignored.has(conversation)) ignored.set(conversation, new Set());
      ignored.get(conversation)?.add(finding.text);
      render();
    } else if (action === 'allow') {
      await services.allow(finding.text); // the settings change triggers a rescan
    } else {
      await maskInComposer([finding]);
    }
  }

  /** @param {Finding[]} chosen findings on the current text */
  async function maskInComposer(chosen) {
    if (!composer || !chosen.length) return;
    const source = composer.value;
    const masked = await services.mask(source, chosen, conversation);
    if (composer.value !== source) return; // the user typed meanwhile; the next scan shows what is left
    setFieldValue(composer, masked.text);
    onInput();
  }

  // ---- paste screening ----

  /** @param {ClipboardEvent} event */
  function onPaste(event) {
    if (echoing || !settings.enabled || !composer || event.target !== composer) return;
    const data = event.clipboardData;
    if (!data || data.files.length) return; // images and files are the page's business
    const pasted = pastedText(event);
    if (!pasted) return;
    ensureUi();
    if (pasted.length > MAX_PASTE_CHARS) {
      toast?.show('paste-too-large', t('toastPasteTooLarge', [String(Math.round(pasted.length / 1000))]));
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    screenPaste(composer, pasted);
  }

  /** @param {HTMLTextAreaElement} field @param {string} pasted */
  async function screenPaste(field, pasted) {
    let insert = pasted;
    /** @type {Finding[]} */
    let found = [];
    try {
      found = await services.scan(pasted);
      if (found.length) insert = (await services.mask(pasted, found, conversation)).text;
    } catch (error) {
      engineError = error instanceof Error ? error.message : String(error);
      render();
    }
    if (!field.isConnected) return;
    field.focus();
    // Let the page's own paste handler see what will be inserted, never the raw values.
    const echo = pasteEventFor(insert);
    echoing = true;
    let handledByPage = false;
    try {
      handledByPage = !field.dispatchEvent(echo);
    } finally {
      echoing = false;
    }
    const before = field.value;
    const start = field.selectionStart ?? before.length;
    if (!handledByPage) insertIntoField(field, insert);
    onInput();
    if (insert === pasted) return;
    lastPaste = { before, masked: insert, original: pasted, start };
    /** @type {Record<string, number>} */
    const counts = {};
    for (const f of found) counts[f.category] = (counts[f.category] ?? 0) + 1;
    const summary = Object.entries(counts)
      .map(([category, n]) => `${n} × ${t(`category_${category}`) || category}`)
      .join(', ');
    toast?.show('paste-masked', t('toastPasteMasked', [summary]), { onUndo: undoPaste });
  }

  /** Puts the original pasted text where the masked one went (one step). */
  function undoPaste() {
    const paste = lastPaste;
    lastPaste = null;
    if (!paste || !composer) return;
    const value = composer.value;
    const at = value.indexOf(paste.masked, Math.max(0, paste.start - 1)) >= 0
      ? value.indexOf(paste.masked, Math.max(0, paste.start - 1))
      : value.indexOf(paste.masked);
    if (at < 0) return;
    setFieldValue(composer, value.slice(0, at) + paste.original + value.slice(at + paste.masked.length), at + paste.original.length);
    onInput();
  }

  // ---- send guard ----

  /** @param {KeyboardEvent} event */
  function onKeyDown(event) {
    if (replaying || !composer || event.target !== composer) return;
    if (event.key === 'ArrowDown' && event.altKey && card?.isOpen()) {
      event.preventDefault();
      card.focus();
      return;
    }
    if ((event.key === 'z' || event.key === 'Z') && (event.ctrlKey || event.metaKey) && !event.shiftKey && lastPaste) {
      // Ctrl/Cmd+Z right after a masked paste undoes the masking, as the toast's Undo does.
      if (toast?.undo()) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    guard(event, 'enter');
  }

  /** @param {MouseEvent} event */
  function onClick(event) {
    if (replaying || !composer || !adapter.isSendControl(event.target, composer)) return;
    guard(event, 'click');
  }

  /**
   * Lets a send through when nothing is left to warn about; otherwise stops
   * it and asks. Decides synchronously when the findings are current.
   * @param {Event} event
   * @param {'enter'|'click'} via
   */
  function guard(event, via) {
    if (!settings.enabled || !composer || engineError || dialog?.isOpen()) return;
    const current = composer.value;
    if (!current.trim()) return;
    if (exact && text === current && inFlight === null && activeFindings().length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    decide(via);
  }

  /** @param {'enter'|'click'} via */
  async function decide(via) {
    const field = composer;
    if (!field) return;
    const pending = await freshFindings();
    if (engineError || pending.length === 0) {
      replaySend(via);
      return;
    }
    ensureUi();
    card?.close();
    const strict = pending.some((f) => settings.strictCategories.includes(f.category));
    const choice = await /** @type {NonNullable<typeof dialog>} */ (dialog).ask(pending, { strict });
    if (choice === 'edit') {
      field.focus();
      return;
    }
    if (choice === 'mask') {
      await maskInComposer(pending);
      await new Promise((resolve) => setTimeout(resolve, 30)); // let the page's framework take the new value
    }
    field.focus();
    replaySend(via);
  }

  /** Triggers the site's own send, bypassing the guard once. @param {'enter'|'click'} via */
  function replaySend(via) {
    if (!composer) return;
    replaying = true;
    try {
      const control = adapter.findSendControl(composer);
      if (via === 'click' && control) control.click();
      else {
        composer.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true }),
        );
      }
    } finally {
      replaying = false;
    }
  }

  // ---- composer discovery ----

  /** @param {HTMLTextAreaElement} field */
  function attach(field) {
    detach();
    composer = field;
    composerMissing = false;
    ensureUi();
    overlay = createTextareaOverlay(field, {
      onHover(index, rect) {
        if (index === null || !rect) card?.scheduleClose();
        else if (index !== cardIndex || !card?.isOpen()) openCardFor(index);
      },
      onCaret(index) {
        if (index === null) {
          if (cardIndex >= 0) card?.close();
        } else if (index !== cardIndex || !card?.isOpen()) openCardFor(index);
      },
    });
    field.addEventListener('input', onInput);
    text = '';
    findings = [];
    exact = false;
    onInput();
    render();
  }

  function detach() {
    if (!composer) return;
    composer.removeEventListener('input', onInput);
    overlay?.destroy();
    overlay = null;
    composer = null;
    card?.close();
  }

  function checkComposer() {
    const url = new URL(loc.href);
    const id = adapter.conversationId(url);
    if (id !== conversation) {
      // A new chat gets its permanent id after the first send: its vault moves along.
      if (conversation.endsWith('/new') && !adapter.isNewConversation(url)) services.linkConversation(conversation, id);
      conversation = id;
    }
    if (composer?.isConnected) {
      overlay?.sync();
      return;
    }
    const found = adapter.findComposer(document);
    const unsupported = found !== null && !(found instanceof HTMLTextAreaElement);
    if (unsupported !== composerUnsupported) {
      composerUnsupported = unsupported;
      render();
    }
    if (found instanceof HTMLTextAreaElement) attach(found);
    else if (composer) {
      detach();
      render();
    }
  }

  let checkQueued = false;
  const observer = new MutationObserver(() => {
    if (checkQueued) return;
    checkQueued = true;
    setTimeout(() => {
      checkQueued = false;
      checkComposer();
    }, 50);
  });

  window.addEventListener('paste', onPaste, true);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('click', onClick, true);

  return {
    /** Starts watching the document (call once the DOM exists). */
    start() {
      observer.observe(document.documentElement, { childList: true, subtree: true });
      checkComposer();
      setTimeout(() => {
        if (!composer) {
          composerMissing = true;
          render();
        }
      }, COMPOSER_GRACE_MS);
      render();
    },
    /** Applies new settings and rescans (sensitivity, categories, allowlist, site switch). @param {ControllerSettings} next */
    updateSettings(next) {
      settings = next;
      exact = false;
      if (!settings.enabled) {
        findings = [];
        overlay?.update(text, []);
        publishStatus([]);
      } else {
        render();
        clearTimeout(debounce);
        runScan();
      }
    },
    /** @returns {string} the conversation the vault and ignore list belong to */
    conversation: () => conversation,
    /** @param {string} message */
    engineFailed(message) {
      engineError = message;
      render();
    },
  };
}
