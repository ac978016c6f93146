// A finding: something the validator (or the parser) has to say about a fact sheet.
// Messages are localized late, from the code and its named arguments, so one finding can
// be shown in any language (the CLI, the page and the JSON all use the same data).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace noticekit::model {

enum class Severity { info, warning, error };

struct Finding {
  using Args = std::vector<std::pair<std::string, std::string>>;
  // For a finding about one rendered output rather than the sheet (one over its channel's
  // limit): that output's channel and language, so a reader can tell which output it means.
  struct Output {
    std::string channel;
    std::string lang;
  };

  // A constructor rather than an aggregate, so the many `{code, severity, path, args}` that
  // make findings need not name `output`, which only output findings have.
  Finding(std::string code, Severity severity, std::string path, Args args = {},
          std::optional<Output> output = std::nullopt)
      : code(std::move(code)),
        severity(severity),
        path(std::move(path)),
        args(std::move(args)),
        output(std::move(output)) {}

  std::string code;  // stable, e.g. "window.end_before_start"
  Severity severity = Severity::error;
  std::string path;  // JSON pointer into the sheet, e.g. "/windows/0/end"
  Args args;         // named values for the message
  std::optional<Output> output;
};

std::string_view severity_name(Severity s);

// Appends a JSON-pointer reference token, escaping "~" and "/" (RFC 6901).
std::string pointer_append(std::string_view base, std::string_view token);
std::string pointer_append(std::string_view base, std::size_t index);
// The same, in place: "/" and the token at the end of `pointer`.
void append_pointer_token(std::string& pointer, std::string_view token);
void append_pointer_token(std::string& pointer, std::size_t index);

}  // namespace noticekit::model
