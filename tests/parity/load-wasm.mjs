// Loads the noticekit WebAssembly module in Node, for the parity and end-to-end tests:
//
//   import { loadNoticekit } from './load-wasm.mjs';
//   const noticekit = await loadNoticekit('build-wasm/site');  // folder with noticekit.mjs/.wasm
//   noticekit.render(sheetJson);
//
// The module imports in Node as it is (README "The WebAssembly module"); this only finds it by
// folder.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadNoticekit(siteOrWasmDir) {
  const loader = path.join(path.resolve(siteOrWasmDir), 'noticekit.mjs');
  const { default: createNoticekit } = await import(pathToFileURL(loader).href);
  return createNoticekit();
}
