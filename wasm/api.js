// Appended inside the generated module factory (--post-js), where `Module` is the module
// object. Embind rejects a call with a missing argument, so the public render/check make the
// options optional here. A sheet or options given as a plain object is serialized first; a
// string or a Uint8Array of UTF-8 bytes goes through as it is.
(function () {
  function asJson(value, fallback) {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string' || value instanceof Uint8Array || value instanceof ArrayBuffer) {
      return value;
    }
    return JSON.stringify(value);
  }
  Module['render'] = function (sheet, options) {
    return Module['_render2'](asJson(sheet, ''), asJson(options, '{}'));
  };
  Module['check'] = function (sheet, options) {
    return Module['_check2'](asJson(sheet, ''), asJson(options, '{}'));
  };
  Module['plan'] = function (sheet, options) {
    return Module['_plan2'](asJson(sheet, ''), asJson(options, '{}'));
  };
})();
