// Copying to the clipboard, with a fallback for browsers or contexts (plain http on another
// host, older browsers) where navigator.clipboard is missing or refuses.

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

/** Makes `button` copy `getText()` and say "Copied" for a moment. */
export function attachCopy(button, getText) {
  const label = button.textContent;
  let timer = 0;
  button.addEventListener('click', async () => {
    const copied = await copyText(getText());
    button.textContent = copied ? 'Copied' : 'Copy failed';
    clearTimeout(timer);
    timer = setTimeout(() => { button.textContent = label; }, 1500);
  });
}
