// @ts-check
// What the popup says about a tab (extension/popup/popup-view.js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingRows, protectionView, trainingLines } from '../../extension/popup/popup-view.js';
import { messages } from './messages-fixture.mjs';

const counts = { total: 0, byCategory: {} };

test('each protection state has its own headline, and every headline has a message', () => {
  const states = /** @type {const} */ (['protected', 'not_protected', 'disabled', 'unsupported']);
  const keys = states.map((state) => protectionView({ site: 'chat.deepseek.com', state, reason: null, counts }).headline.key);
  assert.equal(new Set(keys).size, 4);
  for (const key of keys) assert.ok(messages[key], key);
  assert.equal(protectionView({ site: null, state: 'unsupported', reason: null, counts }).headline.tone, 'neutral');
  assert.equal(protectionView({ site: 'x', state: 'protected', reason: null, counts }).headline.tone, 'good');
});

test('"not protected" is never shown as good and keeps the reason', () => {
  const view = protectionView({ site: 'chat.deepseek.com', state: 'not_protected', reason: 'Composer not found', counts });
  assert.equal(view.headline.tone, 'warn');
  assert.equal(view.reason, 'Composer not found');
  assert.equal(protectionView({ site: 'x', state: 'not_protected', reason: '', counts }).reason, null);
  assert.equal(protectionView({ site: 'x', state: 'protected', reason: 'stale', counts }).reason, null);
});

test('findings are listed in category display order, zero counts left out', () => {
  const rows = findingRows({ total: 6, byCategory: { credential: 2, email: 3, phone: 0, custom: 1 } });
  assert.deepEqual(rows, [
    { category: 'email', count: 3 },
    { category: 'credential', count: 2 },
    { category: 'custom', count: 1 },
  ]);
});

test('categories the popup does not know are still counted, after the known ones', () => {
  const rows = findingRows({ total: 3, byCategory: { zeta: 1, email: 1, alpha: 1 } });
  assert.deepEqual(rows.map((r) => r.category), ['email', 'alpha', 'zeta']);
});

test('missing counts mean no rows', () => {
  assert.deepEqual(findingRows(undefined), []);
  assert.deepEqual(findingRows(null), []);
  assert.deepEqual(findingRows(counts), []);
});

const format = (/** @type {number} */ time) => `day ${time}`;

test('training on is a warning, with when it was seen', () => {
  assert.deepEqual(trainingLines({ state: 'on', checkedAt: 5, confirmedAt: null }, format), [
    { tone: 'warn', key: 'popup_training_on' },
    { tone: 'neutral', key: 'popup_training_checked', substitutions: ['day 5'] },
  ]);
});

test("training off, with the user's own confirmation", () => {
  assert.deepEqual(trainingLines({ state: 'off', checkedAt: 7, confirmedAt: 3 }, format), [
    { tone: 'good', key: 'popup_training_off' },
    { tone: 'neutral', key: 'popup_training_checked', substitutions: ['day 7'] },
    { tone: 'neutral', key: 'popup_training_confirmed', substitutions: ['day 3'] },
  ]);
});

test('an unknown state, or no answer, says Scrim has not seen the switch', () => {
  assert.deepEqual(trainingLines({ state: 'unknown', checkedAt: null, confirmedAt: null }, format), [
    { tone: 'neutral', key: 'popup_training_unknown' },
  ]);
  assert.deepEqual(trainingLines(null, format), [{ tone: 'neutral', key: 'popup_training_unknown' }]);
});

test('every training line key has a message', () => {
  for (const training of [
    { state: /** @type {const} */ ('on'), checkedAt: 1, confirmedAt: 1 },
    { state: /** @type {const} */ ('off'), checkedAt: 1, confirmedAt: 1 },
  ]) {
    for (const line of trainingLines(training, format)) assert.ok(messages[line.key], line.key);
  }
});
