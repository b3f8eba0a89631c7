// @ts-check
/**
 * Underlines findings in a `<textarea>` without touching it.
 *
 * The text of a textarea is not in the DOM, so this lays a mirror element
 * over the field inside a closed shadow root: same box, same font and
 * wrapping styles, transparent text, and an underlined span per finding. It
 * follows the field's scrolling, resizing and position, and never receives
 * pointer events; hover and caret position on the field itself are mapped to
 * findings by hit-testing the spans. No extension APIs: the controller gives
 * it findings and callbacks.
 *
 * Host: `<scrim-overlay data-scrim-overlay data-count="N" data-length="L" [data-too-long]>`
 * (`data-length` is the length of the text the drawn findings belong to).
 */

import { createShadowHost } from './shadow-host.js';
import { SEVERITY_COLOURS } from './styles.js';

/**
 * Above this many characters nothing is drawn (laying out a mirror of a
 * megabyte of text would stall the page); the chip still counts findings
 * and the send guard still applies.
 */
export const MAX_DRAWN_CHARS = 200_000;

/** Styles copied from the field so the mirror wraps text identically. */
const MIRRORED_STYLES = [
  'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning',
  'fontFeatureSettings', 'fontVariationSettings', 'lineHeight', 'letterSpacing', 'wordSpacing',
  'textIndent', 'textTransform', 'textAlign', 'direction', 'tabSize', 'whiteSpace', 'wordBreak',
  'overflowWrap', 'hyphens', 'writingMode', 'textRendering',
];

const CSS = `
.mirror {
  position: fixed; overflow: hidden; pointer-events: none; color: transparent;
  border-color: transparent !important; background: transparent; margin: 0;
  white-space: pre-wrap; overflow-wrap: break-word;
}
.f { border-radius: 2px; text-decoration-line: underline; text-decoration-style: wavy;
  text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
.f.high { text-decoration-color: ${SEVERITY_COLOURS.high}; background: color-mix(in srgb, ${SEVERITY_COLOURS.high} 13%, transparent); }
.f.medium { text-decoration-color: ${SEVERITY_COLOURS.medium}; background: color-mix(in srgb, ${SEVERITY_COLOURS.medium} 13%, transparent); }
.f.low { text-decoration-color: ${SEVERITY_COLOURS.low}; background: color-mix(in srgb, ${SEVERITY_COLOURS.low} 10%, transparent); }
.f.active { outline: 1.5px solid currentColor; color: transparent; }
`;

/**
 * @typedef {{start: number, end: number, severity: string}} Underline
 * @typedef {{
 *   onHover(index: number|null, rect: DOMRect|null): void,
 *   onCaret(index: number|null, rect: DOMRect|null): void,
 * }} OverlayCallbacks
 */

/**
 * @param {HTMLTextAreaElement} field
 * @param {OverlayCallbacks} callbacks
 */
export function createTextareaOverlay(field, callbacks) {
  const { host, root } = createShadowHost('scrim-overlay', CSS);
  host.setAttribute('data-count', '0');
  const mirror = document.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  root.append(mirror);

  /** @type {HTMLElement[]} spans, one per underline, in order */
  let spans = [];
  let text = '';
  /** @type {Underline[]} */
  let underlines = [];
  let framePending = false;
  let activeIndex = -1;

  function syncBox() {
    const rect = field.getBoundingClientRect();
    const style = getComputedStyle(field);
    for (const name of MIRRORED_STYLES) /** @type {any} */ (mirror.style)[name] = /** @type {any} */ (style)[name];
    // The field may show a scrollbar the mirror does not have: pad it instead.
    const borderX = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borderX);
    mirror.style.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
    mirror.style.boxSizing = 'border-box';
    mirror.style.left = `${rect.left}px`;
    mirror.style.top = `${rect.top}px`;
    mirror.style.width = `${rect.width}px`;
    mirror.style.height = `${rect.height}px`;
    mirror.style.display = rect.width === 0 && rect.height === 0 ? 'none' : 'block';
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  }

  function scheduleSync() {
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(() => {
      framePending = false;
      syncBox();
    });
  }

  function render() {
    const fragment = document.createDocumentFragment();
    spans = [];
    let pos = 0;
    const tooLong = text.length > MAX_DRAWN_CHARS;
    host.toggleAttribute('data-too-long', tooLong);
    if (tooLong) {
      mirror.replaceChildren();
      host.setAttribute('data-count', '0');
      host.setAttribute('data-length', String(text.length));
      return;
    }
    for (const u of underlines) {
      if (u.start < pos || u.end > text.length) continue;
      if (u.start > pos) fragment.append(text.slice(pos, u.start));
      const span = document.createElement('span');
      span.className = `f ${u.severity}`;
      span.textContent = text.slice(u.start, u.end);
      fragment.append(span);
      spans.push(span);
      pos = u.end;
    }
    // A trailing space keeps a final empty line (text ending in "\n") measurable.
    fragment.append(text.slice(pos) + ' ');
    mirror.replaceChildren(fragment);
    host.setAttribute('data-count', String(spans.length));
    host.setAttribute('data-length', String(text.length));
    activeIndex = -1;
    syncBox();
  }

  /**
   * @param {number} x
   * @param {number} y
   * @returns {{index: number, rect: DOMRect}|null}
   */
  function hitTest(x, y) {
    for (let i = 0; i < spans.length; i++) {
      for (const rect of spans[i].getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 2) return { index: i, rect };
      }
    }
    return null;
  }

  /** @param {number} index */
  function rectOf(index) {
    const rects = spans[index]?.getClientRects();
    return rects && rects.length ? rects[rects.length - 1] : null;
  }

  /** @param {MouseEvent} event */
  const onMouseMove = (event) => {
    const hit = hitTest(event.clientX, event.clientY);
    callbacks.onHover(hit ? hit.index : null, hit ? hit.rect : null);
  };
  const onMouseLeave = () => callbacks.onHover(null, null);
  const onCaretMove = () => {
    const caret = field.selectionStart ?? -1;
    const collapsed = field.selectionStart === field.selectionEnd;
    const index = collapsed ? underlines.findIndex((u) => caret > u.start && caret < u.end) : -1;
    if (index === -1) callbacks.onCaret(null, null);
    else {
      syncBox();
      callbacks.onCaret(index, rectOf(index));
    }
  };
  const onKeyUp = (/** @type {KeyboardEvent} */ event) => {
    if (event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End') onCaretMove();
  };

  const resizeObserver = new ResizeObserver(scheduleSync);
  resizeObserver.observe(field);
  field.addEventListener('scroll', scheduleSync, { passive: true });
  field.addEventListener('mousemove', onMouseMove, { passive: true });
  field.addEventListener('mouseleave', onMouseLeave, { passive: true });
  field.addEventListener('keyup', onKeyUp);
  field.addEventListener('click', onCaretMove);
  field.addEventListener('focus', onCaretMove);
  window.addEventListener('scroll', scheduleSync, { capture: true, passive: true });
  window.addEventListener('resize', scheduleSync, { passive: true });

  return {
    host,
    /**
     * Draws underlines for `newText` (the field's current value).
     * @param {string} newText
     * @param {Underline[]} newUnderlines sorted, non-overlapping
     */
    update(newText, newUnderlines) {
      text = newText;
      underlines = newUnderlines;
      render();
    },
    /** Re-reads the field's position and scroll (after layout changes). */
    sync: scheduleSync,
    /** @param {number} index */
    rectOf,
    /** Marks one underline as the one a card is open for (-1 for none). @param {number} index */
    setActive(index) {
      if (activeIndex >= 0) spans[activeIndex]?.classList.remove('active');
      activeIndex = index;
      if (index >= 0) spans[index]?.classList.add('active');
    },
    destroy() {
      resizeObserver.disconnect();
      field.removeEventListener('scroll', scheduleSync);
      field.removeEventListener('mousemove', onMouseMove);
      field.removeEventListener('mouseleave', onMouseLeave);
      field.removeEventListener('keyup', onKeyUp);
      field.removeEventListener('click', onCaretMove);
      field.removeEventListener('focus', onCaretMove);
      window.removeEventListener('scroll', scheduleSync, { capture: true });
      window.removeEventListener('resize', scheduleSync);
      host.remove();
    },
  };
}
