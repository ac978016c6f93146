// `noticekit convert` end to end, as a user runs it: the tax example's zh-CN texts also in
// zh-TW by OpenCC's s2twp (phrases too: 软件 → 軟體), the sheet otherwise as it was, and a
// clear message, never a crash, for input it cannot use.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "run_cli.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;
using namespace noticekit::cli::testing;

const std::string tax_example =
    quoted((fs::path(NOTICEKIT_BATCH_EXAMPLES) / ".." / "tax-bureau-planned.json").string());

// A sheet in a scratch file, for `noticekit convert FILE`.
std::string sheet_file(const std::string& name, const std::string& text) {
  const fs::path path = scratch_dir() / name;
  std::ofstream(path, std::ios::binary) << text;
  return quoted(path.string());
}

TEST_CASE("convert: the tax example's zh-CN texts gain zh-TW, and zh-TW joins the languages") {
  const Run run = run_cli("convert " + tax_example);
  REQUIRE(run.exit_code == 0);
  const ordered_json sheet = ordered_json::parse(run.out);
  CHECK(sheet["windows"][0]["systems"][0] ==
        ordered_json{{"zh-CN", "电子税务局"}, {"en", "e-Tax Bureau"}, {"zh-TW", "電子稅務局"}});
  // A plain string is the first language's (zh-CN) text: it becomes a map of both.
  CHECK(sheet["organization"]["unit"] ==
        ordered_json{{"zh-CN", "信息中心"}, {"zh-TW", "資訊中心"}});
  CHECK(sheet["languages"] == ordered_json{"zh-CN", "en", "zh-TW"});
  // Everything else is as it was, keys in the file's order.
  CHECK(sheet.begin().key() == "schema");
  CHECK(sheet["time_zone"] == "Asia/Shanghai");
  CHECK_THAT(run.err, Catch::Contains("converted from zh-CN to zh-TW with OpenCC s2twp.json"));

  // The converted sheet's zh-TW notices need no fallback to simplified text.
  const Run check = run_cli("check " + sheet_file("converted.json", run.out) + " --lang zh-TW");
  CHECK(check.exit_code == 0);
  CHECK(check.out.find("text.untranslated") == std::string::npos);
}

TEST_CASE("convert: by phrase, not only by character, and text already in zh-TW is kept") {
  const std::string sheet = R"({"schema": "noticekit/1", "languages": ["en", "zh-CN"],
    "reason": {"text": {"en": "a software update", "zh-CN": "软件更新"}},
    "alternatives": [{"zh-CN": "请使用网络打印机", "zh-TW": "請改用我們自己的說法"}, "Call us"]})";
  const Run run = run_cli("convert " + sheet_file("phrases.json", sheet) + " --to zh-TW-u-ca-roc");
  REQUIRE(run.exit_code == 0);
  const ordered_json out = ordered_json::parse(run.out);
  CHECK(out["reason"]["text"]["zh-TW-u-ca-roc"] == "軟體更新");
  // The writer's own zh-TW is another language than the one asked for: both stand.
  CHECK(out["alternatives"][0]["zh-TW-u-ca-roc"] == "請使用網路印表機");
  CHECK(out["alternatives"][0]["zh-TW"] == "請改用我們自己的說法");
  // English is the first language here, so a plain string is English: left alone.
  CHECK(out["alternatives"][1] == "Call us");
  CHECK(out["languages"] == ordered_json{"en", "zh-CN", "zh-TW-u-ca-roc"});
}

TEST_CASE("convert: input it cannot use gets a message saying where and what to do, exit 2") {
  struct Case {
    std::string arguments;
    std::string message;
  };
  const Case cases[] = {
      {"convert " + sheet_file("broken.json", "{\"kind\": "),
       "is not a fact sheet that can be read"},
      {"convert " + sheet_file("array.json", "[1, 2]"), "This must be an object"},
      {"convert " + sheet_file("english.json", R"({"schema": "noticekit/1", "languages": ["en"]})"),
       "nothing to convert: the sheet's \"languages\" do not include zh-CN"},
      {"convert " +
           sheet_file("invalid-utf8.json", "{\"languages\": [\"zh-CN\"], \"remedy\": [\"\xff\"]}"),
       "is not a fact sheet that can be read"},
      {"convert " + quoted((scratch_dir() / "no-such-sheet.json").string()), "cannot read"},
      {"convert " + tax_example + " --to ja", "--to: must be zh-TW or zh-TW-u-ca-roc"},
      {"convert " + tax_example + " --lang en", "unknown option '--lang' for convert"},
  };
  for (const Case& c : cases) {
    INFO(c.arguments);
    const Run run = run_cli(c.arguments);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Catch::Contains(c.message));
  }
}

TEST_CASE("convert --help says what it does") {
  const Run run = run_cli("convert --help");
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("Usage: noticekit convert"));
  CHECK_THAT(run.out, Catch::Contains("s2twp"));
}

}  // namespace
