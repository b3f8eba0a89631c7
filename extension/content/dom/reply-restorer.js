// @ts-check
/**
 * Restores masked values in the assistant's replies, locally.
 *
 * When a reply contains placeholders from this conversation's vault
 * (`[EMAIL_1]` …), the text nodes are rewritten in place with the original
 * values — only their text, so the page's framework keeps its nodes — and the
 * restored stretches are marked with the CSS Custom Highlight API (no
 * wrapper elements). A MutationObserver re-applies this whenever the site
 * re-renders. Copying: a selection copy already carries the restored text;
 * the site's copy button, which copies from the site's own state, is
 * followed by writing the restored text to the clipboard. No extension APIs:
 * the vault comes from a callback.
 *
 * Each restored reply container gets `data-scrim-restored="N"` (N values).
 */

const HIGHLIGHT = 'scrim-restored';
const PLACEHOLDER = /\[[A-Z][A-Z0-9_]*_\d+\]/g;

/**
 * Replaces every placeholder of `vault` in `text`.
 * @param {string} text
 * @param {Record<string, string>} vault placeholder → original
 * @returns {{text: string, spans: {start: number, end: number}[]}} spans of restored values
 */
export function restorePlaceholders(text, vault) {
  /** @type {{start: number, end: number}[]} */
  const spans = [];
  let out = '';
  let pos = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const original = vault[match[0]];
    if (original === undefined || match.index === undefined) continue;
    out += text.slice(pos, match.index);
    spans.push({ start: out.length, end: out.length + original.length });
    out += original;
    pos = match.index + match[0].length;
  }
  return { text: out + text.slice(pos), spans };
}

/**
 * @param {{
 *   replyContainers(): Element[],
 *   copyTarget(target: EventTarget|null): Element|null,
 *   vault(): Record<string, string>,
 *   writeClipboard(text: string): Promise<void>,
 * }} options
 */
export function createReplyRestorer({ replyContainers, copyTarget, vault, writeClipboard }) {
  /** @type {WeakMap<Text, {start: number, end: number}[]>} restored spans per text node */
  const marked = new WeakMap();
  const highlightApi = typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
  const highlight = highlightApi ? new Highlight() : null;
  let styled = false;
  let queued = false;

  function ensureStyle() {
    if (styled || !highlight) return;
    styled = true;
    CSS.highlights.set(HIGHLIGHT, highlight);
    const style = document.createElement('style');
    style.setAttribute('data-scrim-style', '');
    style.textContent = `::highlight(${HIGHLIGHT}) { background-color: rgba(46, 160, 67, 0.22); text-decoration: underline dotted rgb(46, 160, 67); }`;
    (document.head ?? document.documentElement).append(style);
  }

  function apply() {
    const current = vault();
    if (!Object.keys(current).length) return;
    for (const container of replyContainers()) {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      let restoredHere = Number(container.getAttribute('data-scrim-restored') ?? 0);
      for (let node = /** @type {Text|null} */ (walker.nextNode()); node; node = /** @type {Text|null} */ (walker.nextNode())) {
        if (!node.data.includes('[')) continue;
        const result = restorePlaceholders(node.data, current);
        if (!result.spans.length) continue;
        node.data = result.text;
        marked.set(node, [...(marked.get(node) ?? []), ...result.spans]);
        restoredHere += result.spans.length;
        if (highlight) {
          ensureStyle();
          for (const span of result.spans) {
            const range = new Range();
            range.setStart(node, span.start);
            range.setEnd(node, span.end);
            highlight.add(range);
          }
        }
      }
      if (restoredHere) container.setAttribute('data-scrim-restored', String(restoredHere));
    }
  }

  function schedule() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      apply();
    });
  }

  const observer = new MutationObserver(schedule);

  /** @param {MouseEvent} event */
  function onClick(event) {
    const reply = copyTarget(event.target);
    if (!reply) return;
    // The site copies from its own state (with placeholders); write the restored text after it.
    setTimeout(() => {
      const restored = restorePlaceholders(/** @type {HTMLElement} */ (reply).innerText ?? reply.textContent ?? '', vault()).text;
      writeClipboard(restored).catch(() => {});
    }, 120);
  }

  /** @param {ClipboardEvent} event a copy whose data the page set itself */
  function onCopy(event) {
    const data = event.clipboardData;
    const set = data?.getData('text/plain');
    if (!data || !set || !set.includes('[')) return;
    const restored = restorePlaceholders(set, vault());
    if (restored.spans.length) {
      data.setData('text/plain', restored.text);
      event.preventDefault();
    }
  }

  return {
    start() {
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      window.addEventListener('click', onClick, true);
      window.addEventListener('copy', onCopy, false);
      schedule();
    },
    /** Re-applies after the vault changed. */
    refresh: schedule,
  };
}
