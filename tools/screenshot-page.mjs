#!/usr/bin/env node
// Takes the README's picture of the page: the built site in headless Chromium at 1366×768
// with an example loaded, as a new user first sees it (docs/page.png).
//
//   node tools/screenshot-page.mjs [SITE_DIR] [OUT_PNG] [EXAMPLE_BUTTON]
//
// SITE_DIR defaults to build-wasm/site, OUT_PNG to docs/page.png, the example to the SaaS
// emergency (English, so the picture needs no CJK fonts on the machine that takes it).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const repo = fileURLToPath(new URL('../', import.meta.url));
const [site = path.join(repo, 'build-wasm/site'), out = path.join(repo, 'docs/page.png'),
  example = 'Load SaaS emergency example'] = process.argv.slice(2);

const server = await serve(site, 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US', timezoneId: 'Asia/Shanghai' });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('body[data-engine="ready"]', { timeout: 60000 });
  await page.getByRole('button', { name: example }).click();
  await page.waitForFunction(() => document.querySelectorAll('#outputs .output iframe.email-frame').length > 0);
  await page.waitForTimeout(500);  // the email preview's frame paints
  await page.screenshot({ path: out });
  console.log(`screenshot-page: ${out}`);
} finally {
  await browser.close();
  server.close();
}
