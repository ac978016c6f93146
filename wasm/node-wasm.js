// Inside emscripten's factory (--pre-js): Node's fetch cannot read the file path where the
// loader looks for noticekit.wasm, so under Node the bytes are read from beside this file,
// unless the caller passed its own wasmBinary. (No optional chaining: emscripten 3.1.6's
// minifier cannot read it.)
if (typeof process == 'object' && typeof process.versions == 'object' &&
    typeof process.versions.node == 'string' && !Module['wasmBinary'])
  Module['wasmBinary'] = require('fs').readFileSync(require('path').join(__dirname, 'noticekit.wasm'));
