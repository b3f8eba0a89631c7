// @ts-check
// The popup's and options page's text: every message they ask for exists,
// every popup_/options_/facts_ message is asked for somewhere, and the
// placeholders would load in Chrome and Firefox.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CATEGORIES } from '../../extension/shared/settings.js';
import { SITE_FACTS } from '../../extension/shared/site-facts.js';
import { messages } from './messages-fixture.mjs';

const read = (/** @type {string} */ path) => readFileSync(new URL(`../../extension/${path}`, import.meta.url), 'utf8');

const html = ['popup/popup.html', 'options/options.html'].map(read).join('\n');
const js = ['popup/popup.js', 'popup/popup-view.js', 'options/options.js'].map(read).join('\n');

/** Keys named literally in the pages and scripts. */
const literal = new Set([
  ...[...html.matchAll(/data-i18n(?:-placeholder)?="([^"]+)"/g)].map((m) => m[1]),
  ...[...js.matchAll(/['`]((?:popup|options|facts)_[a-z0-9_]+)['`]/g)].map((m) => m[1]),
]);

/** Keys the scripts build from a prefix and a known set of endings. */
const built = new Set([
  ...CATEGORIES.map((c) => `category_${c}`),
  ...['empty', 'duplicate'].map((e) => `options_list_error_${e}`),
  ...['name_empty', 'name_duplicate', 'pattern_empty'].map((e) => `options_pattern_error_${e}`),
]);

const factKeys = new Set([
  ...Object.values(SITE_FACTS).flatMap((f) => [f.nameKey, f.toggleNameKey, ...f.toggleSteps, ...f.factKeys]),
  'facts_toggle_location',
  'facts_deletion_subject',
  'facts_deletion_body',
]);

test('every message the popup and options page ask for exists', () => {
  const missing = [...literal, ...built].filter((key) => !messages[key]);
  assert.deepEqual(missing, []);
});

test('the templated keys really are built from those prefixes', () => {
  assert.match(js, /`category_\$\{category\}`/);
  assert.match(js, /`options_list_error_\$\{result\.error\}`/);
  assert.match(js, /`options_pattern_error_\$\{error\}`/);
});

test('no popup_, options_ or facts_ message is left unused', () => {
  const unused = Object.keys(messages).filter(
    (key) => /^(popup|options|facts)_/.test(key) && !literal.has(key) && !built.has(key) && !factKeys.has(key),
  );
  assert.deepEqual(unused, []);
});

test('every $NAME$ in a message has a placeholder, and every placeholder is used', () => {
  for (const [key, entry] of Object.entries(messages)) {
    assert.match(key, /^[A-Za-z0-9_@]+$/, `${key} is a valid message name`);
    const used = new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()));
    const declared = new Set(Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()));
    assert.deepEqual([...used].sort(), [...declared].sort(), key);
  }
});
