// Browser smoke test of the page: the built site (index.html, web/, examples/, noticekit.mjs
// + noticekit.wasm) is served locally and driven with the system's Chromium.
//
//   node --test tests/e2e/            site from build-wasm/site, or $NOTICEKIT_SITE
//
// It types a fact sheet the way a person would, and checks the preview, the clipboard, that
// user text never becomes markup, the CSP, and that the page talks to no other origin.
// Screenshots of the filled page go to build-wasm/e2e-screenshot.png (1280 px wide) and
// build-wasm/e2e-screenshot-360.png (a small phone).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const site = path.resolve(process.env.NOTICEKIT_SITE ?? path.join(repo, 'build-wasm', 'site'));
const screenshotDir = path.join(repo, 'build-wasm');
const example = (name) => JSON.parse(readFileSync(path.join(site, 'examples', name), 'utf8'));

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server;
let browser;
let origin;

before(async () => {
  for (const file of ['index.html', 'noticekit.mjs', 'noticekit.wasm']) {
    if (!existsSync(path.join(site, file))) {
      throw new Error(`${path.join(site, file)} is missing: build the site first ` +
        '(emcmake cmake -B build-wasm && cmake --build build-wasm --target site) or set NOTICEKIT_SITE');
    }
  }
  server = await serve(site, 0);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

// A fresh page that records everything that must not happen: console errors (CSP
// violations are reported there), uncaught exceptions, dialogs, requests to other origins.
async function openPage({ width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'en-US', // the keystrokes typed into datetime-local fields assume mm/dd/yyyy hh:mm AM
    timezoneId: 'Asia/Shanghai',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const problems = { console: [], errors: [], dialogs: [], foreign: [] };
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) {
      problems.foreign.push(request.url());
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-engine="ready"]', { timeout: 15000 });
  return { context, page, problems };
}

function assertNoProblems(problems) {
  assert.deepEqual(problems.console, [], 'console errors');
  assert.deepEqual(problems.errors, [], 'page errors');
  assert.deepEqual(problems.dialogs, [], 'dialogs');
  assert.deepEqual(problems.foreign, [], 'requests to other origins');
}

async function poll(what, check, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const sheetShown = async (page) => JSON.parse(await page.locator('#sheet-json').textContent());
const outputText = (page, lang, channel) =>
  page.locator(`.output[data-lang="${lang}"][data-channel="${channel}"] .output-text`).first();

async function type(locator, text) {
  await locator.fill('');
  await locator.pressSequentially(text);
}

// Types "2026-12-05T22:00" into a datetime-local field, segment by segment (en-US layout).
async function typeDateTime(page, locator, value) {
  const [, y, mo, d, h, mi] = value.match(/^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/);
  const hour = Number(h) % 12 === 0 ? 12 : Number(h) % 12;
  await locator.focus();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(`${mo}${d}${y}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(`${String(hour).padStart(2, '0')}${mi}${Number(h) < 12 ? 'A' : 'P'}`);
  assert.equal(await locator.inputValue(), value);
}

test('the page has a strict CSP, labelled controls and no errors', { timeout: 30000 }, async () => {
  const { context, page, problems } = await openPage();
  try {
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
      liveFindings: document.getElementById('findings').getAttribute('aria-live'),
    }));
    assert.equal(page_.inlineScripts, 0, 'inline scripts');
    assert.deepEqual(page_.handlers, [], 'inline event handlers');
    assert.deepEqual(page_.unlabelled, [], 'controls without a label');
    assert.equal(page_.liveFindings, 'polite');
    // An empty sheet renders findings, not outputs.
    await poll('findings', () => page.locator('.finding').count());
    assertNoProblems(problems);
  } finally {
    await context.close();
  }
});

test('typing the tax-bureau facts gives the expected notices, and Copy copies', { timeout: 45000 }, async () => {
  const { context, page, problems } = await openPage();
  try {
    const form = page.locator('#sheet-form');
    assert.equal(await form.getByLabel('中文 (zh-CN)').isChecked(), true);
    assert.equal(await form.getByLabel('English (en)').isChecked(), true);
    await page.getByRole('group', { name: 'Notice' }).getByRole('combobox', { name: 'Kind' }).selectOption('planned');
    await typeDateTime(page, form.getByLabel('Issued'), '2026-12-01T10:00');
    await type(form.getByLabel('Time zone of all times'), 'Asia/Shanghai');

    await type(form.getByLabel('Name 中文', { exact: true }), '国家税务总局某某省税务局');
    await type(form.getByLabel('Name English', { exact: true }), 'Tax Service of the Province');
    await type(form.getByLabel('Unit (department, team) 中文'), '信息中心');
    await type(form.getByLabel('SMS signature (shown as 【…】) 中文'), '某某税务');

    const window = page.locator('#windows > li').first();
    await type(window.getByLabel('Systems (one per line) 中文'), '电子税务局');
    await type(window.getByLabel('Systems (one per line) English'), 'e-Tax Bureau');
    await typeDateTime(page, window.getByLabel('Start'), '2026-12-05T22:00');
    await typeDateTime(page, window.getByLabel('End', { exact: true }), '2026-12-06T06:00');

    await form.getByRole('combobox', { name: 'Category' }).selectOption('upgrade');
    await type(form.getByLabel('Reason in plain words 中文'), '核心征管系统升级');
    await type(form.getByLabel('Reason in plain words English'), 'an upgrade of the core tax administration system');
    await type(form.getByLabel('Unavailable (one per line) 中文'), '网上申报、缴款和发票开具');
    await type(form.getByLabel('Unavailable (one per line) English'), 'online filing, payment and invoicing');
    await type(form.getByLabel('Still available (one per line) 中文'), '12366热线咨询');
    await type(form.getByLabel('Still available (one per line) English'), 'enquiries via the 12366 hotline');

    const contact = page.locator('#contacts > li').first();
    await contact.getByRole('combobox', { name: 'Kind' }).selectOption('phone');
    await type(contact.getByLabel('Number, address or link'), '12366');
    await type(contact.getByLabel('Label (e.g. service hotline) 中文'), '纳税缴费服务热线');
    await type(contact.getByLabel('Label (e.g. service hotline) English'), 'Taxpayer service hotline');
    await type(contact.getByLabel('Hours 中文'), '24小时');
    await type(contact.getByLabel('Hours English'), '24 hours');
    await form.getByRole('combobox', { name: 'Audience', exact: true }).selectOption('public');

    // The sheet carries exactly what was typed, under the examples' field names.
    const sheet = await poll('the typed sheet', async () => {
      const s = await sheetShown(page);
      return s.contacts?.[0]?.hours?.en === '24 hours' && s;
    });
    assert.equal(sheet.schema, 'noticekit/1');
    assert.deepEqual(sheet.organization, {
      name: { 'zh-CN': '国家税务总局某某省税务局', en: 'Tax Service of the Province' },
      unit: '信息中心',
      sms_signature: '某某税务',
    });
    assert.deepEqual(sheet.languages, ['zh-CN', 'en']);
    assert.equal(sheet.issued, '2026-12-01T10:00');
    assert.equal(sheet.time_zone, 'Asia/Shanghai');
    assert.deepEqual(sheet.windows, [{
      systems: [{ 'zh-CN': '电子税务局', en: 'e-Tax Bureau' }],
      start: '2026-12-05T22:00',
      end: '2026-12-06T06:00',
    }]);
    assert.deepEqual(sheet.contacts[0], {
      kind: 'phone', value: '12366',
      label: { 'zh-CN': '纳税缴费服务热线', en: 'Taxpayer service hotline' },
      hours: { 'zh-CN': '24小时', en: '24 hours' },
    });

    const sms = await poll('the zh-CN SMS', async () => {
      const text = (await outputText(page, 'zh-CN', 'sms').count())
        ? await outputText(page, 'zh-CN', 'sms').textContent() : '';
      return text.includes('12366') && text.includes('06:00') && text;
    });
    assert.ok(sms.startsWith('【某某税务】'), sms);
    assert.ok(sms.includes('22:00'), sms);
    const smsCard = page.locator('.output[data-lang="zh-CN"][data-channel="sms"]').first();
    const segments = await smsCard.locator('.metric', { has: page.locator('dt', { hasText: /^segments$/ }) })
      .locator('dd').textContent();
    assert.match(segments, /^[1-9]\d*$/, 'SMS segment count');

    const subject = await page.locator('.output[data-lang="en"][data-channel="email"] .output-subject').first().textContent();
    assert.match(subject, /\bSat(urday)?\b/, subject);

    await smsCard.getByRole('button', { name: 'Copy', exact: true }).click();
    await poll('"Copied"', async () => (await smsCard.getByRole('button', { name: 'Copied' }).count()) > 0);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), sms);

    mkdirSync(screenshotDir, { recursive: true });
    await page.evaluate(() => { window.scrollTo(0, 0); document.querySelector('.preview').scrollTo(0, 0); });
    await page.screenshot({ path: path.join(screenshotDir, 'e2e-screenshot.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 360, `no sideways scrolling at 360 px (scrollWidth ${overflow})`);
    await page.screenshot({ path: path.join(screenshotDir, 'e2e-screenshot-360.png'), fullPage: true });
    assertNoProblems(problems);
  } finally {
    await context.close();
  }
});

test('user text never becomes markup, in the page or the email preview', { timeout: 30000 }, async () => {
  const { context, page, problems } = await openPage();
  try {
    await page.getByRole('button', { name: 'Load tax-bureau example' }).click();
    await poll('example outputs', () => page.locator('.output').count());
    const payload = '<img src=x onerror=alert(1)>';
    await type(page.getByLabel('Reason in plain words 中文'), payload);
    await type(page.getByLabel('Reason in plain words English'), payload);
    await poll('the payload in a notice', async () => {
      const texts = await page.locator('.output .output-text').allTextContents();
      return texts.some((text) => text.includes(payload));
    });
    await page.waitForTimeout(300); // let the email iframes load their new srcdoc
    assert.equal(await page.locator('img').count(), 0, '<img> in the page');
    const emailFrames = page.frames().filter((frame) => frame !== page.mainFrame());
    assert.ok(emailFrames.length > 0, 'email preview frames');
    for (const frame of emailFrames) {
      assert.equal(await frame.evaluate(() => document.querySelectorAll('img, script').length), 0,
        `<img> or <script> in the email preview ${frame.url()}`);
    }
    const frames = await page.locator('iframe.email-frame').evaluateAll((list) =>
      list.map((frame) => frame.getAttribute('sandbox')));
    assert.ok(frames.length > 0, 'email previews');
    assert.ok(frames.every((sandbox) => sandbox === ''), 'email previews are fully sandboxed');
    assertNoProblems(problems);
  } finally {
    await context.close();
  }
});

test('the example buttons fill the form with the examples\' facts', { timeout: 30000 }, async () => {
  const { context, page, problems } = await openPage();
  try {
    for (const [button, file, langs] of [
      ['Load tax-bureau example', 'tax-bureau-planned.json', ['zh-CN', 'en']],
      ['Load SaaS emergency example', 'saas-emergency.json', ['en']],
    ]) {
      await page.getByRole('button', { name: button }).click();
      const expected = example(file);
      await poll(`the ${file} sheet`, async () => {
        try {
          assert.deepEqual(await sheetShown(page), expected);
          return true;
        } catch {
          return false;
        }
      });
      assert.deepEqual(await sheetShown(page), expected);
      const shownLangs = await poll(`outputs of ${file}`, async () => {
        const list = await page.locator('.lang-group').evaluateAll((groups) => groups.map((g) => g.dataset.lang));
        return list.length === langs.length && list;
      });
      assert.deepEqual(shownLangs, langs);
      assert.ok(await page.locator('.output[data-channel="email"] iframe.email-frame').count() > 0);
    }
    // The SaaS emergency has an unknown end: the box is shown, ticked, and the end disabled.
    const window = page.locator('#windows > li').first();
    assert.equal(await window.getByLabel('End unknown (until further notice)').isChecked(), true);
    assert.equal(await window.getByLabel('End', { exact: true }).isDisabled(), true);
    assertNoProblems(problems);
  } finally {
    await context.close();
  }
});

test('one sheet writes the follow-up messages: reminder, extension, restoration', { timeout: 45000 }, async () => {
  const { context, page, problems } = await openPage();
  try {
    await page.getByRole('button', { name: 'Load tax-bureau example' }).click();
    await poll('the announcement', async () =>
      (await page.locator('.output[data-lang="en"][data-channel="email"]').first().getAttribute('data-kind')) === 'announcement');
    const message = page.getByLabel('Message to write from this sheet');
    const enSubject = () => page.locator('.output[data-lang="en"][data-channel="email"] .output-subject').first().textContent();

    await message.selectOption('reminder');
    await poll('the reminder', async () => (await enSubject())?.startsWith('Reminder:'));

    // An extension needs the window as first announced: the finding points at it until it is given.
    await message.selectOption('extension');
    await poll('the missing-original finding', async () =>
      (await page.locator('#findings').textContent()).includes('/change/original_windows'));
    await typeDateTime(page, page.getByLabel('Originally from'), '2026-12-05T22:00');
    await typeDateTime(page, page.getByLabel('Originally until'), '2026-12-06T04:00');
    await poll('the extension SMS with old and new end', async () =>
      /延长至12月6日12:00,原定12月6日04:00恢复/.test(await outputText(page, 'zh-CN', 'sms').textContent()));
    assert.match(await enSubject(), /^Update: maintenance of/);

    await message.selectOption('restoration');
    await typeDateTime(page, page.getByLabel('Service back at'), '2026-12-06T05:30');
    await poll('the restoration', async () =>
      (await outputText(page, 'zh-CN', 'sms').textContent())?.includes('已于12月6日05:30恢复正常服务'));
    assert.equal(await page.locator('.output').first().getAttribute('data-kind'), 'restoration');
    assertNoProblems(problems);
  } finally {
    await context.close();
  }
});

test('the Plan panel shows the tax-bureau example\'s channels and timeline', { timeout: 30000 }, async () => {
  const { context, page, problems } = await openPage();
  try {
    await page.getByRole('button', { name: 'Load tax-bureau example' }).click();
    const steps = await poll('the plan timeline', async () => {
      const list = await page.locator('#plan .plan-timeline .plan-step').evaluateAll((items) =>
        items.map((item) => ({ step: item.dataset.step, at: item.querySelector('time')?.textContent })));
      return list.length > 0 && list;
    });
    assert.equal(steps[0].step, 'announcement');
    // At least 24 hours before the window starts (2026-12-05T22:00).
    assert.ok(steps[0].at <= '2026-12-04T22:00', steps[0].at);
    assert.ok(steps.some((s) => s.step === 'restoration'));
    const top = await page.locator('#plan .plan-channel').evaluateAll((items) =>
      items.slice(0, 3).map((item) => item.dataset.channel));
    assert.deepEqual([...top].sort(), ['sms', 'web', 'wechat_oa']);
    assert.ok((await page.locator('#plan .plan-reasons li').count()) > 3, 'reasons are shown');
    assertNoProblems(problems);
  } finally {
    await context.close();
  }
});
