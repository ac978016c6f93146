// The WebAssembly face of the core: JSON text in, JSON text out, bound with Embind.
// Only converts values; all the thinking is in the core, which is what keeps this module's
// output byte-identical to the CLI's `--format json`.
//
// Module functions (see api.js for the optional second argument):
//   render(sheetJson, optionsJson) -> result JSON, as noticekit::render
//   check(sheetJson, optionsJson)  -> result JSON, as noticekit::check
//   plan(sheetJson, optionsJson)   -> result JSON, as noticekit::plan
//   version()                      -> "0.1.0"
//   languages(), channels()        -> JSON arrays of what this build can render
// optionsJson is {"languages":[...],"channels":[...],"fields":[...],"kind":"…","role":"…",
// "at":"…"}, every key optional (Request in noticekit.h). A malformed one gives a result with
// a "request.invalid" error finding: nothing here throws or aborts.
#include <emscripten/bind.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "noticekit/noticekit.h"

namespace {

using nlohmann::json;
using ordered_json = nlohmann::ordered_json;

struct RequestProblem {
  std::string path;  // JSON pointer into optionsJson
  std::string message;
};

// Reads one of the request's lists, e.g. "languages": ["zh-CN", "en"].
std::optional<RequestProblem> read_string_list(const json& value, const std::string& key,
                                               std::vector<std::string>& list) {
  if (!value.is_array()) {
    return RequestProblem{"/" + key, "\"" + key + "\" must be an array of strings."};
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!value[i].is_string()) {
      return RequestProblem{"/" + key + "/" + std::to_string(i),
                            "Each item of \"" + key + "\" must be a string."};
    }
    list.push_back(value[i].get<std::string>());
  }
  return std::nullopt;
}

std::optional<RequestProblem> read_request(const std::string& options_json,
                                           noticekit::Request& request) {
  if (options_json.find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
  const json options = json::parse(options_json, nullptr, false);  // no exceptions in wasm
  if (options.is_discarded()) return RequestProblem{"", "The options are not valid JSON."};
  if (options.is_null()) return std::nullopt;
  if (!options.is_object()) {
    return RequestProblem{"",
                          "The options must be a JSON object: {\"languages\": [...], "
                          "\"channels\": [...]}."};
  }
  for (const auto& [key, value] : options.items()) {
    std::optional<RequestProblem> problem;
    if (key == "languages") {
      problem = read_string_list(value, key, request.languages);
    } else if (key == "channels") {
      problem = read_string_list(value, key, request.channels);
    } else if (key == "fields") {
      problem = read_string_list(value, key, request.fields);
    } else if (key == "kind") {
      if (value.is_string())
        request.kind = value.get<std::string>();
      else
        problem = RequestProblem{"/kind", "\"kind\" must be a string such as \"reminder\"."};
    } else if (key == "at") {
      if (value.is_string())
        request.at = value.get<std::string>();
      else
        problem = RequestProblem{"/at",
                                 "\"at\" must be a local date and time such as "
                                 "\"2026-12-06T06:30\"."};
    } else if (key == "role") {
      if (value.is_string())
        request.role = value.get<std::string>();
      else
        problem = RequestProblem{"/role",
                                 "\"role\" must be a string: a role's name from audience.roles."};
    } else {
      // Strict, so that a typo such as "language" is reported instead of silently ignored.
      // (The key came through nlohmann's parser, so it is valid UTF-8 and safe to echo.)
      // json_pointer escapes the key as one RFC 6901 token ("~" as "~0", "/" as "~1").
      problem = RequestProblem{(json::json_pointer() / key).to_string(),
                               "Unknown option \"" + key +
                                   "\"; the options are \"languages\", "
                                   "\"channels\", \"fields\", \"kind\", \"role\" and \"at\"."};
    }
    if (problem) return problem;
  }
  return std::nullopt;
}

// The same shape the core gives for an unusable input; check results have no "outputs".
std::string request_invalid(const RequestProblem& problem, bool with_outputs) {
  ordered_json result;
  if (with_outputs) result["outputs"] = ordered_json::array();
  result["findings"] = ordered_json::array({ordered_json{{"code", "request.invalid"},
                                                         {"severity", "error"},
                                                         {"path", problem.path},
                                                         {"message", problem.message}}});
  return result.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string render_with_options(const std::string& sheet_json, const std::string& options_json) {
  noticekit::Request request;
  if (const auto problem = read_request(options_json, request)) {
    return request_invalid(*problem, true);
  }
  return noticekit::render(sheet_json, request).json;
}

std::string check_with_options(const std::string& sheet_json, const std::string& options_json) {
  noticekit::Request request;
  if (const auto problem = read_request(options_json, request)) {
    return request_invalid(*problem, false);
  }
  return noticekit::check(sheet_json, request).json;
}

std::string plan_with_options(const std::string& sheet_json, const std::string& options_json) {
  noticekit::Request request;
  if (const auto problem = read_request(options_json, request)) {
    // The plan's shape, empty, with the finding (as the core gives for an unusable sheet).
    ordered_json result = ordered_json::parse(request_invalid(*problem, false), nullptr, false);
    ordered_json plan = {{"channels", ordered_json::array()},  {"schedule", ordered_json::array()},
                         {"costs", ordered_json::object()},    {"support", ordered_json::object()},
                         {"audiences", ordered_json::array()}, {"ics", ""}};
    plan["findings"] = result["findings"];
    return plan.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  return noticekit::plan(sheet_json, request).json;
}

std::string version() { return std::string(noticekit::version()); }

std::string languages() { return json(noticekit::supported_languages()).dump(); }

std::string channels() { return json(noticekit::supported_channels()).dump(); }

}  // namespace

EMSCRIPTEN_BINDINGS(noticekit) {
  // Embind insists on every argument, so these take both and api.js defines the public
  // render(sheet, options?), check(sheet, options?) and plan(sheet, options?) over them.
  emscripten::function("_render2", &render_with_options);
  emscripten::function("_check2", &check_with_options);
  emscripten::function("_plan2", &plan_with_options);
  emscripten::function("version", &version);
  emscripten::function("languages", &languages);
  emscripten::function("channels", &channels);
}
