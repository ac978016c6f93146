// The live preview: the findings (shown by findings-list.js), then a card per output,
// arranged by output-view.js (by language, one channel, or two languages side by side).
// All engine and user text goes in through textContent; the email HTML only ever goes into
// a sandboxed iframe. Interface words (buttons, captions) come from ui-strings via i18n.js.

import { attachCopy } from './clipboard.js';
import { channelName } from './channel-name.js';
import { languageName, languageParts } from './l10n.js';
import { setText, t } from './i18n.js';
import { cardDownloads } from './output-files.js';

// The page's CSP requires Trusted Types for HTML sinks. This one policy exists for the
// email preview: its only caller puts the engine's HTML into the srcdoc of an iframe with
// sandbox="" (no scripts, an opaque origin, and the page's CSP inherited).
const emailPolicy = globalThis.trustedTypes?.createPolicy('noticekit-email', {
  createHTML: (html) => html,
});

// An email's preview is a whole document in an iframe: loading it again on every keystroke
// costs more than all the cards' texts together, so it follows the typing after a pause.
const EMAIL_DELAY_MS = 200;

// Fields every output has, shown in their own places; any other string field (a webhook
// payload, a banner…) is shown under "More".
const KNOWN_FIELDS = new Set(['kind', 'channel', 'lang', 'subject', 'text', 'html', 'metrics']);

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function copyButton(labelKey, getText) {
  const button = element('button', 'copy');
  button.type = 'button';
  attachCopy(button, getText, labelKey);
  return button;
}

const uiText = (tag, className, key, args) => setText(element(tag, className), key, args);

function setIfChanged(node, value) {
  const text = value ?? '';
  if (node.textContent !== text) node.textContent = text;
}

function formatValue(value) {
  if (value === null) return 'null';
  // A list such as the SMS's shortened parts reads as words, and wraps on a phone.
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function extraFields(output) {
  return Object.keys(output).filter((key) => !KNOWN_FIELDS.has(key) && typeof output[key] === 'string');
}

// The structure of a card depends only on these, so a card with the same key is updated in
// place (no flicker, the iframe is not reloaded unless its HTML changed).
function cardKey(output) {
  return [output.lang, output.channel, output.kind, 'subject' in output, 'html' in output,
    extraFields(output).join(',')].join('\u0001');
}

function createCard(output) {
  let current = output;
  const card = element('article', 'output');
  card.dataset.lang = output.lang;
  card.dataset.channel = output.channel;
  card.dataset.kind = output.kind ?? '';
  // A bilingual notice ("zh-CN+en") is one text in both languages; lang can name only one,
  // so it names the primary, which comes first. (The email's HTML marks each edition.)
  card.lang = languageParts(output.lang)[0] ?? '';

  const head = element('header', 'output-head');
  head.append(channelName(element('h4', 'output-title'), output.channel));
  if (output.kind) head.append(uiText('span', 'pill', `msg.${output.kind}`));
  card.append(head);

  const limitNote = uiText('p', 'limit-note', 'output.overLimit');
  card.append(limitNote);

  // Copy first, under the title: it is what the card is for, and it stays in view with the
  // first lines of the text however long the notice is.
  const actions = element('div', 'actions');
  actions.append(copyButton('copy', () => current.text ?? ''));
  if ('subject' in output) actions.append(copyButton('copy.subject', () => current.subject ?? ''));
  if ('html' in output) actions.append(copyButton('copy.html', () => current.html ?? ''));
  // .eml, .ics and JSON payloads, made from the output shown at the time of the click.
  for (const { field, ext } of cardDownloads(output)) {
    const button = uiText('button', 'download', `download.${ext}`);
    button.type = 'button';
    button.dataset.field = field;
    button.addEventListener('click', async () => {
      const shown = current;
      const file = cardDownloads(shown).find((f) => f.field === field);
      // The saving code is fetched on the first download (web/downloads.js).
      if (file) (await import('./downloads.js')).downloadFile(shown, file);
    });
    actions.append(button);
  }
  card.append(actions);

  let subject = null;
  if ('subject' in output) {
    const box = element('div', 'output-subject-box');
    const caption = uiText('span', 'caption', 'output.subject');
    subject = element('p', 'output-subject');
    box.append(caption, subject);
    card.append(box);
  }

  const text = element('pre', 'output-text');
  text.tabIndex = 0;
  card.append(text);


  const extras = extraFields(output).map((key) => {
    const details = element('details', 'extra');
    const summary = element('summary', '', key);
    const pre = element('pre', 'extra-text');
    details.append(summary, copyButton('copy', () => current[key] ?? ''), pre);
    card.append(details);
    return { key, pre };
  });

  const metrics = element('dl', 'metrics');
  metrics.dataset.i18nAttr = 'aria-label:output.metrics';
  metrics.setAttribute('aria-label', t('output.metrics'));
  card.append(metrics);

  let frame = null;
  let frameHtml = null;
  let frameTimer = 0;
  const showHtml = () => {
    frame.srcdoc = emailPolicy ? emailPolicy.createHTML(frameHtml) : frameHtml;
  };
  if ('html' in output) {
    frame = element('iframe', 'email-frame');
    frame.setAttribute('sandbox', '');
    frame.dataset.i18nAttr = 'title:email.frameTitle';
    frame.dataset.i18nArgs = JSON.stringify({ lang: languageName(output.lang) });
    frame.title = t('email.frameTitle', { lang: languageName(output.lang) });
    card.append(frame);
  }

  // Only a field whose text changed is written: a keystroke changes a few of the thirty
  // cards' texts, and an unchanged node costs no layout.
  let metricsShown = null;
  function update(next) {
    current = next;
    const overLimit = next.metrics?.ok === false;
    card.classList.toggle('over-limit', overLimit);
    limitNote.hidden = !overLimit;
    if (subject) setIfChanged(subject, next.subject);
    setIfChanged(text, next.text);
    for (const { key, pre } of extras) setIfChanged(pre, next[key]);
    if (frame && next.html !== frameHtml) {
      const first = frameHtml === null;
      frameHtml = next.html ?? '';
      clearTimeout(frameTimer);
      if (first) showHtml();
      else frameTimer = setTimeout(showHtml, EMAIL_DELAY_MS);
    }
    const metricsKey = JSON.stringify(next.metrics ?? {});
    if (metricsKey === metricsShown) return;
    metricsShown = metricsKey;
    const pairs = Object.entries(next.metrics ?? {}).map(([key, value]) => {
      const pair = element('div', key === 'ok' && value === false ? 'metric bad' : 'metric');
      pair.append(element('dt', '', key), element('dd', '', formatValue(value)));
      return pair;
    });
    metrics.replaceChildren(...pairs);
  }
  update(output);
  return { card, update };
}

export function createPreview({ findings, outputs }) {
  let layout = null;
  let cards = new Map();

  function showOutputs(list) {
    const keyed = [];
    const seen = new Map();
    for (const output of list) {
      const base = cardKey(output);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      keyed.push({ key: `${base}\u0001${n}`, output });
    }
    const nextLayout = keyed.map(({ key }) => key).join('\u0002');
    if (nextLayout === layout) {
      for (const { key, output } of keyed) cards.get(key).update(output);
      return;
    }
    layout = nextLayout;

    const nextCards = new Map();
    const shown = [];
    for (const { key, output } of keyed) {
      const entry = cards.get(key) ?? createCard(output);
      if (cards.has(key)) entry.update(output);
      nextCards.set(key, entry);
      shown.push({ lang: output.lang, channel: output.channel, card: entry.card });
    }
    cards = nextCards;
    outputs.show(shown);
  }

  return {
    /** Shows a render result: {outputs?, findings?}. */
    show(result) {
      findings.show(Array.isArray(result.findings) ? result.findings : []);
      showOutputs(Array.isArray(result.outputs) ? result.outputs : []);
    },
  };
}
