// The page: form in, live preview out. Everything runs in this browser; the only requests
// are for this site's own files (the wasm engine and the example sheets). This file wires
// the parts together; each part lives in its own module.

import {
  setupForm, readSheet, fillForm, blankSheet, fieldPlaces, setLanguageChoices, selectedLanguages,
} from './form.js';
import { createPreview } from './preview.js';
import { createFindingsList } from './findings-list.js';
import { createOutputView } from './output-view.js';
import { setupTabs } from './tabs.js';
import { setupZonePicker } from './zone-picker.js';
import { setupTraditionalFill } from './traditional-fill.js';
import { createFieldFindings } from './field-findings.js';
import { expectSheet, loadEngine } from './engine.js';
import { attachCopy, copyText } from './clipboard.js';
import { createPlanPanel } from './plan.js';
import { createFeedbackLog } from './feedback.js';
import { saveDraft, loadDraft, SHARE_PREFIX } from './drafts.js';
import { resultArchive } from './output-files.js';
import {
  initialUiLanguage, onUiLanguageChange, setText, setUiLanguage, t, uiLanguage,
} from './i18n.js';

// Each keystroke asks for a render at once: the engine runs in a worker (web/engine.js),
// which coalesces a burst of requests itself, so the page needs no typing delay of its own.
// The plan (channels, schedule) changes less often than the text, so it waits for a pause
// in typing.
const PLAN_DELAY_MS = 400;

// The engine's worker was started by index.html before this module's imports loaded.
const engineLoading = loadEngine();

// The interface's words before anything is drawn: in a language other than English its
// strings are fetched first (web/i18n.js), so the page never shows English, or keys, on the
// way to it; English if they cannot be fetched.
await setUiLanguage(initialUiLanguage(), { remember: false })
  .catch(() => setUiLanguage('en', { remember: false }));

const $ = (id) => document.getElementById(id);
const form = $('sheet-form');
const engineStatus = $('engine-status');
const sheetStatus = $('sheet-status');
const sheetJson = $('sheet-json');
const summaryText = $('summary-text');
const meter = $('completeness-meter');
const planPanel = createPlanPanel($('plan'));
const fieldFindings = createFieldFindings(form);
const outputView = createOutputView({
  outputsBox: $('outputs'),
  channelFilter: $('channel-filter'),
  languageView: $('language-view'),
  sideBySide: $('side-by-side'),
  compare: $('compare-languages'),
  left: $('compare-left'),
  right: $('compare-right'),
  onChange: () => saveDraft(lastSheet ?? readSheet(form), messageKind, outputView.state()),
});
const preview = createPreview({
  findings: createFindingsList({ list: $('findings'), details: $('findings-details'), count: $('findings-count') }),
  outputs: outputView,
});
setupTabs(document.querySelector('.tabs'));
setupZonePicker({ input: $('time-zone'), list: $('zone-options'), status: $('zone-status') });
const traditionalFill = setupTraditionalFill({
  form,
  box: $('traditional-fill'),
  button: $('fill-traditional'),
  status: $('fill-status'),
  languages: () => selectedLanguages(form),
  onFilled: () => update(),
});

let engine = null;
let renders = 0;
let edits = 0;  // the newest edit's number: only its result is shown
let planTimer = 0;
let messageKind = '';
let lastSheet = null;
let lastResult = null;

// Status lines keep their ui-string key, so a language switch re-words them.
const say = (node, key, args, state = '') => {
  setText(node, key, args);
  node.dataset.state = state;
};

const feedbackLog = createFeedbackLog({
  form: $('feedback-form'),
  list: $('feedback-log'),
  status: $('feedback-status'),
  exportButton: $('feedback-export'),
  onChange: () => showOpenFeedback(),
});

// Beside the restoration notice: the feedback received during the outage that is still open.
function showOpenFeedback() {
  const box = $('open-feedback');
  const open = feedbackLog.openItems();
  const isRestoration = lastResult?.outputs?.some((o) => o.kind === 'restoration') ?? false;
  box.hidden = !isRestoration || open.length === 0;
  if (box.hidden) return;
  setText($('open-feedback-title'), 'feedback.openTitle', { n: open.length });
  $('open-feedback-list').replaceChildren(...open.map((entry) => {
    const item = document.createElement('li');
    const status = document.createElement('span');
    status.className = 'pill';
    setText(status, `feedbackStatus.${entry.status}`);
    item.append(`${[entry.time, entry.channel, entry.person].filter(Boolean).join(' · ')}: ${entry.summary} `, status);
    return item;
  }));
}

function showSummary(result) {
  const findings = Array.isArray(result.findings) ? result.findings : [];
  const outputs = Array.isArray(result.outputs) ? result.outputs : [];
  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  const score = result.completeness?.score;
  const missing = (result.completeness?.missing ?? []).map((item) => item.label).filter(Boolean);
  const parts = [];
  if (typeof score === 'number') {
    meter.value = score;
    parts.push(t('status.completeness', { score }) + (missing.length ? ` (${t('status.missing', { items: missing.join(', ') })})` : ''));
  }
  parts.push(count('error') > 0 ? t('status.fixErrors', { n: count('error') })
    : t('status.summary', { notices: outputs.length, warnings: count('warning') }));
  const text = parts.join(' · ');
  // The live region is only touched when its words change, so a screen reader hears each
  // change once rather than on every keystroke.
  if (summaryText.textContent !== text) summaryText.textContent = text;
  $('summary').dataset.state = count('error') > 0 ? 'invalid' : 'ok';
}

// The render is asked for first; the sheet's JSON and the draft are written while the
// worker writes the notices.
function keepSheet(sheet) {
  traditionalFill.sync();
  sheetJson.textContent = JSON.stringify(sheet, null, 2);
  saveDraft(sheet, messageKind, outputView.state());
}

async function update() {
  const sheet = readSheet(form);
  lastSheet = sheet;
  if (!engine) {
    keepSheet(sheet);
    return;
  }
  const edit = ++edits;
  let result;
  try {
    const rendering = engine.render(sheet, messageOptions());
    keepSheet(sheet);
    result = await rendering;
    if (result === null || edit !== edits) return;  // a newer edit is on its way
  } catch (error) {
    if (edit === edits) say(engineStatus, 'engine.failed', { why: error?.message ?? error }, 'error');
    return;
  }
  lastResult = result;
  preview.show(result);
  $('notices-count').textContent = String(result.outputs?.length ?? 0);
  fieldFindings.show(Array.isArray(result.findings) ? result.findings : [], fieldPlaces(form));
  showSummary(result);
  showOpenFeedback();
  $('download-all').disabled = !(result.outputs?.length > 0);
  clearTimeout(planTimer);
  planTimer = setTimeout(showPlan, PLAN_DELAY_MS);
  renders += 1;
  document.body.dataset.renders = String(renders);
}

// The same sheet writes every message of the lifecycle: the chosen one, or the one the
// sheet's own kind calls for; sent at the moment given, or when the lifecycle sends it. The
// findings, the completeness labels and the plan's words are in the interface language, as
// the rest of the page (a person whose interface is English reads them in English, whatever
// the notices' languages), when the engine writes that language.
function messageOptions() {
  const options = {};
  if (messageKind) options.kind = messageKind;
  const sentAt = $('sent-at').value;
  if (sentAt) options.at = sentAt;
  if (!engine || engine.languages().includes(uiLanguage())) options.messages_language = uiLanguage();
  return options;
}

async function showPlan() {
  const edit = edits;
  let plan;
  try {
    plan = await engine.plan(lastSheet, messageOptions());
  } catch {
    plan = undefined;  // the notices still stand; the status line reports engine failures
  }
  // An edit since the request has its own plan coming.
  if (plan === null || edit !== edits) return;
  planPanel.show(plan ?? null);
}

function loadSheet(sheet, key, args) {
  traditionalFill.clear();
  fillForm(form, sheet);
  if (engine) setLanguageChoices(form, engine.languages());
  update();
  if (key) say(sheetStatus, key, args);
}

async function loadExample(button) {
  try {
    const response = await fetch(new URL(button.dataset.example, document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    loadSheet(await response.json());
    sheetStatus.textContent = '';
  } catch (error) {
    say(sheetStatus, 'example.failed', { why: error.message }, 'error');
  }
}

function showMessageKind(kind) {
  messageKind = kind;
  for (const button of $('message-kind').querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.dataset.kind === kind));
  }
}

// --- wiring ---------------------------------------------------------------------------

$('ui-language').value = uiLanguage();
// The page stays as it is, in the language before, until the new language's strings arrive.
$('ui-language').addEventListener('change', async (event) => {
  try {
    await setUiLanguage(event.target.value);
  } catch (error) {
    event.target.value = uiLanguage();
    say(sheetStatus, 'ui.languageFailed', { why: error?.message ?? error }, 'error');
  }
});
onUiLanguageChange(() => {
  fieldFindings.reset();
  update();
});

setupForm(form, update);
form.addEventListener('input', update);
form.addEventListener('change', update);
$('sent-at').addEventListener('input', update);
for (const button of form.querySelectorAll('button[data-example]')) {
  button.addEventListener('click', () => loadExample(button));
}
$('clear-form').addEventListener('click', () => loadSheet(blankSheet()));
$('message-kind').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-kind]');
  if (!button) return;
  showMessageKind(button.dataset.kind);
  update();
});
attachCopy($('copy-sheet'), () => sheetJson.textContent);
// What runs only on a click (saving files, the ZIP writer, the share link's compression) is
// fetched on that click, not with the page.
$('download-all').addEventListener('click', async () => {
  if (!lastResult) return;
  const archive = resultArchive(lastSheet, lastResult);
  (await import('./downloads.js')).downloadArchive(archive);
});

$('export-sheet').addEventListener('click', async () => {
  const text = `${JSON.stringify(readSheet(form), null, 2)}\n`;
  (await import('./save-file.js')).saveFile('noticekit-sheet.json', text, 'application/json');
});
$('import-sheet').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  event.target.value = '';  // choosing the same file again imports it again
  if (!file) return;
  try {
    const sheet = JSON.parse(await file.text());
    if (typeof sheet !== 'object' || sheet === null || Array.isArray(sheet)) throw new Error(t('sheet.notObject'));
    loadSheet(sheet, 'sheet.imported', { file: file.name });
  } catch (error) {
    say(sheetStatus, 'sheet.importFailed', { file: file.name, why: error.message }, 'error');
  }
});
$('share-sheet').addEventListener('click', async () => {
  const fragment = SHARE_PREFIX + await (await import('./share-link.js')).sheetToLink(readSheet(form));
  history.replaceState(null, '', fragment);
  $('share-link').value = location.href;
  $('share-box').hidden = false;
  await copyText(location.href);
  $('share-link').select();
});

// The first sheet: a shared link wins over the draft, the draft over an empty sheet.
async function firstSheet() {
  try {
    if (location.hash.startsWith(SHARE_PREFIX)) {
      const { sheetFromLink } = await import('./share-link.js');
      return [await sheetFromLink(location.hash.slice(SHARE_PREFIX.length)), 'sheet.linkLoaded'];
    }
  } catch (error) {
    say(sheetStatus, 'sheet.linkFailed', { why: error.message }, 'error');
  }
  const draft = loadDraft();
  if (draft) {
    showMessageKind(typeof draft.message === 'string' ? draft.message : '');
    outputView.restore(draft.view);
    const when = new Date(draft.saved).toLocaleString(uiLanguage());
    return [draft.sheet, 'sheet.draftRestored', { when }];
  }
  return [blankSheet()];
}

const [sheet, key, args] = await firstSheet();
loadSheet(sheet, key, args);
// The worker fetches this sheet's languages while the engine loads: the first preview does
// not wait for them after it.
expectSheet(readSheet(form), messageOptions());

engineLoading.then((loaded) => {
  engine = loaded;
  const version = engine.version();
  engineStatus.removeAttribute('data-i18n');
  engineStatus.textContent = version ? `noticekit ${version}` : '';
  setLanguageChoices(form, engine.languages());
  document.body.dataset.engine = 'ready';
  update();
}, (error) => {
  document.body.dataset.engine = 'failed';
  say(engineStatus, 'engine.unavailable', { why: error?.message ?? error }, 'error');
});
