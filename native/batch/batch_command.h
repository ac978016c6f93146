// `noticekit batch`: reads records one at a time, renders them on worker threads, and
// writes the results in input order, to standard output or to a folder (--out).
#pragma once

#include "command_line.h"

namespace noticekit::cli::batch {

// The exit status: 0 every record is fine, 1 some record failed, 2 a usage error or an
// input that cannot be read at all.
int run_batch(const Invocation& invocation);

}  // namespace noticekit::cli::batch
