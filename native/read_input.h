// Reading the fact sheet: a file, or standard input for "-" or no file at all; at most one
// byte more than the core reads.
#pragma once

#include <string>

namespace noticekit::cli {

struct Input {
  std::string text;
  std::string error;  // e.g. "cannot read 'x.json': No such file or directory"; empty on success
};

Input read_input(const std::string& file);

// "cannot read 'x.json': No such file or directory" — how every read error is worded.
std::string cannot_read(const std::string& name, int error_number);

}  // namespace noticekit::cli
