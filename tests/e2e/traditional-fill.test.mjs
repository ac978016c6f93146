// Browser test of "fill the 繁體中文 boxes from the 简体中文 ones" (issue 20): OpenCC's s2twp
// (opencc-js) converts each zh-CN text, by phrase as well as by character, fetched from this
// site only when the button is pressed; the zh-TW notices then need no fallback, the
// converted boxes are marked until edited, and a box the writer typed is kept.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, withPage, until, sheetShown, outputText, type, loadExample, site } from './harness.mjs';
import { loadNoticekit } from '../parity/load-wasm.mjs';

useSite();

// The box of one language of a localized field, e.g. ('organization.name', 'zh-TW').
const box = (scope, field, lang) => scope.locator(`[data-l10n="${field}"] > [data-lang="${lang}"]`).locator('input, textarea');
// The findings that a text falls back from 繁體中文 to 简体中文, by path (the English notices'
// own fallbacks, e.g. the Chinese-only organisation name, are another language's business).
// The interface is Chinese, the sheet's first language, so the messages are the engine's own.
const traditionalFallbacks = (page) => page.locator('#findings .finding').evaluateAll((items) => items
  .filter((item) => item.querySelector('.code').textContent === 'text.untranslated' &&
    item.querySelector('.message').textContent.includes('没有繁体中文版本'))
  .map((item) => item.querySelector('.path').textContent));

test('繁體中文 filled from 简体中文 with OpenCC s2twp: phrases converted, no fallback left, marks until edited', { timeout: 90000 }, async () => {
  await withPage({ width: 1366, height: 768, locale: 'zh-CN' }, async ({ page, context }) => {
    const converterRequests = [];
    context.on('request', (request) => { if (request.url().includes('opencc')) converterRequests.push(request.url()); });
    await loadExample(page, '载入税务局示例');
    const form = page.locator('#sheet-form');
    const fill = page.getByRole('button', { name: '用简体中文栏填写繁體中文栏' });
    assert.equal(await fill.isVisible(), false, 'offered only with both Chinese languages');

    // The example has no 软件: it is typed, in both of the sheet's languages.
    await type(box(form, 'actions.after', 'zh-CN'), '请更新客户端软件');
    await type(box(form, 'actions.after', 'en'), 'Please update the client software');
    await form.getByLabel('繁體中文 (zh-TW)', { exact: true }).check();
    await until('the zh-TW fallback warnings', () => traditionalFallbacks(page), (paths) => paths.includes('/windows/0/systems/0'));
    // A zh-TW box the writer typed before the fill stays theirs.
    await type(box(form, 'organization.unit', 'zh-TW'), '資訊處');
    assert.deepEqual(converterRequests, [], 'the converter is not loaded with the page');

    await fill.click();
    const system = box(page.locator('#windows > li').first(), 'systems', 'zh-TW');
    await until('电子税务局 → 電子稅務局', () => system.inputValue(), /^電子稅務局\n/);
    await until('软件 → 軟體 (a Taiwan phrase, not only characters)', () => box(form, 'actions.after', 'zh-TW').inputValue(), '請更新客戶端軟體');
    assert.equal(converterRequests.length, 1, `the converter fetched once, when asked: ${converterRequests}`);
    assert.equal(await box(form, 'organization.unit', 'zh-TW').inputValue(), '資訊處', 'a typed box is kept');
    await until('the fill said so', () => page.locator('#fill-status').textContent(), /保留了您自己填写的 1 栏/);

    // The zh-TW notices now need no fallback to simplified text.
    await until('no zh-TW fallback left', () => traditionalFallbacks(page), []);
    await until('the zh-TW SMS in traditional characters', () => outputText(page, 'zh-TW', 'sms').textContent(), /電子稅務局/);
    const sheet = await sheetShown(page);
    const engine = await loadNoticekit(site);
    const zhTW = JSON.parse(engine.check(JSON.stringify(sheet), JSON.stringify({ languages: ['zh-TW'] }))).findings;
    assert.deepEqual(zhTW.filter((f) => f.code === 'text.untranslated'), [], 'the zh-TW notices need no fallback');
    assert.equal(sheet.organization.name['zh-TW'], '國家稅務總局某某省稅務局');

    // Converted boxes are marked (and say so in their label) until the writer edits them.
    const nameField = form.locator('[data-l10n="organization.name"] > [data-lang="zh-TW"]');
    assert.equal(await nameField.evaluate((field) => field.classList.contains('converted')), true);
    assert.match(await nameField.locator('.field-label').textContent(), /已转换,请检查/);
    assert.equal(await form.locator('[data-l10n="organization.unit"] > [data-lang="zh-TW"].converted').count(), 0, 'the typed box is not marked');
    const marked = await form.locator('.field.converted').count();
    await box(form, 'organization.name', 'zh-TW').press('End');
    await page.keyboard.type('（臺灣）');
    await until('the edited box no longer marked', () => nameField.evaluate((field) => field.classList.contains('converted')), false);
    assert.equal(await form.locator('.field.converted').count(), marked - 1, 'the other marks stay');
  });
});
