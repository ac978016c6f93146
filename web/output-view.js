// Which notices the preview shows, and how: every channel or one (a row of choices with the
// number of notices each has), every language or one, or two languages side by side, channel
// by channel. The cards themselves are made by preview.js; this file only arranges them and
// hides the ones not asked for. The choice is kept with the draft (web/drafts.js), so a
// reload shows the same view.

import { channelName } from './channel-name.js';
import { languageName, languageParts } from './l10n.js';
import { setText } from './i18n.js';

const ALL = 'all';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// "简体中文 + English" for a bilingual notice, each name in its own language.
function languageHeading(tag, lang) {
  const heading = element(tag, 'lang-title');
  languageParts(lang).forEach((part, i) => {
    const name = element('span', '', languageName(part));
    name.lang = part;
    heading.append(...(i > 0 ? [' + ', name] : [name]));
  });
  heading.append(' ', element('span', 'lang-code', lang));
  return heading;
}

// One radio button of a row of choices: its name, then how many notices it shows.
function choice(group, value, checked, label, count) {
  const wrapper = element('label', 'chip');
  const radio = element('input');
  radio.type = 'radio';
  radio.name = group;
  radio.value = value;
  radio.checked = checked;
  wrapper.append(radio, ' ', label, ' ', element('span', 'count', String(count)));
  return wrapper;
}

export function createOutputView({ outputsBox, channelFilter, languageView, sideBySide, compare, left, right, onChange }) {
  const state = { channel: ALL, lang: ALL, sideBySide: false, left: '', right: '' };
  let entries = [];  // {lang, channel, card} in the engine's order
  let choicesShown = '';

  const distinct = (key) => [...new Set(entries.map((entry) => entry[key]))];
  const count = (key, value) => entries.filter((entry) => entry[key] === value).length;

  function buildChoices() {
    const channels = distinct('channel');
    const langs = distinct('lang');
    // Rebuilt only when what they offer changed, so the focus stays put while the writer types.
    const key = JSON.stringify([channels.map((c) => [c, count('channel', c)]), langs.map((l) => [l, count('lang', l)])]);
    if (key === choicesShown) return;
    choicesShown = key;
    const channel = offered(state.channel, channels);
    const lang = offered(state.lang, langs);

    channelFilter.querySelector('.chip-row').replaceChildren(
      choice('view-channel', ALL, channel === ALL, setText(element('span'), 'view.all'), entries.length),
      ...channels.map((c) => choice('view-channel', c, channel === c, channelName(element('span'), c), count('channel', c))));
    channelFilter.hidden = channels.length < 2;

    languageView.querySelector('.chip-row').replaceChildren(
      choice('view-lang', ALL, lang === ALL, setText(element('span'), 'view.all'), entries.length),
      ...langs.map((l) => {
        const name = element('span', '', languageName(l));
        name.lang = languageParts(l)[0] ?? '';
        return choice('view-lang', l, lang === l, name, count('lang', l));
      }));
    languageView.hidden = langs.length < 2;
    // Side by side: the kept pair, else the first two languages.
    for (const [select, kept, fallback] of [[left, state.left, langs[0]], [right, state.right, langs[1] ?? langs[0]]]) {
      select.replaceChildren(...langs.map((l) => {
        const option = new Option(`${languageName(l)} (${l})`, l);
        option.lang = languageParts(l)[0] ?? '';
        return option;
      }));
      select.value = langs.includes(kept) ? kept : fallback ?? '';
    }
  }

  // A choice that this sheet's notices do not offer (a channel it lacks) shows them all.
  function offered(value, values) {
    return value === ALL || values.includes(value) ? value : ALL;
  }

  function arrangeByLanguage(channel, lang) {
    const groups = [];
    for (const tag of distinct('lang')) {
      const group = element('section', 'lang-group');
      group.dataset.lang = tag;
      group.append(languageHeading('h3', tag));
      let visible = 0;
      for (const entry of entries.filter((e) => e.lang === tag)) {
        entry.card.hidden = channel !== ALL && entry.channel !== channel;
        if (!entry.card.hidden) visible += 1;
        group.append(entry.card);
      }
      group.hidden = visible === 0 || (lang !== ALL && tag !== lang);
      groups.push(group);
    }
    return groups;
  }

  // One row per channel: the notice in the left language beside the one in the right.
  function arrangeSideBySide(channel) {
    const pairs = [];
    for (const c of distinct('channel')) {
      if (channel !== ALL && c !== channel) continue;
      const pair = element('section', 'pair');
      pair.dataset.channel = c;
      pair.append(channelName(element('h3', 'pair-title'), c));
      const columns = element('div', 'pair-columns');
      for (const tag of [left.value, right.value]) {
        const column = element('div', 'pair-column');
        column.dataset.lang = tag;
        column.append(languageHeading('h4', tag));
        const cards = entries.filter((e) => e.lang === tag && e.channel === c);
        for (const entry of cards) {
          entry.card.hidden = false;
          column.append(entry.card);
        }
        if (cards.length === 0) column.append(setText(element('p', 'hint'), 'view.none'));
        columns.append(column);
      }
      pair.append(columns);
      pairs.push(pair);
    }
    return pairs;
  }

  function arrange() {
    const channel = offered(state.channel, distinct('channel'));
    const lang = offered(state.lang, distinct('lang'));
    const pairing = state.sideBySide && distinct('lang').length > 1;
    compare.hidden = !pairing;
    languageView.querySelector('.chip-row').hidden = pairing;
    outputsBox.dataset.view = pairing ? 'side-by-side' : 'by-language';
    outputsBox.replaceChildren(...(pairing ? arrangeSideBySide(channel) : arrangeByLanguage(channel, lang)));
  }

  function chosen(event) {
    const target = event.target;
    if (target.name === 'view-channel') state.channel = target.value;
    else if (target.name === 'view-lang') state.lang = target.value;
    else if (target === sideBySide) state.sideBySide = target.checked;
    else if (target === left) state.left = target.value;
    else if (target === right) state.right = target.value;
    else return;
    if (state.sideBySide) {
      state.left = left.value;
      state.right = right.value;
    }
    arrange();
    onChange({ ...state });
  }
  for (const node of [channelFilter, languageView]) node.addEventListener('change', chosen);

  return {
    /** Shows these cards ({lang, channel, card}, in order), as the current choices say. */
    show(next) {
      entries = next;
      buildChoices();
      arrange();
    },
    /** The choices, to keep with the draft. */
    state: () => ({ ...state }),
    /** Restores kept choices (from a draft); unknown values are ignored. */
    restore(saved) {
      if (!saved || typeof saved !== 'object') return;
      for (const key of ['channel', 'lang', 'left', 'right']) if (typeof saved[key] === 'string') state[key] = saved[key];
      state.sideBySide = saved.sideBySide === true;
      sideBySide.checked = state.sideBySide;
      choicesShown = '';
      if (entries.length) this.show(entries);
    },
  };
}
