// @ts-check
/**
 * Site adapter for chat.deepseek.com.
 *
 * Knows where DeepSeek keeps its composer (a React-controlled textarea), its
 * send control, assistant replies and their copy buttons, how conversations
 * are identified in the URL, and how to walk its own menus to the
 * "Improve the model for everyone" toggle. Every lookup is a fallback chain —
 * accessible text first, then structure, then class names (which DeepSeek
 * hashes and changes) — so a redesign degrades to "not found" rather than to
 * a wrong element. No extension APIs; used by content/main.js and the
 * controller through the {@link SiteAdapter} shape.
 */

import { findByText, isVisible, waitFor } from './dom-wait.js';

/**
 * @typedef {{
 *   id: string,
 *   host: string,
 *   kind: 'textarea'|'contenteditable',
 *   findComposer(doc: Document): HTMLElement|null,
 *   findSendControl(composer: HTMLElement): HTMLElement|null,
 *   isSendControl(target: EventTarget|null, composer: HTMLElement): boolean,
 *   replyContainers(doc: Document): Element[],
 *   copyTarget(target: EventTarget|null): Element|null,
 *   conversationId(url: URL): string,
 *   isNewConversation(url: URL): boolean,
 *   training?: TrainingGuide,
 * }} SiteAdapter
 *
 * @typedef {{
 *   summaryKey: string,
 *   locateToggle(doc: Document): Promise<{toggle: HTMLElement|null, state: 'on'|'off'|'unknown'}>,
 *   readToggle(doc: Document): {toggle: HTMLElement|null, state: 'on'|'off'|'unknown'},
 * }} TrainingGuide
 */

const PLACEHOLDERS = ['Message DeepSeek', '给 DeepSeek 发送消息'];
const TOGGLE_LABELS = ['Improve the model for everyone', '改善模型', '改进模型', '为所有人改进模型'];

/** @param {Document} doc @returns {HTMLElement|null} */
function findComposer(doc) {
  // 1. The placeholder the site shows, in English or Chinese.
  for (const placeholder of PLACEHOLDERS) {
    const field = doc.querySelector(`textarea[placeholder="${placeholder}"]`);
    if (field) return /** @type {HTMLElement} */ (field);
  }
  const textareas = /** @type {HTMLTextAreaElement[]} */ ([...doc.querySelectorAll('textarea')]).filter(
    (field) => !field.readOnly && !field.disabled,
  );
  // 2. Structure: the id the site uses, or a textarea that shares a container with a button-like control.
  const byId = textareas.find((field) => field.id === 'chat-input');
  if (byId) return byId;
  const structural = textareas.find((field) => isVisible(field) && sendControlNear(field) !== null);
  if (structural) return structural;
  // 3. Classes from the site's design system.
  return /** @type {HTMLElement|null} */ (textareas.find((field) => field.matches('.ds-scroll-area, [class*="ds-"]')) ?? null);
}

/**
 * The send control sharing the composer's container: the primary ds-button,
 * else a control labelled "send", else the last non-toggle button.
 * @param {HTMLElement} composer
 * @returns {HTMLElement|null}
 */
function sendControlNear(composer) {
  let container = composer.parentElement;
  for (let depth = 0; container && depth < 5; depth++, container = container.parentElement) {
    const controls = /** @type {HTMLElement[]} */ ([...container.querySelectorAll('[role="button"], button')]);
    if (!controls.length) continue;
    const labelled = controls.find((c) => /send|发送/i.test(c.getAttribute('aria-label') ?? ''));
    if (labelled) return labelled;
    const primary = controls.find((c) => c.classList.contains('ds-button--primary'));
    if (primary) return primary;
    const plain = controls.filter((c) => !c.matches('.ds-button--toggle, [aria-pressed]'));
    if (plain.length) return plain[plain.length - 1];
  }
  return null;
}

/** @param {HTMLElement|null} toggle @returns {'on'|'off'|'unknown'} */
function toggleState(toggle) {
  if (!toggle) return 'unknown';
  const aria = toggle.getAttribute('aria-checked') ?? toggle.getAttribute('aria-pressed');
  if (aria === 'true') return 'on';
  if (aria === 'false') return 'off';
  if (toggle instanceof HTMLInputElement) return toggle.checked ? 'on' : 'off';
  const input = toggle.querySelector('input[type="checkbox"]');
  if (input instanceof HTMLInputElement) return input.checked ? 'on' : 'off';
  if (/(^|[-_\s])(checked|on|active)\b/.test(toggle.className)) return 'on';
  return 'unknown';
}

/** @param {Document} doc */
function readToggle(doc) {
  const label = findByText(doc, 'div, span, label, p', TOGGLE_LABELS);
  /** @type {HTMLElement|null} */
  let toggle = null;
  for (let row = label?.parentElement ?? null, depth = 0; row && !toggle && depth < 4; row = row.parentElement, depth++) {
    toggle = row.querySelector('[role="switch"], input[type="checkbox"], .ds-switch');
  }
  return { toggle, state: toggleState(toggle) };
}

/** @param {HTMLElement} element */
function press(element) {
  element.scrollIntoView({ block: 'center' });
  element.click();
}

/**
 * Opens the profile menu → Settings → Data using the page's own controls.
 * @param {Document} doc
 */
async function locateToggle(doc) {
  const already = readToggle(doc);
  if (already.toggle) return already;
  let dialog = doc.querySelector('[role="dialog"]');
  if (!dialog || !findByText(dialog, '[role="tab"]', ['Data', '数据'])) {
    const trigger =
      doc.querySelector('[aria-haspopup="menu"]') ??
      doc.querySelector('[class*="user-entry"], [class*="avatar"]')?.closest('[role="button"]');
    if (!(trigger instanceof HTMLElement)) return { toggle: null, state: /** @type {const} */ ('unknown') };
    press(trigger);
    const settingsItem = await waitFor(() => findByText(doc, '[role="menuitem"], .ds-dropdown-menu-option', ['Settings', '设置']), 2000);
    if (!settingsItem) return { toggle: null, state: /** @type {const} */ ('unknown') };
    press(settingsItem);
    dialog = await waitFor(() => doc.querySelector('[role="dialog"]'), 2000);
    if (!dialog) return { toggle: null, state: /** @type {const} */ ('unknown') };
  }
  const dataTab = await waitFor(() => findByText(/** @type {Element} */ (dialog), '[role="tab"], .ds-tabs__tab', ['Data', '数据']), 2000);
  if (!dataTab) return { toggle: null, state: /** @type {const} */ ('unknown') };
  press(dataTab);
  const found = await waitFor(() => readToggle(doc).toggle, 2000);
  if (!found) return { toggle: null, state: /** @type {const} */ ('unknown') };
  found.scrollIntoView({ block: 'center' });
  return readToggle(doc);
}

/** @type {SiteAdapter} */
export const deepseek = {
  id: 'deepseek',
  host: 'chat.deepseek.com',
  kind: 'textarea',
  findComposer,
  findSendControl: sendControlNear,
  isSendControl(target, composer) {
    if (!(target instanceof Element)) return false;
    const control = target.closest('[role="button"], button');
    return control !== null && control === sendControlNear(composer);
  },
  replyContainers(doc) {
    const markdown = [...doc.querySelectorAll('.ds-markdown')];
    return markdown.length ? markdown : [...doc.querySelectorAll('[data-role="assistant"]')];
  },
  copyTarget(target) {
    if (!(target instanceof Element)) return null;
    const control = target.closest('[role="button"], button');
    if (!control || !/copy|复制/i.test(`${control.getAttribute('aria-label') ?? ''} ${control.getAttribute('title') ?? ''}`)) {
      return null;
    }
    for (let node = control.parentElement; node; node = node.parentElement) {
      const reply = node.querySelector('.ds-markdown');
      if (reply) return reply;
    }
    return null;
  },
  conversationId(url) {
    const match = /\/chat\/s\/([\w-]+)/.exec(url.pathname);
    return `${url.host}/${match ? match[1] : 'new'}`;
  },
  isNewConversation(url) {
    return !/\/chat\/s\/[\w-]+/.test(url.pathname);
  },
  training: {
    summaryKey: 'deepseekTrainingSummary',
    locateToggle,
    readToggle,
  },
};
