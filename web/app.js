// The page: form in, live preview out. Everything runs in this browser; the only requests
// are for this site's own files (the wasm engine and the example sheets).

import { setupForm, readSheet, fillForm, blankSheet } from './form.js';
import { createPreview } from './preview.js';
import { loadEngine } from './engine.js';
import { attachCopy } from './clipboard.js';
import { createPlanPanel } from './plan.js';

const RENDER_DELAY_MS = 100;

const form = document.getElementById('sheet-form');
const status = document.getElementById('engine-status');
const sheetJson = document.getElementById('sheet-json');
const messageKind = document.getElementById('message-kind');
const planPanel = createPlanPanel(document.getElementById('plan'));
const preview = createPreview({
  findings: document.getElementById('findings'),
  outputs: document.getElementById('outputs'),
  filter: document.getElementById('channel-filter'),
});

let engine = null;
let engineLabel = '';
let renders = 0;
let timer = 0;

function setStatus(message, state = '') {
  status.textContent = message;
  status.dataset.state = state;
}

function count(findings, severity) {
  return findings.filter((finding) => finding.severity === severity).length;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function update() {
  clearTimeout(timer);
  const sheet = readSheet(form);
  sheetJson.textContent = JSON.stringify(sheet, null, 2);
  if (!engine) return;
  let result;
  try {
    // The same sheet writes every message of the lifecycle: the chosen one, or the one the
    // sheet's own kind calls for.
    result = engine.render(sheet, messageKind.value ? { kind: messageKind.value } : {});
  } catch (error) {
    setStatus(`The notice engine failed: ${error?.message ?? error}. Reload the page to start it again.`, 'error');
    return;
  }
  preview.show(result);
  try {
    planPanel.show(engine.plan(sheet));
  } catch {
    planPanel.show(null);  // the notices above still stand; the status line reports engine failures
  }
  const findings = Array.isArray(result.findings) ? result.findings : [];
  const outputs = Array.isArray(result.outputs) ? result.outputs : [];
  const errors = count(findings, 'error');
  const score = result.completeness?.score;
  const missing = (result.completeness?.missing ?? []).map((item) => item.label).join(', ');
  const completeness = typeof score === 'number'
    ? `Completeness ${score}/100${missing ? ` (missing: ${missing})` : ''} · ` : '';
  const summary = completeness + (errors > 0
    ? `Fix ${plural(errors, 'error')} to see the notices.`
    : `${plural(outputs.length, 'notice')} · ${plural(count(findings, 'warning'), 'warning')}`);
  setStatus(`${summary} ${engineLabel}`.trim(), errors > 0 ? 'invalid' : 'ok');
  renders += 1;
  document.body.dataset.renders = String(renders);
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, RENDER_DELAY_MS);
}

async function loadExample(button) {
  const name = button.textContent;
  try {
    const response = await fetch(new URL(button.dataset.example, document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    fillForm(form, await response.json());
    update();
    if (engine) setStatus(`Loaded: ${name.replace(/^Load /, '')}. ${status.textContent}`, status.dataset.state);
  } catch (error) {
    setStatus(`Could not load the example: ${error.message}`, 'error');
  }
}

setupForm(form, schedule);
form.addEventListener('input', schedule);
messageKind.addEventListener('change', update);
form.addEventListener('change', schedule);
for (const button of form.querySelectorAll('button[data-example]')) {
  button.addEventListener('click', () => loadExample(button));
}
document.getElementById('clear-form').addEventListener('click', () => {
  fillForm(form, blankSheet());
  update();
});
attachCopy(document.getElementById('copy-sheet'), () => sheetJson.textContent);

fillForm(form, blankSheet());
update();

loadEngine().then((loaded) => {
  engine = loaded;
  const version = engine.version();
  engineLabel = version ? `(noticekit ${version})` : '';
  document.body.dataset.engine = 'ready';
  update();
}, (error) => {
  document.body.dataset.engine = 'failed';
  setStatus(`The notice engine could not be loaded (${error?.message ?? error}). The form still works; the preview needs noticekit.mjs and noticekit.wasm next to this page.`, 'error');
});
