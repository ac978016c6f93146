// Copying to the clipboard, with a fallback for browsers or contexts (plain http on another
// host, older browsers) where navigator.clipboard is missing or refuses.

import { setText } from './i18n.js';

async function copyText(text) {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the old way
  }
  const focused = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus?.();
  return copied;
}

/** Makes `button` (labelled by the ui-string `labelKey`) copy `getText()` and say so a moment. */
export function attachCopy(button, getText, labelKey = 'copy') {
  let timer = 0;
  setText(button, labelKey);
  button.addEventListener('click', async () => {
    const copied = await copyText(getText());
    setText(button, copied ? 'copy.done' : 'copy.failed');
    clearTimeout(timer);
    timer = setTimeout(() => setText(button, labelKey), 1500);
  });
}

export { copyText };
