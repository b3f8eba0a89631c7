// The background's sender checks (extension/background/senders.js): every
// message kind says who may send it, settings changes and vault reads are
// refused from anywhere else, and a content script only reaches its own
// site's conversations and reminder state.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALLOWED_SENDERS, checkSender, senderRole } from '../../extension/background/senders.js';
import { Kind } from '../../extension/shared/protocol.js';

const context = {
  extensionOrigin: 'chrome-extension://abcdefghijklmnop/',
  isProtectedHost: (/** @type {string} */ host) => ['chat.deepseek.com', 'chatgpt.com'].includes(host),
};
const popup = { url: 'chrome-extension://abcdefghijklmnop/popup/popup.html' };
const options = { url: 'chrome-extension://abcdefghijklmnop/options/options.html', tab: { id: 4 }, frameId: 0 };
const deepseek = { url: 'https://chat.deepseek.com/a/chat/s/42', tab: { id: 7 }, frameId: 0 };
const otherSite = { url: 'https://example.org/', tab: { id: 8 }, frameId: 0 };
const deepseekFrame = { url: 'https://chat.deepseek.com/embed', tab: { id: 7 }, frameId: 3 };
const otherExtension = { url: 'chrome-extension://zzzzzzzzzzzzzzzz/popup.html' };
const plainHttp = { url: 'http://chat.deepseek.com/', tab: { id: 9 }, frameId: 0 };

/** @param {Record<string, unknown>} message @param {any} sender */
const refused = (message, sender) => {
  try {
    checkSender(message, sender, context);
    return null;
  } catch (error) {
    return /** @type {Error} */ (error).message;
  }
};

test('every message kind declares its senders', () => {
  assert.deepEqual(Object.keys(ALLOWED_SENDERS).sort(), Object.values(Kind).sort());
  for (const roles of Object.values(ALLOWED_SENDERS)) assert.ok(roles.length > 0);
});

test('senders are classified by origin, tab, frame and protected host', () => {
  assert.deepEqual(senderRole(popup, context), { role: 'page', host: null });
  assert.deepEqual(senderRole(options, context), { role: 'page', host: null });
  assert.deepEqual(senderRole(deepseek, context), { role: 'content', host: 'chat.deepseek.com' });
  for (const untrusted of [otherSite, deepseekFrame, otherExtension, plainHttp, {}, undefined, { url: 'not a url' }]) {
    assert.equal(senderRole(/** @type {any} */ (untrusted), context), null, JSON.stringify(untrusted));
  }
});

test('settings changes come only from extension pages', () => {
  assert.equal(refused({ kind: Kind.setSettings, patch: {} }, popup), null);
  assert.equal(refused({ kind: Kind.resetSettings }, options), null);
  assert.match(refused({ kind: Kind.setSettings, patch: { enabled: false } }, deepseek) ?? '', /not accepted from a content script/);
  assert.match(refused({ kind: Kind.resetSettings }, deepseek) ?? '', /not accepted/);
  assert.match(refused({ kind: Kind.setSettings, patch: {} }, otherSite) ?? '', /not accepted from this sender/);
  // "Always allow" is an append the background makes, open to the content script.
  assert.equal(refused({ kind: Kind.allowValue, value: 'x' }, deepseek), null);
  assert.match(refused({ kind: Kind.allowValue, value: 'x' }, otherSite) ?? '', /not accepted/);
});

test('vaults are read only by the content script of the site they belong to', () => {
  assert.equal(refused({ kind: Kind.getVault, conversation: 'chat.deepseek.com/42' }, deepseek), null);
  assert.match(refused({ kind: Kind.getVault, conversation: 'chatgpt.com/9' }, deepseek) ?? '', /another site/);
  assert.match(refused({ kind: Kind.getVault, conversation: 'chat.deepseek.com/42' }, popup) ?? '', /extension page/);
  assert.match(refused({ kind: Kind.getVault, conversation: 'chat.deepseek.com/42' }, otherSite) ?? '', /this sender/);
  assert.match(refused({ kind: Kind.mask, text: 'a', findings: [], conversation: 'chatgpt.com/new' }, deepseek) ?? '', /another site/);
  assert.match(refused({ kind: Kind.restore, text: 'a', conversation: 'chat.deepseek.comx/1' }, deepseek) ?? '', /another site/);
  assert.match(
    refused({ kind: Kind.linkConversation, from: 'chat.deepseek.com/new', to: 'chatgpt.com/1' }, deepseek) ?? '',
    /to belongs to another site/,
  );
});

test('reminder state: the content script reaches only its own site, pages every site', () => {
  assert.equal(refused({ kind: Kind.updateReminderState, site: 'chat.deepseek.com', patch: {} }, deepseek), null);
  assert.match(refused({ kind: Kind.updateReminderState, site: 'chatgpt.com', patch: {} }, deepseek) ?? '', /another site/);
  assert.equal(refused({ kind: Kind.updateReminderState, site: 'chatgpt.com', patch: {} }, options), null);
});

test("scanning is for Scrim's own contexts, tab statuses for pages", () => {
  assert.equal(refused({ kind: Kind.scan, text: 'x' }, deepseek), null);
  assert.equal(refused({ kind: Kind.scan, text: 'x' }, popup), null);
  assert.match(refused({ kind: Kind.scan, text: 'x' }, otherSite) ?? '', /not accepted/);
  assert.equal(refused({ kind: Kind.getTabStatus, tabId: 7 }, popup), null);
  assert.match(refused({ kind: Kind.getTabStatus, tabId: 7 }, deepseek) ?? '', /not accepted/);
});
