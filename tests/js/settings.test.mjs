// Unit tests for extension/shared/settings.js: defaults, migration of odd
// stored values, patches, the engine policy, and load/save through a fake
// storage area.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CATEGORIES,
  REMINDER_STATE_KEY,
  SETTINGS_KEY,
  SUPPORTED_SITES,
  applySettingsPatch,
  createSettingsWriter,
  defaultSettings,
  isSiteEnabled,
  loadReminderState,
  loadSettings,
  migrateSettings,
  saveSettings,
  toEnginePolicy,
  updateReminderState,
} from '../../extension/shared/settings.js';

/** A storage.local stand-in with the promise API. */
function fakeStorage(initial = {}) {
  /** @type {Record<string, any>} */
  const data = structuredClone(initial);
  return {
    data,
    async get(/** @type {string|string[]} */ keys) {
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(/** @type {Record<string, any>} */ items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(/** @type {string|string[]} */ keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

test('defaults: everything on, balanced, credentials strict, all four sites', () => {
  const d = defaultSettings();
  assert.equal(d.enabled, true);
  assert.equal(d.sensitivity, 'balanced');
  assert.deepEqual(Object.keys(d.categories), [...CATEGORIES]);
  assert.ok(Object.values(d.categories).every((on) => on === true));
  assert.deepEqual(Object.keys(d.sites), [...SUPPORTED_SITES]);
  assert.deepEqual(d.strictCategories, ['credential']);
  assert.deepEqual(d.reminders, { enabled: true });
  assert.equal(CATEGORIES.length, 13);
});

test('migrate: garbage and partial objects become complete valid settings', () => {
  assert.deepEqual(migrateSettings(null), defaultSettings());
  assert.deepEqual(migrateSettings('nonsense'), defaultSettings());
  const migrated = migrateSettings({
    sensitivity: 'paranoid',
    categories: { email: false, bogus: true },
    allowlist: ['a@b.c', '', 'a@b.c', 42],
    customPatterns: [{ name: 'ticket', pattern: 'T-\\d+' }, { name: 'bad' }, { name: 'x', pattern: '' }],
    strictCategories: ['credential', 'not_a_category', 'payment_card'],
    sites: { 'chat.deepseek.com': { enabled: false }, 'chatgpt.com': 'yes' },
    unknownKey: 1,
  });
  assert.equal(migrated.sensitivity, 'balanced');
  assert.equal(migrated.categories.email, false);
  assert.equal(/** @type {any} */ (migrated.categories).bogus, undefined);
  assert.deepEqual(migrated.allowlist, ['a@b.c']);
  assert.deepEqual(migrated.customPatterns, [{ name: 'ticket', pattern: 'T-\\d+' }]);
  assert.deepEqual(migrated.strictCategories, ['credential', 'payment_card']);
  assert.equal(migrated.sites['chat.deepseek.com'].enabled, false);
  assert.equal(migrated.sites['chatgpt.com'].enabled, true);
  assert.equal(/** @type {any} */ (migrated).unknownKey, undefined);
});

test('patch: nested maps merge key by key, lists are replaced', () => {
  const base = applySettingsPatch(defaultSettings(), { allowlist: ['x'] });
  const next = applySettingsPatch(base, {
    sites: { 'claude.ai': { enabled: false } },
    categories: { phone: false },
    allowlist: ['y'],
    sensitivity: 'strict',
  });
  assert.equal(next.sites['claude.ai'].enabled, false);
  assert.equal(next.sites['chat.deepseek.com'].enabled, true);
  assert.equal(next.categories.phone, false);
  assert.equal(next.categories.email, true);
  assert.deepEqual(next.allowlist, ['y']);
  assert.equal(next.sensitivity, 'strict');
});

test('engine policy uses the core\'s field names', () => {
  const settings = applySettingsPatch(defaultSettings(), {
    customTerms: ['Project Falcon'],
    customPatterns: [{ name: 'ticket', pattern: 'T-\\d+' }],
    allowlist: ['me@example.com'],
  });
  assert.deepEqual(toEnginePolicy(settings), {
    sensitivity: 'balanced',
    categories: settings.categories,
    allowlist: ['me@example.com'],
    custom_terms: ['Project Falcon'],
    custom_patterns: [{ name: 'ticket', pattern: 'T-\\d+' }],
  });
});

test('site switch: global off or site off disables the site', () => {
  const d = defaultSettings();
  assert.equal(isSiteEnabled(d, 'chat.deepseek.com'), true);
  assert.equal(isSiteEnabled(applySettingsPatch(d, { enabled: false }), 'chat.deepseek.com'), false);
  assert.equal(isSiteEnabled(applySettingsPatch(d, { sites: { 'chat.deepseek.com': { enabled: false } } }), 'chat.deepseek.com'), false);
});

test('load/save/update go through one storage key and store clean values', async () => {
  const storage = fakeStorage({ [SETTINGS_KEY]: { sensitivity: 'relaxed' } });
  assert.equal((await loadSettings(storage)).sensitivity, 'relaxed');
  await createSettingsWriter(storage).update((s) => applySettingsPatch(s, { sensitivity: 'strict', allowlist: ['a', 'a'] }));
  assert.equal(storage.data[SETTINGS_KEY].sensitivity, 'strict');
  assert.deepEqual(storage.data[SETTINGS_KEY].allowlist, ['a']);
  await saveSettings(storage, defaultSettings());
  assert.deepEqual(storage.data[SETTINGS_KEY], defaultSettings());
});

test('the settings writer applies racing changes in order, each on the result of the last', async () => {
  const storage = fakeStorage();
  const writer = createSettingsWriter(storage);
  const append = (/** @type {string} */ value) =>
    writer.update((s) => applySettingsPatch(s, { allowlist: [...s.allowlist, value] }));
  const results = await Promise.all([append('first'), append('second'), append('third')]);
  assert.deepEqual(storage.data[SETTINGS_KEY].allowlist, ['first', 'second', 'third']);
  assert.deepEqual(results[0].allowlist, ['first']);
  // A change that throws does not block the ones queued after it.
  await assert.rejects(writer.update(() => { throw new Error('bad change'); }), /bad change/);
  assert.deepEqual((await append('fourth')).allowlist, ['first', 'second', 'third', 'fourth']);
});

test('reminder state is kept per site under its own key', async () => {
  const storage = fakeStorage();
  assert.deepEqual(await loadReminderState(storage), {});
  await updateReminderState(storage, 'chat.deepseek.com', { lastShownAt: 1 });
  await updateReminderState(storage, 'chat.deepseek.com', { confirmedAt: 2 });
  await updateReminderState(storage, 'claude.ai', { snoozedUntil: 3 });
  assert.deepEqual(storage.data[REMINDER_STATE_KEY], {
    'chat.deepseek.com': { lastShownAt: 1, confirmedAt: 2 },
    'claude.ai': { snoozedUntil: 3 },
  });
});
