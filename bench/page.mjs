#!/usr/bin/env node
// The page's speed as a person feels it, in headless Chromium: the time from a keystroke to
// the updated preview (every output of the tax-bureau example, zh-CN and en), median and p95
// over EDITS edits; the longest main-thread task while typing; the cold load to the first
// preview; and the page's weight (gzip) of html + js + css + wasm + the languages' data it fetches.
//
//   node bench/page.mjs [--edits N] [--loads N] [--site DIR]
//       (default 240 edits, 5 cold loads, $NOTICEKIT_SITE or build-wasm/site)
//
// A measurement, not a test: it prints figures and asserts nothing about them. Each edit is
// one key (a letter, then Backspace, alternating between the English and the Chinese reason),
// timed inside the page from the keydown event to the end of the page's update (the preview
// DOM updated; body[data-renders] counts them) and to the next animation frame after it.
// Whatever the page does between the two (a typing delay, the engine's worker) is part of it.
// Long tasks are the main thread's tasks over 50 ms (PerformanceObserver 'longtask') from the
// first keystroke to the last result. A cold load is a fresh browser context (no cache, no
// storage), timed from navigation start to the frame after the first preview, once with no
// draft (the empty sheet) and once with the tax-bureau example kept as the draft. The page's
// weight counts the languages' data (locales/<tag>.json) that cold load of the draft fetches.
// Only body[data-renders] and the draft's storage key (web/drafts.js) are read from the page,
// so the same script measures an older build of the site.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../tools/serve.mjs';

const repo = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const edits = Number(option('--edits', 240));
const loads = Number(option('--loads', 5));
const site = path.resolve(option('--site', process.env.NOTICEKIT_SITE ?? path.join(repo, 'build-wasm', 'site')));

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// What the page fetches only when asked, not on its first load: the simplified → traditional
// Chinese converter (web/traditional-fill.js). (The zone table, zone-names.json, is JSON,
// which is not counted either.) The languages' data is counted as a cold load fetches it.
const LAZY = [path.join(site, 'web', 'vendor'), path.join(site, 'locales')];

const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function pageWeight() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (LAZY.includes(file)) continue;
      if (statSync(file).isDirectory()) walk(file);
      else files.push(file);
    }
  };
  walk(site);
  const kinds = { html: 0, js: 0, css: 0, wasm: 0 };
  for (const file of files) {
    const ext = path.extname(file).slice(1);
    const kind = ext === 'mjs' ? 'js' : ext;
    if (kind in kinds) kinds[kind] += gzipped(file);
  }
  return kinds;
}

// In the page, before its own scripts: the time of the frame after the first preview.
function watchFirstPreview() {
  new MutationObserver((changes, observer) => {
    if (!document.body?.dataset.renders) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstPreview = performance.now(); });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-renders'] });
}

// The median of `loads` cold loads to the first preview, in ms; with `draft`, that sheet is in
// storage as the page's kept draft.
// `fetched`, if given, gathers the site paths of the languages' data (locales/…) they fetch.
async function coldLoads(browser, origin, draft, fetched) {
  const times = [];
  for (let i = 0; i < loads; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    context.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/locales/')) fetched?.add(pathname);
    });
    try {
      if (draft) {
        await context.addInitScript((sheet) => {
          localStorage.setItem('noticekit.draft', JSON.stringify({ saved: new Date().toISOString(), message: '', sheet }));
        }, draft);
      }
      await context.addInitScript(watchFirstPreview);
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => window.__firstPreview !== undefined, null, { timeout: 60000 });
      times.push(await page.evaluate(() => window.__firstPreview));
    } finally {
      await context.close();
    }
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

const server = await serve(site, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-engine="ready"]', { timeout: 60000 });
  await page.getByRole('button', { name: 'Load tax-bureau example' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.output').length > 0);
  const outputs = await page.locator('.output').count();

  // In the page: the keydown time of the edit under way, and its two end times.
  await page.evaluate(() => {
    const state = { keydown: 0, results: [] };
    window.__bench = state;
    state.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    document.addEventListener('keydown', () => { state.keydown = performance.now(); }, true);
    new MutationObserver(() => {
      if (!state.keydown) return;
      const start = state.keydown;
      const updated = performance.now();
      state.keydown = 0;
      requestAnimationFrame(() => state.results.push({ updated: updated - start, frame: performance.now() - start }));
    }).observe(document.body, { attributes: true, attributeFilter: ['data-renders'] });
  });

  const boxes = [page.getByLabel('Reason in plain words English'), page.getByLabel('Reason in plain words 简体中文')];
  for (let i = 0; i < edits; i += 1) {
    const box = boxes[Math.floor(i / 2) % 2];
    if (i % 2 === 0) await box.focus();
    const before = await page.evaluate(() => window.__bench.results.length);
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    await page.waitForFunction((n) => window.__bench.results.length > n, before);
  }
  await page.waitForTimeout(300);  // long-task entries are delivered a moment after the task
  const { results, longTasks } = await page.evaluate(() => window.__bench);
  const figures = (key) => {
    const sorted = results.map((r) => r[key]).sort((a, b) => a - b);
    return `median ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms`;
  };
  console.log(`keystroke → updated preview, ${results.length} edits, ${outputs} outputs (zh-CN + en):`);
  console.log(`  preview updated  ${figures('updated')}`);
  console.log(`  next frame       ${figures('frame')}`);
  console.log(longTasks.length === 0 ? '  long tasks while typing: none over 50 ms'
    : `  long tasks while typing: ${longTasks.length} over 50 ms, the longest ${Math.max(...longTasks).toFixed(0)} ms`);
  const tax = JSON.parse(readFileSync(path.join(site, 'examples', 'tax-bureau-planned.json'), 'utf8'));
  const fetched = new Set();
  console.log(`cold load → first preview (median of ${loads}, fresh context): ` +
    `empty sheet ${(await coldLoads(browser, origin, null)).toFixed(0)} ms, ` +
    `tax-bureau draft ${(await coldLoads(browser, origin, tax, fetched)).toFixed(0)} ms`);
  const weight = pageWeight();
  const languages = [...fetched].sort();
  weight.locales = languages.reduce((sum, file) => sum + gzipped(path.join(site, file)), 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const total = Object.values(weight).reduce((a, b) => a + b, 0);
  const names = languages.map((file) => path.basename(file, '.json')).join(', ');
  console.log(`page weight (gzip -9): html ${kb(weight.html)}, js ${kb(weight.js)}, css ${kb(weight.css)}, ` +
    `wasm ${kb(weight.wasm)}, locales ${languages.length} files ${kb(weight.locales)}` +
    `${names ? ` (${names}, fetched by the tax-bureau draft's cold load)` : ''}; total ${kb(total)}`);
} finally {
  await browser.close();
  server.close();
}
