// The built CLI end to end, as a user runs it: `noticekit batch` over examples/batch/, and
// what every verb does when its output cannot be written.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "run_cli.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

using namespace noticekit::cli::testing;

std::string example(const char* name) {
  return quoted((fs::path(NOTICEKIT_BATCH_EXAMPLES) / name).string());
}

std::vector<json> json_lines(const std::string& text) {
  std::vector<json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  return lines;
}

TEST_CASE("batch JSONL: a bad record in the middle fails alone, with its line and column") {
  const Run run = run_cli("batch " + example("sample.jsonl") + " --jobs 2 --channel email,sms");
  CHECK(run.exit_code == 1);
  const auto records = json_lines(run.out);
  REQUIRE(records.size() == 5);
  for (std::size_t i = 0; i < records.size(); ++i) CHECK(records[i]["record"] == i + 1);
  // The third line of the file is blank: it counts for line numbers, not as a record.
  CHECK(records[2]["line"] == 4);
  CHECK(records[2]["status"] == 2);
  CHECK_THAT(records[2]["findings"][0]["message"].get<std::string>(),
             Catch::Contains("line 4, column"));
  for (const std::size_t good : {0, 1, 3}) {
    INFO("record " << good + 1);
    CHECK(records[good]["status"] == 0);
    CHECK(!records[good]["outputs"].empty());
    CHECK(records[good]["outputs"][0]["channel"] == "email");
  }
  CHECK(records[4]["status"] == 1);  // readable, but its window ends before it starts
  CHECK_THAT(run.err, Catch::Contains("batch: 5 records, 3 ok, 2 failed in"));
}

TEST_CASE("batch CSV: a bad number cell names line, column and header; the rows around it render") {
  const Run run = run_cli("batch " + example("sample.csv") + " --channel sms");
  CHECK(run.exit_code == 1);
  const auto records = json_lines(run.out);
  REQUIRE(records.size() == 4);
  CHECK(records[1]["line"] == 3);
  CHECK(records[2]["line"] == 5);  // the row before holds a cell of two lines
  CHECK(records[2]["status"] == 2);
  const json& finding = records[2]["findings"][0];
  CHECK(finding["column"] == 10);
  CHECK(finding["path"] == "/audience/size");
  CHECK_THAT(finding["message"].get<std::string>(),
             Catch::StartsWith("line 5, column 10 (audience/size):"));
  for (const std::size_t good : {0, 1, 3}) {
    INFO("record " << good + 1);
    CHECK(records[good]["status"] == 0);
    CHECK(records[good]["outputs"][0]["channel"] == "sms");
  }
  // The core's findings name the column too: the first row left organization/sms_signature
  // (column 5) empty.
  bool found = false;
  for (const json& f : records[0]["findings"]) {
    if (f["path"] != "/organization/sms_signature") continue;
    found = true;
    CHECK(f["column"] == 5);
  }
  CHECK(found);
}

TEST_CASE("batch: the output is the same bytes with 1 and 4 threads") {
  for (const char* name : {"sample.jsonl", "sample.csv"}) {
    INFO(name);
    const Run one = run_cli("batch " + example(name) + " --jobs 1");
    const Run four = run_cli("batch " + example(name) + " --jobs 4");
    CHECK(!one.out.empty());
    CHECK(one.out == four.out);
    CHECK(one.exit_code == four.exit_code);
  }
}

TEST_CASE("batch: standard input, the type told by the content") {
  const Run jsonl = run_cli("batch --channel sms < " + example("sample.jsonl"));
  CHECK(json_lines(jsonl.out).size() == 5);
  const Run csv = run_cli("batch - --channel sms < " + example("sample.csv"));
  CHECK(json_lines(csv.out).size() == 4);
}

TEST_CASE("batch --fields subject,text: a mail merge gets just those, findings still there") {
  const Run run =
      run_cli("batch " + example("sample.jsonl") + " --channel email --fields subject,text");
  const auto lines = json_lines(run.out);
  REQUIRE(lines.size() == 5);
  std::size_t outputs = 0;
  for (const auto& line : lines) {
    CHECK(line.contains("findings"));
    for (const auto& output : line["outputs"]) {
      ++outputs;
      CHECK(output.contains("subject"));
      CHECK(output.contains("text"));
      CHECK_FALSE(output.contains("html"));
      CHECK_FALSE(output.contains("eml"));
      CHECK_FALSE(output.contains("metrics"));
    }
  }
  CHECK(outputs > 0);
  const Run bad = run_cli("batch " + example("sample.jsonl") + " --fields body");
  CHECK(bad.exit_code == 1);
  CHECK(bad.out.find("field.unsupported") != std::string::npos);
}

TEST_CASE("batch --out: files per record, findings and an index") {
  const fs::path out = scratch_dir() / "out";
  fs::remove_all(out);
  const Run run = run_cli("batch " + example("sample.csv") + " --channel email,ics --out " +
                          quoted(out.string()));
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  const auto index = json_lines(slurp(out / "index.jsonl"));
  REQUIRE(index.size() == 4);
  const json& first = index[0];
  CHECK(first["findings_file"] == "000001-findings.json");
  const json findings = json::parse(slurp(out / "000001-findings.json"));
  CHECK(findings["record"] == 1);
  CHECK(findings["findings"].is_array());
  // Each field of an output is a file: the text, the HTML, the .eml; an .ics for calendars.
  const json& email = first["outputs"][0];
  CHECK(email["files"]["text"] == "000001-announcement-email-en.txt");
  CHECK(fs::exists(out / email["files"]["text"].get<std::string>()));
  CHECK(fs::exists(out / email["files"]["html"].get<std::string>()));
  CHECK(email["files"]["eml"].get<std::string>().find(".eml") != std::string::npos);
  const json& ics = first["outputs"][1];
  CHECK(ics["files"]["text"].get<std::string>().find("-ics-en.ics") != std::string::npos);
  CHECK_THAT(slurp(out / ics["files"]["text"].get<std::string>()),
             Catch::StartsWith("BEGIN:VCALENDAR"));
  // The bad row has its findings and no notices.
  CHECK(index[2]["status"] == 2);
  CHECK(index[2]["outputs"].empty());
  CHECK(fs::exists(out / "000003-findings.json"));
  // The text file holds exactly what the JSON line's text is.
  const Run lines = run_cli("batch " + example("sample.csv") + " --channel email,ics");
  const std::string text = json_lines(lines.out)[0]["outputs"][0]["text"];
  CHECK(slurp(out / email["files"]["text"].get<std::string>()) == text);
}

TEST_CASE("batch --out: a re-run replaces links and earlier runs' files, never writing through") {
  const fs::path out = scratch_dir() / "rerun";
  const fs::path victim = scratch_dir() / "victim.txt";
  fs::remove_all(out);
  fs::create_directories(out);
  { std::ofstream(victim) << "keep me"; }
  // Links planted where this run writes, a record file of an earlier, longer run, and a
  // file of the user's own.
  fs::create_symlink(victim, out / "000001-announcement-sms-en.txt");
  fs::create_symlink(victim, out / "index.jsonl");
  { std::ofstream(out / "000009-announcement-sms-en.txt") << "an outdated notice"; }
  { std::ofstream(out / "notes.txt") << "mine"; }

  const Run run =
      run_cli("batch " + example("sample.csv") + " --channel sms --out " + quoted(out.string()));
  CHECK(run.exit_code == 1);  // sample.csv's third row is bad
  CHECK(slurp(victim) == "keep me");
  CHECK_FALSE(fs::is_symlink(out / "index.jsonl"));
  CHECK(json_lines(slurp(out / "index.jsonl")).size() == 4);
  CHECK_FALSE(fs::is_symlink(out / "000001-announcement-sms-en.txt"));
  CHECK_FALSE(fs::exists(out / "000009-announcement-sms-en.txt"));
  CHECK(slurp(out / "notes.txt") == "mine");
  for (const auto& entry : fs::directory_iterator(out))  // no temporary file left behind
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("check /dev/zero stops at the size limit with a message, not out of memory") {
  // It once read on until std::bad_alloc, past 450 MB.
  const Run run = run_cli("check /dev/zero");
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.out, Catch::Contains("sheet.too_large") && Catch::Contains("64 KiB"));
}

TEST_CASE("batch: usage errors and unreadable input exit with 2") {
  CHECK(run_cli("batch --jobs 0").exit_code == 2);
  const Run missing = run_cli("batch no-such-file.jsonl");
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("cannot read 'no-such-file.jsonl'"));
  const fs::path header = scratch_dir() / "bad-header.csv";
  std::ofstream(header) << "kind,windows/start\nplanned,2026-12-05T22:00\n";
  const Run bad_header = run_cli("batch " + quoted(header.string()));
  CHECK(bad_header.exit_code == 2);
  CHECK_THAT(bad_header.err, Catch::Contains("line 1, column 2 (windows/start)"));
}

TEST_CASE("batch: an empty input is zero records and success") {
  const Run run = run_cli("batch --input jsonl < /dev/null");
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::Contains("batch: 0 records"));
}

TEST_CASE("render --fields subject,text: the SMS header claims no count it was not given") {
  const std::string sheet =
      quoted((fs::path(NOTICEKIT_BATCH_EXAMPLES) / ".." / "tax-bureau-planned.json").string());
  const Run all = run_cli("render " + sheet + " --channel sms --lang zh-CN");
  CHECK_THAT(all.out,
             Catch::Contains("=== announcement \u00B7 sms \u00B7 zh-CN \u00B7 3 segments"));
  const Run fields =
      run_cli("render " + sheet + " --channel sms --lang zh-CN --fields subject,text");
  CHECK(fields.exit_code == 0);
  CHECK_THAT(fields.out, Catch::Contains("=== announcement \u00B7 sms \u00B7 zh-CN ===\n"));
  CHECK_THAT(fields.out, !Catch::Contains("segment"));
}

}  // namespace

TEST_CASE("check --messages-lang: a Chinese sheet's findings read in English, or refused tags") {
  const std::string sheet =
      quoted((fs::path(NOTICEKIT_BATCH_EXAMPLES) / ".." / "tax-bureau-planned.json").string());
  const Run chinese = run_cli("check " + sheet);
  CHECK(chinese.exit_code == 0);
  CHECK_THAT(chinese.out,
             Catch::Contains("text.untranslated at /organization/name: 此文字没有英文版本"));
  const Run english = run_cli("check " + sheet + " --messages-lang en");
  CHECK(english.exit_code == 0);
  CHECK_THAT(english.out,
             Catch::Contains("text.untranslated at /organization/name: This text has "));
  CHECK(english.out.find("此文字") == std::string::npos);
  const Run unknown = run_cli("check " + sheet + " --messages-lang xx");
  CHECK(unknown.exit_code != 0);
  CHECK_THAT(unknown.out + unknown.err, Catch::Contains("language.unsupported"));
}

TEST_CASE("every verb exits 2 with a message when standard output cannot be written") {
  // /dev/full takes the bytes and fails the write (ENOSPC), as a full disk does; a notice
  // that was never written must not exit 0 as if it had been.
  const std::string sheet =
      quoted((fs::path(NOTICEKIT_BATCH_EXAMPLES) / ".." / "tax-bureau-planned.json").string());
  for (const std::string verb : {"render", "check", "plan"}) {
    for (const std::string format : {"json", "text"}) {
      INFO(verb + " --format " + format);
      const std::string command = quoted(NOTICEKIT_CLI) + " " + verb + " " + sheet + " --format " +
                                  format + " > /dev/full 2> " +
                                  quoted((scratch_dir() / "stderr").string());
      const int status = std::system(command.c_str());
      CHECK((WIFEXITED(status) ? WEXITSTATUS(status) : -1) == 2);
      CHECK(slurp(scratch_dir() / "stderr").find("cannot write to standard output") !=
            std::string::npos);
    }
  }
  const int status =
      std::system((quoted(NOTICEKIT_CLI) + " --version > /dev/full 2>/dev/null").c_str());
  CHECK((WIFEXITED(status) ? WEXITSTATUS(status) : -1) == 2);
}
