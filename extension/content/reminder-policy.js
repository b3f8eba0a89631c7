// @ts-check
/**
 * When the training-toggle reminder banner is due. Pure; used by main.js.
 *
 * The banner shows on the first visit and again every 30 days after it was
 * dismissed, until the user says they turned training off; "Remind me
 * later" snoozes it for 7 days.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
export const REPEAT_AFTER_MS = 30 * DAY_MS;
export const SNOOZE_MS = 7 * DAY_MS;

/**
 * @param {import('../shared/settings.js').SiteReminderState} state
 * @param {number} now epoch ms
 * @param {boolean} enabled the user's reminder setting
 */
export function isReminderDue(state, now, enabled) {
  if (!enabled || state.confirmedAt) return false;
  if (state.snoozedUntil && now < state.snoozedUntil) return false;
  if (state.dismissedAt && now - state.dismissedAt < REPEAT_AFTER_MS) return false;
  return true;
}
