#include "convert/opencc_converter.h"

#include <opencc/opencc.h>

namespace noticekit::cli::convert {
namespace {

// OpenCC says what went wrong through a global (opencc_error); read it at once.
std::string last_opencc_error() {
  const char* message = opencc_error();
  return message && *message ? message : "unknown OpenCC error";
}

// opencc_open's failure value, (opencc_t)-1 (opencc.h).
bool failed(opencc_t handle) { return handle == reinterpret_cast<opencc_t>(-1); }

}  // namespace

OpenccConverter::OpenccConverter(void* handle)
    : handle_(handle, [](void* h) { opencc_close(h); }) {}

std::optional<OpenccConverter> OpenccConverter::open(const std::string& config,
                                                     std::string& error) {
  const opencc_t handle = opencc_open(config.c_str());
  if (failed(handle)) {
    error = "cannot load OpenCC's " + config + " (" + last_opencc_error() +
            "); install Debian's opencc package (scripts/bootstrap does)";
    return std::nullopt;
  }
  return OpenccConverter(handle);
}

std::optional<std::string> OpenccConverter::convert(std::string_view text,
                                                    std::string& error) const {
  // OpenCC hands back a C string: text past a NUL would be lost without a word.
  if (text.find('\0') != std::string_view::npos) {
    error = "the text holds a NUL character (\\u0000); remove it";
    return std::nullopt;
  }
  char* converted = opencc_convert_utf8(handle_.get(), text.data(), text.size());
  if (!converted) {
    error = last_opencc_error();
    return std::nullopt;
  }
  std::string result(converted);
  opencc_convert_utf8_free(converted);
  return result;
}

}  // namespace noticekit::cli::convert
