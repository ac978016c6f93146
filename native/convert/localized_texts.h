// Adds a language to every localized text of a fact sheet, converted from another one: what
// `noticekit convert` does with OpenCC (zh-CN → zh-TW). Which values are localized text is
// the sheet's JSON Schema's word ($defs/text, native/batch/sheet_schema.h), not a list here.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace noticekit::cli::convert {

// Text in, converted text out; nullopt with the message in `error` when it cannot be.
using TextConverter =
    std::function<std::optional<std::string>(std::string_view text, std::string& error)>;

struct Conversion {
  int converted = 0;  // texts given a `to` version
  int kept = 0;       // texts that had one already, left as they were
  std::string error;  // "at /windows/0/systems/1: …" for the first text that failed; empty if none
};

// For each localized text with a `from` version: a plain string when `from` is the sheet's
// first language (that is what a plain string means), or a map {"zh-CN": …}. The string
// becomes a map {from: text, to: converted}; a map gains `to` unless it has it. `to` joins
// the sheet's "languages" when it is not there. The sheet is changed in place, key order
// kept (ordered_json), so the writer's file reads as before.
Conversion add_converted_language(nlohmann::ordered_json& sheet, const std::string& from,
                                  const std::string& to, const TextConverter& convert);

}  // namespace noticekit::cli::convert
