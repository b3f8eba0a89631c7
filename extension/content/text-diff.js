// @ts-check
/**
 * Keeps findings aligned with the text while a new scan is on its way.
 *
 * When the user types, the previous findings' offsets go stale. Rather than
 * hiding every underline until the background answers (which flickers), the
 * controller shifts the findings that lie wholly before or after the edited
 * region and drops the ones the edit touched. Pure; used by controller.js.
 */

/**
 * The single edited region between two strings: the common prefix length and
 * the lengths of the common suffix that does not overlap it.
 * @param {string} before
 * @param {string} after
 * @returns {{start: number, removedEnd: number, insertedEnd: number}}
 *   edited region is [start, removedEnd) in `before` and [start, insertedEnd) in `after`
 */
export function diffRegion(before, after) {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (
    suffix < max - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start, removedEnd: before.length - suffix, insertedEnd: after.length - suffix };
}

/**
 * Moves findings computed on `before` onto `after`.
 * @template {{start: number, end: number}} F
 * @param {string} before
 * @param {string} after
 * @param {F[]} findings sorted, computed on `before`
 * @returns {F[]} findings still valid on `after`, offsets adjusted
 */
export function shiftFindings(before, after, findings) {
  if (before === after) return findings;
  const { start, removedEnd, insertedEnd } = diffRegion(before, after);
  const delta = insertedEnd - removedEnd;
  /** @type {F[]} */
  const out = [];
  for (const finding of findings) {
    if (finding.end < start) out.push(finding);
    else if (finding.start > removedEnd) out.push({ ...finding, start: finding.start + delta, end: finding.end + delta });
    // anything touching the edit is dropped until the fresh scan arrives
  }
  return out;
}
