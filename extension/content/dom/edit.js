// @ts-check
/**
 * Writing text back into the page's composer the way its framework expects:
 * for a textarea the native `value` setter (bypassing React's instance
 * override) plus a bubbling `input` event, so React's state follows. No
 * extension APIs.
 */

/**
 * Replaces the whole value of a textarea/input and notifies the framework.
 * @param {HTMLTextAreaElement|HTMLInputElement} field
 * @param {string} value
 * @param {number} [caret] where to put the caret afterwards (default: end)
 */
export function setFieldValue(field, value, caret = value.length) {
  const proto = Object.getPrototypeOf(field);
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set
    ?? Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.setSelectionRange(caret, caret);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Inserts text at the current selection of a textarea/input.
 * @param {HTMLTextAreaElement|HTMLInputElement} field
 * @param {string} text
 * @returns {{start: number, end: number, before: string}} where it went and the previous value
 */
export function insertIntoField(field, text) {
  const before = field.value;
  const start = field.selectionStart ?? before.length;
  const end = field.selectionEnd ?? start;
  setFieldValue(field, before.slice(0, start) + text + before.slice(end), start + text.length);
  return { start, end: start + text.length, before };
}
