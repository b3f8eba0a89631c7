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
import { diffRegion, shiftFindings } from '../text-diff.js';

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
  /**
   * The mirror's content as drawn: alternating plain-text nodes and underline
   * spans covering the text, each with its offsets.
   * @type {{node: Text|HTMLElement, start: number, end: number, plain: boolean}[]}
   */
  let segments = [];
  /** Keeps a final empty line (text ending in "\n") measurable. */
  const tailSpace = document.createTextNode(' ');
  let text = '';
  /** @type {Underline[]} */
  let underlines = [];
  /** What is drawn now (may lag `text` by up to one frame). */
  let drawnText = '';
  /** @type {Underline[]} */
  let drawnUnderlines = [];
  let renderPending = false;
  let syncPending = false;
  let activeIndex = -1;

  let styleSignature = '';

  /** Copies the field's layout-affecting styles when they changed (attach, resize, restyle). */
  function syncStyles() {
    const style = getComputedStyle(field);
    const values = MIRRORED_STYLES.map((name) => /** @type {any} */ (style)[name]);
    const signature = `${values.join('|')}|${field.offsetWidth - field.clientWidth}`;
    if (signature === styleSignature) return;
    styleSignature = signature;
    MIRRORED_STYLES.forEach((name, i) => {
      /** @type {any} */ (mirror.style)[name] = values[i];
    });
    // The field may show a scrollbar the mirror does not have: pad it instead.
    const borderX = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borderX);
    mirror.style.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
    mirror.style.boxSizing = 'border-box';
  }

  /** Lays the mirror over the field's current box and scroll position. */
  function syncPosition() {
    const rect = field.getBoundingClientRect();
    mirror.style.left = `${rect.left}px`;
    mirror.style.top = `${rect.top}px`;
    mirror.style.width = `${rect.width}px`;
    mirror.style.height = `${rect.height}px`;
    mirror.style.display = rect.width === 0 && rect.height === 0 ? 'none' : 'block';
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  }

  function syncBox() {
    syncStyles();
    syncPosition();
  }

  function scheduleSync() {
    if (syncPending) return;
    syncPending = true;
    requestAnimationFrame(() => {
      syncPending = false;
      syncBox();
    });
  }

  let positionPending = false;
  /** Scrolling only moves things: no style work. */
  function schedulePosition() {
    if (positionPending) return;
    positionPending = true;
    requestAnimationFrame(() => {
      positionPending = false;
      syncPosition();
    });
  }

  /** @param {Underline[]} a @param {Underline[]} b */
  function sameUnderlines(a, b) {
    return a.length === b.length && a.every((u, i) => u.start === b[i].start && u.end === b[i].end && u.severity === b[i].severity);
  }

  /**
   * Applies a text edit to the one plain-text node it falls in, when the
   * underlines merely moved with it. Keeps the rest of the mirror (and the
   * browser's layout caches for it) untouched; returns false when a full
   * rebuild is needed.
   */
  function patch() {
    if (!sameUnderlines(shiftFindings(drawnText, text, drawnUnderlines), underlines)) return false;
    const { start, removedEnd, insertedEnd } = diffRegion(drawnText, text);
    const delta = insertedEnd - removedEnd;
    const index = segments.findIndex((seg) => seg.plain && seg.start <= start && removedEnd <= seg.end);
    if (index === -1) return false;
    const seg = segments[index];
    seg.end += delta;
    /** @type {Text} */ (seg.node).data = text.slice(seg.start, seg.end);
    for (let i = index + 1; i < segments.length; i++) {
      segments[i].start += delta;
      segments[i].end += delta;
    }
    return true;
  }

  function rebuild() {
    const fragment = document.createDocumentFragment();
    spans = [];
    segments = [];
    let pos = 0;
    /** @param {number} end */
    const plain = (end) => {
      const node = document.createTextNode(text.slice(pos, end));
      segments.push({ node, start: pos, end, plain: true });
      fragment.append(node);
    };
    for (const u of underlines) {
      if (u.start < pos || u.end > text.length) continue;
      plain(u.start);
      const span = document.createElement('span');
      span.className = `f ${u.severity}`;
      span.textContent = text.slice(u.start, u.end);
      segments.push({ node: span, start: u.start, end: u.end, plain: false });
      fragment.append(span);
      spans.push(span);
      pos = u.end;
    }
    plain(text.length);
    fragment.append(tailSpace);
    mirror.replaceChildren(fragment);
  }

  function render() {
    renderPending = false;
    const tooLong = text.length > MAX_DRAWN_CHARS;
    host.toggleAttribute('data-too-long', tooLong);
    if (tooLong) {
      mirror.replaceChildren();
      spans = [];
      segments = [];
      drawnText = '';
      drawnUnderlines = [];
    } else {
      if (!(segments.length && patch())) rebuild();
      drawnText = text;
      drawnUnderlines = underlines;
    }
    host.setAttribute('data-count', String(spans.length));
    host.setAttribute('data-length', String(text.length));
    activeIndex = -1;
    syncPosition();
  }

  /** Draws on the next frame, so a burst of keystrokes costs one layout. */
  function scheduleRender() {
    if (renderPending) return;
    renderPending = true;
    requestAnimationFrame(render);
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
    if (renderPending) render();
    const caret = field.selectionStart ?? -1;
    const collapsed = field.selectionStart === field.selectionEnd;
    const index = collapsed ? drawnUnderlines.findIndex((u) => caret > u.start && caret < u.end) : -1;
    if (index === -1) callbacks.onCaret(null, null);
    else {
      syncPosition();
      callbacks.onCaret(index, rectOf(index));
    }
  };
  const onKeyUp = (/** @type {KeyboardEvent} */ event) => {
    if (event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End') onCaretMove();
  };

  syncStyles();
  const resizeObserver = new ResizeObserver(scheduleSync);
  resizeObserver.observe(field);
  field.addEventListener('scroll', schedulePosition, { passive: true });
  field.addEventListener('mousemove', onMouseMove, { passive: true });
  field.addEventListener('mouseleave', onMouseLeave, { passive: true });
  field.addEventListener('keyup', onKeyUp);
  field.addEventListener('click', onCaretMove);
  field.addEventListener('focus', onCaretMove);
  window.addEventListener('scroll', schedulePosition, { capture: true, passive: true });
  window.addEventListener('resize', scheduleSync, { passive: true });

  return {
    host,
    /**
     * Draws underlines for `newText` (the field's current value) on the next frame.
     * @param {string} newText
     * @param {Underline[]} newUnderlines sorted, non-overlapping
     */
    update(newText, newUnderlines) {
      text = newText;
      underlines = newUnderlines;
      scheduleRender();
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
      field.removeEventListener('scroll', schedulePosition);
      field.removeEventListener('mousemove', onMouseMove);
      field.removeEventListener('mouseleave', onMouseLeave);
      field.removeEventListener('keyup', onKeyUp);
      field.removeEventListener('click', onCaretMove);
      field.removeEventListener('focus', onCaretMove);
      window.removeEventListener('scroll', schedulePosition, { capture: true });
      window.removeEventListener('resize', scheduleSync);
      host.remove();
    },
  };
}
