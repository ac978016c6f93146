// Browser smoke test of the page: the built site (index.html, web/, examples/, noticekit.mjs
// + noticekit.wasm) is served locally and driven with the system's Chromium.
//
//   node --test tests/e2e/            site from build-wasm/site, or $NOTICEKIT_SITE
//
// It types a fact sheet the way a person would, and checks the preview, the clipboard, that
// user text never becomes markup, the CSP, and that the page talks to no other origin.
// Screenshots of the filled page go to build-wasm/e2e-screenshot.png (1280 px wide) and
// build-wasm/e2e-screenshot-360.png (a small phone).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import {
  useSite, engineReady, withPage, assertNoProblems, until, textOf, sheetShown, groupsShown, outputCard,
  outputText, type, typeDateTime, example, loadExample, waitForPlan, download, repo,
} from './harness.mjs';

const screenshotDir = path.join(repo, 'build-wasm');
useSite();

test('the page has a strict CSP, labelled controls and no errors', { timeout: 30000 }, async () => {
  await withPage({}, async ({ page }) => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(csp, 'CSP meta tag');
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim()).filter(Boolean)
      .map((d) => { const [name, ...values] = d.split(/\s+/); return [name, values]; }));
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(directives['style-src'], ["'self'"]);
    assert.deepEqual(directives['base-uri'], ["'none'"]);
    assert.deepEqual(directives['form-action'], ["'none'"]);
    assert.deepEqual(directives['connect-src'], ["'self'"]);

    const page_ = await page.evaluate(() => ({
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
      unlabelled: [...document.querySelectorAll('input, select, textarea')]
        .filter((el) => el.labels.length === 0 && !el.getAttribute('aria-label'))
        .map((el) => el.outerHTML),
      liveSummary: document.getElementById('summary').getAttribute('aria-live'),
    }));
    assert.equal(page_.inlineScripts, 0, 'inline scripts');
    assert.deepEqual(page_.handlers, [], 'inline event handlers');
    assert.deepEqual(page_.unlabelled, [], 'controls without a label');
    assert.equal(page_.liveSummary, 'polite');
    // An empty sheet renders findings, not outputs.
    await until('findings', () => page.locator('.finding').count(), (n) => n > 0);
  });
});

// The journey of issue 8's "Done when": type the tax-bureau example, check the zh-CN SMS and
// the en email, copy, reload and find the draft, derive the extension, download the .ics.
test('typing the tax-bureau facts: notices, Copy, the draft after reload, the extension and its .ics', { timeout: 120000 }, async () => {
  await withPage({}, async ({ page, problems }) => {
    const form = page.locator('#sheet-form');
    assert.equal(await form.getByLabel('简体中文 (zh-CN)', { exact: true }).isChecked(), true);
    assert.equal(await form.getByLabel('English (en)', { exact: true }).isChecked(), true);
    await page.getByRole('group', { name: 'Notice' }).getByRole('combobox', { name: 'Kind' }).selectOption('planned');
    await typeDateTime(page, form.getByLabel('Issued'), '2026-12-01T10:00');
    await type(form.getByLabel('Time zone of all times'), 'Asia/Shanghai');

    await type(form.getByLabel('Name 简体中文', { exact: true }), '国家税务总局某某省税务局');
    await type(form.getByLabel('Name English', { exact: true }), 'Tax Service of the Province');
    await type(form.getByLabel('Unit (department, team) 简体中文'), '信息中心');
    await type(form.getByLabel('SMS signature (shown as 【…】) 简体中文'), '某某税务');

    const window = page.locator('#windows > li').first();
    await type(window.getByLabel('Systems (one per line) 简体中文'), '电子税务局');
    await type(window.getByLabel('Systems (one per line) English'), 'e-Tax Bureau');
    await typeDateTime(page, window.getByLabel('Start'), '2026-12-05T22:00');
    await typeDateTime(page, window.getByLabel('End', { exact: true }), '2026-12-06T06:00');

    await form.getByRole('combobox', { name: 'Category' }).selectOption('upgrade');
    await type(form.getByLabel('Reason in plain words 简体中文'), '核心征管系统升级');
    await type(form.getByLabel('Reason in plain words English'), 'an upgrade of the core tax administration system');
    await type(form.getByLabel('Unavailable (one per line) 简体中文'), '网上申报、缴款和发票开具');
    await type(form.getByLabel('Unavailable (one per line) English'), 'online filing, payment and invoicing');
    await type(form.getByLabel('Still available (one per line) 简体中文'), '12366热线咨询');
    await type(form.getByLabel('Still available (one per line) English'), 'enquiries via the 12366 hotline');

    const contact = page.locator('#contacts > li').first();
    await contact.getByRole('combobox', { name: 'Kind' }).selectOption('phone');
    await type(contact.getByLabel('Number, address or link'), '12366');
    await type(contact.getByLabel('Label (e.g. service hotline) 简体中文'), '纳税缴费服务热线');
    await type(contact.getByLabel('Label (e.g. service hotline) English'), 'Taxpayer service hotline');
    await type(contact.getByLabel('Hours 简体中文'), '24小时');
    await type(contact.getByLabel('Hours English'), '24 hours');
    await form.getByRole('combobox', { name: 'Audience', exact: true }).selectOption('public');

    // The sheet carries exactly what was typed, under the examples' field names.
    const typed = (s) => ({
      schema: s.schema, organization: s.organization, languages: s.languages, issued: s.issued,
      time_zone: s.time_zone, audience: s.audience, windows: s.windows, contact: s.contacts?.[0],
    });
    await until('the typed sheet', async () => typed(await sheetShown(page)), {
      schema: 'noticekit/1',
      organization: {
        name: { 'zh-CN': '国家税务总局某某省税务局', en: 'Tax Service of the Province' },
        unit: '信息中心',
        sms_signature: '某某税务',
      },
      languages: ['zh-CN', 'en'],
      issued: '2026-12-01T10:00',
      time_zone: 'Asia/Shanghai',
      audience: { kind: 'public' },
      windows: [{
        systems: [{ 'zh-CN': '电子税务局', en: 'e-Tax Bureau' }],
        start: '2026-12-05T22:00',
        end: '2026-12-06T06:00',
      }],
      contact: {
        kind: 'phone', value: '12366',
        label: { 'zh-CN': '纳税缴费服务热线', en: 'Taxpayer service hotline' },
        hours: { 'zh-CN': '24小时', en: '24 hours' },
      },
    });
    // Everything was typed before the sheet above was shown, so it is the whole sheet.
    const sheet = await sheetShown(page);

    const sms = await until('the zh-CN SMS', () => textOf(outputText(page, 'zh-CN', 'sms')),
      (text) => text?.startsWith('【某某税务】') && ['12366', '22:00', '06:00'].every((part) => text.includes(part)));
    const smsCard = outputCard(page, 'zh-CN', 'sms');
    await until('the SMS segment count', () => smsCard.locator('.metric', { has: page.locator('dt', { hasText: /^segments$/ }) })
      .locator('dd').textContent(), /^[1-9]\d*$/);

    await until('the English subject', () => textOf(outputCard(page, 'en', 'email').locator('.output-subject')), /\bSat(urday)?\b/);

    await smsCard.getByRole('button', { name: 'Copy', exact: true }).click();
    await until('"Copied"', () => smsCard.getByRole('button', { name: 'Copied' }).count(), (n) => n > 0);
    await until('the SMS on the clipboard', () => page.evaluate(() => navigator.clipboard.readText()), sms);

    // The screenshots and the width are taken of the whole page: the plan is drawn last.
    await waitForPlan(page, sheet);
    mkdirSync(screenshotDir, { recursive: true });
    await page.evaluate(() => { window.scrollTo(0, 0); document.querySelector('.preview').scrollTo(0, 0); });
    await page.screenshot({ path: path.join(screenshotDir, 'e2e-screenshot.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    // The width is read in the same breath as the viewport it was laid out for.
    const layout = await until('the 360 px viewport', () => page.evaluate(() =>
      ({ viewport: window.innerWidth, scrollWidth: document.documentElement.scrollWidth })), (l) => l.viewport === 360);
    assert.ok(layout.scrollWidth <= 360, `no sideways scrolling at 360 px (scrollWidth ${layout.scrollWidth})`);
    await page.screenshot({ path: path.join(screenshotDir, 'e2e-screenshot-360.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await assertNoProblems(page, problems);

    // Reload: the draft is back, field for field, and so are the notices.
    await page.reload();
    await engineReady(page);
    await until('the draft', () => sheetShown(page), sheet);
    await until('the draft\'s status line', () => page.locator('#sheet-status').textContent(), /draft/i);
    await until('the restored SMS', () => textOf(outputText(page, 'zh-CN', 'sms')), sms);

    // Derive the extension: the window as first announced (until 04:00) is now longer.
    await page.getByRole('button', { name: 'Extension', exact: true }).click();
    await typeDateTime(page, page.getByLabel('Originally from'), '2026-12-05T22:00');
    await typeDateTime(page, page.getByLabel('Originally until'), '2026-12-06T04:00');
    await type(page.getByLabel('Why it changed 简体中文'), '数据迁移耗时超出预期');
    // The .ics below is made from the notices shown when it is clicked: those of this sheet.
    await until('the change in the sheet', async () => (await sheetShown(page)).change, {
      reason: '数据迁移耗时超出预期',
      original_windows: [{ start: '2026-12-05T22:00', end: '2026-12-06T04:00' }],
    });
    await until('the extension SMS', () => textOf(outputText(page, 'zh-CN', 'sms')), /原定04:00恢复/);
    await until('the extension email', () => outputCard(page, 'en', 'email').getAttribute('data-kind'), 'extension');

    // Its calendar file: downloaded as the browser would save it, and read back by ical.js.
    const ics = outputCard(page, 'en', 'ics');
    const file = await download(page, () => ics.getByRole('button', { name: 'Download .ics' }).click());
    assert.equal(file.name, 'extension-en-ics.ics');
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file.path, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    assert.equal(events.length, 1);
    assert.equal(events[0].startDate.toJSDate().toISOString(), '2026-12-05T14:00:00.000Z');
    assert.equal(events[0].endDate.toJSDate().toISOString(), '2026-12-05T22:00:00.000Z');
  });
});

test('the example buttons fill the form with the examples\' facts', { timeout: 60000 }, async () => {
  await withPage({}, async ({ page }) => {
    for (const [button, file, langs] of [
      ['Load tax-bureau example', 'tax-bureau-planned.json', ['zh-CN', 'en']],
      ['Load SaaS emergency example', 'saas-emergency.json', ['en']],
    ]) {
      await page.getByRole('button', { name: button }).click();
      await until(`the ${file} sheet`, () => sheetShown(page), example(file));
      await until(`the notices of ${file}`, () => groupsShown(page), langs);
      await until(`the email previews of ${file}`, () => page.locator('.output[data-channel="email"] iframe.email-frame').count(),
        (n) => n > 0);
    }
    // The SaaS emergency has an unknown end: the box is shown, ticked, and the end disabled.
    const window = page.locator('#windows > li').first();
    await until('"End unknown" ticked', () => window.getByLabel('End unknown (until further notice)').isChecked(), true);
    await until('the end disabled', () => window.getByLabel('End', { exact: true }).isDisabled(), true);
  });
});

test('one sheet writes the follow-up messages: reminder, extension, restoration', { timeout: 45000 }, async () => {
  await withPage({}, async ({ page }) => {
    await loadExample(page, 'Load tax-bureau example');
    const enEmail = outputCard(page, 'en', 'email');
    await until('the announcement', () => enEmail.getAttribute('data-kind'), 'announcement');
    const message = (name) => page.getByRole('group', { name: 'Message to write from this sheet' })
      .getByRole('button', { name, exact: true }).click();
    const enSubject = () => textOf(enEmail.locator('.output-subject'));

    await message('Reminder');
    await until('the reminder', enSubject, /^Reminder:/);

    // An extension needs the window as first announced: the finding points at it until it is given.
    await message('Extension');
    await until('the missing-original finding', () => page.locator('#findings').textContent(),
      (text) => text.includes('/change/original_windows'));
    await typeDateTime(page, page.getByLabel('Originally from'), '2026-12-05T22:00');
    await typeDateTime(page, page.getByLabel('Originally until'), '2026-12-06T04:00');
    await until('the extension SMS with old and new end', () => textOf(outputText(page, 'zh-CN', 'sms')),
      /延长至12月6日12:00，原定04:00恢复/);
    await until('the extension subject', enSubject, /^Update: maintenance extended to/);

    await message('Restoration (service is back)');
    await typeDateTime(page, page.getByLabel('Service back at'), '2026-12-06T05:30');
    await until('the restoration SMS', () => textOf(outputText(page, 'zh-CN', 'sms')),
      (text) => text?.includes('已于12月6日05:30恢复正常。'));
    await until('the notices marked restoration', () => page.locator('.output').first().getAttribute('data-kind'), 'restoration');
  });
});

test('the Plan panel shows the tax-bureau example\'s channels and timeline', { timeout: 30000 }, async () => {
  await withPage({}, async ({ page }) => {
    await loadExample(page, 'Load tax-bureau example');
    // The plan of the empty sheet before it has no steps (it has errors), so these are the example's.
    const steps = await until('the plan timeline', () => page.locator('#plan .plan-timeline .plan-step').evaluateAll((items) =>
      items.map((item) => ({ step: item.dataset.step, at: item.querySelector('time')?.textContent }))), (list) => list.length > 0);
    assert.equal(steps[0].step, 'announcement');
    // At least 24 hours before the window starts (2026-12-05T22:00).
    assert.ok(steps[0].at <= '2026-12-04T22:00', steps[0].at);
    assert.ok(steps.some((s) => s.step === 'restoration'));
    const top = await page.locator('#plan .plan-channel').evaluateAll((items) =>
      items.slice(0, 3).map((item) => item.dataset.channel));
    assert.deepEqual([...top].sort(), ['sms', 'web', 'wechat_oa']);
    assert.ok((await page.locator('#plan .plan-reasons li').count()) > 3, 'reasons are shown');
    // The panel's own words follow the interface language.
    const headings = async () => (await page.locator('#plan h4').allTextContents()).slice(0, 2);
    assert.deepEqual(await headings(), ['Channels, best first', 'When to send']);
    await page.locator('#ui-language').selectOption('zh-CN');
    await until('the plan in Chinese', headings, ['渠道(按推荐顺序)', '发送时间']);
    await until('a score in Chinese', () => textOf(page.locator('#plan .plan-channel .pill')), /^\d+ 分$/);
  });
});
