// The page's own interface language (labels, buttons, help), chosen independently of the
// languages the notices are written in. Strings live in ui-strings/<tag>.js; markup names
// them with data-i18n="key" (text), data-i18n-args='{"n":2}' (placeholders) and
// data-i18n-attr="aria-label:key title:key" (attributes), and translate() fills them in.
//
// English is part of the page (the fallback for a missing string, and the first screen of
// most visits); another language's strings are fetched the first time the interface is
// switched to it, so a cold load in English does not download them. Until they have arrived
// the page stays in the language it was in: no key and no half-translated page is shown.

import en from './ui-strings/en.js';

// A literal import() per language, so the bundler (tools/bundle-site.mjs) makes each its own
// file, fetched only by the dynamic import.
const LOADERS = {
  en: async () => en,
  'zh-CN': async () => (await import('./ui-strings/zh-CN.js')).default,
};
const isUiLanguage = (tag) => typeof tag === 'string' && Object.hasOwn(LOADERS, tag);
const STORAGE_KEY = 'noticekit.ui-language';

const tables = { en };
let current = 'en';
let asked = 0;  // the latest switch: one that finishes after a newer one started is dropped
const listeners = [];

/** The interface language for a browser's preference list: zh* → zh-CN, else en. */
export function preferredUiLanguage(preferences = navigator.languages ?? [navigator.language]) {
  for (const tag of preferences) {
    if (!tag) continue;
    if (isUiLanguage(tag)) return tag;
    const base = tag.split('-')[0].toLowerCase();
    if (base === 'zh') return 'zh-CN';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function uiLanguage() {
  return current;
}

export function hasString(key) {
  return key in en;
}

/** The string for `key` in the interface language, with {name} placeholders filled. */
export function t(key, args = {}) {
  const text = tables[current][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in args ? String(args[name]) : match));
}

/** Marks `node` as showing `key` (and fills it now). */
export function setText(node, key, args) {
  node.dataset.i18n = key;
  if (args) node.dataset.i18nArgs = JSON.stringify(args);
  else delete node.dataset.i18nArgs;
  translateNode(node);
  return node;
}

function translateNode(node) {
  const args = node.dataset.i18nArgs ? JSON.parse(node.dataset.i18nArgs) : undefined;
  if (node.dataset.i18n) node.textContent = t(node.dataset.i18n, args);
  for (const pair of (node.dataset.i18nAttr ?? '').split(/\s+/).filter(Boolean)) {
    const [attribute, key] = pair.split(':');
    node.setAttribute(attribute, t(key, args));
  }
  // Interface text inside a notice card (lang = the notice's language) keeps its own lang,
  // so screen readers pronounce it right.
  const outer = node.parentElement?.closest('[lang]');
  if (outer && outer.lang !== current) node.lang = current;
  else node.removeAttribute('lang');
}

/** Fills every data-i18n / data-i18n-attr element under `root` (and root itself). */
export function translate(root = document.documentElement) {
  if (root.matches?.('[data-i18n], [data-i18n-attr]')) translateNode(root);
  for (const node of root.querySelectorAll('[data-i18n], [data-i18n-attr]')) translateNode(node);
}

/**
 * Switches the interface language once its strings are here, remembers it, and tells the
 * listeners. Resolves to the language shown (still the one before if a newer switch has
 * come first); rejects, the page left as it was, if the strings could not be fetched.
 */
export async function setUiLanguage(tag, { remember = true } = {}) {
  const wanted = isUiLanguage(tag) ? tag : 'en';
  const ticket = ++asked;
  try {
    tables[wanted] ??= await LOADERS[wanted]();
  } catch (error) {
    if (ticket === asked) throw error;
  }
  if (ticket !== asked) return current;
  current = wanted;
  document.documentElement.lang = current;
  if (remember) {
    try { localStorage.setItem(STORAGE_KEY, current); } catch { /* private mode: not kept */ }
  }
  translate();
  for (const listener of listeners) listener(current);
  return current;
}

export function onUiLanguageChange(listener) {
  listeners.push(listener);
}

/** The remembered choice, else the browser's preference. */
export function initialUiLanguage() {
  let saved = null;
  try { saved = localStorage.getItem(STORAGE_KEY); } catch { /* unavailable */ }
  return isUiLanguage(saved) ? saved : preferredUiLanguage();
}
