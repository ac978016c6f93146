// Localized text in the form.
//
// In a fact sheet every free-text value is either a string (in the sheet's first language;
// for a first entry "zh-CN+en", its primary zh-CN) or a map {"zh-CN": "…", "en": "…"}. The form shows one box per selected language for each
// such field; these helpers create the boxes and convert between boxes and sheet values.
// List fields are one item per line, and line N of each language is the same item.
// Which languages exist is the engine's business (its languages() list): nothing here
// enumerates them, so a locale added to the core shows up without a change to the page.

import { setText } from './i18n.js';

// Each language named in itself, so a reader finds their own. A tag missing here is named
// by the browser (Intl.DisplayNames), or shown as the tag.
const NATIVE_NAMES = {
  'zh-CN': '简体中文', 'zh-TW': '繁體中文', 'zh-TW-u-ca-roc': '繁體中文(民國紀年)', en: 'English', 'en-US': 'English (US)',
  'en-GB': 'English (UK)', ja: '日本語', ko: '한국어', es: 'Español', fr: 'Français', de: 'Deutsch',
};

/**
 * The languages of one notice: a bilingual notice is one entry of tags joined by "+", the
 * primary first ("zh-CN+en" → ["zh-CN", "en"]); a plain tag is a notice in that language.
 */
export function languageParts(entry) {
  return String(entry ?? '').split('+').filter(Boolean);
}

/** A notice language named in itself; a bilingual one as its parts: "简体中文 + English". */
export function languageName(tag) {
  const parts = languageParts(tag);
  if (parts.length > 1) return parts.map(languageName).join(' + ');
  if (NATIVE_NAMES[tag]) return NATIVE_NAMES[tag];
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;  // not a well-formed tag
  }
}

/** Marks every `<div data-l10n="key" data-label="ui-string key" [data-type="list"]>` under root. */
export function expandLocalizedFields(root) {
  for (const holder of root.querySelectorAll('[data-l10n]:not(.l10n)')) holder.classList.add('l10n');
}

function createBox(holder, tag) {
  const label = document.createElement('label');
  label.className = 'field';
  label.dataset.lang = tag;
  const caption = document.createElement('span');
  caption.className = 'field-label';
  const badge = document.createElement('span');
  badge.className = 'lang-tag';
  badge.lang = tag;
  badge.textContent = languageName(tag);
  caption.append(setText(document.createElement('span'), holder.dataset.label), ' ', badge);
  let control;
  if (holder.dataset.type === 'list') {
    control = document.createElement('textarea');
    control.rows = 2;
  } else {
    control = document.createElement('input');
    control.type = 'text';
  }
  control.lang = tag;
  control.dataset.lang = tag;
  label.append(caption, control);
  holder.append(label);
  return label;
}

/** Shows the boxes of the given languages, in that order (creating them), hides the others. */
export function showLanguages(root, languages) {
  root.classList.toggle('single-language', languages.length <= 1);
  for (const holder of root.querySelectorAll('.l10n')) {
    for (const tag of languages) {
      if (!holder.querySelector(`:scope > [data-lang="${CSS.escape(tag)}"]`)) createBox(holder, tag);
    }
    const boxes = [...holder.children];
    for (const box of boxes) box.hidden = !languages.includes(box.dataset.lang);
    const rank = (box) => {
      const i = languages.indexOf(box.dataset.lang);
      return i < 0 ? languages.length : i;
    };
    boxes.sort((a, b) => rank(a) - rank(b));
    holder.append(...boxes);
  }
}

function control(holder, tag) {
  const box = holder.querySelector(`:scope > [data-lang="${CSS.escape(tag)}"]`);
  return box?.querySelector('input, textarea') ?? null;
}

function boxTags(holder) {
  return [...holder.children].map((box) => box.dataset.lang);
}

// One item in the languages that have text: a plain string when only the first language has
// text (that is what a string means in a sheet), a map otherwise.
export function toLocalized(texts, languages) {
  const present = languages.filter((tag) => texts[tag]);
  if (present.length === 0) return undefined;
  if (present.length === 1 && present[0] === languages[0]) return texts[languages[0]];
  return Object.fromEntries(present.map((tag) => [tag, texts[tag]]));
}

export function readText(holder, languages) {
  const texts = {};
  for (const tag of languages) texts[tag] = control(holder, tag)?.value.trim() ?? '';
  return toLocalized(texts, languages);
}

export function readList(holder, languages) {
  const lines = {};
  let count = 0;
  for (const tag of languages) {
    lines[tag] = (control(holder, tag)?.value ?? '').split('\n').map((line) => line.trim());
    count = Math.max(count, lines[tag].length);
  }
  const items = [];
  for (let i = 0; i < count; i += 1) {
    const texts = {};
    for (const tag of languages) texts[tag] = lines[tag][i] ?? '';
    const item = toLocalized(texts, languages);
    if (item !== undefined) items.push(item);
  }
  return items;
}

function textIn(value, tag, first) {
  if (value == null) return '';
  if (typeof value === 'object') return value[tag] == null ? '' : String(value[tag]);
  return tag === first ? String(value) : '';
}

/** Fills the boxes from a sheet value; `first` is the language a plain string is in. */
export function writeText(holder, value, first) {
  for (const tag of boxTags(holder)) control(holder, tag).value = textIn(value, tag, first);
}

export function writeList(holder, items, first) {
  const list = Array.isArray(items) ? items : [];
  for (const tag of boxTags(holder)) {
    // An item missing in this language keeps an empty line, so line N stays item N.
    const lines = list.map((item) => textIn(item, tag, first).replace(/\s*\n\s*/g, ' '));
    control(holder, tag).value = lines.join('\n').replace(/\n+$/, '');
  }
}
