#include "model/request_reader.h"

#include <algorithm>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/finding.h"
#include "text/plain_json.h"
#include "text/sort_order.h"

namespace noticekit::model {
namespace {

// ordered_json, the flavour the results are written with: the WebAssembly build then needs no
// second copy of nlohmann's parser.
using json = nlohmann::ordered_json;

// One of the request's lists, e.g. "languages": ["zh-CN", "en"].
std::optional<RequestProblem> read_string_list(const json& value, const std::string& key,
                                               std::vector<std::string>& list) {
  if (!value.is_array()) {
    return RequestProblem{"/" + key, "\"" + key + "\" must be an array of strings."};
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!value[i].is_string()) {
      return RequestProblem{pointer_append("/" + key, i),
                            "Each item of \"" + key + "\" must be a string."};
    }
    list.push_back(value[i].get<std::string>());
  }
  return std::nullopt;
}

// One of the request's strings, e.g. "kind": "reminder"; `expected` says what it must be.
std::optional<RequestProblem> read_string(const json& value, const std::string& key,
                                          std::string& text, std::string_view expected) {
  if (!value.is_string())
    return RequestProblem{"/" + key, "\"" + key + "\" must be " + std::string(expected) + "."};
  text = value.get<std::string>();
  return std::nullopt;
}

std::optional<RequestProblem> read_member(const std::string& key, const json& value,
                                          Request& request) {
  if (key == "languages") return read_string_list(value, key, request.languages);
  if (key == "channels") return read_string_list(value, key, request.channels);
  if (key == "fields") return read_string_list(value, key, request.fields);
  if (key == "kind") return read_string(value, key, request.kind, "a string such as \"reminder\"");
  if (key == "at") {
    return read_string(value, key, request.at,
                       "a local date and time such as \"2026-12-06T06:30\"");
  }
  if (key == "role") {
    return read_string(value, key, request.role, "a string: a role's name from audience.roles");
  }
  if (key == "messages_language")
    return read_string(value, key, request.messages_language, "a language tag such as \"en\"");
  // The key came through nlohmann's parser, so it is valid UTF-8 and safe to echo.
  return RequestProblem{pointer_append("", key),
                        "Unknown option \"" + key +
                            "\"; the options are \"languages\", \"channels\", \"fields\", "
                            "\"kind\", \"role\", \"at\" and \"messages_language\"."};
}

}  // namespace

std::optional<RequestProblem> read_request(std::string_view request_json, Request& request) {
  if (request_json.find_first_not_of(" \t\r\n") == std::string_view::npos) return std::nullopt;
  const json options = text::parse_json(request_json);  // no exceptions in wasm
  if (options.is_discarded()) return RequestProblem{"", "The options are not valid JSON."};
  if (options.is_null()) return std::nullopt;
  if (!options.is_object()) {
    return RequestProblem{"",
                          "The options must be a JSON object: {\"languages\": [...], "
                          "\"channels\": [...]}."};
  }
  // Read in key order, so that of several problems the one reported is the same whatever order
  // the request's text gives its keys in. (A repeated key has kept its last value.)
  std::vector<const json::object_t::value_type*> members;
  for (const auto& member : options.get_ref<const json::object_t&>()) members.push_back(&member);
  text::sort_items(members, [](const auto* a, const auto* b) { return a->first < b->first; });
  for (const auto* member : members)
    if (auto problem = read_member(member->first, member->second, request)) return problem;
  return std::nullopt;
}

}  // namespace noticekit::model
