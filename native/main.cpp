// `noticekit`: the command-line client of the core. It reads a fact sheet, calls
// noticekit::render, check or plan, and prints the result; the exit status is the result's
// status (0 ok, 1 invalid, 2 unusable), and 2 for a usage error. `batch` (many sheets) lives
// in native/batch/, `convert` (zh-CN text → zh-TW, with OpenCC) in native/convert/.
#include <cerrno>
#include <cstring>
#include <exception>
#include <iostream>
#include <string_view>
#include <vector>

#include <unistd.h>

#include "batch/batch_command.h"
#include "command_line.h"
#include "convert/convert_command.h"
#include "noticekit/noticekit.h"
#include "read_input.h"
#include "text_report.h"

namespace {

constexpr int kUsageError = 2;

// What was printed has reached standard output, or the run fails: a notice cut short by a
// full disk or a closed pipe must not look written (exit 2, as `batch` does).
int flushed(int status) {
  errno = 0;
  std::cout.flush();
  if (std::cout) return status;
  std::cerr << "noticekit: cannot write to standard output: "
            << (errno ? std::strerror(errno) : "the write failed") << '\n';
  return kUsageError;
}

int run(const noticekit::cli::Invocation& invocation) {
  using noticekit::cli::Format;
  if (invocation.verb == "batch") return noticekit::cli::batch::run_batch(invocation);
  if (invocation.verb == "convert")
    return flushed(noticekit::cli::convert::run_convert(invocation));
  const bool from_stdin = invocation.file.empty() || invocation.file == "-";
  if (from_stdin && isatty(STDIN_FILENO)) {  // otherwise a bare `noticekit render` seems to hang
    std::cerr << "noticekit: reading the fact sheet from standard input (end it with Ctrl-D)\n";
  }
  const noticekit::cli::Input input = noticekit::cli::read_input(invocation.file);
  if (!input.error.empty()) {
    std::cerr << "noticekit: " << noticekit::cli::printable(input.error) << '\n';
    return kUsageError;
  }

  const bool rendering = invocation.verb == "render";
  const bool planning = invocation.verb == "plan";
  const noticekit::Result result = rendering  ? noticekit::render(input.text, invocation.request)
                                   : planning ? noticekit::plan(input.text, invocation.request)
                                              : noticekit::check(input.text, invocation.request);
  if (invocation.format == Format::json) {
    // Exactly Result::json and a newline: the parity test compares it with the wasm module.
    std::cout << result.json << '\n';
  } else if (rendering) {
    noticekit::cli::print_outputs_as_text(result.json, std::cout, std::cerr);
  } else if (planning) {
    noticekit::cli::print_plan_as_text(result.json, std::cout, std::cerr);
  } else {
    noticekit::cli::print_findings_as_text(result.json, std::cout);
  }
  return flushed(static_cast<int>(result.status));
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    const noticekit::cli::ParsedCommandLine parsed = noticekit::cli::parse_command_line(args);
    if (!parsed.error.empty()) {
      std::cerr << "noticekit: " << noticekit::cli::printable(parsed.error) << '\n';
      return kUsageError;
    }
    const noticekit::cli::Invocation& invocation = parsed.invocation;
    switch (invocation.action) {
      case noticekit::cli::Action::help:
        std::cout << noticekit::cli::usage_text(invocation.verb);
        return flushed(0);
      case noticekit::cli::Action::version:
        std::cout << "noticekit " << noticekit::version() << '\n';
        return flushed(0);
      case noticekit::cli::Action::run: return run(invocation);
    }
  } catch (const std::exception& error) {  // e.g. out of memory on a huge input
    std::cerr << "noticekit: " << error.what() << '\n';
  }
  return kUsageError;
}
