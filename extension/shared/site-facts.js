// @ts-check
/**
 * Site privacy facts: what each supported chat site does with what you type,
 * where its model-training switch lives, and (for DeepSeek) a ready-to-send
 * request to delete personal data.
 *
 * Pure data and pure functions, no extension APIs: every sentence lives in
 * `_locales/en/messages.json` under the `facts_` prefix and is looked up
 * through a translate function the caller passes in (`chrome.i18n.getMessage`
 * in the extension, a small formatter in the node tests).
 *
 * Talks to: nobody. Imported by the popup (facts list, deletion template) and
 * by the content script's training-toggle reminder banner.
 */

/**
 * Looks up a localized message; `substitutions` fill `$1`…`$9`.
 * Same contract as `chrome.i18n.getMessage`.
 * @callback Translate
 * @param {string} key
 * @param {string[]} [substitutions]
 * @returns {string}
 */

/**
 * @typedef {object} SiteFacts
 * @property {string} host           Host name the facts apply to.
 * @property {string} nameKey        Message key of the product's display name.
 * @property {string[]} toggleSteps  Message keys, in order, of the steps that
 *   lead to the model-training switch (e.g. "Settings", "Data").
 * @property {string} toggleNameKey  Message key of the switch's own label on the site.
 * @property {string[]} factKeys     Message keys of short, cautiously worded facts.
 * @property {string | null} privacyEmail  Address that takes data-deletion
 *   requests, or null when Scrim offers no template for this site.
 */

/** @type {Readonly<Record<string, Readonly<SiteFacts>>>} */
export const SITE_FACTS = Object.freeze({
  'chat.deepseek.com': Object.freeze({
    host: 'chat.deepseek.com',
    nameKey: 'facts_deepseek_name',
    toggleSteps: ['facts_deepseek_step_menu', 'facts_deepseek_step_settings', 'facts_deepseek_step_data'],
    toggleNameKey: 'facts_deepseek_toggle_name',
    factKeys: [
      'facts_deepseek_training_default',
      'facts_deepseek_opt_out_scope',
      'facts_deepseek_residency',
      'facts_deepseek_retention',
    ],
    privacyEmail: 'privacy@deepseek.com',
  }),
  'chatgpt.com': Object.freeze({
    host: 'chatgpt.com',
    nameKey: 'facts_chatgpt_name',
    toggleSteps: ['facts_chatgpt_step_settings', 'facts_chatgpt_step_data_controls'],
    toggleNameKey: 'facts_chatgpt_toggle_name',
    factKeys: ['facts_chatgpt_training', 'facts_chatgpt_opt_out_scope'],
    privacyEmail: null,
  }),
  'claude.ai': Object.freeze({
    host: 'claude.ai',
    nameKey: 'facts_claude_name',
    toggleSteps: ['facts_claude_step_settings', 'facts_claude_step_privacy'],
    toggleNameKey: 'facts_claude_toggle_name',
    factKeys: ['facts_claude_training', 'facts_claude_opt_out_scope'],
    privacyEmail: null,
  }),
  'gemini.google.com': Object.freeze({
    host: 'gemini.google.com',
    nameKey: 'facts_gemini_name',
    toggleSteps: ['facts_gemini_step_activity'],
    toggleNameKey: 'facts_gemini_toggle_name',
    factKeys: ['facts_gemini_training', 'facts_gemini_opt_out_scope'],
    privacyEmail: null,
  }),
});

/**
 * The facts for a host, or null for a site Scrim does not cover.
 * @param {string | null | undefined} host
 * @returns {Readonly<SiteFacts> | null}
 */
export function factsForHost(host) {
  if (!host) return null;
  return Object.prototype.hasOwnProperty.call(SITE_FACTS, host) ? SITE_FACTS[host] : null;
}

/**
 * One sentence telling where the training switch is, e.g.
 * `Settings → Data → turn off "Improve the model for everyone"`.
 * @param {Readonly<SiteFacts>} facts
 * @param {Translate} t
 * @returns {string}
 */
export function toggleLocationText(facts, t) {
  const path = facts.toggleSteps.map((key) => t(key)).join(' → ');
  return t('facts_toggle_location', [path, t(facts.toggleNameKey)]);
}

/**
 * @typedef {object} DeletionRequest
 * @property {string} to
 * @property {string} subject
 * @property {string} body
 */

/**
 * The data-deletion request for a site that takes them by e-mail.
 * The user's account details stay as bracketed blanks for them to fill in;
 * Scrim never learns them.
 * @param {Readonly<SiteFacts>} facts
 * @param {Translate} t
 * @returns {DeletionRequest | null} null when the site has no privacy address.
 */
export function buildDeletionRequest(facts, t) {
  if (!facts.privacyEmail) return null;
  const siteName = t(facts.nameKey);
  return {
    to: facts.privacyEmail,
    subject: t('facts_deletion_subject', [siteName]),
    body: t('facts_deletion_body', [siteName, facts.host]),
  };
}

/**
 * A `mailto:` URL (RFC 6068) that opens the user's own mail client with the
 * request filled in. Opening it is not a network request from the extension.
 * @param {DeletionRequest} request
 * @returns {string}
 */
export function mailtoHref(request) {
  // RFC 6068 wants line breaks as CRLF and spaces as %20 (never "+").
  const encode = (/** @type {string} */ text) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${request.to}?subject=${encode(request.subject)}&body=${encode(request.body)}`;
}
