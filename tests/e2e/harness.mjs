// What every browser test file shares: the built site served on a free port, one headless
// Chromium, a page that records everything that must not happen, and typing helpers.
//
//   site: $NOTICEKIT_SITE, else build-wasm/site (scripts/test sets it)
//   NOTICEKIT_E2E_SLOW_TIMERS=10: the page's setTimeout delays ten times longer, as on a very
//   busy machine, so a test that reads a value before the page has written it fails reliably

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';
import { loadNoticekit } from '../parity/load-wasm.mjs';

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
  const slower = Number(process.env.NOTICEKIT_E2E_SLOW_TIMERS ?? 1);
  if (slower !== 1) {
    await context.addInitScript((factor) => {
      const setTimeoutAsBuilt = window.setTimeout;
      window.setTimeout = (callback, delay = 0, ...args) => setTimeoutAsBuilt(callback, delay * factor, ...args);
    }, slower);
  }
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
  await engineReady(page);
  return { context, page, problems };
}

/**
 * Waits until the page has loaded its engine, and fails at once if it could not. Compiling
 * the module takes seconds on a busy machine, hence the long wait.
 */
export async function engineReady(page) {
  await page.waitForSelector('body[data-engine]', { state: 'attached', timeout: 60000 });
  const state = await page.locator('body').getAttribute('data-engine');
  assert.equal(state, 'ready', `the engine did not load: ${await page.locator('#engine-status').textContent()}`);
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

// The page answers an input a moment later (the preview when the engine's worker has written
// it, the plan 400 ms after the last keystroke, an email's HTML preview 200 ms after; web/),
// and later still on a busy machine. So a test waits
// for each value it checks by reading that value itself until it is right, never by waiting
// for some other sign of progress or for a fixed time.

/**
 * Reads `read()` until its value is `expected` and returns that value, or fails after
 * `timeout` ms showing the last value (or error) seen. `expected` is a value (compared as
 * assert.deepStrictEqual does), a RegExp (a string it matches) or a predicate.
 */
export async function until(what, read, expected, { timeout = 15000 } = {}) {
  const matches = expected instanceof RegExp ? (value) => typeof value === 'string' && expected.test(value)
    : typeof expected === 'function' ? (value) => Boolean(expected(value))
      : (value) => isDeepStrictEqual(value, expected);
  const deadline = Date.now() + timeout;
  let last;
  let error = null;
  for (;;) {
    try {
      last = await read();
      error = null;
      if (matches(last)) return last;
    } catch (caught) {
      error = caught;  // e.g. an element not there yet; the last one is reported
    }
    if (Date.now() > deadline) assert.fail(`timed out after ${timeout} ms waiting for ${what}: ${unlike(last, error, expected)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// How the last read differs from what was waited for.
function unlike(last, error, expected) {
  if (error) return `the last read failed: ${error.message}`;
  if (expected instanceof RegExp) return `expected a match of ${expected}, last seen ${show(last)}`;
  if (typeof expected === 'function') return `last seen ${show(last)}`;
  try {
    assert.deepStrictEqual(last, expected);
  } catch (difference) {
    return difference.message;  // the two values, and a diff when they are large
  }
  return `last seen ${show(last)}`;
}

function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/** Text of the first element `locator` finds, or null while there is none (for `until`). */
export async function textOf(locator) {
  return (await locator.count()) > 0 ? locator.first().textContent() : null;
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

/** The languages the notices are grouped by, in the order shown. */
export const groupsShown = (page) => page.locator('.lang-group').evaluateAll((list) => list.map((g) => g.dataset.lang));

/** Waits until the page shows `sheet` and its notices, one group per language entry. */
export async function waitForSheet(page, sheet, what = 'the sheet') {
  await until(what, () => sheetShown(page), sheet);
  await until(`the notices of ${what}`, () => groupsShown(page), sheet.languages);
}

/** Loads an example through its button and waits until its sheet and notices are shown. */
export async function loadExample(page, button) {
  const control = page.getByRole('button', { name: button });
  const file = path.basename(await control.getAttribute('data-example'));
  await control.click();
  await waitForSheet(page, example(file), file);
  return example(file);
}

// The engine the page runs, loaded here too: it says which plan the page should show.
let engine = null;

/** What the Plan panel shows of a plan: the channels and the steps in order, the SMS segments. */
export const planShown = (page) => page.locator('#plan').evaluate((root) => ({
  channels: [...root.querySelectorAll('.plan-channel')].map((item) => item.dataset.channel),
  steps: [...root.querySelectorAll('.plan-step')].map((item) => item.dataset.step),
  // The first number of the cost line, in either interface language (web/ui-strings).
  smsSegments: Number(root.querySelector('.plan-costs')?.textContent.match(/\d+/)?.[0] ?? NaN) || null,
}));

/** Waits until the Plan panel shows the plan the engine makes for `sheet`. */
export async function waitForPlan(page, sheet) {
  engine ??= loadNoticekit(site);
  const plan = JSON.parse((await engine).plan(JSON.stringify(sheet), '{}'));
  await until('the plan of the sheet', () => planShown(page), {
    channels: plan.channels.map((c) => c.channel),
    steps: plan.schedule.map((s) => s.step),
    smsSegments: plan.costs?.sms?.segments ?? null,
  });
}

/**
 * Runs `change` and waits until the Plan panel has been drawn after it. The plan is drawn a
 * while after the notices (web/app.js), often the same as before (the message kind and the
 * interface language do not change it), so what is waited for is a new drawing: the panel's
 * nodes are marked before `change`. No earlier drawing may be due when this is called.
 */
export async function redrawnPlan(page, change) {
  const plan = page.locator('#plan');
  await plan.evaluate((root) => { for (const node of root.children) node.drawnBefore = true; });
  await change();
  await until('the plan drawn again', () => plan.evaluate((root) =>
    root.children.length > 0 && [...root.children].every((node) => !node.drawnBefore)), true);
}

/**
 * A page for axe-core: axe injects itself with script text the page's CSP (and Trusted
 * Types) would refuse, so its context bypasses the CSP. Returns {page, context}; close the
 * context when done.
 */
export async function openAxePage({ width = 1280, height = 900 } = {}) {
  const context = await shared.browser.newContext({ viewport: { width, height }, locale: 'en-US', bypassCSP: true });
  const { page } = await openPage({ context });
  return { page, context };
}

let axeSource = null;

/** axe-core's serious and critical violations on the page as it is now ("rule: targets"). */
export async function axeViolations(page) {
  axeSource ??= readFileSync(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    if (result.passes.length < 20) return [`axe checked only ${result.passes.length} rules`];
    return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/** The saved file of a download the `click` starts: {name, path}. */
export async function download(page, click) {
  const [event] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: event.suggestedFilename(), path: await event.path() };
}
