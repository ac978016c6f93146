// The preview while typing. The notices are written in a worker (web/render-worker.js); each
// keystroke asks for them at once and web/engine.js drops what a newer edit has replaced, so
// the preview shows only the latest edit's result: during a burst of keystrokes it may skip
// edits, but it never shows an older text after a newer one, and it ends on the last.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, withPage, until, loadExample, outputText } from './harness.mjs';

useSite();

test('a burst of keystrokes: the preview never goes back to an older edit, and ends on the last', { timeout: 60000 }, async () => {
  await withPage({}, async ({ page }) => {
    await loadExample(page, 'Load tax-bureau example');
    const text = outputText(page, 'en', 'email');
    // Every text the English email shows from now on: how much of the burst it has.
    await text.evaluate((node) => {
      window.__typedShown = [];
      new MutationObserver(() => {
        const typed = node.textContent.match(/administration system([a-j]*)/);
        window.__typedShown.push(typed ? typed[1].length : -1);
      }).observe(node, { childList: true, characterData: true, subtree: true });
    });

    const reason = page.getByLabel('Reason in plain words English');
    await reason.focus();
    await reason.press('End');
    await page.keyboard.type('abcdefghij');  // no pause between keys
    await until('the last edit in the preview', () => text.textContent(), /administration systemabcdefghij\b/);

    const shown = await page.evaluate(() => window.__typedShown);
    assert.ok(shown.length > 0, 'the preview changed');
    assert.ok(shown.every((n) => n >= 0), `the reason always shown: ${shown}`);
    assert.ok(shown.every((n, i) => i === 0 || n >= shown[i - 1]), `never an older edit after a newer one: ${shown}`);
    assert.equal(shown.at(-1), 10);
  });
});
