// The human-readable form of a result (`--format text`). It reads the same JSON that
// `--format json` prints, so the text view can never show something the JSON does not hold.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace noticekit::cli {

// Each output as a header line, "Subject: ..." when there is one, and its text; the
// findings go to `findings_out`, one per line.
void print_outputs_as_text(std::string_view result_json, std::ostream& out,
                           std::ostream& findings_out);

// The findings, one per line, or "no findings".
void print_findings_as_text(std::string_view result_json, std::ostream& out);

// `text` with each control character (C0, DEL, C1) written as \u001B: a message that
// echoes the input (an unknown key, a zone, a --lang value) must not retitle the terminal
// or clear its screen. Printable text, line breaks excepted, passes unchanged.
std::string printable(std::string_view text);

// The plan: ranked channels with their reasons, then the schedule as a timeline, costs,
// support and per-audience versions; the findings go to `findings_out`, one per line.
void print_plan_as_text(std::string_view result_json, std::ostream& out,
                        std::ostream& findings_out);

}  // namespace noticekit::cli
