// Browser tests of the page's safety for every reader: accessibility (axe-core), an XSS
// attempt in every text field, keyboard use and the 360 px layout. (A file of its own beside
// page.test.mjs, so that scripts/test runs the two side by side.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import {
  useSite, withPage, until, outputCard, typeDateTime, example, loadExample, waitForSheet, waitForPlan,
  redrawnPlan, openAxePage, axeViolations,
} from './harness.mjs';

useSite();
const TAX = 'Load tax-bureau example';

test('axe-core finds no serious or critical violation, in English and 简体中文', { timeout: 90000 }, async () => {
  const { page, context } = await openAxePage();
  try {
    const sheet = await loadExample(page, TAX);
    // The plan is drawn last (web/app.js), and drawn again after a switch of the interface
    // language: axe runs once it has been, so it checks the whole page and no part of it is
    // replaced while axe reads it.
    await waitForPlan(page, sheet);
    for (const lang of ['en', 'zh-CN']) {
      if (await page.locator('#ui-language').inputValue() !== lang) {
        await redrawnPlan(page, () => page.locator('#ui-language').selectOption(lang));
      }
      await until('the interface language', () => page.locator('html').getAttribute('lang'), lang);
      assert.deepEqual(await axeViolations(page), [], `serious or critical violations (${lang})`);
    }
  } finally {
    await context.close();
  }
});

// The email previews' frames, once each has loaded the HTML its srcdoc was given. A card of
// another message kind is a new card (web/preview.js), so its frame is new too: it shows
// about:blank until its srcdoc document is there.
async function emailFrames(page) {
  return until('the email previews, loaded', async () => {
    const frames = [];
    for (const element of await page.locator('iframe.email-frame').elementHandles()) {
      const frame = await element.contentFrame();
      if (frame?.url() !== 'about:srcdoc' || await frame.evaluate(() => document.readyState) !== 'complete') return null;
      frames.push(frame);
    }
    return frames;
  }, (frames) => frames?.length > 0);
}

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=2</script>',
  'javascript:window.__xss=3',
  "'><svg onload=window.__xss=4>",
  '<a href="javascript:window.__xss=5">x</a>',
];

test('an XSS attempt in every text field never runs, in any preview', { timeout: 90000 }, async () => {
  await withPage({}, async ({ page }) => {
    await loadExample(page, TAX);
    const fields = page.locator('#sheet-form').locator('input[type="text"]:visible, textarea:visible');
    const count = await fields.count();
    assert.ok(count > 30, `${count} text fields`);
    for (let i = 0; i < count; i += 1) await fields.nth(i).fill(`${PAYLOADS[i % PAYLOADS.length]} ${i}`);
    // Unknown time zones are errors, echoed (as text) in the findings; valid ones let the
    // notices be written with every other payload in them.
    await until('the time-zone finding', () => page.locator('#findings').textContent(), (text) => text.includes('window.__xss'));
    await page.getByLabel('Time zone of all times').fill('Asia/Shanghai');
    await page.getByLabel("Readers' time zones (one per line)").fill('Asia/Shanghai');
    await page.locator('#contacts > li').first().getByRole('combobox', { name: 'Kind' }).selectOption('web');
    await page.locator('#contacts > li').first().getByLabel('Number, address or link').fill('javascript:window.__xss=6');

    // Each message kind is written, with the times it needs (the payloads stay in the text).
    const times = {
      restoration: { 'Service back at': '2026-12-06T05:30' },
      extension: { 'Originally from': '2026-12-05T22:00', 'Originally until': '2026-12-06T04:00' },
    };
    for (const message of ['restoration', 'extension', 'reminder', '']) {
      await page.locator(`#message-kind button[data-kind="${message}"]`).click();
      for (const [label, value] of Object.entries(times[message] ?? {})) await typeDateTime(page, page.getByLabel(label), value);
      const kind = message || 'announcement';
      await until(`the ${kind} notices`, () => page.locator('.output').evaluateAll((cards) => cards.map((c) => c.dataset.kind)),
        (kinds) => kinds.length > 0 && kinds.every((k) => k === kind));
      // Read again while a later render replaces an email preview (its frame reloads).
      const clean = { ran: null, elements: 0, links: 0 };
      await until(`the ${kind} page and email previews free of the payloads`, async () => {
        const found = [];
        for (const frame of [page.mainFrame(), ...await emailFrames(page)]) {
          found.push({ frame: frame.url(), ...await frame.evaluate(() => ({
            ran: window.__xss ?? null,
            elements: [...document.querySelectorAll('img, script:not([src]), svg, iframe:not(.email-frame), object, embed')].length,
            links: [...document.querySelectorAll('a[href^="javascript:" i]')].length,
          })) });
        }
        return found;
      }, (found) => found.every(({ frame, ...seen }) => isDeepStrictEqual(seen, clean)));
    }
    const sandboxes = await page.locator('iframe.email-frame').evaluateAll((list) => list.map((f) => f.getAttribute('sandbox')));
    assert.ok(sandboxes.length > 0 && sandboxes.every((sandbox) => sandbox === ''), 'email previews are fully sandboxed');
    // The payloads did reach the notices, as text.
    const texts = (await page.locator('.output .output-text').allTextContents()).join('\n');
    assert.ok(texts.includes('<img src=x onerror="window.__xss=1">'), 'the payload is shown as text');
  });
});

test('keyboard only, visible focus, and a 360 px phone', { timeout: 60000 }, async () => {
  await withPage({ width: 360, height: 780 }, async ({ page }) => {
    // Tab from the top of the page to the first example button and press Enter.
    await page.keyboard.press('Tab');
    let steps = 0;
    while (!(await page.evaluate(() => document.activeElement?.dataset?.example)) && steps < 10) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    const focused = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return { text: document.activeElement.textContent, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.equal(focused.text, TAX);
    assert.ok(focused.outline !== 'none' && focused.width >= 2, `a visible focus ring: ${JSON.stringify(focused)}`);
    await page.keyboard.press('Enter');
    const sheet = example('tax-bureau-planned.json');
    await waitForSheet(page, sheet, 'the example loaded by keyboard');
    await waitForPlan(page, sheet);
    // The message buttons work with the keyboard too. The width is measured once the page
    // is whole: the notices and the plan drawn after them (web/app.js).
    await page.locator('#message-kind button[data-kind="reminder"]').focus();
    await redrawnPlan(page, () => page.keyboard.press('Space'));
    await until('the reminder', () => outputCard(page, 'en', 'email').getAttribute('data-kind'), 'reminder');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling at 360 px (scrollWidth ${width})`);
  });
});
