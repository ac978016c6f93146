// Loads the noticekit WebAssembly module in Node, for the parity and end-to-end tests.
//
//   import { loadNoticekit } from './load-wasm.mjs';
//   const noticekit = await loadNoticekit('build-wasm/site');  // folder with noticekit.mjs/.wasm
//   noticekit.render(sheetJson);
//
// Emscripten 3.1.6's ES-module output for ENVIRONMENT=web,node still refers to the CommonJS
// globals `__dirname` and `require` when it runs in Node, and its fetch() of the .wasm fails
// on a file path under Node 20. So this defines those two globals (only if absent) and hands
// the module the .wasm bytes itself.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadNoticekit(siteOrWasmDir) {
  const dir = path.resolve(siteOrWasmDir);
  const loader = path.join(dir, 'noticekit.mjs');
  globalThis.__dirname ??= dir;
  globalThis.require ??= createRequire(import.meta.url);
  const wasmBinary = await readFile(path.join(dir, 'noticekit.wasm'));
  const { default: createNoticekit } = await import(pathToFileURL(loader).href);
  return createNoticekit({ wasmBinary });
}
