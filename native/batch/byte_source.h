// The batch input as a stream of bytes, read in blocks so that a file of any size is read
// with a fixed amount of memory. Both record readers (JSONL and CSV) take bytes from here.
#pragma once

#include <cstdio>
#include <string>

namespace noticekit::cli::batch {

class ByteSource {
 public:
  // Reads `stream` (not owned, and not read from before) through its file descriptor. A UTF-8 byte
  // order mark at the very start is skipped, as spreadsheet programs write one in front of "CSV
  // UTF-8" files.
  explicit ByteSource(std::FILE* stream);
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  static constexpr int kEnd = -1;

  // The next byte without consuming it, or kEnd.
  int peek() {
    if (position_ == size_ && !refill()) return kEnd;
    return static_cast<unsigned char>(buffer_[position_]);
  }
  // The next byte, or kEnd.
  int get() {
    const int byte = peek();
    if (byte != kEnd) ++position_;
    return byte;
  }

  bool at_end() { return peek() == kEnd; }

  // Appends bytes up to the next '\n' (consumed, not appended) or the end of the input to
  // `line`, but keeps at most `max_bytes` of them; returns false when the line was longer
  // (the rest is skipped), so that one huge line cannot exhaust memory.
  bool read_line(std::string& line, std::size_t max_bytes);

  // The first byte that is not a space, tab, CR or LF, without consuming anything; kEnd
  // when there is none in the first block. Used to guess the input type from its content.
  int first_non_blank();

  bool failed() const { return failed_; }  // a read error (errno is set), not the end

 private:
  bool refill();

  std::FILE* stream_;
  std::string buffer_;
  std::size_t position_ = 0;
  std::size_t size_ = 0;
  bool failed_ = false;
  bool ended_ = false;
};

}  // namespace noticekit::cli::batch
