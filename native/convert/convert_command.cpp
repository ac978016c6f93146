#include "convert/convert_command.h"

#include <iostream>

#include "convert/localized_texts.h"
#include "convert/opencc_converter.h"
#include "read_input.h"
#include "text_report.h"

namespace noticekit::cli::convert {
namespace {

using nlohmann::ordered_json;

constexpr int kUnusable = 2;

// The one pair offered: what OpenCC's s2twp does (simplified Chinese as written in mainland
// China → traditional Chinese with Taiwan's usual words). zh-TW-u-ca-roc is zh-TW's text with
// Republic of China years, so the same conversion serves it.
constexpr const char* kFrom = "zh-CN";
constexpr const char* kOpenccConfig = "s2twp.json";

int fail(const std::string& where, const std::string& message) {
  std::cerr << "noticekit convert: " << printable(where + ": " + message) << '\n';
  return kUnusable;
}

bool lists_language(const ordered_json& sheet, const std::string& tag) {
  const auto languages = sheet.find("languages");
  if (languages == sheet.end() || !languages->is_array()) return false;
  for (const auto& entry : *languages) {
    if (!entry.is_string()) continue;
    const std::string text = entry.get<std::string>();
    for (std::size_t start = 0; start <= text.size();) {
      const std::size_t plus = std::min(text.find('+', start), text.size());
      if (text.compare(start, plus - start, tag) == 0) return true;
      start = plus + 1;
    }
  }
  return false;
}

}  // namespace

int run_convert(const Invocation& invocation) {
  const bool from_stdin = invocation.file.empty() || invocation.file == "-";
  const std::string where = from_stdin ? "standard input" : invocation.file;
  const Input input = read_input(invocation.file);
  if (!input.error.empty()) return fail(where, input.error);

  // The core reads the sheet first, so a sheet it cannot use (not JSON, too large, too deep,
  // wrong types) is refused with the same findings as `noticekit check` gives.
  const Result checked = check(input.text);
  if (checked.status == Status::unusable) {
    std::cerr << "noticekit convert: " << printable(where)
              << " is not a fact sheet that can be read; what is wrong:\n";
    print_findings_as_text(checked.json, std::cerr);
    return kUnusable;
  }
  ordered_json sheet = ordered_json::parse(input.text, nullptr, /*allow_exceptions=*/false);
  if (!sheet.is_object()) return fail(where, "not a JSON object; give a fact sheet");
  if (!lists_language(sheet, kFrom)) {
    return fail(where,
                std::string("nothing to convert: the sheet's \"languages\" do not include ") +
                    kFrom + "; convert writes " + invocation.convert_to + " from " + kFrom +
                    " text");
  }

  std::string error;
  const auto converter = OpenccConverter::open(kOpenccConfig, error);
  if (!converter) return fail(where, error);
  const Conversion done = add_converted_language(
      sheet, kFrom, invocation.convert_to,
      [&](std::string_view text, std::string& why) { return converter->convert(text, why); });
  if (!done.error.empty()) return fail(where, "OpenCC could not convert the text " + done.error);

  std::cout << sheet.dump(2, ' ', /*ensure_ascii=*/false, ordered_json::error_handler_t::replace)
            << '\n';
  std::cerr << "noticekit convert: " << done.converted << " text(s) converted from " << kFrom
            << " to " << invocation.convert_to << " with OpenCC " << kOpenccConfig;
  if (done.kept > 0)
    std::cerr << "; " << done.kept << " already in " << invocation.convert_to << " kept";
  std::cerr << "; review them before sending\n";
  return 0;
}

}  // namespace noticekit::cli::convert
