// Inside emscripten's factory (--pre-js): Node's fetch cannot read the file path where the
// loader looks for noticekit.wasm, so under Node the bytes are read from beside this file,
// unless the caller passed its own wasmBinary. (No optional chaining: emscripten 3.1.6's
// minifier cannot read it.)
if (typeof process == 'object' && typeof process.versions == 'object' &&
    typeof process.versions.node == 'string') {
  if (!Module['wasmBinary'])
    Module['wasmBinary'] = require('fs').readFileSync(require('path').join(__dirname, 'noticekit.wasm'));
  // The module embeds no language's data (a page fetches what a sheet needs, as
  // web/render-worker.js does). Under Node, render, check and plan read the languages a call
  // needs from the locales/ folder beside this file first, so that a Node program calls them as
  // it would natively.
  Module['postRun'] = [].concat(Module['postRun'] || [], function () {
    ['render', 'check', 'plan'].forEach(function (name) {
      var call = Module[name];
      Module[name] = function () {
        var missing = JSON.parse(Module['missing_languages'].apply(null, arguments));
        missing.forEach(function (tag) {
          var file = require('path').join(__dirname, 'locales', tag + '.json');
          var problem = Module['add_language'](tag, require('fs').readFileSync(file, 'utf8'));
          if (problem) throw new Error(problem);
        });
        return call.apply(null, arguments);
      };
    });
  });
}
