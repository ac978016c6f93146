// libFuzzer target: any bytes through the public API, as the CLI and the wasm module use it:
// parse + validate + render (every channel, the chosen languages and message kind), check,
// and plan. A crash, a sanitizer report, a leak, a hang or a broken invariant below is a bug.
//
// Input: the fact sheet's bytes, so a golden sheet is a good seed as it is. An input that
// starts with 0xFF (never the first byte of UTF-8 JSON) carries a request first:
//   0xFF, kind, languages, channel, then the sheet
//   kind       0: the sheet's own; 1–8: a lifecycle kind; 9: a kind that does not exist
//   languages  bit i (0–6) set: the i-th supported language; bit 7: those joined into one
//              notice in all of them ("de+en"); 0: the sheet's `languages`
//   channel    0: every channel; n: the (n-1)-th supported channel, wrapping around
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/message_kind.h"
#include "noticekit/noticekit.h"

namespace {

constexpr unsigned char kRequestMarker = 0xFF;
constexpr std::size_t kRequestSize = 4;  // the marker and three choices

void require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "fuzz_sheet: invariant broken: %s\n", what);
  std::abort();
}

noticekit::Request request_from(const std::uint8_t* choice) {
  noticekit::Request request;
  const auto& kinds = noticekit::model::message_kind_names;
  const std::size_t kind = choice[0] % (std::size(kinds) + 2);
  if (kind > 0 && kind <= std::size(kinds)) request.kind = std::string(kinds[kind - 1]);
  if (kind == std::size(kinds) + 1) request.kind = "postponement";
  const auto& languages = noticekit::supported_languages();
  std::string joined;  // bit 7: the chosen languages as one notice in all of them, "de+en+…"
  for (std::size_t i = 0; i < languages.size() && i < 7; ++i) {
    if (!(choice[1] & (1u << i))) continue;
    request.languages.push_back(languages[i]);
    joined += (joined.empty() ? "" : "+") + languages[i];
  }
  if ((choice[1] & 0x80u) && !joined.empty()) request.languages = {joined};
  const auto& channels = noticekit::supported_channels();
  if (choice[2] != 0) request.channels.push_back(channels[(choice[2] - 1u) % channels.size()]);
  return request;
}

// What every result must be, whatever the input: one JSON document, whose findings agree
// with the status the caller turns into an exit code. Returns the document, read once: the
// outputs of a sheet are most of the text, and reading them is a good part of a run.
nlohmann::json check_result(const noticekit::Result& result, const char* verb) {
  auto json = nlohmann::json::parse(result.json, nullptr, /*allow_exceptions=*/false);
  require(!json.is_discarded(), verb);
  require(json.is_object() && json.contains("findings") && json["findings"].is_array(), verb);
  bool has_error = false;
  for (const auto& f : json["findings"])
    has_error = has_error || f.value("severity", "") == "error";
  require(has_error == (result.status != noticekit::Status::ok),
          "an error finding iff the status is not ok");
  return json;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  noticekit::Request request;
  if (size >= kRequestSize && data[0] == kRequestMarker) {
    request = request_from(data + 1);
    data += kRequestSize;
    size -= kRequestSize;
  }
  const std::string_view sheet(reinterpret_cast<const char*>(data), size);

  const noticekit::Result rendered = noticekit::render(sheet, request);
  const nlohmann::json result = check_result(rendered, "render");
  const auto outputs = result.find("outputs");
  require(rendered.status == noticekit::Status::ok || outputs == result.end() || outputs->empty(),
          "no output from a sheet with errors");

  const noticekit::Result checked = noticekit::check(sheet, request);
  check_result(checked, "check");
  require(checked.status == rendered.status, "check and render agree on the status");

  const noticekit::Result planned = noticekit::plan(sheet, request);
  check_result(planned, "plan");
  require(planned.status == rendered.status, "plan and render agree on the status");
  return 0;
}
