// libFuzzer target: any bytes as the input of `noticekit batch`, through the functions the
// CLI's batch verb uses (native/batch/): BatchInput reads JSONL lines or CSV rows (the CSV
// reader, the header → field paths, each row → a fact sheet typed by the schema), and
// RecordRenderer renders each record into its JSON line or its files (--out). Only the
// worker threads and the writer are left out: the records are rendered one after the other,
// in the order the CLI writes them. A crash, a sanitizer report, a leak, a hang, an exception
// or a broken invariant below is a bug.
//
// Input: one mode byte, then the batch input as a file holds it:
//   bits 0–1  the input type: 0 CSV (--input csv), 1 JSONL (--input jsonl), 2–3 none given,
//             so the content decides as for standard input
//   bit 2     --out: each output's fields become files (none is written here)
//   bits 3–7  the channel (--channel): the n-th supported one, wrapping around. Never all of
//             them (the CLI's default): a record rendered on every channel is up to fifteen
//             times the work, for no line of native/batch/ more; fuzz_sheet.cpp renders them
// So `tail -c +2 INPUT > records.csv` gives the bytes `noticekit batch` reads.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "batch/batch_input.h"
#include "batch/record_renderer.h"
#include "noticekit/noticekit.h"

namespace {

using noticekit::cli::batch::BatchInput;
using noticekit::cli::batch::InputRecord;
using noticekit::cli::batch::InputType;
using noticekit::cli::batch::RecordRenderer;
using noticekit::cli::batch::RenderedRecord;

void require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "fuzz_batch: invariant broken: %s\n", what);
  std::abort();
}

// BatchInput reads a FILE's descriptor with read(2), so the bytes go into one in-memory file,
// made once and rewritten for each input (a temporary file per input would cost a syscall
// storm and disk writes).
std::FILE* input_file(const std::uint8_t* data, std::size_t size) {
  static std::FILE* file = [] {
    const int fd = memfd_create("fuzz_batch", 0);
    require(fd >= 0, "memfd_create");
    return fdopen(fd, "rb");
  }();
  require(file != nullptr, "fdopen");
  const int fd = fileno(file);
  require(ftruncate(fd, 0) == 0, "ftruncate");
  std::size_t written = 0;
  while (written < size) {
    const ssize_t n = pwrite(fd, data + written, size - written, static_cast<off_t>(written));
    require(n > 0, "pwrite");
    written += static_cast<std::size_t>(n);
  }
  require(lseek(fd, 0, SEEK_SET) == 0, "lseek");
  return file;
}

bool is_file_safe(const std::string& name) {
  if (name.empty() || name.front() == '.') return false;
  for (const char c : name) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
    if (!safe) return false;
  }
  return true;
}

// What every record's line must be, whatever the input: one JSON object that starts with
// the record's place and status, with an error finding exactly when the status is not ok.
void check_record(const InputRecord& record, const RenderedRecord& rendered, bool to_files) {
  const auto line = nlohmann::json::parse(rendered.line, nullptr, /*allow_exceptions=*/false);
  require(!line.is_discarded() && line.is_object(), "a record's line is one JSON object");
  require(line.value("record", std::size_t{0}) == record.ordinal, "the line names its record");
  require(line.value("line", std::size_t{0}) == record.line, "the line names its input line");
  require(line.value("status", -1) == static_cast<int>(rendered.status), "the line's status");
  require(!record.problem || rendered.status == noticekit::Status::unusable,
          "a record that cannot be read has status 2");
  require(line.contains("outputs") && line["outputs"].is_array(), "outputs is a list");
  require(rendered.status == noticekit::Status::ok || line["outputs"].empty(),
          "no output from a record with errors");
  nlohmann::json findings;
  if (to_files) {  // the findings are in a file the line names
    for (const auto& [name, content] : rendered.files) {
      require(is_file_safe(name), "a file name of --out stays in its folder");
      if (name != line.value("findings_file", "")) continue;
      auto file = nlohmann::json::parse(content, nullptr, /*allow_exceptions=*/false);
      require(file.is_object(), "the findings file is one JSON object");
      findings = std::move(file["findings"]);
    }
  } else {
    findings = line["findings"];
  }
  require(findings.is_array(), "findings is a list");
  bool has_error = false;
  for (const auto& f : findings) has_error = has_error || f.value("severity", "") == "error";
  require(has_error == (rendered.status != noticekit::Status::ok),
          "an error finding iff the status is not ok");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned mode = data[0];
  std::optional<InputType> type;
  if ((mode & 3u) == 0) type = InputType::csv;
  if ((mode & 3u) == 1) type = InputType::jsonl;
  const bool to_files = (mode & 4u) != 0;
  noticekit::Request request;
  const auto& channels = noticekit::supported_channels();
  request.channels.push_back(channels[(mode >> 3) % channels.size()]);

  BatchInput input(input_file(data + 1, size - 1), type);
  if (!input.error().empty()) return 0;  // the CLI's exit status 2, before any record
  const RecordRenderer renderer(request, input.csv_header(), to_files);
  InputRecord record;
  std::size_t records = 0;
  while (input.next(record)) {
    require(record.ordinal == ++records, "records are numbered from 1 in input order");
    require(record.problem || !record.sheet_json.empty(), "a record holds a sheet or a problem");
    RenderedRecord rendered;
    try {
      rendered = renderer.render(record);
    } catch (const std::exception& error) {
      // The CLI would turn this into a batch.internal finding; the core promises not to throw.
      std::fprintf(stderr, "fuzz_batch: rendering record %zu threw: %s\n", record.ordinal,
                   error.what());
      std::abort();
    }
    check_record(record, rendered, to_files);
  }
  require(!input.read_failed(), "reading an in-memory file does not fail");
  return 0;
}
