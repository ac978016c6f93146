// A finding: something the validator (or the parser) has to say about a fact sheet.
// Messages are localized late, from the code and its named arguments, so one finding can
// be shown in any language (the CLI, the page and the JSON all use the same data).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace noticekit::model {

enum class Severity { info, warning, error };

struct Finding {
  std::string code;  // stable, e.g. "window.end_before_start"
  Severity severity = Severity::error;
  std::string path;  // JSON pointer into the sheet, e.g. "/windows/0/end"
  using Args = std::vector<std::pair<std::string, std::string>>;
  Args args;  // named values for the message
};

std::string_view severity_name(Severity s);

// Appends a JSON-pointer reference token, escaping "~" and "/" (RFC 6901).
std::string pointer_append(std::string_view base, std::string_view token);
std::string pointer_append(std::string_view base, std::size_t index);

}  // namespace noticekit::model
