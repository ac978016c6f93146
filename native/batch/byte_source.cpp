#include "batch/byte_source.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace noticekit::cli::batch {
namespace {

constexpr std::size_t kBlockBytes = 1 << 16;

}  // namespace

ByteSource::ByteSource(std::FILE* stream) : stream_(stream), buffer_(kBlockBytes, '\0') {
  if (refill() && size_ >= 3 && std::memcmp(buffer_.data(), "\xEF\xBB\xBF", 3) == 0) position_ = 3;
}

// read(2), not fread: it returns what a pipe has now instead of waiting for a full block, so
// records that trickle in (`tail -f log | noticekit batch`) are rendered as they come.
bool ByteSource::refill() {
  if (failed_ || ended_) return false;
  position_ = size_ = 0;
  ssize_t n = 0;
  do {
    n = ::read(fileno(stream_), buffer_.data(), buffer_.size());
  } while (n < 0 && errno == EINTR);
  if (n < 0) failed_ = true;
  if (n <= 0)
    ended_ = true;
  else
    size_ = static_cast<std::size_t>(n);
  return size_ > 0;
}

bool ByteSource::read_line(std::string& line, std::size_t max_bytes) {
  bool fits = true;
  while (position_ < size_ || refill()) {
    const char* start = buffer_.data() + position_;
    const std::size_t available = size_ - position_;
    const void* newline = std::memchr(start, '\n', available);
    const std::size_t length =
        newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - start) : available;
    if (fits && line.size() + length <= max_bytes) {
      line.append(start, length);
    } else if (fits) {
      fits = false;
      line.clear();
    }
    position_ += length;
    if (newline) {
      ++position_;
      break;
    }
  }
  return fits;
}

int ByteSource::first_non_blank() {
  if (position_ == size_ && !refill()) return kEnd;
  for (std::size_t i = position_; i < size_; ++i) {
    const char c = buffer_[i];
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return static_cast<unsigned char>(c);
  }
  return kEnd;
}

}  // namespace noticekit::cli::batch
