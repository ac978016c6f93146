// Placed before emscripten's loader in noticekit.mjs (--extern-pre-js). Under Node, emscripten
// 3.1.6's ES-module loader still reads the CommonJS globals __dirname and require (to find and
// read noticekit.wasm), which an ES module does not have: this gives it both, from
// import.meta.url, so that `import createNoticekit from './noticekit.mjs'` works as it is. In
// a browser it defines nothing.
const nodeHost = typeof process === 'object' && typeof process.versions?.node === 'string';
const nodeModule = nodeHost ? await import('node:module') : null;
const nodeUrl = nodeHost ? await import('node:url') : null;
var require = nodeModule ? nodeModule.createRequire(import.meta.url) : undefined;
var __dirname = nodeUrl ? nodeUrl.fileURLToPath(new URL('.', import.meta.url)) : undefined;
