// @ts-check
/**
 * Site adapter for chatgpt.com.
 *
 * The signed-out composer is a React-controlled `<textarea
 * data-mobile-composer-prompt>`, which Scrim protects like DeepSeek's. The
 * signed-in composer is a ProseMirror `contenteditable` (`#prompt-textarea`);
 * the adapter finds it so the chip can say honestly that this kind of
 * message box is not protected yet, instead of staying silent. The hidden
 * fallback textarea ProseMirror keeps beside it is never taken for the
 * composer. No extension APIs; used through the SiteAdapter shape
 * (sites/deepseek.js).
 */

import { isVisible } from './dom-wait.js';

/** @param {Document} doc @returns {HTMLElement|null} */
function findComposer(doc) {
  // 1. The signed-out textarea, by its data attribute, then by placeholder.
  const mobile = doc.querySelector('textarea[data-mobile-composer-prompt]');
  if (mobile instanceof HTMLTextAreaElement && isVisible(mobile)) return mobile;
  const byPlaceholder = [...doc.querySelectorAll('textarea[placeholder]')].find(
    (field) => /ask anything|message chatgpt|有问题，尽管问/i.test(field.getAttribute('placeholder') ?? '') && isVisible(field),
  );
  if (byPlaceholder instanceof HTMLTextAreaElement) return byPlaceholder;
  // 2. The signed-in rich editor (reported as not supported by the controller).
  const rich = doc.querySelector('#prompt-textarea[contenteditable="true"], form div.ProseMirror[contenteditable="true"]');
  return rich instanceof HTMLElement ? rich : null;
}

/** @param {HTMLElement} composer @returns {HTMLElement|null} */
function findSendControl(composer) {
  const scope = composer.closest('form') ?? composer.ownerDocument;
  const control =
    scope.querySelector('[data-testid="send-button"]') ?? scope.querySelector('button[aria-label*="send" i]');
  return control instanceof HTMLElement ? control : null;
}

/** @type {import('./deepseek.js').SiteAdapter} */
export const chatgpt = {
  id: 'chatgpt',
  host: 'chatgpt.com',
  kind: 'textarea',
  findComposer,
  findSendControl,
  isSendControl(target, composer) {
    if (!(target instanceof Element)) return false;
    const control = target.closest('button, [role="button"]');
    return control !== null && control === findSendControl(composer);
  },
  replyContainers(doc) {
    return [...doc.querySelectorAll('[data-message-author-role="assistant"]')];
  },
  copyTarget(target) {
    if (!(target instanceof Element)) return null;
    const control = target.closest('[data-testid="copy-turn-action-button"], button[aria-label="Copy"]');
    const turn = control?.closest('article, [data-testid^="conversation-turn"]');
    return turn?.querySelector('[data-message-author-role="assistant"]') ?? null;
  },
  conversationId(url) {
    const match = /\/c\/([\w-]+)/.exec(url.pathname);
    return `${url.host}/${match ? match[1] : 'new'}`;
  },
  isNewConversation(url) {
    return !/\/c\/[\w-]+/.test(url.pathname);
  },
};
