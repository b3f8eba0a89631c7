// @ts-check
/**
 * The toolbar badge of a tab, from the status its content script reported:
 * a red "!" when Scrim is not protecting the tab (engine failed, composer not
 * found or not understood), the number of unmasked findings otherwise, and
 * nothing when the site is switched off or has nothing flagged. The title
 * says the same in words, so the state is visible without opening the popup.
 *
 * Pure: the background applies the result with `action.setBadge*`.
 */

/** Badge colours: not protected, findings waiting. */
export const BADGE_COLORS = Object.freeze({ notProtected: '#c62828', findings: '#b26a00' });

/**
 * @param {import('../shared/protocol.js').TabStatus|undefined} status
 * @param {(key: string, subs?: string[]) => string} t
 * @returns {{text: string, color: string|null, title: string}}
 */
export function badgeFor(status, t) {
  const name = t('extensionName') || 'Scrim';
  if (!status) return { text: '', color: null, title: name };
  if (status.state === 'not_protected') {
    return { text: '!', color: BADGE_COLORS.notProtected, title: t('chipNotProtected', [status.reason ?? '']) };
  }
  const total = status.state === 'protected' ? status.counts.total : 0;
  if (total > 0) {
    return {
      text: total > 99 ? '99+' : String(total),
      color: BADGE_COLORS.findings,
      title: total === 1 ? t('chipOneFinding') : t('chipFindings', [String(total)]),
    };
  }
  return { text: '', color: null, title: name };
}
