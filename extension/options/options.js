// @ts-check
/**
 * Scrim's options page: global and per-site switches, sensitivity, the
 * categories to look for, strict-mode categories, custom terms, custom
 * patterns, the allowlist, the training-switch reminder, and reset.
 *
 * Every change is saved at once through the background (shared/protocol.js:
 * `getSettings`, `setSettings`, `validatePattern`, `resetSettings`,
 * `updateReminderState`); open tabs pick it up from `storage.onChanged`.
 * A custom pattern is saved only after the core has accepted it; otherwise
 * the core's own error message is shown next to the field. `body[data-ready]`
 * is set once the settings are shown.
 */

import { ext } from '../shared/browser.js';
import { Kind, request } from '../shared/protocol.js';
import { CATEGORIES, SETTINGS_KEY, SUPPORTED_SITES, migrateSettings } from '../shared/settings.js';
import {
  addListEntry,
  categoryPatch,
  checkPatternEntry,
  remindersPatch,
  removeAt,
  sensitivityPatch,
  siteEnabledPatch,
  strictCategoryPatch,
} from '../shared/settings-edits.js';
import { factsForHost } from '../shared/site-facts.js';
import { localizePage } from '../shared/localize-page.js';

/**
 * @typedef {import('../shared/settings.js').Settings} Settings
 */

/** @type {import('../shared/site-facts.js').Translate} */
const t = (key, substitutions) => ext.i18n.getMessage(key, substitutions);

/** @param {string} id */
function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options.html lacks #${id}`);
  return element;
}

/** @param {string} id */
const input = (id) => /** @type {HTMLInputElement} */ (byId(id));

/** @type {Settings} */
let settings;

// ---- feedback ----

/** @param {string} text */
function announce(text) {
  byId('error').hidden = true;
  byId('status').textContent = text;
}

/** @param {unknown} error */
function showError(error) {
  const box = byId('error');
  box.textContent = t('options_error', [error instanceof Error ? error.message : String(error)]);
  box.hidden = false;
}

/**
 * Shows (or, with null, clears) an error under a field and marks the field invalid.
 * @param {string} inputId
 * @param {string} errorId
 * @param {string | null} text
 */
function fieldError(inputId, errorId, text) {
  const box = byId(errorId);
  box.textContent = text ?? '';
  box.hidden = text === null;
  const field = input(inputId);
  if (text === null) field.removeAttribute('aria-invalid');
  else field.setAttribute('aria-invalid', 'true');
}

/** @param {Partial<Settings>} patch */
async function save(patch) {
  try {
    settings = await request(Kind.setSettings, { patch });
    render();
    announce(t('options_saved'));
  } catch (error) {
    showError(error);
  }
}

// ---- switches built once, checked on every render ----

/**
 * @param {HTMLElement} container
 * @param {string} idPrefix
 * @param {{value: string, label: string}[]} items
 * @param {(value: string, checked: boolean) => void} onChange
 */
function buildSwitches(container, idPrefix, items, onChange) {
  container.replaceChildren(
    ...items.map(({ value, label }) => {
      const row = document.createElement('div');
      row.className = 'row';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = `${idPrefix}-${value}`;
      box.value = value;
      box.addEventListener('change', () => onChange(value, box.checked));
      const text = document.createElement('label');
      text.htmlFor = box.id;
      text.textContent = label;
      row.append(box, text);
      return row;
    }),
  );
}

/**
 * @param {string} idPrefix
 * @param {string} value
 * @param {boolean} checked
 */
function setSwitch(idPrefix, value, checked) {
  input(`${idPrefix}-${value}`).checked = checked;
}

// ---- lists ----

/**
 * Renders a list of entries, each with a remove button.
 * @param {string} listId
 * @param {{text: string, detail?: string}[]} entries
 * @param {(index: number) => void} onRemove
 */
function renderEntries(listId, entries, onRemove) {
  const list = byId(listId);
  if (entries.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.textContent = t('options_list_empty');
    list.replaceChildren(empty);
    return;
  }
  list.replaceChildren(
    ...entries.map((entry, index) => {
      const item = document.createElement('li');
      const text = document.createElement('span');
      text.className = 'entry';
      text.textContent = entry.text;
      item.append(text);
      if (entry.detail !== undefined) {
        const detail = document.createElement('code');
        detail.textContent = entry.detail;
        item.append(detail);
      }
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'secondary';
      remove.textContent = t('options_remove');
      remove.setAttribute('aria-label', t('options_remove_entry', [entry.text]));
      remove.addEventListener('click', () => onRemove(index));
      item.append(remove);
      return item;
    }),
  );
}

function render() {
  input('enabled').checked = settings.enabled;
  for (const host of SUPPORTED_SITES) setSwitch('site', host, settings.sites[host]?.enabled !== false);
  for (const radio of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name="sensitivity"]'))) {
    radio.checked = radio.value === settings.sensitivity;
  }
  for (const category of CATEGORIES) {
    setSwitch('category', category, settings.categories[category] !== false);
    setSwitch('strict', category, settings.strictCategories.includes(category));
  }
  input('reminders-enabled').checked = settings.reminders.enabled;

  renderEntries('terms-list', settings.customTerms.map((text) => ({ text })), (index) =>
    save({ customTerms: removeAt(settings.customTerms, index) }),
  );
  renderEntries('allowlist-list', settings.allowlist.map((text) => ({ text })), (index) =>
    save({ allowlist: removeAt(settings.allowlist, index) }),
  );
  renderEntries(
    'patterns-list',
    settings.customPatterns.map((p) => ({ text: p.name, detail: p.pattern })),
    (index) => save({ customPatterns: removeAt(settings.customPatterns, index) }),
  );
}

// ---- forms ----

/**
 * Wires a one-field form that adds a string to a settings list.
 * @param {'customTerms' | 'allowlist'} key
 * @param {string} formId
 * @param {string} inputId
 * @param {string} errorId
 */
function wireListForm(key, formId, inputId, errorId) {
  const field = input(inputId);
  field.addEventListener('input', () => fieldError(inputId, errorId, null));
  byId(formId).addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = addListEntry(settings[key], field.value);
    if (result.error) {
      fieldError(inputId, errorId, t(`options_list_error_${result.error}`));
      field.focus();
      return;
    }
    await save({ [key]: result.list });
    field.value = '';
  });
}

function wirePatternForm() {
  const name = input('pattern-name');
  const pattern = input('pattern-input');
  name.addEventListener('input', () => fieldError('pattern-name', 'pattern-name-error', null));
  pattern.addEventListener('input', () => fieldError('pattern-input', 'pattern-error', null));
  byId('patterns-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const { entry, error } = checkPatternEntry(settings.customPatterns, { name: name.value, pattern: pattern.value });
    if (error === 'name_empty' || error === 'name_duplicate') {
      fieldError('pattern-name', 'pattern-name-error', t(`options_pattern_error_${error}`));
      name.focus();
      return;
    }
    if (error === 'pattern_empty') {
      fieldError('pattern-input', 'pattern-error', t('options_pattern_error_pattern_empty'));
      pattern.focus();
      return;
    }
    try {
      // The core decides what a valid pattern is, and says why one is not.
      const verdict = await request(Kind.validatePattern, { pattern: entry.pattern });
      if (verdict.error) {
        fieldError('pattern-input', 'pattern-error', verdict.error);
        pattern.focus();
        return;
      }
    } catch (failure) {
      showError(failure);
      return;
    }
    await save({ customPatterns: [...settings.customPatterns, entry] });
    name.value = '';
    pattern.value = '';
    name.focus();
  });
}

async function showRemindersAgain() {
  try {
    for (const site of SUPPORTED_SITES) {
      await request(Kind.updateReminderState, {
        site,
        patch: { confirmedAt: null, snoozedUntil: null, dismissedAt: null, lastShownAt: null },
      });
    }
    announce(t('options_reminders_again_done'));
  } catch (error) {
    showError(error);
  }
}

function wireReset() {
  const dialog = /** @type {HTMLDialogElement} */ (byId('reset-dialog'));
  byId('reset').addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'reset') return;
    dialog.returnValue = '';
    try {
      settings = await request(Kind.resetSettings);
      render();
      announce(t('options_reset_done'));
    } catch (error) {
      showError(error);
    }
  });
}

function build() {
  buildSwitches(
    byId('sites'),
    'site',
    SUPPORTED_SITES.map((host) => {
      const facts = factsForHost(host);
      return { value: host, label: facts ? t('options_site_label', [t(facts.nameKey), host]) : host };
    }),
    (host, checked) => save(siteEnabledPatch(host, checked)),
  );
  const categories = CATEGORIES.map((category) => ({ value: category, label: t(`category_${category}`) }));
  buildSwitches(byId('categories'), 'category', categories, (category, checked) => save(categoryPatch(category, checked)));
  buildSwitches(byId('strict-categories'), 'strict', categories, (category, checked) =>
    save(strictCategoryPatch(settings, category, checked)),
  );

  input('enabled').addEventListener('change', (event) =>
    save({ enabled: /** @type {HTMLInputElement} */ (event.target).checked }),
  );
  byId('sensitivity').addEventListener('change', (event) => {
    const radio = /** @type {HTMLInputElement} */ (event.target);
    if (radio.name === 'sensitivity' && radio.checked) save(sensitivityPatch(radio.value));
  });
  input('reminders-enabled').addEventListener('change', (event) =>
    save(remindersPatch(/** @type {HTMLInputElement} */ (event.target).checked)),
  );
  byId('reminders-again').addEventListener('click', showRemindersAgain);
  wireListForm('customTerms', 'terms-form', 'terms-input', 'terms-error');
  wireListForm('allowlist', 'allowlist-form', 'allowlist-input', 'allowlist-error');
  wirePatternForm();
  wireReset();
}

async function main() {
  localizePage(document, t);
  build();
  try {
    settings = await request(Kind.getSettings);
    render();
    document.body.dataset.ready = 'true';
  } catch (error) {
    showError(error);
  }
  // Changes made elsewhere (the popup, another options tab) show up here.
  ext.storage.onChanged.addListener((/** @type {Record<string, any>} */ changes, /** @type {string} */ area) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      settings = migrateSettings(changes[SETTINGS_KEY].newValue);
      render();
    }
  });
}

main();
