// The `noticekit` command line: what the user asked for, parsed from argv without running
// anything, so that parsing can be tested and every usage error is reported the same way.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "noticekit/noticekit.h"

namespace noticekit::cli {

enum class Action { run, help, version };
enum class Format { text, json, jsonl };

// `noticekit batch` only.
struct BatchOptions {
  std::string input;    // "jsonl" or "csv"; empty: from the file's extension or content
  unsigned jobs = 0;    // worker threads; 0: one per hardware thread
  std::string out_dir;  // write files per record there instead of JSON lines to stdout
};

struct Invocation {
  Action action = Action::help;
  std::string verb;  // "render", "check", "plan", "batch" or "convert"; for help, the verb
                     // asked about (may be empty)
  std::string file;  // empty or "-" means standard input
  Request request;
  Format format = Format::text;
  BatchOptions batch;
  std::string convert_to = "zh-TW";  // `noticekit convert --to`
};

struct ParsedCommandLine {
  Invocation invocation;
  std::string error;  // a one-line usage error; empty when the command line is fine
};

// `args` excludes the program name.
ParsedCommandLine parse_command_line(std::span<const std::string_view> args);

// Help for one verb ("render", "check", "plan", "batch", "convert") or, for anything else, for the
// whole tool.
std::string usage_text(std::string_view verb);

}  // namespace noticekit::cli
