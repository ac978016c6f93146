// "Fill the traditional-Chinese boxes from the simplified ones": each free-text field's zh-CN
// text, converted by OpenCC's s2twp (simplified → Taiwan standard, with Taiwan's phrases:
// 软件 → 軟體, not only 軟件), goes into its zh-TW box for the writer to review. This module
// is the button, when it is shown and the marks on converted boxes; the converting itself
// (web/traditional-convert.js, with opencc-js, about 450 KB gzipped) is fetched from this site
// only when the button is pressed. A converted box is marked until the writer edits it; a
// zh-TW box the writer typed is never overwritten.

import { languageName } from './l10n.js';
import { setText } from './i18n.js';

const SOURCE = 'zh-CN';
const isTraditional = (tag) => tag === 'zh-TW' || tag.startsWith('zh-TW-');

function mark(control) {
  const field = control.closest('.field');
  field.classList.add('converted');
  if (!field.querySelector('.converted-note')) {
    const note = setText(document.createElement('span'), 'fill.converted');
    note.className = 'converted-note';
    field.querySelector('.field-label').append(' ', note);
  }
}

function unmark(field) {
  field.classList.remove('converted');
  field.querySelector('.converted-note')?.remove();
}

/**
 * Wires the button; `languages()` are the ticked notice languages, `onFilled()` re-renders.
 * Returns {sync, clear}: sync shows the button when zh-CN and a zh-TW language are both
 * ticked; clear drops every mark (a new sheet was loaded).
 */
export function setupTraditionalFill({ form, box, button, status, languages, onFilled }) {
  const targets = () => languages().filter(isTraditional);

  // Typing in a converted box makes it the writer's own.
  form.addEventListener('input', (event) => {
    const field = event.target.closest?.('.field.converted');
    if (field) unmark(field);
  });

  button.addEventListener('click', async () => {
    button.disabled = true;
    delete status.dataset.state;
    setText(status, 'fill.loading');
    try {
      const { fillTraditional } = await import('./traditional-convert.js');
      const { filled, kept } = await fillTraditional(form, SOURCE, targets());
      for (const control of filled) mark(control);
      setText(status, 'fill.done', { filled: filled.length, kept, languages: targets().map(languageName).join(', ') });
      onFilled();
    } catch (error) {
      setText(status, 'fill.failed', { why: error?.message ?? String(error) });
      status.dataset.state = 'error';
    } finally {
      button.disabled = false;
    }
  });

  return {
    sync() {
      const shown = languages().includes(SOURCE) && targets().length > 0;
      if (box.hidden === shown) box.hidden = !shown;
    },
    clear() {
      for (const field of form.querySelectorAll('.field.converted')) unmark(field);
      status.textContent = '';
      delete status.dataset.state;
    },
  };
}
