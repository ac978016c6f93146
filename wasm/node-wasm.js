// Inside emscripten's factory (--pre-js): Node's fetch cannot read the file path where the
// loader looks for noticekit.wasm, so under Node the bytes are read from beside this file,
// unless the caller passed its own wasmBinary. The module embeds no language's data: under
// Node, readLanguage reads a language's (or a part of its zone names, by the name
// missing_languages gives) from the locales/ folder beside this file when a call needs it
// (facade.cpp), unless the caller passed its own. (No optional chaining: emscripten
// 3.1.6's minifier cannot read it.)
if (typeof process == 'object' && typeof process.versions == 'object' &&
    typeof process.versions.node == 'string') {
  if (!Module['wasmBinary'])
    Module['wasmBinary'] = require('fs').readFileSync(require('path').join(__dirname, 'noticekit.wasm'));
  if (!Module['readLanguage'])
    Module['readLanguage'] = function (name) {
      return require('fs').readFileSync(require('path').join(__dirname, 'locales', name + '.json'), 'utf8');
    };
}
