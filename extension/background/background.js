// @ts-check
/**
 * Scrim's background: the only context that runs the detection engine.
 *
 * Chrome runs this as a module service worker, Firefox as a module event
 * page. Content scripts, the popup and the options page send it the messages
 * defined in shared/protocol.js; it answers each through one switch below.
 *
 * - The wasm engine is initialised lazily on the first message that needs it,
 *   memoised, and rebuilt when the stored settings change its policy.
 *   (Wasm cannot run in content scripts on strict-CSP pages in Chromium.)
 * - The masking vault (placeholder → original) is kept per conversation in
 *   memory and mirrored to `storage.session`, so it survives the worker being
 *   stopped when idle but never touches the disk.
 * - Tab statuses reported by content scripts are kept the same way for the popup.
 * Nothing here polls or keeps the worker alive, and nothing makes a network
 * request: the wasm file is read from the extension package.
 */

import init, { Engine, validatePattern } from '../wasm/scrim.js';
import { ext } from '../shared/browser.js';
import { Kind } from '../shared/protocol.js';
import { badgeFor } from './badge.js';
import { checkSender } from './senders.js';
import {
  SUPPORTED_SITES,
  applySettingsPatch,
  createSettingsWriter,
  defaultSettings,
  loadReminderState,
  loadSettings,
  saveSettings,
  toEnginePolicy,
  updateReminderState,
} from '../shared/settings.js';

const VAULTS_KEY = 'vaults';
const TAB_STATUS_KEY = 'tabStatus';

/** @type {Promise<void>|null} */
let wasmReady = null;
/** @type {Promise<any>|null} the Engine for {@link enginePolicyKey} */
let enginePromise = null;
/** JSON of the policy the current engine was built from. */
let enginePolicyKey = '';

/** Loads the wasm module once per worker lifetime. */
function loadWasm() {
  wasmReady ??= init({ module_or_path: ext.runtime.getURL('wasm/scrim_bg.wasm') }).then(() => undefined);
  wasmReady.catch(() => {
    wasmReady = null; // let a later message retry
  });
  return wasmReady;
}

/**
 * The engine for the stored settings. Settings are read on every call (a
 * cheap storage read) so a scan that races a settings change never uses a
 * stale engine; the engine itself is only rebuilt when the policy changed.
 * A replaced engine is left to the garbage collector rather than freed, as a
 * scan that already holds it may still be running.
 * @returns {Promise<any>}
 */
async function getEngine() {
  const policy = toEnginePolicy(await loadSettings(ext.storage.local));
  const key = JSON.stringify(policy);
  if (enginePromise && key === enginePolicyKey) return enginePromise;
  enginePolicyKey = key;
  enginePromise = buildEngine(policy);
  enginePromise.catch(() => {
    if (enginePolicyKey === key) {
      enginePromise = null;
      enginePolicyKey = '';
    }
  });
  return enginePromise;
}

/**
 * @param {import('../shared/settings.js').EnginePolicy} policy
 * @returns {Promise<any>}
 */
async function buildEngine(policy) {
  await loadWasm();
  try {
    return new Engine(policy);
  } catch (error) {
    // A custom pattern that the core rejects must not switch protection off:
    // drop the invalid ones and keep the rest.
    const valid = policy.custom_patterns.filter((p) => validatePattern(p.pattern) === null);
    if (valid.length === policy.custom_patterns.length) throw error;
    return new Engine({ ...policy, custom_patterns: valid });
  }
}

// ---- session-mirrored maps (vaults, tab statuses) ----

/**
 * A map kept in memory and mirrored as one object in storage.session.
 * @param {string} key
 */
function sessionMap(key) {
  /** @type {Record<string, any>|null} */
  let cache = null;
  const area = ext.storage.session;
  return {
    async all() {
      if (!cache) {
        const stored = area ? await area.get(key) : {};
        cache = stored?.[key] ?? {};
      }
      return /** @type {Record<string, any>} */ (cache);
    },
    /** @param {string} id */
    async get(id) {
      return (await this.all())[id];
    },
    /** @param {string} id @param {any} value */
    async set(id, value) {
      const all = await this.all();
      if (value === undefined) delete all[id];
      else all[id] = value;
      if (area) await area.set({ [key]: all });
    },
  };
}

const vaults = sessionMap(VAULTS_KEY);
const tabStatuses = sessionMap(TAB_STATUS_KEY);

/**
 * The placeholder → original map of a core vault (which also keeps counters).
 * @param {any} vault
 * @returns {Record<string, string>}
 */
function vaultEntries(vault) {
  return vault?.entries ?? {};
}

/** Who may talk to this background: Scrim's own pages, and its content scripts on protected sites. */
const senderContext = {
  extensionOrigin: ext.runtime.getURL(''),
  /** @param {string} host */
  isProtectedHost: (host) => SUPPORTED_SITES.includes(host),
};

/** The one writer of stored settings (changes are applied in order). */
const settingsWriter = createSettingsWriter(ext.storage.local);

/**
 * Puts the tab's protection state on the toolbar button.
 * @param {number} tabId
 * @param {import('../shared/protocol.js').TabStatus} status
 */
function showBadge(tabId, status) {
  const badge = badgeFor(status, (key, subs) => ext.i18n.getMessage(key, subs));
  const action = ext.action;
  action.setBadgeText({ tabId, text: badge.text }).catch(() => {}); // the tab may be gone
  action.setTitle({ tabId, title: badge.title }).catch(() => {});
  if (badge.color) action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => {});
}

/** @param {unknown} value @param {string} name */
function requireString(value, name) {
  if (typeof value !== 'string') throw new Error(`${name} must be a string`);
  return value;
}

/**
 * Answers one message. Throws for errors; the listener wraps the result.
 * @param {any} message
 * @param {any} sender
 */
async function handle(message, sender) {
  checkSender(message, sender, senderContext);
  switch (message?.kind) {
    case Kind.getSettings:
      return loadSettings(ext.storage.local);
    case Kind.setSettings:
      return settingsWriter.update((settings) => applySettingsPatch(settings, message.patch ?? {}));
    case Kind.resetSettings:
      return settingsWriter.update(() => defaultSettings());
    case Kind.allowValue: {
      const value = requireString(message.value, 'value');
      return settingsWriter.update((settings) =>
        settings.allowlist.includes(value) ? settings : applySettingsPatch(settings, { allowlist: [...settings.allowlist, value] }),
      );
    }
    case Kind.validatePattern:
      await loadWasm();
      return { error: validatePattern(requireString(message.pattern, 'pattern')) ?? null };
    case Kind.engineStatus:
      await getEngine();
      return { ready: true };
    case Kind.scan: {
      const engine = await getEngine();
      return { findings: engine.scan(requireString(message.text, 'text')) };
    }
    case Kind.mask: {
      const engine = await getEngine();
      const conversation = requireString(message.conversation, 'conversation');
      const result = engine.mask(requireString(message.text, 'text'), message.findings ?? [], (await vaults.get(conversation)) ?? null);
      await vaults.set(conversation, result.vault);
      return { text: result.text, replacements: result.replacements, vault: vaultEntries(result.vault) };
    }
    case Kind.restore: {
      const conversation = requireString(message.conversation, 'conversation');
      const vault = await vaults.get(conversation);
      if (!vault) return { text: message.text, restored: [], vault: {} };
      const engine = await getEngine();
      const result = engine.restore(requireString(message.text, 'text'), vault);
      return { text: result.text, restored: result.restored, vault: vaultEntries(vault) };
    }
    case Kind.getVault:
      return { vault: vaultEntries(await vaults.get(requireString(message.conversation, 'conversation'))) };
    case Kind.linkConversation: {
      const from = requireString(message.from, 'from');
      const to = requireString(message.to, 'to');
      const vault = await vaults.get(from);
      if (vault && !(await vaults.get(to))) await vaults.set(to, vault);
      return {};
    }
    case Kind.reportStatus:
      if (sender?.tab?.id !== undefined) {
        await tabStatuses.set(String(sender.tab.id), message.status);
        showBadge(sender.tab.id, message.status);
      }
      return {};
    case Kind.getTabStatus:
      return (
        (await tabStatuses.get(String(message.tabId))) ?? {
          site: null,
          state: 'unsupported',
          reason: null,
          counts: { total: 0, byCategory: {} },
        }
      );
    case Kind.getTrainingStatus: {
      const site = requireString(message.site, 'site');
      const state = (await loadReminderState(ext.storage.local))[site] ?? {};
      return {
        state: state.training?.state ?? 'unknown',
        checkedAt: state.training?.checkedAt ?? null,
        confirmedAt: state.confirmedAt ?? null,
      };
    }
    case Kind.getReminderState:
      return (await loadReminderState(ext.storage.local))[requireString(message.site, 'site')] ?? {};
    case Kind.updateReminderState:
      return updateReminderState(ext.storage.local, requireString(message.site, 'site'), message.patch ?? {});
    default:
      throw new Error(`Unknown message kind: ${String(message?.kind)}`);
  }
}

ext.runtime.onMessage.addListener((/** @type {any} */ message, /** @type {any} */ sender, /** @type {(r: any) => void} */ sendResponse) => {
  handle(message, sender).then(
    (value) => sendResponse({ ok: true, value }),
    (error) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
  return true; // answer asynchronously (works in Chrome and Firefox)
});

ext.tabs?.onRemoved.addListener((/** @type {number} */ tabId) => {
  tabStatuses.set(String(tabId), undefined);
});
