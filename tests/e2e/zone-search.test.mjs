// Browser test of the time-zone search (issue 20): the zone field finds a zone the way people
// name it, a city, a country, a zone name or an offset, in English or Chinese ("Beijing",
// "北京", "UTC+8" → Asia/Shanghai), shows each zone's name in the interface language and its
// offset now, and takes one by keyboard or mouse. The table is fetched on first use only.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, withPage, until, sheetShown, openAxePage, axeViolations, engineReady } from './harness.mjs';

useSite();

const optionsShown = (page) => page.locator('#zone-options [role="option"]').evaluateAll((options) =>
  options.map((option) => ({ zone: option.dataset.zone, text: option.textContent })));

async function search(page, query) {
  const field = page.getByRole('combobox', { name: /^(Time zone of all times|所有时间的时区)$/ });
  await field.fill('');
  await field.pressSequentially(query);
  await until(`the zones for ${query}`, () => optionsShown(page), (options) => options.some((o) => o.zone === 'Asia/Shanghai'));
  return field;
}

test('the zone field offers Asia/Shanghai for "Beijing", "北京" and "UTC+8", by keyboard and mouse', { timeout: 60000 }, async () => {
  await withPage({}, async ({ page, context }) => {
    const tableRequests = [];
    context.on('request', (request) => { if (request.url().endsWith('/zone-names.json')) tableRequests.push(request.url()); });
    assert.deepEqual(tableRequests, [], 'the zone table is not part of the first load');

    // "Beijing": the first offer, with its name, city, country and offset; taken by keyboard.
    let field = await search(page, 'Beijing');
    const [first] = await optionsShown(page);
    assert.equal(first.zone, 'Asia/Shanghai');
    assert.match(first.text, /UTC\+08:00/);
    assert.match(first.text, /China Time · Shanghai, China/);
    assert.equal(await field.getAttribute('aria-expanded'), 'true');
    await field.press('ArrowDown');
    assert.equal(await field.getAttribute('aria-activedescendant'), await page.locator('#zone-options [role="option"]').first().getAttribute('id'));
    await field.press('Enter');
    await until('Asia/Shanghai in the sheet', async () => (await sheetShown(page)).time_zone, 'Asia/Shanghai');
    assert.equal(await field.getAttribute('aria-expanded'), 'false');
    assert.equal(tableRequests.length, 1, 'fetched once, on first use');

    // "北京", taken by mouse.
    field = await search(page, '北京');
    await page.locator('#zone-options [data-zone="Asia/Shanghai"]').click();
    await until('Asia/Shanghai again', () => field.inputValue(), 'Asia/Shanghai');

    // "UTC+8": every zone there now, Asia/Shanghai among them; the arrows reach it.
    field = await search(page, 'UTC+8');
    const offered = await optionsShown(page);
    assert.ok(offered.length > 5 && offered.every((o) => o.text.includes('UTC+08:00')), JSON.stringify(offered.map((o) => o.zone)));
    await field.fill('');
    await field.pressSequentially('Eastern');
    await until('America/New_York for "Eastern"', async () => (await optionsShown(page))[0]?.zone, 'America/New_York');
    await field.press('Escape');
    assert.equal(await page.locator('#zone-options').isHidden(), true, 'Escape closes the list');
    // The field still takes an id typed in full, with no list in the way.
    await field.fill('');
    await field.pressSequentially('Europe/Berlin');
    await until('Europe/Berlin in the sheet', async () => (await sheetShown(page)).time_zone, 'Europe/Berlin');
    assert.equal(await page.locator('#zone-options').isHidden(), true);

    // In the Chinese interface the zones are named in Chinese.
    // In the Chinese interface the zones are named in Chinese, also in a list opened while
    // the switch still waits for the Chinese strings (held back here until the list is shown).
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\/web\/(ui-strings\/)?zh-CN(-[A-Z0-9]+)?\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('#ui-language').selectOption('zh-CN');
    await search(page, 'Beijing');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the strings are still held');
    assert.match((await optionsShown(page))[0].text, /China Time · Shanghai, China/);
    release();
    await until('the open list in Chinese', async () => (await optionsShown(page))[0]?.text, /中国时间 · 上海，中国/);
    await search(page, '北京');
    assert.match((await optionsShown(page))[0].text, /中国时间 · 上海，中国/);
  });
});

test('the zone list is axe clean while open', { timeout: 60000 }, async () => {
  const { page, context } = await openAxePage();
  try {
    await engineReady(page);
    await search(page, 'UTC+8');
    await page.getByRole('combobox', { name: 'Time zone of all times' }).press('ArrowDown');
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await context.close();
  }
});
