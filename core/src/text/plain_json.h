// Reading the JSON a fact sheet or a locale file is almost always written in, in one pass:
// objects, arrays, strings, whole numbers, true, false and null, without a repeated key and at
// most max_json_depth deep. nlohmann's lexer copies every character of the text into a buffer
// of its own and keeps a position for its messages, which made it most of the cost of reading
// a sheet; what it reads besides (fractions, exponents, huge numbers) and every error are
// still its to read and to explain (see model::parse_json_text).
#pragma once

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "text/json_tree.h"

namespace noticekit::text {

// The tree of `text` when it is plain JSON as above, checked as well-formed UTF-8 and with each
// string's unusual flag set (text/json_tree.h) on the way; nullopt when it is not (or not JSON
// at all): the caller then parses it the thorough way. The tree views `text`.
std::optional<JsonTree> read_plain_json_tree(std::string_view text);

// The value Json::parse would give for `text` (nlohmann::json or ordered_json; an object's
// members in key order), or nullopt when the text is not plain JSON as above (or not JSON at
// all): the caller then parses it the thorough way.
template <typename Json = nlohmann::json>
std::optional<Json> read_plain_json(std::string_view text);

// The value ordered_json::parse(text, nullptr, false) gives (discarded when `text` is not
// JSON), through nlohmann's plain DOM parser alone: parse itself also compiles the parser
// that calls a callback per value (its callback argument is only known at run time), which is
// then in the WebAssembly module for nothing.
nlohmann::ordered_json parse_json(std::string_view text);

}  // namespace noticekit::text
