// @ts-check
/**
 * Scrim's toolbar popup: protection for the current site, sensitivity, the
 * findings on this tab, the site's training switch and its privacy facts
 * with a deletion-request template.
 *
 * Talks to the background only (shared/protocol.js): `getSettings`,
 * `setSettings`, `getTabStatus`, `getTrainingStatus`. Settings changes reach
 * open tabs through `storage.onChanged`, which the content scripts listen to;
 * the popup in turn listens to storage so what it shows stays current.
 *
 * The popup normally describes the active tab. Opened as a page with
 * `?tab=<id>` it describes that tab instead (how the end-to-end tests open it,
 * since a toolbar popup cannot be driven in both browsers). `body[data-ready]`
 * is set once everything is shown.
 */

import { ext } from '../shared/browser.js';
import { Kind, request } from '../shared/protocol.js';
import { SETTINGS_KEY, migrateSettings } from '../shared/settings.js';
import { siteEnabledPatch, sensitivityPatch } from '../shared/settings-edits.js';
import { buildDeletionRequest, factsForHost, mailtoHref, toggleLocationText } from '../shared/site-facts.js';
import { localizePage } from '../shared/localize-page.js';
import { findingRows, protectionView, trainingLines } from './popup-view.js';

/**
 * @typedef {import('../shared/settings.js').Settings} Settings
 * @typedef {import('../shared/protocol.js').TabStatus} TabStatus
 * @typedef {import('./popup-view.js').Line} Line
 */

/** @type {import('../shared/site-facts.js').Translate} */
const t = (key, substitutions) => ext.i18n.getMessage(key, substitutions);

const dateFormat = new Intl.DateTimeFormat(ext.i18n.getUILanguage(), { dateStyle: 'medium' });

/** @param {string} id */
function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`popup.html lacks #${id}`);
  return element;
}

/** @param {string} id */
const input = (id) => /** @type {HTMLInputElement} */ (byId(id));

/** @type {Settings | null} */
let settings = null;
/** @type {TabStatus | null} */
let status = null;
/** @type {number | null} */
let tabId = null;

/** @returns {Promise<number | null>} */
async function targetTabId() {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** @param {unknown} error */
function showError(error) {
  const box = byId('error');
  box.textContent = t('popup_error', [error instanceof Error ? error.message : String(error)]);
  box.hidden = false;
}

/**
 * @param {HTMLElement} element
 * @param {Line} line
 */
function setLine(element, line) {
  element.textContent = t(line.key, line.substitutions);
  element.dataset.tone = line.tone;
}

function renderSettings() {
  if (!settings) return;
  for (const radio of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name="sensitivity"]'))) {
    radio.checked = radio.value === settings.sensitivity;
  }
  byId('global-off').hidden = settings.enabled;
  const site = status?.site;
  if (site) {
    const box = input('site-enabled');
    box.checked = settings.sites[site]?.enabled !== false;
    box.disabled = !settings.enabled;
  }
}

function renderStatus() {
  if (!status) return;
  const view = protectionView(status);
  setLine(byId('protection-state'), view.headline);
  const reason = byId('protection-reason');
  reason.textContent = view.reason ?? '';
  reason.hidden = view.reason === null;

  const site = status.site;
  const facts = factsForHost(site);
  byId('site-name').textContent = site ?? '';
  byId('site-switch-row').hidden = !site;
  if (site) {
    byId('site-enabled-label').textContent = t('popup_site_enabled', [facts ? t(facts.nameKey) : site]);
  }

  byId('findings').hidden = !site;
  const rows = findingRows(status.counts);
  byId('findings-total').textContent =
    rows.length === 0 ? t('popup_findings_none') : t('popup_findings_total', [String(status.counts.total)]);
  byId('findings-list').replaceChildren(
    ...rows.map(({ category, count }) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = t(`category_${category}`) || category;
      const number = document.createElement('span');
      number.className = 'count';
      number.textContent = String(count);
      item.append(name, number);
      return item;
    }),
  );
  renderSettings();
}

/** @param {string} site */
async function renderTraining(site) {
  const facts = factsForHost(site);
  if (!facts) return;
  byId('training').hidden = false;
  byId('training-where').textContent = t('popup_training_where', [toggleLocationText(facts, t)]);
  const training = await request(Kind.getTrainingStatus, { site });
  byId('training-lines').replaceChildren(
    ...trainingLines(training, (time) => dateFormat.format(time)).map((line) => {
      const item = document.createElement('li');
      setLine(item, line);
      return item;
    }),
  );
}

/** @param {string} site */
function renderFacts(site) {
  const facts = factsForHost(site);
  if (!facts) return;
  byId('facts').hidden = false;
  byId('facts-heading').textContent = t('popup_facts_heading', [t(facts.nameKey)]);
  byId('facts-list').replaceChildren(
    ...facts.factKeys.map((key) => {
      const item = document.createElement('li');
      item.textContent = t(key);
      return item;
    }),
  );
  const mail = buildDeletionRequest(facts, t);
  if (!mail) return;
  byId('deletion').hidden = false;
  byId('deletion-to').textContent = mail.to;
  byId('deletion-subject').textContent = mail.subject;
  /** @type {HTMLTextAreaElement} */ (byId('deletion-body')).value = mail.body;
  /** @type {HTMLAnchorElement} */ (byId('deletion-mailto')).href = mailtoHref(mail);
}

async function copyDeletionBody() {
  const body = /** @type {HTMLTextAreaElement} */ (byId('deletion-body'));
  const note = byId('deletion-copy-status');
  try {
    await navigator.clipboard.writeText(body.value);
    note.textContent = t('popup_deletion_copied');
  } catch {
    // Leave the text selected so the user can copy it by hand.
    body.focus();
    body.select();
    note.textContent = t('popup_deletion_copy_failed');
  }
}

/** What the popup shows for a tab it cannot name (no active tab). */
const NO_TAB = /** @type {TabStatus} */ ({ site: null, state: 'unsupported', reason: null, counts: { total: 0, byCategory: {} } });

async function refreshStatus() {
  status = tabId === null ? NO_TAB : await request(Kind.getTabStatus, { tabId });
  renderStatus();
}

/** @param {Partial<Settings>} patch */
async function save(patch) {
  try {
    settings = await request(Kind.setSettings, { patch });
    renderSettings();
  } catch (error) {
    showError(error);
  }
}

function wireControls() {
  byId('sensitivity-form').addEventListener('change', (event) => {
    const radio = /** @type {HTMLInputElement} */ (event.target);
    if (radio.name === 'sensitivity' && radio.checked) save(sensitivityPatch(radio.value));
  });
  input('site-enabled').addEventListener('change', (event) => {
    const site = status?.site;
    if (site) save(siteEnabledPatch(site, /** @type {HTMLInputElement} */ (event.target).checked));
  });
  byId('deletion-copy').addEventListener('click', copyDeletionBody);
  byId('open-options').addEventListener('click', () => {
    ext.runtime.openOptionsPage();
    // A toolbar popup stays open over the new tab in some browsers; a popup
    // opened as a page (tests) is left alone.
    if (!new URLSearchParams(location.search).has('tab')) window.close();
  });
  ext.storage.onChanged.addListener((/** @type {Record<string, any>} */ changes, /** @type {string} */ area) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      settings = migrateSettings(changes[SETTINGS_KEY].newValue);
      renderSettings();
    }
    // Tab statuses are kept in storage.session by the background.
    if (area === 'session') refreshStatus().catch(showError);
  });
}

async function main() {
  localizePage(document, t);
  wireControls();
  try {
    tabId = await targetTabId();
    settings = await request(Kind.getSettings);
    renderSettings();
    await refreshStatus();
    const site = status?.site;
    if (site) {
      renderFacts(site);
      await renderTraining(site);
    }
    document.body.dataset.ready = 'true';
  } catch (error) {
    showError(error);
  }
}

main();
