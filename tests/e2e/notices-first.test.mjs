// Browser tests of issue 20's preview: the notices first (the first notice and its Copy
// button on the first screen at 1366×768, one tap away on a 360 px phone), the plan one tab
// away, a channel filter with counts (mouse and keyboard, kept in the draft across a
// reload), one language, and two languages of a channel side by side.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useSite, engineReady, withPage, assertNoProblems, until, loadExample, waitForPlan, openAxePage,
  axeViolations, site,
} from './harness.mjs';
import { loadNoticekit } from '../parity/load-wasm.mjs';

useSite();
const TAX = 'Load tax-bureau example';
const SAAS = 'Load SaaS emergency example';

// Where the first notice shown is, against the viewport: its text's top, its Copy button's
// box, and whether anything was scrolled (the window or the preview panel).
const firstNotice = (page) => page.evaluate(() => {
  const card = [...document.querySelectorAll('#outputs .output')].find((c) => c.offsetParent !== null);
  if (!card) return null;
  const box = (node) => { const r = node.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; };
  const copy = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Copy');
  return {
    viewport: window.innerHeight,
    scrolled: window.scrollY + document.querySelector('#preview').scrollTop,
    text: box(card.querySelector('.output-text')),
    textLength: card.querySelector('.output-text').textContent.length,
    copy: copy && box(copy),
  };
});

function assertInView(where, what) {
  assert.ok(where, `${what}: a notice is shown`);
  assert.equal(where.scrolled, 0, `${what}: nothing scrolled`);
  assert.ok(where.textLength > 0, `${what}: the notice has text`);
  // At least two lines of the text (1.6 × 14 px each) are on the screen, and all of Copy.
  assert.ok(where.text.top >= 0 && where.text.top + 48 <= where.viewport, `${what}: the text starts in view (${JSON.stringify(where)})`);
  assert.ok(where.copy && where.copy.top >= 0 && where.copy.bottom <= where.viewport, `${what}: Copy in view (${JSON.stringify(where)})`);
}

test('loading either example shows its first notice and its Copy button without scrolling at 1366×768', { timeout: 60000 }, async () => {
  await withPage({ width: 1366, height: 768 }, async ({ page }) => {
    const engine = await loadNoticekit(site);
    for (const button of [TAX, SAAS]) {
      const sheet = await loadExample(page, button);
      // Findings are collapsed to their count when there are more than three (the tax
      // example's warnings), shown when fewer (the SaaS example's one).
      const findings = JSON.parse(engine.render(JSON.stringify(sheet))).findings;
      await until(`the findings of ${button} counted`, () => page.locator('#findings-count').textContent(),
        new RegExp(`^\\(${findings.length}: 0 error`));
      assert.equal(await page.locator('#findings-details').evaluate((details) => details.open), findings.length <= 3);
      assertInView(await firstNotice(page), button);
    }
  });
});

test('on a 360 px phone the first notice is one tap away', { timeout: 60000 }, async () => {
  await withPage({ width: 360, height: 780 }, async ({ page }) => {
    await loadExample(page, TAX);
    await page.getByRole('link', { name: 'Jump to the notices' }).click();  // the one tap
    const where = await until('the first notice in view', () => page.evaluate(() => {
      const card = document.querySelector('#outputs .output:not([hidden])');
      const copy = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Copy');
      const text = card.querySelector('.output-text').getBoundingClientRect();
      const button = copy.getBoundingClientRect();
      return { viewport: window.innerHeight, text: text.top, copyTop: button.top, copyBottom: button.bottom };
    }), (w) => w.copyTop >= 0 && w.copyBottom <= w.viewport && w.text >= 0 && w.text + 48 <= w.viewport);
    assert.ok(where.text > 0);
  });
});

// The number of notices per channel the engine writes for a sheet.
async function channelCounts(sheet) {
  const engine = await loadNoticekit(site);
  const outputs = JSON.parse(engine.render(JSON.stringify(sheet))).outputs;
  const counts = { All: outputs.length };
  for (const output of outputs) counts[output.channel] = (counts[output.channel] ?? 0) + 1;
  return counts;
}

const visibleCards = (page) => page.locator('#outputs .output').evaluateAll((cards) =>
  cards.filter((card) => card.offsetParent !== null).map((card) => `${card.dataset.lang} ${card.dataset.channel}`));

test('the channel filter: counts, mouse and keyboard, kept in the draft across a reload', { timeout: 90000 }, async () => {
  await withPage({ width: 1366, height: 768 }, async ({ page, problems }) => {
    const sheet = await loadExample(page, TAX);
    const counts = await channelCounts(sheet);
    const filter = page.getByRole('group', { name: 'Channel', exact: true });
    // Each choice says how many notices it shows: "All 30", "SMS 2", …
    const labels = await filter.locator('label.chip').evaluateAll((chips) => chips.map((chip) => ({
      value: chip.querySelector('input').value, count: Number(chip.querySelector('.count').textContent),
    })));
    assert.deepEqual(Object.fromEntries(labels.map(({ value, count }) => [value === 'all' ? 'All' : value, count])), counts);
    assert.equal(await filter.getByRole('radio', { name: /^All \d+$/ }).isChecked(), true, 'All by default');

    // By mouse: only the SMS, in both languages.
    await filter.getByRole('radio', { name: /^SMS \d+$/ }).click();
    await until('only the SMS shown', () => visibleCards(page), ['zh-CN sms', 'en sms']);

    // By keyboard: the arrow keys move along the row.
    const radios = await filter.locator('input').evaluateAll((inputs) => inputs.map((input) => input.value));
    const next = radios[radios.indexOf('sms') + 1];
    await filter.getByRole('radio', { name: /^SMS \d+$/ }).focus();
    await page.keyboard.press('ArrowRight');
    await until(`only the ${next} notices shown`, () => visibleCards(page), [`zh-CN ${next}`, `en ${next}`]);
    await page.keyboard.press('ArrowLeft');
    await until('the SMS again', () => visibleCards(page), ['zh-CN sms', 'en sms']);

    // Kept with the draft: a reload shows the SMS only, with its choice ticked.
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('noticekit.draft')));
    assert.equal(draft.view.channel, 'sms');
    await page.reload();
    await engineReady(page);
    await until('the SMS only after the reload', () => visibleCards(page), ['zh-CN sms', 'en sms']);
    assert.equal(await page.getByRole('group', { name: 'Channel', exact: true }).getByRole('radio', { name: /^SMS \d+$/ }).isChecked(), true);
    await assertNoProblems(page, problems);

    // The plan is one tab away, by keyboard too.
    const tab = page.getByRole('tab', { name: /^Notices/ });
    await tab.focus();
    await page.keyboard.press('ArrowRight');
    await until('the Plan tab chosen', () => page.getByRole('tab', { name: 'Plan' }).getAttribute('aria-selected'), 'true');
    await until('the plan shown', () => page.locator('#panel-plan').isVisible(), true);
    assert.equal(await page.locator('#panel-notices').isHidden(), true);
    await waitForPlan(page, sheet);
    await page.getByRole('tab', { name: /^Notices/ }).click();
    await until('the notices back', () => page.locator('#panel-notices').isVisible(), true);
  });
});

test('one language, or two of a channel side by side, by keyboard and mouse; axe finds nothing serious', { timeout: 90000 }, async () => {
  const { page, context } = await openAxePage({ width: 1366, height: 768 });
  try {
    await loadExample(page, TAX);
    await page.getByRole('group', { name: 'Channel', exact: true }).getByRole('radio', { name: /^Email \d+$/ }).check();
    // One language: English by mouse, then 简体中文 and back to all by the arrow keys.
    const language = page.getByRole('group', { name: 'Language', exact: true });
    await language.getByRole('radio', { name: /^English \d+$/ }).click();
    await until('the English email only', () => visibleCards(page), ['en email']);
    await page.keyboard.press('ArrowLeft');
    await until('the Chinese email only', () => visibleCards(page), ['zh-CN email']);
    await page.keyboard.press('ArrowLeft');
    await until('both emails again', () => visibleCards(page), ['zh-CN email', 'en email']);
    // By keyboard: Space ticks the box.
    await page.getByLabel('Side by side').focus();
    await page.keyboard.press('Space');
    const columns = () => page.locator('#outputs .pair').evaluateAll((pairs) => pairs.map((pair) => ({
      channel: pair.dataset.channel,
      columns: [...pair.querySelectorAll('.pair-column')].map((column) => {
        const card = column.querySelector('.output');
        const box = card.getBoundingClientRect();
        return { lang: column.dataset.lang, card: `${card.dataset.lang} ${card.dataset.channel}`, left: Math.round(box.left), top: Math.round(box.top) };
      }),
    })));
    const shown = await until('the zh-CN and the en email side by side', columns,
      (pairs) => pairs.length === 1 && pairs[0].columns.length === 2);
    const [left, right] = shown[0].columns;
    assert.deepEqual([left.card, right.card], ['zh-CN email', 'en email']);
    assert.equal(left.top, right.top, 'on one row');
    assert.ok(left.left < right.left, 'the first language on the left');

    // The languages can be swapped; the choice is kept in the draft.
    await page.getByRole('combobox', { name: /^Left/ }).selectOption('en');
    await page.getByRole('combobox', { name: /^Right/ }).selectOption('zh-CN');
    await until('English on the left', async () => (await columns())[0].columns.map((c) => c.card), ['en email', 'zh-CN email']);
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('noticekit.draft')).view);
    assert.deepEqual(draft, { channel: 'email', lang: 'all', sideBySide: true, left: 'en', right: 'zh-CN' });
    assert.deepEqual(await axeViolations(page), [], 'side by side');

    // By mouse: off again, the notices by language.
    await page.getByLabel('Side by side').click();
    await until('the notices by language', () => page.locator('#outputs .lang-group').count(), 2);
    await until('the email only', () => visibleCards(page), ['zh-CN email', 'en email']);
  } finally {
    await context.close();
  }
});
