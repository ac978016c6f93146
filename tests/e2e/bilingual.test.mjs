// Browser tests of bilingual notices on the page (docs/locales.md, "Notices in two
// languages"): the tax-bureau example as one zh-CN+en notice per channel, its first language
// chosen by the user and apart from the interface language, carried by the export, the share
// link, the draft and the downloads; a language list the controls cannot show exactly is kept
// as it is; and the page stays accessible and fits a 360 px phone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  useSite, openPage, engineReady, withPage, assertNoProblems, until, textOf, sheetShown, groupsShown, outputCard,
  outputText, example, loadExample, waitForSheet, waitForPlan, download, openAxePage, axeViolations,
} from './harness.mjs';

const shared = useSite();
const TAX = 'Load tax-bureau example';
const BILINGUAL = 'Write the chosen languages as one bilingual notice (the first one first)';
const BILINGUAL_ZH = '将所选语言合并为一份双语公告(第一种在前)';

const metric = (card, name) => card.locator('.metric', { has: card.page().locator('dt', { hasText: new RegExp(`^${name}$`) }) })
  .locator('dd').textContent();
// The tax-bureau example as it is, but with its two languages as one bilingual notice.
const bilingualTax = () => ({ ...example('tax-bureau-planned.json'), languages: ['zh-CN+en'] });

async function waitForGroups(page, expected) {
  await until(`the notices grouped as ${expected.join(', ')}`, () => groupsShown(page), expected);
}
const languagesShown = async (page) => (await sheetShown(page)).languages;

test('the tax-bureau example as one bilingual notice per channel, apart from the interface language', { timeout: 90000 }, async () => {
  await withPage({}, async ({ page }) => {
    await loadExample(page, TAX);
    const box = page.getByLabel(BILINGUAL);
    assert.equal(await box.isChecked(), false);
    assert.equal(await page.getByLabel('First language').inputValue(), 'zh-CN');
    await box.check();
    await waitForSheet(page, bilingualTax(), 'the bilingual sheet');
    await until('the bilingual group\'s title', async () => (await textOf(page.locator('.lang-group .lang-title')))?.trim(),
      '简体中文 + English zh-CN+en');

    // One email: the Chinese notice, where the English one begins, then the English notice.
    await until('one email', () => page.locator('.output[data-channel="email"]').count(), 1);
    const email = await until('the bilingual email', () => textOf(outputText(page, 'zh-CN+en', 'email')),
      (text) => text?.startsWith('关于电子税务局'));
    const at = (words) => {
      const i = email.indexOf(words);
      assert.ok(i >= 0, `the email has "${words}"`);
      return i;
    };
    assert.ok(at('English version below.') < at('尊敬的纳税人、缴费人'));
    assert.ok(at('特此公告。') < at('Scheduled maintenance: 3 services unavailable') && at('Scheduled maintenance: 3 services unavailable') < at('Dear user'));
    const emailCard = outputCard(page, 'zh-CN+en', 'email');
    await until('the email card to name its primary language', () => emailCard.getAttribute('lang'), 'zh-CN');
    await until('the bilingual subject', () => textOf(emailCard.locator('.output-subject')), /^关于.+ \/ Scheduled maintenance/);
    await until('the email preview\'s title', () => emailCard.locator('iframe').getAttribute('title'),
      'Email preview (简体中文 + English)');

    // One SMS with both editions and its segment count.
    const smsCard = outputCard(page, 'zh-CN+en', 'sms');
    await until('the bilingual SMS', () => textOf(outputText(page, 'zh-CN+en', 'sms')),
      (sms) => sms?.startsWith('【某某税务】') && sms.includes('\nScheduled maintenance'));
    await until('the SMS segment count', () => metric(smsCard, 'segments'), /^[1-9]\d*$/);
    // The send plan is made for the bilingual sheet too (not the one before it).
    await waitForPlan(page, bilingualTax());

    // The findings speak the interface language, not the primary notice language.
    const finding = page.locator('#findings .finding .message').first();
    const cjk = /[\u4e00-\u9fff]/;
    await until('a finding in English', () => finding.textContent(), (text) => !cjk.test(text));

    // The interface in Chinese: the same sheet, the same notices. A switch of the interface
    // language renders again at once (web/app.js), so once the findings are in Chinese the
    // sheet and the notices read next are the ones rendered after the switch.
    await page.getByLabel('Interface language').selectOption('zh-CN');
    await until('the interface in Chinese', () => page.locator('html').getAttribute('lang'), 'zh-CN');
    await until('the findings in Chinese', () => finding.textContent(), cjk);
    await until('the bilingual box, in Chinese', () => page.getByLabel(BILINGUAL_ZH).isChecked(), true);
    await until('the first language, in Chinese', () => page.getByLabel('第一种语言').inputValue(), 'zh-CN');
    assert.deepEqual(await sheetShown(page), bilingualTax());
    assert.deepEqual(await groupsShown(page), ['zh-CN+en']);
    assert.equal(await outputText(page, 'zh-CN+en', 'email').textContent(), email);
    await page.getByLabel('界面语言').selectOption('en');
    await until('the interface in English', () => page.locator('html').getAttribute('lang'), 'en');

    // English first: the boxes follow (English first), and the notices too.
    await page.getByLabel('First language').selectOption('en');
    await waitForGroups(page, ['en+zh-CN']);
    await until('the ticked boxes, English first',
      () => page.locator('#language-choices input:checked').evaluateAll((list) => list.map((b) => b.value)), ['en', 'zh-CN']);
    const name = page.locator('[data-l10n="organization.name"] > label:not([hidden])');
    await until('the name boxes, English first', () => name.evaluateAll((list) => list.map((l) => l.dataset.lang)), ['en', 'zh-CN']);
    const english = await until('the English-first email', () => textOf(outputText(page, 'en+zh-CN', 'email')),
      (text) => text?.startsWith('Scheduled maintenance'));
    assert.ok(english.indexOf('中文版请见下文。') >= 0 && english.indexOf('中文版请见下文。') < english.indexOf('Dear user'), english.slice(0, 200));
    // The organisation's name was a plain string, so Chinese: it stays Chinese, now said so.
    await until('the name, marked Chinese', async () => (await sheetShown(page)).organization.name,
      { 'zh-CN': '国家税务总局某某省税务局' });

    // Back to Chinese first, then one notice per language again.
    await page.getByLabel('First language').selectOption('zh-CN');
    await waitForSheet(page, bilingualTax(), 'the bilingual sheet, Chinese first');
    await page.getByLabel(BILINGUAL).uncheck();
    await waitForSheet(page, example('tax-bureau-planned.json'), 'the sheet with one notice per language');

    // With one language there is nothing to order or join.
    await page.getByLabel('English (en)', { exact: true }).uncheck();
    await until('the languages of the sheet', () => languagesShown(page), ['zh-CN']);
    await until('the order and join controls to go', () => page.locator('#language-order').isHidden(), true);
  });
});

// Python's zipfile and email read what the page saved (Debian's python3, see TOOLCHAIN.md).
function python(code) {
  return execFileSync('/usr/bin/python3', ['-c', code], { encoding: 'utf8' });
}

test('a bilingual sheet survives export, import, the share link, the draft and the downloads', { timeout: 90000 }, async () => {
  await withPage({}, async ({ page }) => {
    await loadExample(page, TAX);
    await page.getByLabel(BILINGUAL).check();
    await waitForSheet(page, bilingualTax(), 'the bilingual sheet');

    const exported = await download(page, () => page.getByRole('button', { name: 'Export JSON' }).click());
    assert.deepEqual(JSON.parse(readFileSync(exported.path, 'utf8')), bilingualTax());

    const eml = await download(page, () => outputCard(page, 'zh-CN+en', 'email').getByRole('button', { name: 'Download .eml' }).click());
    assert.equal(eml.name, 'announcement-zh-CN+en-email.eml');
    assert.equal(python(`import email
m = email.message_from_bytes(open(${JSON.stringify(eml.path)}, 'rb').read())
print(m.get_content_type())`).trim(), 'multipart/alternative');
    const zip = await download(page, () => page.getByRole('button', { name: 'Download all (.zip)' }).click());
    const listing = JSON.parse(python(`import json, zipfile
z = zipfile.ZipFile(${JSON.stringify(zip.path)})
assert z.testzip() is None
print(json.dumps({i.filename: z.read(i).decode('utf-8') for i in z.infolist()}))`));
    assert.equal(listing['zh-CN+en/sms.txt'], await outputText(page, 'zh-CN+en', 'sms').textContent());
    assert.deepEqual(JSON.parse(listing['sheet.json']), bilingualTax());

    // A fresh browser opening the share link gets the bilingual sheet and the controls for it.
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = new URL(await until('the share link', () => page.getByLabel('Share link').inputValue(), /#sheet=/));
    const visitor = await openPage({ context: await shared.browser.newContext({ locale: 'en-US' }), url: link.pathname + link.hash });
    try {
      await waitForSheet(visitor.page, bilingualTax(), 'the shared sheet');
      await until('the bilingual box, ticked', () => visitor.page.getByLabel(BILINGUAL).isChecked(), true);
      await until('the first language', () => visitor.page.getByLabel('First language').inputValue(), 'zh-CN');
      await assertNoProblems(visitor.page, visitor.problems);
    } finally {
      await visitor.context.close();
    }

    // The draft, on the page without the link, and an import of English first.
    await page.goto(new URL('/', page.url()).href);
    await engineReady(page);
    await until('the draft\'s status line', () => page.locator('#sheet-status').textContent(), /draft/i);
    await waitForSheet(page, bilingualTax(), 'the draft');
    await until('the bilingual box, ticked', () => page.getByLabel(BILINGUAL).isChecked(), true);
    const englishFirst = { ...example('saas-emergency.json'), languages: ['en+zh-CN'] };
    await page.locator('#import-sheet').setInputFiles({
      name: 'saas.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(englishFirst)),
    });
    await waitForSheet(page, englishFirst, 'the imported sheet');
    await until('the first language', () => page.getByLabel('First language').inputValue(), 'en');
    await until('no note on kept languages', () => page.locator('#languages-kept').isHidden(), true);
  });
});

test('a language list the controls cannot show exactly is kept, and said so', { timeout: 60000 }, async () => {
  await withPage({}, async ({ page }) => {
    const mixed = { ...example('tax-bureau-planned.json'), languages: ['zh-CN+en', 'ja'] };
    await page.locator('#import-sheet').setInputFiles({
      name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mixed)),
    });
    await waitForSheet(page, mixed, 'the mixed sheet');
    const note = page.locator('#languages-kept');
    await until('the note on kept languages', () => note.textContent(), /简体中文 \+ English; 日本語/);
    // Every language of the notices has its text boxes.
    await until('the Japanese name box', () => page.getByLabel('Name 日本語', { exact: true }).isVisible(), true);
    await until('the English name box', () => page.getByLabel('Name English', { exact: true }).isVisible(), true);

    // Changing the languages here replaces the list with what the controls show.
    await page.getByLabel(BILINGUAL).uncheck();
    await until('the languages the controls show', () => languagesShown(page), ['zh-CN', 'en', 'ja']);
    await waitForGroups(page, ['zh-CN', 'en', 'ja']);
    await until('the note to go', () => note.isHidden(), true);
  });
});

test('bilingual notices: axe-core finds no serious violation, and a 360 px phone does not scroll sideways', { timeout: 90000 }, async () => {
  const { page, context } = await openAxePage({ width: 360, height: 780 });
  try {
    await loadExample(page, TAX);
    await page.getByLabel(BILINGUAL).check();
    await waitForSheet(page, bilingualTax(), 'the bilingual sheet');
    // The plan comes last (web/app.js); the page is checked once all of it is there.
    await waitForPlan(page, bilingualTax());
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling at 360 px (scrollWidth ${width})`);
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await context.close();
  }
});

test('the first language by keyboard: each ticked language can lead', { timeout: 60000 }, async () => {
  await withPage({}, async ({ page }) => {
    await loadExample(page, TAX);
    await page.getByLabel('日本語 (ja)', { exact: true }).check();
    await page.getByLabel(BILINGUAL).check();
    await until('the three languages as one', () => languagesShown(page), ['zh-CN+en+ja']);
    await waitForGroups(page, ['zh-CN+en+ja']);
    // The menu keeps its order while its choice moves the boxes, so the arrow keys reach all.
    const menu = page.getByLabel('First language');
    await menu.focus();
    for (const [key, chosen, languages] of [
      ['ArrowDown', 'en', 'en+zh-CN+ja'], ['ArrowDown', 'ja', 'ja+en+zh-CN'],
      ['ArrowUp', 'en', 'en+ja+zh-CN'], ['ArrowUp', 'zh-CN', 'zh-CN+en+ja'],
    ]) {
      await page.keyboard.press(key);
      await until(`${key} to choose ${chosen}`, () => menu.inputValue(), chosen);
      await until(`the languages after ${key}`, () => languagesShown(page), [languages]);
    }
    await until('the menu to keep the focus', () => page.evaluate(() => document.activeElement.name), 'primary_language');
    await page.keyboard.press('End');
    await until('the languages after End', () => languagesShown(page), ['ja+zh-CN+en']);
    await waitForGroups(page, ['ja+zh-CN+en']);
  });
});
