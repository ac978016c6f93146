// The WebAssembly face of the core: C functions over UTF-8 text, which module-functions.js
// (--post-js) turns into the module's functions. It only converts values; all the thinking,
// reading the request's JSON included, is in the core, which is what keeps this module's output
// byte-identical to the CLI's `--format json`. A hand-written binding rather than Embind: for
// eight functions of text, Embind's JS runtime and its registration and wire-type code in the
// wasm cost the page's download 6.8 KB gzip.
//
// Module functions (module-functions.js); a sheet, request or data is a JSON string, UTF-8 bytes
// (Uint8Array, ArrayBuffer) or a plain object, which is serialized; the request may be left out:
//   render(sheet, request?) -> result JSON, as noticekit::render
//   check(sheet, request?)  -> result JSON, as noticekit::check
//   plan(sheet, request?)   -> result JSON, as noticekit::plan
//   missing_languages(sheet, request?) -> JSON array of the names of the data the call would
//                            read and is not given yet (languages, parts of their zone names),
//                            as noticekit::missing_languages
//   add_language(name, data) -> "" when taken, else what is wrong, as noticekit::add_language;
//                            data: the text of the site's locales/<name>.json
//   version()               -> "0.1.0"
//   languages(), channels() -> JSON arrays of what this build can render
// Under Node, render, check and plan first give the module the data missing_languages lists,
// read by Module.readLanguage(name) (node-wasm.js), so that a Node program calls render as it
// would natively. A page has no such hook (its worker fetches and gives them before the call,
// web/render-worker.js).
//
// What the wasm exports for them (the C functions below, and malloc and free): each text in is
// (address, size) of UTF-8 bytes the caller owns; each call returns the address of its result's
// UTF-8 text, which the module owns until the next call, and noticekit_result_size() its size.
// A list of names is returned as the names joined by '\n' (no name holds one), which
// module-functions.js turns into a JSON array: the module links no JSON writer of its own for it
// (the core writes its results with one that needs a JSON tree).
#include <emscripten/emscripten.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "noticekit/noticekit.h"

namespace {

// The last call's result, read by the caller before its next call.
std::string result;

const char* give(std::string text) {
  result = std::move(text);
  return result.data();
}

const char* give_list(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) {
    if (!text.empty()) text += '\n';
    text += name;
  }
  return give(std::move(text));
}

using Call = noticekit::Result (*)(std::string_view, std::string_view);

template <Call call>
const char* judge(const char* sheet, std::size_t sheet_size, const char* request,
                  std::size_t request_size) {
  return give(call({sheet, sheet_size}, {request, request_size}).json);
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE std::size_t noticekit_result_size() { return result.size(); }

EMSCRIPTEN_KEEPALIVE const char* noticekit_render(const char* sheet, std::size_t sheet_size,
                                                  const char* request, std::size_t request_size) {
  return judge<noticekit::render>(sheet, sheet_size, request, request_size);
}

EMSCRIPTEN_KEEPALIVE const char* noticekit_check(const char* sheet, std::size_t sheet_size,
                                                 const char* request, std::size_t request_size) {
  return judge<noticekit::check>(sheet, sheet_size, request, request_size);
}

EMSCRIPTEN_KEEPALIVE const char* noticekit_plan(const char* sheet, std::size_t sheet_size,
                                                const char* request, std::size_t request_size) {
  return judge<noticekit::plan>(sheet, sheet_size, request, request_size);
}

EMSCRIPTEN_KEEPALIVE const char* noticekit_missing_languages(const char* sheet,
                                                             std::size_t sheet_size,
                                                             const char* request,
                                                             std::size_t request_size) {
  return give_list(noticekit::missing_languages({sheet, sheet_size}, {request, request_size}));
}

EMSCRIPTEN_KEEPALIVE const char* noticekit_add_language(const char* name, std::size_t name_size,
                                                        const char* data, std::size_t data_size) {
  return give(noticekit::add_language({name, name_size}, {data, data_size}));
}

EMSCRIPTEN_KEEPALIVE const char* noticekit_version() {
  return give(std::string(noticekit::version()));
}

EMSCRIPTEN_KEEPALIVE const char* noticekit_languages() {
  return give_list(noticekit::supported_languages());
}

EMSCRIPTEN_KEEPALIVE const char* noticekit_channels() {
  return give_list(noticekit::supported_channels());
}

}  // extern "C"
