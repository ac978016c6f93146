// `noticekit convert`: a fact sheet in, the same sheet out with every zh-CN text also in
// zh-TW, converted by Debian's OpenCC (s2twp: Taiwan characters and phrases), for the writer
// to review. The page's "fill the traditional-Chinese boxes" does the same in the browser.
#pragma once

#include "command_line.h"

namespace noticekit::cli::convert {

// Writes the converted sheet to standard output; messages to standard error. Returns the
// exit status: 0 done, 2 the input or the converter cannot be used.
int run_convert(const Invocation& invocation);

}  // namespace noticekit::cli::convert
