// @ts-check
/**
 * Who may send which message to the background.
 *
 * Every message kind in shared/protocol.js declares the roles allowed to send
 * it ({@link ALLOWED_SENDERS}); the background classifies each message's
 * `runtime.MessageSender` into a role ({@link senderRole}) and refuses the
 * message when the role is not listed ({@link checkSender}). Two roles exist:
 *
 * - `page`: one of Scrim's own extension pages (popup, options), recognised
 *   by a sender URL inside the extension's origin;
 * - `content`: Scrim's content script in the top frame of a tab on a
 *   protected site, recognised by the sender's tab and an https URL whose
 *   host is protected. Its conversation-scoped requests (vaults, reminders)
 *   are further limited to its own host, so a script on one site can never
 *   read the masked values of another.
 *
 * Settings changes and the list of tab statuses are for extension pages
 * only. Pure functions; no extension APIs (the caller passes the origin and
 * the host check), so node tests can cover them.
 */

import { Kind } from '../shared/protocol.js';

/** @typedef {'page'|'content'} SenderRole */

/**
 * The roles that may send each kind.
 * @type {Readonly<Record<string, readonly SenderRole[]>>}
 */
export const ALLOWED_SENDERS = Object.freeze({
  [Kind.getSettings]: ['page', 'content'],
  [Kind.setSettings]: ['page'],
  [Kind.resetSettings]: ['page'],
  [Kind.allowValue]: ['page', 'content'],
  [Kind.validatePattern]: ['page'],
  [Kind.engineStatus]: ['page', 'content'],
  [Kind.scan]: ['page', 'content'],
  [Kind.mask]: ['content'],
  [Kind.restore]: ['content'],
  [Kind.getVault]: ['content'],
  [Kind.linkConversation]: ['content'],
  [Kind.reportStatus]: ['content'],
  [Kind.getTabStatus]: ['page'],
  [Kind.getTrainingStatus]: ['page'],
  [Kind.getReminderState]: ['page', 'content'],
  [Kind.updateReminderState]: ['page', 'content'],
});

/**
 * Message fields that name a conversation (`<host>/<id>`) or a site (`<host>`):
 * a content script may only name its own host there.
 * @type {Readonly<Record<string, readonly string[]>>}
 */
const CONVERSATION_FIELDS = Object.freeze({
  [Kind.mask]: ['conversation'],
  [Kind.restore]: ['conversation'],
  [Kind.getVault]: ['conversation'],
  [Kind.linkConversation]: ['from', 'to'],
});
/** @type {Readonly<Record<string, readonly string[]>>} */
const SITE_FIELDS = Object.freeze({
  [Kind.getReminderState]: ['site'],
  [Kind.updateReminderState]: ['site'],
});

/**
 * @typedef {{url?: string, tab?: {id?: number}, frameId?: number, id?: string}} Sender
 * @typedef {{extensionOrigin: string, isProtectedHost(host: string): boolean}} SenderContext
 */

/**
 * The role of a message's sender, or null for a sender Scrim does not trust.
 * @param {Sender|undefined} sender
 * @param {SenderContext} context
 * @returns {{role: SenderRole, host: string|null}|null}
 */
export function senderRole(sender, { extensionOrigin, isProtectedHost }) {
  if (!sender || typeof sender.url !== 'string') return null;
  let url;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (extensionOrigin && sender.url.startsWith(extensionOrigin)) return { role: 'page', host: null };
  if (!sender.tab || (sender.frameId ?? 0) !== 0) return null;
  if (url.protocol !== 'https:' || !isProtectedHost(url.hostname)) return null;
  return { role: 'content', host: url.hostname };
}

/**
 * Throws unless the sender may send this message.
 * @param {{kind?: unknown} & Record<string, unknown>} message
 * @param {Sender|undefined} sender
 * @param {SenderContext} context
 */
export function checkSender(message, sender, context) {
  const kind = typeof message?.kind === 'string' ? message.kind : '';
  const allowed = ALLOWED_SENDERS[kind];
  if (!allowed) return; // unknown kinds are refused by the switch itself
  const who = senderRole(sender, context);
  if (!who || !allowed.includes(who.role)) {
    throw new Error(`${kind} is not accepted from ${who ? `a ${who.role === 'page' ? 'extension page' : 'content script'}` : 'this sender'}`);
  }
  if (who.role !== 'content') return;
  for (const field of CONVERSATION_FIELDS[kind] ?? []) {
    const value = message[field];
    if (typeof value === 'string' && !value.startsWith(`${who.host}/`)) {
      throw new Error(`${kind}: ${field} belongs to another site`);
    }
  }
  for (const field of SITE_FIELDS[kind] ?? []) {
    const value = message[field];
    if (typeof value === 'string' && value !== who.host) throw new Error(`${kind}: ${field} is another site`);
  }
}
