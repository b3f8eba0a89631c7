// @ts-check
/**
 * Reading and creating paste events across the content-script boundary.
 *
 * In Firefox a content script sees page objects through Xray wrappers, and a
 * DataTransfer only yields its data to the principal that filled it: text
 * put on a paste event by the page is invisible to the content script, and
 * text Scrim puts on an event is invisible to the page. So in Firefox both
 * are done through the page's own view (`wrappedJSObject`), and a constructed
 * event gets its data from Firefox's `dataType`/`data` init members (it
 * ignores `clipboardData`). Chrome needs nothing of the sort. No extension APIs.
 */

/**
 * @param {ClipboardEvent} event
 * @returns {string} the plain text the paste carries
 */
export function pastedText(event) {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (text) return text;
  const page = /** @type {any} */ (event).wrappedJSObject;
  return page?.clipboardData?.getData('text/plain') ?? '';
}

/**
 * A bubbling, cancelable `paste` event whose clipboard data the page can read.
 * @param {string} text
 * @returns {ClipboardEvent}
 */
export function pasteEventFor(text) {
  const page = /** @type {any} */ (window).wrappedJSObject;
  const clone = /** @type {any} */ (globalThis).cloneInto;
  if (page && typeof clone === 'function') {
    // Firefox fills a constructed event's clipboardData from the
    // (non-standard) dataType/data members, in the page's compartment.
    const init = clone({ bubbles: true, cancelable: true, composed: true, dataType: 'text/plain', data: text }, page);
    return new page.ClipboardEvent('paste', init);
  }
  const transfer = new DataTransfer();
  transfer.setData('text/plain', text);
  return new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true, composed: true });
}
