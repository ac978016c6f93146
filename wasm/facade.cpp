// The WebAssembly face of the core, bound with Embind. It only converts values, JS to C++ and
// back; all the thinking, reading the request's JSON included, is in the core, which is what
// keeps this module's output byte-identical to the CLI's `--format json`.
//
// Module functions; a sheet or request is a JSON string, UTF-8 bytes (Uint8Array, ArrayBuffer)
// or a plain object, which is serialized; the request may be left out:
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
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <string_view>
#include <vector>

#include "noticekit/noticekit.h"

namespace {

using emscripten::val;
using Call = noticekit::Result (*)(std::string_view, std::string_view);

// JSON text from a JS value: a string or bytes as they are, undefined or null as no text, any
// other value (an object) through JSON.stringify.
std::string json_text(const val& value) {
  if (value.isUndefined() || value.isNull()) return {};
  if (value.isString() || value.instanceof (val::global("Uint8Array")) || value.instanceof
      (val::global("ArrayBuffer"))) {
    return value.as<std::string>();
  }
  return val::global("JSON").call<std::string>("stringify", value);
}

// Under Node, node-wasm.js sets Module.readLanguage(name), which reads the text of
// locales/<name>.json from beside the module: the languages a call needs are given first, so
// that a Node program calls render as it would natively. A page has no such hook (its worker
// fetches and gives them before the call, web/render-worker.js).
void give_languages_read(const std::string& sheet, const std::string& request) {
  const val read_language = val::module_property("readLanguage");
  if (read_language.isUndefined()) return;
  for (const auto& tag : noticekit::missing_languages(sheet, request))
    noticekit::add_language(tag, read_language(tag).as<std::string>());
}

template <Call call>
std::string with_request(const val& sheet, const val& request) {
  const std::string sheet_text = json_text(sheet), request_text = json_text(request);
  give_languages_read(sheet_text, request_text);
  return call(sheet_text, request_text).json;
}

// Embind binds a function per number of arguments: this one is the call without a request.
template <Call call>
std::string without_request(const val& sheet) {
  const std::string sheet_text = json_text(sheet);
  give_languages_read(sheet_text, {});
  return call(sheet_text, {}).json;
}

// A list of names as a JSON array's text, written by JSON.stringify: the module links no JSON
// writer of its own for it (the core writes its results with one that needs a JSON tree).
std::string json_list(const std::vector<std::string>& names) {
  val list = val::array();
  for (const auto& name : names) list.call<void>("push", name);
  return val::global("JSON").call<std::string>("stringify", list);
}

std::string missing_with_request(const val& sheet, const val& request) {
  return json_list(noticekit::missing_languages(json_text(sheet), json_text(request)));
}

std::string missing_without_request(const val& sheet) {
  return json_list(noticekit::missing_languages(json_text(sheet), {}));
}

std::string add_language(const std::string& name, const val& data) {
  return noticekit::add_language(name, json_text(data));
}

std::string version() { return std::string(noticekit::version()); }

std::string languages() { return json_list(noticekit::supported_languages()); }

std::string channels() { return json_list(noticekit::supported_channels()); }

}  // namespace

EMSCRIPTEN_BINDINGS(noticekit) {
  emscripten::function("render", &without_request<noticekit::render>);
  emscripten::function("render", &with_request<noticekit::render>);
  emscripten::function("check", &without_request<noticekit::check>);
  emscripten::function("check", &with_request<noticekit::check>);
  emscripten::function("plan", &without_request<noticekit::plan>);
  emscripten::function("plan", &with_request<noticekit::plan>);
  emscripten::function("missing_languages", &missing_without_request);
  emscripten::function("missing_languages", &missing_with_request);
  emscripten::function("add_language", &add_language);
  emscripten::function("version", &version);
  emscripten::function("languages", &languages);
  emscripten::function("channels", &channels);
}
