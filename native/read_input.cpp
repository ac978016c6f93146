#include "read_input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace noticekit::cli {
namespace {

// Reads to the end of `stream`; on failure returns false with errno set by the C library
// (a directory opens fine on Linux and only fails here, with EISDIR).
bool read_all(std::FILE* stream, std::string& text) {
  char buffer[1 << 16];
  while (true) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, stream);
    text.append(buffer, n);
    if (n < sizeof buffer) return !std::ferror(stream);
  }
}

}  // namespace

std::string cannot_read(const std::string& name, int error_number) {
  return "cannot read '" + name + "': " + std::strerror(error_number);
}

Input read_input(const std::string& file) {
  Input input;
  if (file.empty() || file == "-") {
    errno = 0;
    if (!read_all(stdin, input.text)) input.error = cannot_read("standard input", errno);
    return input;
  }
  errno = 0;
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream(std::fopen(file.c_str(), "rb"),
                                                               &std::fclose);
  if (!stream || !read_all(stream.get(), input.text)) {
    input.error = cannot_read(file, errno != 0 ? errno : EIO);
    input.text.clear();
  }
  return input;
}

}  // namespace noticekit::cli
