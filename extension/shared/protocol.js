// @ts-check
/**
 * The typed message protocol between Scrim's contexts.
 *
 * Content scripts, the popup and the options page talk to the background with
 * `runtime.sendMessage({kind, ...request})`. The background answers every
 * message with an {@link Envelope}: `{ok: true, value}` or `{ok: false, error}`;
 * {@link request} unwraps it and throws on errors. Every kind, with its
 * request and response shape, is listed here and nowhere else; the background
 * has one `switch (message.kind)` over {@link Kind}.
 *
 * Content scripts learn about settings changes from `storage.onChanged`
 * (key `settings`), so there is no broadcast message. Which context may send
 * which kind is declared in background/senders.js and checked there.
 */

import { ext } from './browser.js';

/**
 * @typedef {import('./settings.js').Settings} Settings
 *
 * A finding as produced by the engine. `start`/`end` are UTF-16 offsets.
 * @typedef {{category: string, kind: string, start: number, end: number, text: string,
 *   score: number, reason: string, severity: 'high'|'medium'|'low'}} Finding
 * @typedef {{placeholder: string, original: string, start: number, end: number}} Replacement
 *
 * What a content script reports about its tab (and what the popup shows).
 * @typedef {{site: string|null, state: 'protected'|'not_protected'|'disabled'|'unsupported',
 *   reason: string|null, counts: {total: number, byCategory: Record<string, number>}}} TabStatus
 *
 * @typedef {{state: 'on'|'off'|'unknown', checkedAt: number|null, confirmedAt: number|null}} TrainingStatus
 */

/**
 * Every message kind. Request fields follow `kind`; the comment gives the
 * response value (inside the envelope).
 */
export const Kind = Object.freeze({
  /** {} → {@link Settings} */
  getSettings: 'getSettings',
  /** {patch: Partial<Settings>} → {@link Settings} (the stored result) */
  setSettings: 'setSettings',
  /** {} → {@link Settings} (the defaults, now stored) */
  resetSettings: 'resetSettings',
  /** {value: string} → {@link Settings}: appends one value to the allowlist ("Always allow"), in the background */
  allowValue: 'allowValue',
  /** {pattern: string} → {error: string|null} (the core's message for an invalid pattern) */
  validatePattern: 'validatePattern',
  /** {} → {ready: true} once the engine is built; envelope error if it failed to load */
  engineStatus: 'engineStatus',
  /** {text: string} → {findings: Finding[]} with the current settings */
  scan: 'scan',
  /** {text: string, findings: Finding[], conversation: string} → {text: string, replacements: Replacement[], vault: Record<string,string>} */
  mask: 'mask',
  /** {text: string, conversation: string} → {text: string, restored: Replacement[], vault: Record<string,string>} */
  restore: 'restore',
  /** {conversation: string} → {vault: Record<string,string>} placeholder → original, for local copy handling */
  getVault: 'getVault',
  /** {from: string, to: string} → {} — a new chat got its permanent id; carry its vault over */
  linkConversation: 'linkConversation',
  /** {status: TabStatus} → {} (content → background; the tab comes from the sender) */
  reportStatus: 'reportStatus',
  /** {tabId: number} → {@link TabStatus} */
  getTabStatus: 'getTabStatus',
  /** {site: string} → {@link TrainingStatus} */
  getTrainingStatus: 'getTrainingStatus',
  /** {site: string} → import('./settings.js').SiteReminderState */
  getReminderState: 'getReminderState',
  /** {site: string, patch: SiteReminderState} → SiteReminderState (merged) */
  updateReminderState: 'updateReminderState',
});

/**
 * @template T
 * @typedef {{ok: true, value: T} | {ok: false, error: string}} Envelope
 */

/** An error answered by the background. */
export class ProtocolError extends Error {}

/**
 * Sends a message to the background and returns the unwrapped value.
 * @param {string} kind one of {@link Kind}
 * @param {Record<string, any>} [payload]
 * @param {(message: any) => Promise<any>} [send] defaults to `runtime.sendMessage`
 * @returns {Promise<any>}
 */
export async function request(kind, payload = {}, send = (m) => ext.runtime.sendMessage(m)) {
  const reply = /** @type {Envelope<any>|undefined} */ (await send({ kind, ...payload }));
  if (!reply || typeof reply !== 'object') throw new ProtocolError(`No answer to ${kind}`);
  if (reply.ok === true) return reply.value;
  throw new ProtocolError(reply.error ?? `Malformed answer to ${kind}`);
}
