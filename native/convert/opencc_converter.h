// OpenCC (Debian's libopencc, https://github.com/BYVoid/OpenCC) behind a small value type:
// a configuration such as "s2twp.json" opened once, then text in, text out. Its C API is
// used, so no OpenCC exception can cross into the CLI; a failure is a message.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace noticekit::cli::convert {

class OpenccConverter {
 public:
  // Opens `config` (a name under OpenCC's data folder, /usr/share/opencc, or a path);
  // nullopt with `error` set when it cannot be loaded.
  static std::optional<OpenccConverter> open(const std::string& config, std::string& error);

  // The converted text, or nullopt with `error` set.
  std::optional<std::string> convert(std::string_view text, std::string& error) const;

 private:
  explicit OpenccConverter(void* handle);
  std::shared_ptr<void> handle_;  // closed with opencc_close when the last copy goes
};

}  // namespace noticekit::cli::convert
