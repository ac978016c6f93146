// Browser tests of the page's features beyond the smoke journey: findings beside their
// fields, the interface language, downloads (.eml, JSON, .zip), the share link, import and
// export, the feedback log and its CSV, the message's "Sent at". Accessibility, XSS and the
// keyboard are in safety.test.mjs (a file of its own, so that the two run side by side).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  useSite, openPage, engineReady, withPage, assertNoProblems, until, sheetShown, outputCard, outputText, type,
  typeDateTime, example, loadExample, waitForSheet, download, site, repo,
} from './harness.mjs';
import { loadNoticekit } from '../parity/load-wasm.mjs';

const shared = useSite();
const TAX = 'Load tax-bureau example';
const SAAS = 'Load SaaS emergency example';

// Python's own readers check what the page writes (Debian's python3, see TOOLCHAIN.md).
function python(code, input) {
  return execFileSync('/usr/bin/python3', ['-c', code], { input, encoding: 'utf8' });
}

test('findings appear beside their fields, with the completeness on top', { timeout: 60000 }, async () => {
  await withPage({}, async ({ page }) => {
    // An empty sheet: the missing name is shown under the Name field, and the fields say so.
    const note = page.locator('.field-finding[data-path="/organization/name"]');
    await until('the name finding', () => note.count(), 1);
    assert.equal(await note.evaluate((n) => n.previousElementSibling.dataset.l10n), 'organization.name');
    assert.equal(await note.getAttribute('data-severity'), 'error');
    const nameBox = page.getByLabel('Name English', { exact: true });
    await until('the name box marked invalid', () => nameBox.getAttribute('aria-invalid'), 'true');
    const noteId = await note.getAttribute('id');
    await until('the name box described by its finding', () => nameBox.getAttribute('aria-describedby'),
      (ids) => ids?.includes(noteId));
    await until('the completeness', () => page.locator('#summary').textContent(), /Completeness \d+\/100/);

    await type(page.getByLabel('Name 简体中文', { exact: true }), '某某税务局');
    await type(nameBox, 'Tax Service');
    await until('the name finding to go', () => note.count(), 0);
    await until('the name box no longer invalid', () => nameBox.getAttribute('aria-invalid'), null);

    // A finding inside the second window lands in that window, next to its end.
    await loadExample(page, TAX);
    const second = page.locator('#windows > li').nth(1);
    await typeDateTime(page, second.getByLabel('End', { exact: true }), '2026-12-05T20:00');
    await until('the end typed into window 2', async () => (await sheetShown(page)).windows[1].end, '2026-12-05T20:00');
    const endNote = second.locator('.field-finding[data-path="/windows/1/end"]');
    await until('the end-before-start finding in window 2', () => endNote.count(), (n) => n > 0);
    await until('the end marked invalid', () => second.getByLabel('End', { exact: true }).getAttribute('aria-invalid'), 'true');
    await until('the summary', () => page.locator('#summary').textContent(), /Fix 1 error/);
  });
});

test('the interface speaks English or 简体中文, independently of the notice languages', { timeout: 60000 }, async () => {
  const engine = await loadNoticekit(site);
  const engineLanguages = JSON.parse(engine.languages());
  // The string tables are sources (the site has them inside its bundle, web/app.js).
  const en = (await import(pathToFileURL(path.join(repo, 'web/ui-strings/en.js')))).default;
  const zh = (await import(pathToFileURL(path.join(repo, 'web/ui-strings/zh-CN.js')))).default;
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'the two string tables have the same keys');

  await withPage({}, async ({ page }) => {
    // Every language the engine writes is offered, and nothing else.
    const offered = await page.locator('#language-choices input').evaluateAll((boxes) => boxes.map((b) => b.value));
    assert.deepEqual([...offered].sort(), [...engineLanguages].sort());

    const sheetBefore = await loadExample(page, SAAS);
    const smsBefore = await outputText(page, 'en', 'sms').textContent();
    // The findings are worded in the interface language, whatever the notice language.
    const message = page.locator('#findings .finding .message').first();
    const cjk = /[\u4e00-\u9fff]/;
    await until('a finding in English', () => message.textContent(), (text) => !cjk.test(text));
    // A switch of the interface language renders again at once (web/app.js): once the
    // findings are in Chinese, the sheet and the notices read below are the ones after it.
    await page.getByLabel('Interface language').selectOption('zh-CN');
    await until('a finding in Chinese', () => message.textContent(), cjk);
    await until('the page marked Chinese', () => page.locator('html').getAttribute('lang'), 'zh-CN');
    await until('the example button in Chinese', () => page.getByRole('button', { name: '载入税务局示例' }).count(), 1);
    await until('the name box, labelled in Chinese', () => page.getByLabel('名称 English', { exact: true }).inputValue(), 'Acme Cloud');
    await until('the SMS card\'s Copy in Chinese',
      () => outputCard(page, 'en', 'sms').getByRole('button', { name: '复制', exact: true }).count(), 1);
    // The notices stay in the sheet's language.
    assert.deepEqual(await sheetShown(page), sheetBefore);
    assert.equal(await outputText(page, 'en', 'sms').textContent(), smsBefore);
    // Kept across a reload, and the browser's language is the default for a new visitor.
    await page.reload();
    await engineReady(page);
    await until('the interface language after a reload', () => page.getByLabel('界面语言').inputValue(), 'zh-CN');
  });
  const zhVisitor = await openPage({ locale: 'zh-CN' });
  try {
    await until('the page marked Chinese', () => zhVisitor.page.locator('html').getAttribute('lang'), 'zh-CN');
    await until('the example button in Chinese', () => zhVisitor.page.getByRole('button', { name: '载入税务局示例' }).count(), 1);
  } finally {
    await zhVisitor.context.close();
  }
});

// What a page fetches only on use (web/i18n.js, tools/bundle-site.mjs): the 简体中文 interface's
// strings, and the code run on a click or on the zone field's first use. Named as the sources
// are (the unbundled site) or as their bundles (the deployed one: web/<name>-<hash>.js).
const ON_USE = /\/web\/(ui-strings\/)?(zh-CN|downloads|zip|save-file|csv|share-link|zone-search|traditional-convert)(-[A-Z0-9]+)?\.js$/;
const ZH_STRINGS = /\/web\/(ui-strings\/)?zh-CN(-[A-Z0-9]+)?\.js$/;

// In the page: every text the tax example's button shows from now on, in order.
function recordExampleButton() {
  const text = () => document.querySelector('[data-example]')?.textContent;
  window.__exampleButton = text() ? [text()] : [];
  new MutationObserver(() => {
    if (text() && text() !== window.__exampleButton.at(-1)) window.__exampleButton.push(text());
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

test('the Chinese strings and the code run on use are fetched on use; the page waits for them in its language', { timeout: 60000 }, async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', acceptDownloads: true });
  const fetched = [];
  context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  // The Chinese strings are held back until the test lets them through.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(ZH_STRINGS, async (route) => {
    await held;
    await route.continue();
  });
  const { page, problems } = await openPage({ context });
  try {
    const sheet = await loadExample(page, TAX);
    assert.deepEqual(fetched.filter((file) => ON_USE.test(file)), [], 'an English cold load fetches none of them');

    // (Recorded from here, not by an init script: that would also run in the sandboxed email
    // previews, where Chromium reports it blocked.)
    await page.evaluate(recordExampleButton);
    await page.getByLabel('Interface language').selectOption('zh-CN');
    await until('the Chinese strings asked for', () => fetched.some((file) => ZH_STRINGS.test(file)), true);
    // Until they arrive the page stays in English, whole.
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.getByRole('button', { name: TAX }).count(), 1);
    release();
    await until('the example button in Chinese', () => page.getByRole('button', { name: '载入税务局示例' }).count(), 1);
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    assert.deepEqual(await page.evaluate(() => window.__exampleButton), [TAX, '载入税务局示例'], 'no key, nothing between');
    assert.deepEqual(await sheetShown(page), sheet, 'the sheet is kept');

    // The code run on a click comes with the click.
    const zip = await download(page, () => page.locator('#download-all').click());
    assert.match(zip.name, /\.zip$/);
    assert.ok(fetched.some((file) => /\/web\/downloads(-[A-Z0-9]+)?\.js$/.test(file)), 'the download code fetched on the click');
    await assertNoProblems(page, problems);
  } finally {
    await context.close();
  }

  // A visitor whose browser prefers Chinese sees the page in Chinese from its first words (the
  // empty sheet: no email preview).
  const zhContext = await shared.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await zhContext.addInitScript(recordExampleButton);
  const zhVisitor = await openPage({ context: zhContext });
  try {
    assert.deepEqual(await zhVisitor.page.evaluate(() => window.__exampleButton), ['载入税务局示例']);
    await assertNoProblems(zhVisitor.page, zhVisitor.problems);
  } finally {
    await zhContext.close();
  }
});

// Two texts missing at one path ("no English version", "no Japanese version") are two findings
// that differ only in the language they are about: each keeps its own language when worded in
// the interface language, not the first one's.
test('findings about different languages of one text stay apart in the interface language', { timeout: 60000 }, async () => {
  const sheet = { ...example('tax-bureau-planned.json'), languages: ['zh-CN', 'en', 'ja'] };
  await withPage({}, async ({ page }) => {
    await page.locator('#import-sheet').setInputFiles({
      name: 'three.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sheet)),
    });
    await waitForSheet(page, sheet, 'the sheet in three languages');
    const messages = () => page.locator('.field-finding[data-path="/organization/name"] .message, '
      + '#findings .finding').evaluateAll((nodes) => nodes.map((n) => n.textContent));
    await until('both untranslated names, each in its language', async () => {
      const all = (await messages()).join('\n');
      return /no English version/.test(all) && /no Japanese version/.test(all);
    }, true);
  });
});

test('downloads: the .eml, a JSON payload, and every output in one .zip', { timeout: 60000 }, async () => {
  await withPage({}, async ({ page }) => {
    await loadExample(page, TAX);
    const eml = await download(page, () => outputCard(page, 'en', 'email').getByRole('button', { name: 'Download .eml' }).click());
    assert.equal(eml.name, 'announcement-en-email.eml');
    const headers = python(`import sys, email
m = email.message_from_bytes(open(sys.argv[1] if len(sys.argv) > 1 else ${JSON.stringify(eml.path)}, 'rb').read())
print(m['X-Unsent']); print(m.get_content_type())`);
    assert.deepEqual(headers.trim().split('\n'), ['1', 'multipart/alternative']);

    const slack = await download(page, () => outputCard(page, 'zh-CN', 'slack').getByRole('button', { name: 'Download JSON' }).click());
    assert.ok(Array.isArray(JSON.parse(readFileSync(slack.path, 'utf8')).blocks), 'a Block Kit payload');

    const zip = await download(page, () => page.getByRole('button', { name: 'Download all (.zip)' }).click());
    assert.equal(zip.name, 'noticekit-announcement.zip');
    const listing = JSON.parse(python(`import json, zipfile
z = zipfile.ZipFile(${JSON.stringify(zip.path)})
assert z.testzip() is None
print(json.dumps({i.filename: z.read(i).decode('utf-8') for i in z.infolist()}))`));
    const outputs = await page.locator('.output').count();
    assert.ok(Object.keys(listing).length > outputs, `${Object.keys(listing).length} files for ${outputs} outputs`);
    assert.equal(listing['zh-CN/sms.txt'], await outputText(page, 'zh-CN', 'sms').textContent());
    assert.equal(listing['en/email.subject.txt'], await outputCard(page, 'en', 'email').locator('.output-subject').textContent());
    assert.ok(listing['en/ics.ics'].startsWith('BEGIN:VCALENDAR\r\n'));
    assert.deepEqual(JSON.parse(listing['sheet.json']), example('tax-bureau-planned.json'));
  });
});

test('the share link, JSON export and import carry the whole sheet', { timeout: 60000 }, async () => {
  await withPage({}, async ({ page }) => {
    await loadExample(page, SAAS);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await until('the share link', () => page.getByLabel('Share link').inputValue(),
      /^http:\/\/127\.0\.0\.1:\d+\/#sheet=[A-Za-z0-9_-]+$/);
    // The link is shown before it is copied (web/app.js), so the clipboard is waited for too.
    await until('the link on the clipboard', () => page.evaluate(() => navigator.clipboard.readText()), link);

    const exported = await download(page, () => page.getByRole('button', { name: 'Export JSON' }).click());
    assert.deepEqual(JSON.parse(readFileSync(exported.path, 'utf8')), example('saas-emergency.json'));

    // A fresh browser (no draft) opening the link gets the sheet; the server never sees it.
    const other = await shared.browser.newContext({ locale: 'en-US' });
    const requested = [];
    other.on('request', (request) => requested.push(request.url()));
    const visitor = await openPage({ context: other, url: new URL(link).pathname + new URL(link).hash });
    try {
      await waitForSheet(visitor.page, example('saas-emergency.json'), 'the shared sheet');
      assert.ok(requested.every((url) => !url.includes('sheet=')), 'the fragment is never requested');
      await assertNoProblems(visitor.page, visitor.problems);
    } finally {
      await other.close();
    }

    await page.locator('#import-sheet').setInputFiles({
      name: 'tax.json', mimeType: 'application/json',
      buffer: readFileSync(path.join(site, 'examples', 'tax-bureau-planned.json')),
    });
    await waitForSheet(page, example('tax-bureau-planned.json'), 'the imported sheet');
    // Fields without text of their own (the revision, the SMS parts) survive the form too.
    const revised = { ...example('tax-bureau-planned.json'), revision: 2 };
    revised.sms = { ...revised.sms, max_segments: 5 };
    await page.locator('#import-sheet').setInputFiles({
      name: 'revised.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(revised)),
    });
    await waitForSheet(page, revised, 'the revised sheet');
    await page.locator('#import-sheet').setInputFiles({
      name: 'tax.json', mimeType: 'application/json',
      buffer: readFileSync(path.join(site, 'examples', 'tax-bureau-planned.json')),
    });
    await waitForSheet(page, example('tax-bureau-planned.json'), 'the imported sheet again');
    await page.locator('#import-sheet').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": ') });
    await until('the import error', () => page.locator('#sheet-status').textContent(), /Could not import bad\.json/);
    // The error is said after the file was read and refused, so the form is as it stays.
    assert.deepEqual(await sheetShown(page), example('tax-bureau-planned.json'), 'a bad file changes nothing');
  });
});

test('the feedback log: kept, exported as safe CSV, open items beside the restoration', { timeout: 60000 }, async () => {
  await withPage({}, async ({ page }) => {
    await loadExample(page, TAX);
    const log = page.locator('#feedback');
    const add = async (channel, person, summary) => {
      await type(log.getByLabel('Channel'), channel);
      await type(log.getByLabel('Person'), person);
      await log.getByLabel('Summary').fill(summary);
      await log.getByRole('button', { name: 'Add to log' }).click();
    };
    await add('12366', 'Li, "Lei"', '=HYPERLINK("http://example.invalid","x")');
    await add('weibo', '@someone', 'Cannot file\nthe VAT return');
    await add('email', 'Wang', 'Thanks, all fine');
    await log.getByLabel('Status of entry 3').selectOption('done');
    await until('the three entries', () => page.locator('#feedback-log li').count(), 3);

    const csv = await download(page, () => log.getByRole('button', { name: 'Export CSV' }).click());
    const rows = JSON.parse(python(`import csv, json
print(json.dumps(list(csv.reader(open(${JSON.stringify(csv.path)}, encoding='utf-8-sig', newline='')))))`));
    assert.deepEqual(rows[0], ['time', 'channel', 'person', 'summary', 'status']);
    assert.deepEqual(rows.slice(1).map((r) => r.slice(1)), [
      ['12366', 'Li, "Lei"', '\'=HYPERLINK("http://example.invalid","x")', 'open'],
      ['weibo', '\'@someone', 'Cannot file\nthe VAT return', 'open'],
      ['email', 'Wang', 'Thanks, all fine', 'done'],
    ]);

    // Not on the announcement; on the restoration, the two open items.
    assert.equal(await page.locator('#open-feedback').isHidden(), true);
    await page.getByRole('button', { name: 'Restoration (service is back)' }).click();
    await typeDateTime(page, page.getByLabel('Service back at'), '2026-12-06T05:30');
    await until('the restoration', () => outputCard(page, 'en', 'email').getAttribute('data-kind'), 'restoration');
    const open = page.locator('#open-feedback');
    await until('the open feedback', () => open.isVisible(), true);
    await until('its heading', () => open.locator('h3').textContent(), /\(2\)/);
    await until('the two open items', () => open.locator('li').allTextContents(),
      (items) => items.length === 2 && items[0].includes('=HYPERLINK') && items[1].includes('Cannot file'));

    await page.reload();
    await engineReady(page);
    await until('the log kept across a reload', () => page.locator('#feedback-log li').count(), 3);
  });
});

test('a message is dated when it is sent: by default when the lifecycle sends it, or at “Sent at”', { timeout: 60000 }, async () => {
  await withPage({}, async ({ page }) => {
    await loadExample(page, TAX);  // issued 1 December, the work on the night of 5 December
    const text = () => outputText(page, 'en', 'email').textContent();
    await until('the announcement dated when issued', text, /\n1 December 2026\s*$/);
    await page.getByRole('button', { name: 'Work has started' }).click();
    await until('the started notice dated at the start', text, /\n5 December 2026\s*$/);
    await typeDateTime(page, page.getByLabel('Sent at'), '2026-12-06T01:30');
    await until('the started notice dated when sent', text, /\n6 December 2026\s*$/);
    // Sent before the work began, it says so.
    await typeDateTime(page, page.getByLabel('Sent at'), '2026-12-05T20:00');
    await until('the finding', () => page.locator('#findings').textContent(), /before the first window starts/);
  });
});
