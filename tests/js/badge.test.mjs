// The toolbar badge (extension/background/badge.js): "!" when a tab is not
// protected, the count of findings otherwise, nothing when off or clean.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BADGE_COLORS, badgeFor } from '../../extension/background/badge.js';
import { t } from './messages-fixture.mjs';

/** @param {any} state @param {number} total @param {string|null} [reason] */
const status = (state, total, reason = null) => ({ site: 'chatgpt.com', state, reason, counts: { total, byCategory: {} } });

test('not protected shows a red "!" and the reason in the title', () => {
  const badge = badgeFor(status('not_protected', 3, 'the detection engine failed to load (boom)'), t);
  assert.deepEqual(badge, {
    text: '!',
    color: BADGE_COLORS.notProtected,
    title: 'Scrim: not protected — the detection engine failed to load (boom)',
  });
});

test('findings are counted, capped at 99+', () => {
  assert.deepEqual(badgeFor(status('protected', 1), t), { text: '1', color: BADGE_COLORS.findings, title: 'Scrim: 1 finding' });
  assert.equal(badgeFor(status('protected', 7), t).title, 'Scrim: 7 findings');
  assert.equal(badgeFor(status('protected', 250), t).text, '99+');
});

test('a clean, switched-off or unknown tab has no badge', () => {
  for (const s of [status('protected', 0), status('disabled', 4), undefined]) {
    assert.equal(badgeFor(s, t).text, '');
    assert.equal(badgeFor(s, t).color, null);
  }
});
