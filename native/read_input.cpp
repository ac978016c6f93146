#include "read_input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "noticekit/noticekit.h"

namespace noticekit::cli {
namespace {

// Reads `stream` up to one byte past the largest sheet the core reads: enough for the core
// to say the sheet is too large, and /dev/zero or a log file piped in by mistake stops there.
// On failure returns false with errno set by the C library (a directory opens fine on Linux
// and only fails here, with EISDIR).
bool read_sheet_text(std::FILE* stream, std::string& text) {
  text.resize(max_sheet_bytes + 1);
  const std::size_t n = std::fread(text.data(), 1, text.size(), stream);
  text.resize(n);
  return !std::ferror(stream);
}

}  // namespace

std::string cannot_read(const std::string& name, int error_number) {
  return "cannot read '" + name + "': " + std::strerror(error_number);
}

Input read_input(const std::string& file) {
  Input input;
  if (file.empty() || file == "-") {
    errno = 0;
    if (!read_sheet_text(stdin, input.text)) input.error = cannot_read("standard input", errno);
    return input;
  }
  errno = 0;
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream(std::fopen(file.c_str(), "rb"),
                                                               &std::fclose);
  if (!stream || !read_sheet_text(stream.get(), input.text)) {
    input.error = cannot_read(file, errno != 0 ? errno : EIO);
    input.text.clear();
  }
  return input;
}

}  // namespace noticekit::cli
