// @ts-check
/**
 * Scrim's content script entry (bundled by the build into the classic script
 * content/content.js, run at document_start on the supported chat sites).
 *
 * It wires the extension APIs to the DOM layer: the composer controller
 * (underlines, card, chip, paste screening, send guard), the reply restorer
 * and the training-toggle reminder. Detection, masking and the vault live in
 * the background (shared/protocol.js); this file only sends messages.
 * Settings changes (from the popup or options page) arrive through
 * `storage.onChanged` and take effect immediately.
 *
 * Test hooks — Scrim's UI lives in closed shadow roots; state that tests
 * need is mirrored onto the hosts' light-DOM attributes, and focusing a host
 * (`host.focus()`) focuses its first control (delegatesFocus):
 * - `<scrim-status data-state="starting|protected|not_protected|disabled" data-count="N" data-reason="…">`
 *   the status chip beside the composer.
 * - `<scrim-overlay data-count="N" data-length="L" [data-too-long]>` the underline overlay: N
 *   underlines drawn for a composer text of length L (drawn once per frame; nothing is drawn
 *   above 200,000 characters, where `data-too-long` is set and the chip still counts).
 * - `<scrim-card data-open="true|false" data-category data-kind>` the finding card; opens when the
 *   caret is inside an underline (or on hover); Alt+ArrowDown focuses it; keys M / I / A =
 *   Mask / Ignore here / Always allow.
 * - `<scrim-dialog data-open data-count data-strict data-actions="mask,send,edit">` the send guard;
 *   it takes focus when opened; keys M / S / E (or Escape) = Mask all and send / Send anyway / Edit.
 * - `<scrim-toast data-open data-kind="paste-masked|paste-too-large">`; Ctrl+Z in the composer right
 *   after a masked paste = Undo.
 * - `<scrim-banner data-open data-training="on|off|unknown" data-guide="idle|running|shown|failed">`
 *   the reminder; controls in order: Show me, I've turned it off, Remind me later, dismiss.
 * - `<scrim-spotlight data-open>` the ring around the site's training switch after Show me.
 * - `data-scrim-restored="N"` on a reply container whose placeholders were restored; restored
 *   values are also in the CSS highlight `scrim-restored` (`CSS.highlights.get('scrim-restored')`).
 */

import { ext } from '../shared/browser.js';
import { Kind, request } from '../shared/protocol.js';
import { SETTINGS_KEY, isSiteEnabled, migrateSettings } from '../shared/settings.js';
import { factsForHost, toggleLocationText } from '../shared/site-facts.js';
import { createController } from './controller.js';
import { createReplyRestorer } from './dom/reply-restorer.js';
import { createReminderBanner } from './dom/reminder-banner.js';
import { createSpotlight } from './dom/spotlight.js';
import { isReminderDue, SNOOZE_MS } from './reminder-policy.js';
import { adapterFor } from './sites/index.js';

/** @param {string} key @param {string[]} [subs] */
const t = (key, subs) => ext.i18n.getMessage(key, subs) || '';

const adapter = adapterFor(location.hostname);

if (adapter) {
  const host = adapter.host;
  /** @type {Record<string, string>} placeholder → original for the current conversation */
  let vault = {};
  let vaultConversation = '';

  let settings = migrateSettings(undefined);
  const controllerSettings = () => ({ enabled: isSiteEnabled(settings, host), strictCategories: settings.strictCategories });

  const controller = createController({
    adapter,
    t,
    settings: controllerSettings(),
    services: {
      scan: async (text) => (await request(Kind.scan, { text })).findings,
      mask: async (text, findings, conversation) => {
        const result = await request(Kind.mask, { text, findings, conversation });
        if (conversation === vaultConversation) {
          vault = result.vault;
          restorer.refresh();
        }
        return result;
      },
      allow: async (value) => {
        await request(Kind.allowValue, { value });
      },
      reportStatus: (status) => {
        request(Kind.reportStatus, { status }).catch(() => {});
      },
      linkConversation: (from, to) => {
        request(Kind.linkConversation, { from, to }).catch(() => {});
      },
    },
  });

  /** Keeps the local copy of the vault on the conversation shown. */
  const currentVault = () => {
    const conversation = controller.conversation();
    if (conversation !== vaultConversation) {
      vaultConversation = conversation;
      vault = {};
      request(Kind.getVault, { conversation }).then(
        (result) => {
          if (vaultConversation === conversation) {
            vault = result.vault;
            restorer.refresh();
          }
        },
        () => {},
      );
    }
    return vault;
  };

  const restorer = createReplyRestorer({
    replyContainers: () => adapter.replyContainers(document),
    copyTarget: (target) => adapter.copyTarget(target),
    vault: currentVault,
    writeClipboard: (text) => navigator.clipboard.writeText(text),
  });

  ext.storage.onChanged.addListener((/** @type {Record<string, any>} */ changes, /** @type {string} */ area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    settings = migrateSettings(changes[SETTINGS_KEY].newValue);
    controller.updateSettings(controllerSettings());
  });

  const whenDomReady = new Promise((resolve) => {
    if (document.readyState !== 'loading') resolve(undefined);
    else document.addEventListener('DOMContentLoaded', () => resolve(undefined), { once: true });
  });

  (async () => {
    try {
      settings = await request(Kind.getSettings);
    } catch {
      // keep the defaults; the engine check below reports what is wrong
    }
    controller.updateSettings(controllerSettings());
    await whenDomReady;
    controller.start();
    restorer.start();
    request(Kind.engineStatus).catch((error) => controller.engineFailed(error.message));
    const facts = factsForHost(host);
    if (adapter.training && facts && settings.reminders.enabled) showReminderIfDue(adapter.training, toggleLocationText(facts, t));
  })();

  /**
   * @param {import('./sites/deepseek.js').TrainingGuide} guide
   * @param {string} howTo where the switch is, from shared/site-facts.js
   */
  async function showReminderIfDue(guide, howTo) {
    const state = await request(Kind.getReminderState, { site: host }).catch(() => null);
    if (!state || !isReminderDue(state, Date.now(), settings.reminders.enabled)) return;
    const update = (/** @type {Record<string, any>} */ patch) =>
      request(Kind.updateReminderState, { site: host, patch }).catch(() => {});
    const spotlight = createSpotlight();
    const banner = createReminderBanner({
      t,
      summary: t(guide.summaryKey),
      howTo,
      async onShowMe() {
        const { toggle, state: training } = await guide.locateToggle(document);
        if (!toggle) return { state: 'unknown', located: false };
        spotlight.show(toggle);
        toggle.focus({ preventScroll: true });
        update({ training: { state: training, checkedAt: Date.now() } });
        return { state: training, located: true };
      },
      onConfirm: () => {
        spotlight.hide();
        update({ confirmedAt: Date.now() });
      },
      onSnooze: () => {
        spotlight.hide();
        update({ snoozedUntil: Date.now() + SNOOZE_MS });
      },
      onDismiss: () => {
        spotlight.hide();
        update({ dismissedAt: Date.now() });
      },
    });
    banner.open();
    update({ lastShownAt: Date.now() });
  }
}
