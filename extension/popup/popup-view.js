// @ts-check
/**
 * What the popup says, as pure functions of what the background reports:
 * the protection state of the tab, its findings by category, and the state
 * of the site's model-training switch. Each returns message keys and
 * substitutions (never text), so the popup looks them up and node can test
 * the decisions without an extension runtime.
 *
 * Talks to: nobody. Used by popup/popup.js.
 */

import { CATEGORIES } from '../shared/settings.js';

/**
 * @typedef {import('../shared/protocol.js').TabStatus} TabStatus
 * @typedef {import('../shared/protocol.js').TrainingStatus} TrainingStatus
 * @typedef {'good' | 'warn' | 'off' | 'neutral'} Tone
 * @typedef {{tone: Tone, key: string, substitutions?: string[]}} Line
 */

/**
 * The headline for the tab: protected, not protected (with the reason the
 * content script gave, shown as written and never hidden), switched off, or
 * a page Scrim does not run on.
 * @param {TabStatus} status
 * @returns {{headline: Line, reason: string | null}}
 */
export function protectionView(status) {
  switch (status.state) {
    case 'protected':
      return { headline: { tone: 'good', key: 'popup_state_protected' }, reason: null };
    case 'disabled':
      return { headline: { tone: 'off', key: 'popup_state_disabled' }, reason: null };
    case 'not_protected':
      return { headline: { tone: 'warn', key: 'popup_state_not_protected' }, reason: status.reason || null };
    default:
      return { headline: { tone: 'neutral', key: 'popup_state_unsupported' }, reason: null };
  }
}

/**
 * The findings on the tab, one row per category with at least one, in the
 * order categories are shown everywhere else.
 * @param {TabStatus['counts'] | null | undefined} counts
 * @returns {{category: string, count: number}[]}
 */
export function findingRows(counts) {
  const byCategory = counts?.byCategory ?? {};
  const known = CATEGORIES.filter((c) => (byCategory[c] ?? 0) > 0);
  const unknown = Object.keys(byCategory)
    .filter((c) => !CATEGORIES.includes(c) && byCategory[c] > 0)
    .sort();
  return [...known, ...unknown].map((category) => ({ category, count: byCategory[category] }));
}

/**
 * What to say about the site's model-training switch: its state as Scrim
 * last read it on the page, when, and when the user said they turned it off.
 * @param {TrainingStatus | null} training null when the background could not tell
 * @param {(time: number) => string} formatDate
 * @returns {Line[]}
 */
export function trainingLines(training, formatDate) {
  /** @type {Line[]} */
  const lines = [];
  const state = training?.state ?? 'unknown';
  if (state === 'on') lines.push({ tone: 'warn', key: 'popup_training_on' });
  else if (state === 'off') lines.push({ tone: 'good', key: 'popup_training_off' });
  else lines.push({ tone: 'neutral', key: 'popup_training_unknown' });
  if (state !== 'unknown' && training?.checkedAt) {
    lines.push({ tone: 'neutral', key: 'popup_training_checked', substitutions: [formatDate(training.checkedAt)] });
  }
  if (training?.confirmedAt) {
    lines.push({ tone: 'neutral', key: 'popup_training_confirmed', substitutions: [formatDate(training.confirmedAt)] });
  }
  return lines;
}
