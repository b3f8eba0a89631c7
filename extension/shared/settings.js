// @ts-check
/**
 * Scrim's settings: the defaults, the storage keys, and load / save / migrate.
 *
 * Used by the background (which builds the detection engine from them), the
 * content script (site switch, strict categories, reminder switch) and the
 * popup / options pages. Everything is kept in `storage.local` — never
 * `storage.sync`, because custom terms and the allowlist are sensitive
 * themselves. All functions that touch storage take the storage area as an
 * argument so the pure parts can be unit-tested in node.
 */

/** storage.local key holding the whole settings object. */
export const SETTINGS_KEY = 'settings';
/** storage.local key holding per-site reminder state ({@link ReminderState}). */
export const REMINDER_STATE_KEY = 'reminderState';
/** Version of the stored settings shape; bump and extend `migrateSettings` on change. */
export const SETTINGS_VERSION = 1;

/** Every detection category the engine knows, in display order. */
export const CATEGORIES = Object.freeze([
  'email',
  'phone',
  'payment_card',
  'bank_account',
  'national_id',
  'credential',
  'network',
  'crypto_wallet',
  'person_name',
  'postal_address',
  'date_of_birth',
  'confidential',
  'custom',
]);

/** Sensitivity levels, least to most cautious. */
export const SENSITIVITIES = Object.freeze(['relaxed', 'balanced', 'strict']);

/** Hosts Scrim has adapters for (must match the manifest's content script matches). */
export const SUPPORTED_SITES = Object.freeze([
  'chat.deepseek.com',
  'chatgpt.com',
  'claude.ai',
  'gemini.google.com',
]);

/**
 * @typedef {'relaxed'|'balanced'|'strict'} Sensitivity
 * @typedef {{name: string, pattern: string}} CustomPattern
 * @typedef {{
 *   version: number,
 *   enabled: boolean,
 *   sites: Record<string, {enabled: boolean}>,
 *   sensitivity: Sensitivity,
 *   categories: Record<string, boolean>,
 *   allowlist: string[],
 *   customTerms: string[],
 *   customPatterns: CustomPattern[],
 *   strictCategories: string[],
 *   reminders: {enabled: boolean},
 * }} Settings
 *
 * @typedef {{
 *   confirmedAt?: number|null,
 *   snoozedUntil?: number|null,
 *   lastShownAt?: number|null,
 *   dismissedAt?: number|null,
 *   training?: {state: 'on'|'off'|'unknown', checkedAt: number}|null,
 * }} SiteReminderState
 * @typedef {Record<string, SiteReminderState>} ReminderState
 *
 * @typedef {{
 *   sensitivity: Sensitivity,
 *   categories: Record<string, boolean>,
 *   allowlist: string[],
 *   custom_terms: string[],
 *   custom_patterns: CustomPattern[],
 * }} EnginePolicy
 */

/** @returns {Settings} a fresh copy of the defaults. */
export function defaultSettings() {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    sites: Object.fromEntries(SUPPORTED_SITES.map((host) => [host, { enabled: true }])),
    sensitivity: 'balanced',
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])),
    allowlist: [],
    customTerms: [],
    customPatterns: [],
    strictCategories: ['credential'],
    reminders: { enabled: true },
  };
}

/** @param {unknown} value */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {unknown} value @returns {string[]} unique non-empty strings */
function stringList(value) {
  if (!Array.isArray(value)) return [];
  /** @type {string[]} */
  const out = [];
  for (const item of value) {
    if (typeof item === 'string' && item.trim() !== '' && !out.includes(item)) out.push(item);
  }
  return out;
}

/**
 * Turns anything found in storage (older shapes, partial objects, garbage)
 * into a complete, valid {@link Settings}. Unknown keys are dropped; missing
 * or invalid values fall back to the defaults.
 * @param {unknown} raw
 * @returns {Settings}
 */
export function migrateSettings(raw) {
  const out = defaultSettings();
  if (!isObject(raw)) return out;
  const src = /** @type {Record<string, any>} */ (raw);
  if (typeof src.enabled === 'boolean') out.enabled = src.enabled;
  if (isObject(src.sites)) {
    for (const [host, site] of Object.entries(src.sites)) {
      if (isObject(site) && typeof site.enabled === 'boolean') out.sites[host] = { enabled: site.enabled };
    }
  }
  if (SENSITIVITIES.includes(src.sensitivity)) out.sensitivity = src.sensitivity;
  if (isObject(src.categories)) {
    for (const category of CATEGORIES) {
      if (typeof src.categories[category] === 'boolean') out.categories[category] = src.categories[category];
    }
  }
  out.allowlist = stringList(src.allowlist);
  out.customTerms = stringList(src.customTerms);
  if (Array.isArray(src.customPatterns)) {
    out.customPatterns = src.customPatterns
      .filter((p) => isObject(p) && typeof p.name === 'string' && typeof p.pattern === 'string' && p.pattern !== '')
      .map((p) => ({ name: p.name, pattern: p.pattern }));
  }
  if (Array.isArray(src.strictCategories)) {
    out.strictCategories = stringList(src.strictCategories).filter((c) => CATEGORIES.includes(c));
  }
  if (isObject(src.reminders) && typeof src.reminders.enabled === 'boolean') {
    out.reminders = { enabled: src.reminders.enabled };
  }
  return out;
}

/**
 * Applies a partial update. Nested objects (`sites`, `categories`,
 * `reminders`) are merged key by key; lists are replaced whole.
 * @param {Settings} settings
 * @param {Record<string, any>} patch
 * @returns {Settings}
 */
export function applySettingsPatch(settings, patch) {
  /** @type {Record<string, any>} */
  const merged = { ...settings };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (key === 'sites' && isObject(value)) {
      merged.sites = { ...settings.sites };
      for (const [host, site] of Object.entries(value)) merged.sites[host] = { ...settings.sites[host], ...site };
    } else if ((key === 'categories' || key === 'reminders') && isObject(value)) {
      merged[key] = { ...settings[key], ...value };
    } else {
      merged[key] = value;
    }
  }
  return migrateSettings(merged);
}

/**
 * The engine policy (the wasm `Engine` constructor's argument) for these settings.
 * @param {Settings} settings
 * @returns {EnginePolicy}
 */
export function toEnginePolicy(settings) {
  return {
    sensitivity: settings.sensitivity,
    categories: { ...settings.categories },
    allowlist: [...settings.allowlist],
    custom_terms: [...settings.customTerms],
    custom_patterns: settings.customPatterns.map((p) => ({ name: p.name, pattern: p.pattern })),
  };
}

/**
 * Whether Scrim should screen this host at all.
 * @param {Settings} settings
 * @param {string} host
 */
export function isSiteEnabled(settings, host) {
  return settings.enabled && settings.sites[host]?.enabled !== false;
}

/**
 * @typedef {{get(keys: string|string[]): Promise<Record<string, any>>, set(items: Record<string, any>): Promise<void>, remove(keys: string|string[]): Promise<void>}} StorageArea
 */

/**
 * Reads the settings, migrated to the current shape.
 * @param {StorageArea} storage normally `ext.storage.local`
 * @returns {Promise<Settings>}
 */
export async function loadSettings(storage) {
  const stored = await storage.get(SETTINGS_KEY);
  return migrateSettings(stored?.[SETTINGS_KEY]);
}

/**
 * Writes the complete settings object (after validating it).
 * @param {StorageArea} storage
 * @param {Settings} settings
 * @returns {Promise<Settings>} what was stored
 */
export async function saveSettings(storage, settings) {
  const clean = migrateSettings(settings);
  await storage.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/**
 * Serialises read-modify-write changes of the stored settings: each change
 * sees the result of every earlier one, so two "Always allow" clicks that
 * race both land instead of one rewriting the allowlist from a stale copy.
 * The background owns the one writer; pages and content scripts send it
 * messages.
 * @param {StorageArea} storage
 */
export function createSettingsWriter(storage) {
  /** @type {Promise<unknown>} */
  let last = Promise.resolve();
  return {
    /**
     * Stores `change(current)` once the writes before it are done.
     * @param {(current: Settings) => Settings} change
     * @returns {Promise<Settings>} what was stored
     */
    update(change) {
      const write = last.then(async () => saveSettings(storage, change(await loadSettings(storage))));
      last = write.catch(() => undefined);
      return write;
    },
  };
}

/**
 * Reads the reminder state of every site.
 * @param {StorageArea} storage
 * @returns {Promise<ReminderState>}
 */
export async function loadReminderState(storage) {
  const stored = await storage.get(REMINDER_STATE_KEY);
  const value = stored?.[REMINDER_STATE_KEY];
  return isObject(value) ? value : {};
}

/**
 * Merges `patch` into one site's reminder state.
 * @param {StorageArea} storage
 * @param {string} host
 * @param {SiteReminderState} patch
 * @returns {Promise<SiteReminderState>}
 */
export async function updateReminderState(storage, host, patch) {
  const all = await loadReminderState(storage);
  const next = { ...all[host], ...patch };
  await storage.set({ [REMINDER_STATE_KEY]: { ...all, [host]: next } });
  return next;
}
