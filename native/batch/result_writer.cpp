#include "batch/result_writer.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace noticekit::cli::batch {
namespace {

namespace fs = std::filesystem;

std::string cannot_write(const std::string& path, int error_number) {
  return "cannot write '" + path + "': " + std::strerror(error_number);
}

// The permissions a plain fopen would give a new file: mkstemp makes it private (0600).
mode_t new_file_mode() {
  const mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

// A new, exclusive temporary file beside `path` (O_EXCL: never a file or link already
// there); its name is left in `temp`. Null with errno set when it cannot be made.
std::FILE* open_temporary(const std::string& path, std::string& temp) {
  static const mode_t mode = new_file_mode();
  temp = path + ".tmp-XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) return nullptr;
  if (fchmod(fd, mode) != 0) {
    const int error = errno;
    close(fd);
    unlink(temp.c_str());
    errno = error;
    return nullptr;
  }
  return fdopen(fd, "wb");
}

// Moves the finished temporary file onto `path`. A rename replaces whatever `path` was,
// a symbolic link included, and never writes through it to the file it points at.
bool put_in_place(std::FILE* file, const std::string& temp, const std::string& path) {
  const bool written = std::fclose(file) == 0;
  if (written && std::rename(temp.c_str(), path.c_str()) == 0) return true;
  const int error = errno;
  unlink(temp.c_str());
  errno = error;
  return false;
}

// `content` into the file at `path`, whole or not at all.
bool write_file(const std::string& path, const std::string& content) {
  std::string temp;
  std::FILE* file = open_temporary(path, temp);
  if (!file) return false;
  if (std::fwrite(content.data(), 1, content.size(), file) != content.size()) {
    const int error = errno;
    std::fclose(file);
    unlink(temp.c_str());
    errno = error;
    return false;
  }
  return put_in_place(file, temp, path);
}

}  // namespace

bool is_record_file_name(const std::string& name) {
  std::size_t digits = 0;
  while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
  return digits >= 6 && digits < name.size() && name[digits] == '-';
}

ResultWriter::ResultWriter(std::string out_dir)
    : out_dir_(std::move(out_dir)), index_(nullptr, &std::fclose) {}

std::string ResultWriter::open() {
  if (out_dir_.empty()) return "";
  std::error_code error;
  fs::create_directories(out_dir_, error);
  if (error) return "cannot create the folder '" + out_dir_ + "': " + error.message();
  for (fs::directory_iterator it(out_dir_, error), end; !error && it != end; it.increment(error)) {
    const fs::path& path = it->path();
    if (!is_record_file_name(path.filename().string())) continue;
    // A link is removed as a link: its target is left alone.
    const fs::file_status status = it->symlink_status(error);
    if (!error && (fs::is_regular_file(status) || fs::is_symlink(status))) fs::remove(path, error);
    if (error)
      return "cannot remove '" + path.string() + "' (left by an earlier run): " + error.message();
  }
  if (error) return "cannot read the folder '" + out_dir_ + "': " + error.message();
  const std::string index = (fs::path(out_dir_) / "index.jsonl").string();
  index_.reset(open_temporary(index, index_temp_));
  if (!index_) return cannot_write(index, errno);
  return "";
}

bool ResultWriter::write(const RenderedRecord& record) {
  for (const auto& [name, content] : record.files) {
    const std::string path = (fs::path(out_dir_) / name).string();
    if (!write_file(path, content)) {
      error_ = cannot_write(path, errno);
      return false;
    }
  }
  std::FILE* lines = index_ ? index_.get() : stdout;
  if (std::fwrite(record.line.data(), 1, record.line.size(), lines) != record.line.size() ||
      std::fputc('\n', lines) == EOF) {
    error_ = std::string("cannot write the results: ") + std::strerror(errno);
    return false;
  }
  return true;
}

std::string ResultWriter::close() {
  if (!index_) {
    if (error_.empty() && std::fflush(stdout) != 0)
      error_ = std::string("cannot write the results: ") + std::strerror(errno);
    return error_;
  }
  const std::string index = (fs::path(out_dir_) / "index.jsonl").string();
  if (!put_in_place(index_.release(), index_temp_, index) && error_.empty())
    error_ = cannot_write(index, errno);
  return error_;
}

}  // namespace noticekit::cli::batch
