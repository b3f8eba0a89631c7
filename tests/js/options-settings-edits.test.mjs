// @ts-check
// Settings edits from the options page and popup (extension/shared/settings-edits.js),
// applied through the real patch logic of extension/shared/settings.js.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addListEntry,
  categoryPatch,
  checkPatternEntry,
  remindersPatch,
  removeAt,
  sensitivityPatch,
  siteEnabledPatch,
  strictCategoryPatch,
} from '../../extension/shared/settings-edits.js';
import { applySettingsPatch, defaultSettings } from '../../extension/shared/settings.js';

test('a site switch changes that site only', () => {
  const settings = applySettingsPatch(defaultSettings(), siteEnabledPatch('claude.ai', false));
  assert.equal(settings.sites['claude.ai'].enabled, false);
  assert.equal(settings.sites['chat.deepseek.com'].enabled, true);
  assert.equal(settings.enabled, true);
  const back = applySettingsPatch(settings, siteEnabledPatch('claude.ai', true));
  assert.deepEqual(back, defaultSettings());
});

test('sensitivity accepts the three levels and refuses anything else', () => {
  for (const level of ['relaxed', 'balanced', 'strict']) {
    assert.equal(applySettingsPatch(defaultSettings(), sensitivityPatch(level)).sensitivity, level);
  }
  assert.throws(() => sensitivityPatch('paranoid'), RangeError);
});

test('a category switch changes that category only', () => {
  const settings = applySettingsPatch(defaultSettings(), categoryPatch('person_name', false));
  assert.equal(settings.categories.person_name, false);
  assert.equal(Object.values(settings.categories).filter((on) => !on).length, 1);
});

test('strict categories stay in display order and without duplicates', () => {
  let settings = defaultSettings();
  assert.deepEqual(settings.strictCategories, ['credential']);
  settings = applySettingsPatch(settings, strictCategoryPatch(settings, 'payment_card', true));
  settings = applySettingsPatch(settings, strictCategoryPatch(settings, 'email', true));
  settings = applySettingsPatch(settings, strictCategoryPatch(settings, 'email', true));
  assert.deepEqual(settings.strictCategories, ['email', 'payment_card', 'credential']);
  settings = applySettingsPatch(settings, strictCategoryPatch(settings, 'credential', false));
  assert.deepEqual(settings.strictCategories, ['email', 'payment_card']);
});

test('the reminder switch keeps the rest of the settings', () => {
  const settings = applySettingsPatch(defaultSettings(), remindersPatch(false));
  assert.deepEqual(settings.reminders, { enabled: false });
  assert.equal(settings.sensitivity, 'balanced');
});

test('list entries are trimmed; empty and duplicate entries are refused', () => {
  assert.deepEqual(addListEntry([], '  Project Falcon '), { list: ['Project Falcon'], error: null });
  const list = ['Project Falcon'];
  assert.deepEqual(addListEntry(list, '   '), { list, error: 'empty' });
  assert.deepEqual(addListEntry(list, 'Project Falcon '), { list, error: 'duplicate' });
  assert.deepEqual(addListEntry(list, 'project falcon'), { list: ['Project Falcon', 'project falcon'], error: null });
});

test('removeAt removes one entry and leaves the input alone', () => {
  const list = ['a', 'b', 'c'];
  assert.deepEqual(removeAt(list, 1), ['a', 'c']);
  assert.deepEqual(removeAt(list, 7), ['a', 'b', 'c']);
  assert.deepEqual(list, ['a', 'b', 'c']);
});

test('an edited list goes through the settings patch whole', () => {
  const settings = { ...defaultSettings(), customTerms: ['alpha', 'beta'] };
  const next = applySettingsPatch(settings, { customTerms: removeAt(settings.customTerms, 0) });
  assert.deepEqual(next.customTerms, ['beta']);
});

test('a custom pattern needs a unique name and a pattern; the pattern is kept as typed', () => {
  const patterns = [{ name: 'Ticket', pattern: 'TCK-\\d+' }];
  assert.deepEqual(checkPatternEntry(patterns, { name: '  Employee ID ', pattern: ' EMP\\d{6} ' }), {
    entry: { name: 'Employee ID', pattern: ' EMP\\d{6} ' },
    error: null,
  });
  assert.equal(checkPatternEntry(patterns, { name: ' ', pattern: 'x' }).error, 'name_empty');
  assert.equal(checkPatternEntry(patterns, { name: 'Ticket ', pattern: 'x' }).error, 'name_duplicate');
  assert.equal(checkPatternEntry(patterns, { name: 'Other', pattern: '  ' }).error, 'pattern_empty');
});
