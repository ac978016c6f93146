// What every browser test file shares: the built site served on a free port, one headless
// Chromium, a page that records everything that must not happen, and typing helpers.
//
//   site: $NOTICEKIT_SITE, else build-wasm/site (scripts/test sets it)

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const site = path.resolve(process.env.NOTICEKIT_SITE ?? path.join(repo, 'build-wasm', 'site'));
export const example = (name) => JSON.parse(readFileSync(path.join(site, 'examples', name), 'utf8'));

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const shared = { server: null, browser: null, origin: '' };

/** Registers the file's before/after hooks; returns an object whose fields fill in before. */
export function useSite() {
  before(async () => {
    for (const file of ['index.html', 'noticekit.mjs', 'noticekit.wasm']) {
      if (!existsSync(path.join(site, file))) {
        throw new Error(`${path.join(site, file)} is missing: build the site first ` +
          '(emcmake cmake -B build-wasm && cmake --build build-wasm --target site) or set NOTICEKIT_SITE');
      }
    }
    shared.server = await serve(site, 0);
    shared.origin = `http://127.0.0.1:${shared.server.address().port}`;
    shared.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  after(async () => {
    await shared.browser?.close();
    await new Promise((resolve) => (shared.server ? shared.server.close(resolve) : resolve()));
  });
  return shared;
}

/**
 * A fresh context and page that records everything that must not happen: console errors
 * (CSP violations are reported there), uncaught exceptions, dialogs, requests to other
 * origins, and `window.__xss` (set by the XSS payloads if any of them ever runs).
 */
export async function openPage({ width = 1280, height = 900, locale = 'en-US', context: given, url = '/' } = {}) {
  const context = given ?? await shared.browser.newContext({
    viewport: { width, height },
    locale, // en-US: the keystrokes typed into datetime-local fields assume mm/dd/yyyy hh:mm AM
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  if (!given) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shared.origin });
  const problems = { console: [], errors: [], dialogs: [], foreign: [] };
  context.on('request', (request) => {
    const parsed = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(parsed.protocol) && parsed.origin !== shared.origin) {
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
  await page.goto(`${shared.origin}${url}`);
  await page.waitForSelector('body[data-engine="ready"]', { timeout: 30000 });
  return { context, page, problems };
}

/** Runs `body({page, problems, context})` on a fresh page, then checks nothing bad happened. */
export async function withPage(options, body) {
  const opened = await openPage(options);
  try {
    await body(opened);
    await assertNoProblems(opened.page, opened.problems);
  } finally {
    await opened.context.close();
  }
}

export async function assertNoProblems(page, problems) {
  assert.deepEqual(problems.console, [], 'console errors');
  assert.deepEqual(problems.errors, [], 'page errors');
  assert.deepEqual(problems.dialogs, [], 'dialogs');
  assert.deepEqual(problems.foreign, [], 'requests to other origins');
  assert.equal(await page.evaluate(() => window.__xss ?? null), null, 'an XSS payload ran');
}

export async function poll(what, check, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const sheetShown = async (page) => JSON.parse(await page.locator('#sheet-json').textContent());
export const outputCard = (page, lang, channel) =>
  page.locator(`.output[data-lang="${lang}"][data-channel="${channel}"]`).first();
export const outputText = (page, lang, channel) => outputCard(page, lang, channel).locator('.output-text');

export async function type(locator, text) {
  await locator.fill('');
  await locator.pressSequentially(text);
}

// Types "2026-12-05T22:00" into a datetime-local field, segment by segment (en-US layout).
export async function typeDateTime(page, locator, value) {
  const [, y, mo, d, h, mi] = value.match(/^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/);
  const hour = Number(h) % 12 === 0 ? 12 : Number(h) % 12;
  await locator.focus();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(`${mo}${d}${y}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(`${String(hour).padStart(2, '0')}${mi}${Number(h) < 12 ? 'A' : 'P'}`);
  assert.equal(await locator.inputValue(), value);
}

/** Loads an example through its button and waits until its notices are shown. */
export async function loadExample(page, button) {
  await page.getByRole('button', { name: button }).click();
  await poll('the example\'s notices', async () => (await page.locator('.output').count()) > 0);
}

/** The saved file of a download the `click` starts: {name, path}. */
export async function download(page, click) {
  const [event] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: event.suggestedFilename(), path: await event.path() };
}
