// Test inputs as the batch reads them: a temporary file holding the given bytes.
#pragma once

#include <cstdio>
#include <memory>
#include <string_view>

namespace noticekit::cli::batch::testing {

using TempFile = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

inline TempFile file_with(std::string_view bytes) {
  TempFile file(std::tmpfile(), &std::fclose);
  std::fwrite(bytes.data(), 1, bytes.size(), file.get());
  std::rewind(file.get());
  return file;
}

}  // namespace noticekit::cli::batch::testing
