// Inside emscripten's factory, after its loader (--post-js): the module's functions (facade.cpp
// lists them; README "The WebAssembly module") over facade.cpp's C functions. A text goes in as
// UTF-8 bytes copied into the module's memory, and the text the call leaves there comes back as
// a string, read after the call (memory may grow during it, which replaces HEAPU8).
// (Written for emscripten 3.1.6's minifier, as node-wasm.js: no optional chaining.)
(function () {
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  // The UTF-8 bytes of a sheet, request, name or data: a string or bytes as they are, undefined
  // or null as no text, any other value (a plain object) through JSON.stringify.
  function utf8(value) {
    if (value === undefined || value === null) return new Uint8Array(0);
    if (value instanceof Uint8Array) return value;
    if (value instanceof ArrayBuffer) return new Uint8Array(value);
    return encoder.encode(typeof value == 'string' ? value : JSON.stringify(value));
  }

  // Calls a C function of facade.cpp with each value as the (address, size) of its UTF-8 text,
  // and returns the text of its result.
  function call(cFunction, values) {
    var args = [];
    var blocks = [];
    values.forEach(function (value) {
      var bytes = utf8(value);
      var address = _malloc(bytes.length);
      HEAPU8.set(bytes, address);
      blocks.push(address);
      args.push(address, bytes.length);
    });
    try {
      var address = cFunction.apply(null, args);
      return decoder.decode(HEAPU8.subarray(address, address + _noticekit_result_size()));
    } finally {
      blocks.forEach(function (block) { _free(block); });
    }
  }

  // The names a C function of facade.cpp lists (joined by '\n'), as an array.
  function names(cFunction, values) {
    var text = call(cFunction, values);
    return text ? text.split('\n') : [];
  }

  // Module[name], taking `least` to `most` arguments: any other number is a mistake, said at once.
  function define(name, least, most, body) {
    Module[name] = function (...values) {
      if (values.length < least || values.length > most) {
        throw new TypeError(name + ' called with ' + values.length + ' arguments; it takes ' +
                            (least == most ? least : least + ' or ' + most));
      }
      return body(values[0], values[1]);
    };
  }

  function missingLanguages(sheet, request) {
    return names(_noticekit_missing_languages, [sheet, request]);
  }

  function addLanguage(name, data) {
    return call(_noticekit_add_language, [name, data]);
  }

  // render, check or plan. Under Node, node-wasm.js sets Module.readLanguage(name), which reads
  // the text of locales/<name>.json from beside the module: the data the call needs is given
  // first (a problem in it is the call's finding), so that a Node program calls render as it
  // would natively.
  function judge(cFunction) {
    return function (sheet, request) {
      var readLanguage = Module['readLanguage'];
      if (readLanguage) {
        missingLanguages(sheet, request).forEach(function (name) {
          addLanguage(name, readLanguage(name));
        });
      }
      return call(cFunction, [sheet, request]);
    };
  }

  define('render', 1, 2, judge(_noticekit_render));
  define('check', 1, 2, judge(_noticekit_check));
  define('plan', 1, 2, judge(_noticekit_plan));
  // A list is returned as a JSON array's text, as Embind's binding gave it.
  define('missing_languages', 1, 2, function (sheet, request) {
    return JSON.stringify(missingLanguages(sheet, request));
  });
  define('add_language', 2, 2, addLanguage);
  define('version', 0, 0, function () { return call(_noticekit_version, []); });
  define('languages', 0, 0, function () { return JSON.stringify(names(_noticekit_languages, [])); });
  define('channels', 0, 0, function () { return JSON.stringify(names(_noticekit_channels, [])); });
})();
