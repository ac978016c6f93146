// Fills the traditional-Chinese boxes from the simplified ones (the button: web/traditional-fill.js)
// with opencc-js's s2twp converter (npm, pinned; the same dictionaries as Debian's OpenCC that
// `noticekit convert` uses), which is fetched from this site's web/vendor/ on the first fill.
// Fetched itself only when the button is pressed, so it imports nothing of the page's.

const CONVERTER = new URL('./vendor/opencc-cn2t.js', import.meta.url);

let converter = null;
function loadConverter() {
  converter ??= import(CONVERTER.href).then(({ Converter }) => Converter({ from: 'cn', to: 'twp' }))
    .catch((error) => {
      converter = null;  // a later click tries again
      throw error;
    });
  return converter;
}

const boxOf = (holder, tag) =>
  holder.querySelector(`:scope > [data-lang="${CSS.escape(tag)}"]`)?.querySelector('input, textarea') ?? null;

/**
 * Writes each field's `source` text, converted, into its boxes of the `targets` languages,
 * except a box the writer typed (not empty, not marked .converted). Resolves to {filled: the
 * boxes written, kept: how many typed boxes were left}.
 */
export async function fillTraditional(form, source, targets) {
  const convert = await loadConverter();
  const filled = [];
  let kept = 0;
  for (const holder of form.querySelectorAll('.l10n')) {
    const from = boxOf(holder, source);
    if (!from || from.value.trim() === '') continue;
    for (const tag of targets) {
      const target = boxOf(holder, tag);
      if (!target) continue;
      if (target.value.trim() !== '' && !target.closest('.field.converted')) {
        kept += 1;
        continue;
      }
      target.value = convert(from.value);
      filled.push(target);
    }
  }
  return { filled, kept };
}
