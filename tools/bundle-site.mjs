#!/usr/bin/env node
// Makes the deployed site from the unbundled one with esbuild: what a browser downloads on a
// first visit, minified, in as few files as the page needs. Run by the wasm build's `site`
// target (wasm/CMakeLists.txt).
//
//   node tools/bundle-site.mjs UNBUNDLED_DIR SITE_DIR ENTRY…
//       e.g. build-wasm/site-unbundled build-wasm/site web/engine.js web/app.js web/render-worker.js
//
// UNBUNDLED_DIR is the site as its sources are (web/*.js one module each, as written): it
// runs as it is (node tools/serve.mjs build-wasm/site-unbundled) and is what a reader debugs.
// SITE_DIR gets:
// - each ENTRY (a module of web/) as one minified module at its own path, with everything it
//   imports statically: unbundled, the page waits for dozens of small modules fetched one
//   import after another. An entry keeps its path, so the URLs the modules make with
//   `new URL('./x', import.meta.url)` name the same files. Imports of another entry, and of
//   files outside web/ (../noticekit.mjs, the engine's loader, which Node imports too), are
//   kept as written: those stay files of their own, and a browser runs a module once however
//   many import it. So index.html still loads web/engine.js by itself, ahead of web/app.js
//   (which imports it): the engine's worker starts before the page's own code runs.
//   Dynamic imports of a computed URL (web/vendor/, fetched when first used) stay as they are.
// - each module of web/ that the page imports only with a literal import('./x.js') (what runs
//   on an explicit action, an interface language's strings), as its own minified file in web/
//   (web/<name>-<hash>.js; esbuild's code splitting), fetched by that import: a cold load
//   does not download it. Such a module must import nothing that an entry also imports, or
//   esbuild moves the shared modules into a file of their own that every load would fetch
//   besides its entry: that fails the build.
//   A source map beside each bundle (.map: developer tools read it, the page does not).
// - index.html without its comments and indentation (the Content-Security-Policy untouched),
//   the stylesheets it links as one minified file at the first one's path, holding them in the
//   order linked (the same cascade; one request and one gzip stream instead of one per
//   stylesheet, while the sources stay a file per part of the page), every other .css minified,
//   noticekit.mjs minified (still the ES module Node imports as it is),
//   and every other file that no bundle contains copied as it is (the wasm, the languages'
//   data, the examples, the zone table, web/vendor/).
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const [unbundledDir, siteDir, ...entries] = process.argv.slice(2);
if (!entries.length || !entries.every((entry) => path.posix.dirname(entry) === 'web')) {
  console.error('usage: bundle-site.mjs UNBUNDLED_DIR SITE_DIR ENTRY…  (each ENTRY a web/*.js)');
  process.exit(2);
}
const from = path.resolve(unbundledDir);
const to = path.resolve(siteDir);
const webDir = path.join(from, 'web');
const entryFiles = new Set(entries.map((entry) => path.join(from, entry)));
// A file's path in its site, as index.html and the page write it.
const sitePath = (root, file) => path.relative(root, file).split(path.sep).join('/');

// Another entry, or a file outside web/, is imported as written. The path stays right only
// from a module of web/ itself, where the bundles go.
const keepSeparate = {
  name: 'keep-separate',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, ({ path: specifier, resolveDir, importer }) => {
      const target = path.resolve(resolveDir, specifier);
      if (target.startsWith(webDir + path.sep) && !entryFiles.has(target)) return undefined;
      if (path.dirname(importer) !== webDir) {
        return { errors: [{ text: `${specifier}: only a module of web/ itself may import a file kept separate` }] };
      }
      return { path: specifier, external: true };
    });
  },
};

const built = await esbuild.build({
  entryPoints: [...entryFiles],
  outbase: from,
  outdir: to,
  bundle: true,
  format: 'esm',
  splitting: true,
  // Next to the entries, so that `new URL('./x', import.meta.url)` in a chunk names the same
  // file as in its source.
  chunkNames: 'web/[name]-[hash]',
  platform: 'browser',
  minify: true,
  // Module scripts are always read as UTF-8: the strings' Chinese stays 3 bytes a character
  // instead of a 6-byte \uXXXX escape.
  charset: 'utf8',
  sourcemap: 'linked',
  metafile: true,
  legalComments: 'none',
  plugins: [keepSeparate],
  logLevel: 'warning',
});

// The bundles and maps esbuild wrote, and the sources the bundles contain (site paths): none
// is copied from UNBUNDLED_DIR. A source in two bundles would be downloaded twice, and run
// twice with two states if both are the page's: it must be an entry of its own instead.
const written = new Set();
const bundledIn = new Map();  // source → its bundle
for (const [output, { inputs }] of Object.entries(built.metafile.outputs)) {
  const bundle = sitePath(to, path.resolve(output));
  written.add(bundle);
  for (const input of Object.keys(inputs)) {
    const source = sitePath(from, path.resolve(input));
    if (bundledIn.has(source)) {
      throw new Error(`${source} is in both ${bundledIn.get(source)} and ${bundle}: make it an entry`);
    }
    bundledIn.set(source, bundle);
  }
}

// An entry that statically imports a made-up chunk: modules shared between the page and a
// module it imports lazily, which every load would then fetch as one more file.
for (const [output, { imports }] of Object.entries(built.metafile.outputs)) {
  const bundle = sitePath(to, path.resolve(output));
  if (!entries.includes(bundle)) continue;
  for (const { path: imported, kind, external } of imports) {
    if (kind !== 'import-statement' || external || entries.includes(sitePath(to, path.resolve(imported)))) continue;
    const inside = Object.keys(built.metafile.outputs[imported].inputs).map((input) => sitePath(from, path.resolve(input)));
    throw new Error(`${bundle} imports ${sitePath(to, path.resolve(imported))} (${inside.join(', ')}), shared with a module ` +
      'it imports lazily: make the lazy module import none of those');
  }
}

// index.html's stylesheet links, and the site paths of the files they name, in its order.
const stylesheetLink = /<link rel="stylesheet" href="([^"]+)">\n?/g;
const stylesheets = [...fs.readFileSync(path.join(from, 'index.html'), 'utf8').matchAll(stylesheetLink)]
  .map(([, href]) => href);

function pageHtml(html) {
  for (const [, src] of html.matchAll(/<script[^>]* src="([^"]+)"/g)) {
    if (!entries.includes(src)) throw new Error(`index.html loads ${src}, which is not an entry`);
  }
  // The first stylesheet link names them all (stylesheets, below).
  const linked = html.replace(stylesheetLink, (link, href) => (href === stylesheets[0] ? link : ''));
  // No <pre> or <textarea> of the page holds text, so no leading space is ever shown.
  return linked.replace(/<!--[\s\S]*?-->/g, '').replace(/\n\s*/g, '\n');
}

async function minified(text, loader) {
  const options = { loader, minify: true, legalComments: 'none', ...(loader === 'js' && { format: 'esm' }) };
  return (await esbuild.transform(text, options)).code;
}

// The stylesheets index.html links, one after another, as the first one's file.
function stylesheetsText() {
  return stylesheets.map((href) => fs.readFileSync(path.join(from, href), 'utf8')).join('\n');
}

async function copy(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const site = sitePath(from, file);
    const target = path.join(to, site);
    if (entry.isDirectory()) {
      await copy(file);
      continue;
    }
    if (bundledIn.has(site) || written.has(site)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (site === 'index.html') {
      fs.writeFileSync(target, pageHtml(fs.readFileSync(file, 'utf8')));
    } else if (site === stylesheets[0]) {
      fs.writeFileSync(target, await minified(stylesheetsText(), 'css'));
    } else if (stylesheets.includes(site)) {
      continue;
    } else if (site.endsWith('.css')) {
      fs.writeFileSync(target, await minified(fs.readFileSync(file, 'utf8'), 'css'));
    } else if (site === 'noticekit.mjs') {
      fs.writeFileSync(target, await minified(fs.readFileSync(file, 'utf8'), 'js'));
    } else {
      fs.copyFileSync(file, target);
    }
  }
}
await copy(from);
