// @ts-check
/**
 * The training-toggle reminder banner: one sentence on what the site does
 * with chats, where the opt-out switch is as plain text, and the actions Show me,
 * I've turned it off, Remind me later and dismiss. "Show me" is delegated to
 * the site adapter (which drives the page's own settings menu); its result
 * is shown here, or the plain steps stay as the fallback. It sits in the
 * top-right corner, clear of the composer, the site's profile menu (bottom
 * left) and the start of the conversation. No extension APIs.
 *
 * Host: `<scrim-banner data-scrim-banner data-open="true|false"
 *   data-training="on|off|unknown" data-guide="idle|running|shown|failed">`
 */

import { createShadowHost, el } from './shadow-host.js';

const CSS = `
.banner { position: fixed; right: 12px; top: 12px; width: min(380px, calc(100vw - 24px));
  padding: 12px 32px 12px 14px; display: none; }
.banner.open { display: block; }
p { margin: 0 0 6px; }
.how { font-weight: 600; }
.result { font-weight: 600; margin: 0 0 8px; }
.result:empty { display: none; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
.close { position: absolute; top: 6px; right: 6px; border: none; font-size: 16px; line-height: 1; padding: 4px 8px; }
`;

/**
 * @typedef {{state: 'on'|'off'|'unknown', located: boolean}} GuideResult
 * @typedef {{
 *   t: (key: string, subs?: string[]) => string,
 *   summary: string,
 *   howTo: string,
 *   onShowMe(): Promise<GuideResult>,
 *   onConfirm(): void,
 *   onSnooze(): void,
 *   onDismiss(): void,
 * }} BannerOptions
 */

/** @param {BannerOptions} options */
export function createReminderBanner({ t, summary, howTo, onShowMe, onConfirm, onSnooze, onDismiss }) {
  const { host, root } = createShadowHost('scrim-banner', CSS);
  host.setAttribute('data-open', 'false');
  host.setAttribute('data-training', 'unknown');
  host.setAttribute('data-guide', 'idle');
  const result = el('p', { class: 'result', role: 'status', 'aria-live': 'polite' });
  const showMe = el('button', { class: 'primary', 'data-action': 'show-me' }, t('bannerShowMe'));
  const confirm = el('button', { 'data-action': 'confirm' }, t('bannerConfirm'));
  const snooze = el('button', { 'data-action': 'snooze' }, t('bannerSnooze'));
  const dismiss = el('button', { class: 'close', 'data-action': 'dismiss', 'aria-label': t('bannerDismiss') }, '×');
  const banner = el(
    'section',
    { class: 'banner scrim-ui', role: 'region', 'aria-label': t('bannerLabel') },
    el('p', {}, summary),
    el('p', { class: 'how' }, howTo),
    result,
    el('div', { class: 'actions' }, showMe, confirm, snooze),
    dismiss,
  );
  root.append(banner);

  function close() {
    banner.classList.remove('open');
    host.setAttribute('data-open', 'false');
  }

  showMe.addEventListener('click', async () => {
    host.setAttribute('data-guide', 'running');
    result.textContent = t('bannerLooking');
    const outcome = await onShowMe().catch(() => ({ state: /** @type {const} */ ('unknown'), located: false }));
    host.setAttribute('data-guide', outcome.located ? 'shown' : 'failed');
    host.setAttribute('data-training', outcome.state);
    result.textContent = !outcome.located
      ? t('bannerNotFound')
      : outcome.state === 'on'
        ? t('bannerTrainingOn')
        : outcome.state === 'off'
          ? t('bannerTrainingOff')
          : t('bannerTrainingUnknown');
  });
  confirm.addEventListener('click', () => {
    close();
    onConfirm();
  });
  snooze.addEventListener('click', () => {
    close();
    onSnooze();
  });
  dismiss.addEventListener('click', () => {
    close();
    onDismiss();
  });
  banner.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      onDismiss();
    }
  });

  return {
    host,
    open() {
      banner.classList.add('open');
      host.setAttribute('data-open', 'true');
    },
    close,
    destroy() {
      host.remove();
    },
  };
}
