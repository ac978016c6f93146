#!/usr/bin/env node
// The page's speed as a person feels it, in headless Chromium: the time from a keystroke to
// the updated preview (every output of the tax-bureau example, zh-CN and en), median and p95
// over EDITS edits; the longest main-thread task while typing; the cold load to the first
// preview; and the page's weight (gzip): the files that cold load fetches, and those it does not.
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
// weight is what that cold load of the draft fetches, in the English interface (a browser
// asking for en-US, nothing chosen in storage): every file of the site requested from
// navigation until one second after the first preview (the plan is drawn 400 ms after it),
// each counted as its gzip -9 from the site folder, by kind (html, js — .js and .mjs —, css,
// wasm, the languages' data locales/<tag>.json, and anything else fetched). So a module the
// page imports only on an explicit action, or in the other interface language, is not
// counted; the next line lists every such file of the site the cold load did not fetch
// (code, styles and data of web/ and the root: not the source maps, which only developer
// tools read, nor examples/ and locales/, whose files a sheet chooses), with its gzip -9 and
// their sum, so no weight is hidden by being made lazy.
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

const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

// A fetched file's kind in the weight line.
function kindOf(file) {
  if (file.startsWith('locales/')) return 'locales';
  const ext = path.extname(file).slice(1);
  if (ext === 'mjs') return 'js';
  return ['html', 'js', 'css', 'wasm'].includes(ext) ? ext : 'other';
}

// The files (site paths) a page of the site may fetch: not source maps, licences, examples/
// or locales/ (see the header).
function pageFiles() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const sitePath = path.relative(site, file).split(path.sep).join('/');
      if (statSync(file).isDirectory()) {
        if (!['examples', 'locales'].includes(sitePath)) walk(file);
      } else if (/\.(html|m?js|css|wasm|json|svg)$/.test(name)) {
        files.push(sitePath);
      }
    }
  };
  walk(site);
  return files.sort();
}

// The weight by kind of the files `fetched`, and the page's files not among them.
function pageWeight(fetched) {
  const kinds = { html: 0, js: 0, css: 0, wasm: 0, locales: 0, other: 0 };
  for (const file of fetched) kinds[kindOf(file)] += gzipped(path.join(site, file));
  const lazy = pageFiles().filter((file) => !fetched.has(file)).map((file) => [file, gzipped(path.join(site, file))]);
  return { kinds, lazy };
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
// `fetched`, if given, gathers the site paths of the files they fetch (the page's and its
// worker's), up to a second after the first preview.
async function coldLoads(browser, origin, draft, fetched) {
  const times = [];
  for (let i = 0; i < loads; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== origin || !response.ok()) return;
      fetched?.add(url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1)));
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
      if (fetched) await page.waitForTimeout(1000);
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
  const { kinds, lazy } = pageWeight(fetched);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const sum = (list) => list.reduce((a, b) => a + b, 0);
  const languages = [...fetched].filter((file) => kindOf(file) === 'locales').sort();
  const names = languages.map((file) => path.basename(file, '.json')).join(', ');
  console.log(`page weight (gzip -9): html ${kb(kinds.html)}, js ${kb(kinds.js)}, css ${kb(kinds.css)}, ` +
    `wasm ${kb(kinds.wasm)}, locales ${languages.length} files ${kb(kinds.locales)}${names ? ` (${names})` : ''}` +
    `${kinds.other ? `, other ${kb(kinds.other)}` : ''}; total ${kb(sum(Object.values(kinds)))}` +
    ' — what the tax-bureau draft\'s cold load fetches, English interface');
  console.log(`  fetched: ${[...fetched].sort().join(', ')}`);
  console.log(`  not fetched by it (on use): ${lazy.map(([file, size]) => `${file} ${kb(size)}`).join(', ')}; ` +
    `sum ${kb(sum(lazy.map(([, size]) => size)))}`);
} finally {
  await browser.close();
  server.close();
}
