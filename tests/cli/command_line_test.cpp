// The command-line parser: what each verb accepts and the usage errors it gives.
#include <catch2/catch.hpp>

#include <string_view>
#include <vector>

#include "command_line.h"

namespace noticekit::cli {
namespace {

ParsedCommandLine parse(std::vector<std::string_view> args) { return parse_command_line(args); }

TEST_CASE("command line: batch takes a file and its options in any order") {
  const auto parsed = parse({"batch", "--jobs", "4", "sheets.csv", "--input=csv", "--out", "out",
                             "--lang", "zh-CN,en", "--channel", "sms", "--kind", "reminder",
                             "--at=2026-12-04T20:00", "--format", "jsonl"});
  REQUIRE(parsed.error.empty());
  const Invocation& invocation = parsed.invocation;
  CHECK(invocation.action == Action::run);
  CHECK(invocation.verb == "batch");
  CHECK(invocation.file == "sheets.csv");
  CHECK(invocation.batch.jobs == 4);
  CHECK(invocation.batch.input == "csv");
  CHECK(invocation.batch.out_dir == "out");
  CHECK(invocation.request.languages == std::vector<std::string>{"zh-CN", "en"});
  CHECK(invocation.request.channels == std::vector<std::string>{"sms"});
  CHECK(invocation.request.kind == "reminder");
  CHECK(invocation.request.at == "2026-12-04T20:00");
  CHECK(invocation.format == Format::jsonl);
}

TEST_CASE("command line: every verb takes the message's moment, which the core checks") {
  for (const std::string_view verb : {"render", "check", "plan"}) {
    const auto parsed =
        parse({verb, "sheet.json", "--kind", "started", "--at", "2026-12-05T22:30"});
    REQUIRE(parsed.error.empty());
    CHECK(parsed.invocation.request.at == "2026-12-05T22:30");
  }
  CHECK(parse({"render", "--at"}).error.find("option --at needs a value") != std::string::npos);
}

TEST_CASE("command line: every verb takes the language of its messages") {
  for (const std::string_view verb : {"render", "check", "plan", "batch"}) {
    const auto parsed = parse({verb, "sheet.json", "--lang", "zh-CN", "--messages-lang", "en"});
    REQUIRE(parsed.error.empty());
    CHECK(parsed.invocation.request.languages == std::vector<std::string>{"zh-CN"});
    CHECK(parsed.invocation.request.messages_language == "en");
  }
}

TEST_CASE("command line: batch defaults read stdin, guess the input type and use every core") {
  const auto parsed = parse({"batch"});
  REQUIRE(parsed.error.empty());
  CHECK(parsed.invocation.file.empty());
  CHECK(parsed.invocation.batch.input.empty());
  CHECK(parsed.invocation.batch.jobs == 0);
  CHECK(parsed.invocation.batch.out_dir.empty());
}

TEST_CASE("command line: batch usage errors say what to write") {
  CHECK_THAT(parse({"batch", "--jobs", "0"}).error, Catch::Contains("from 1 to"));
  CHECK_THAT(parse({"batch", "--jobs", "two"}).error, Catch::Contains("'two'"));
  CHECK_THAT(parse({"batch", "--input", "xml"}).error, Catch::Contains("jsonl or csv"));
  CHECK_THAT(parse({"batch", "--format", "text"}).error, Catch::Contains("jsonl"));
  CHECK_THAT(parse({"batch", "--out"}).error, Catch::Contains("needs a value"));
  CHECK_THAT(parse({"batch", "a.jsonl", "b.jsonl"}).error,
             Catch::Contains("more than one input file"));
  // "--" ends the options; a second file after it is still a second file.
  CHECK_THAT(parse({"render", "a.json", "--", "b.json"}).error,
             Catch::Contains("more than one input file ('a.json' and 'b.json')"));
  CHECK(parse({"render", "--", "-a.json"}).error.empty());
}

TEST_CASE("command line: batch options belong to batch only") {
  CHECK_THAT(parse({"render", "--jobs", "2"}).error, Catch::Contains("unknown option '--jobs'"));
  CHECK_THAT(parse({"check", "--out", "x"}).error, Catch::Contains("unknown option '--out'"));
  CHECK_THAT(parse({"render", "--format", "jsonl"}).error, Catch::Contains("text or json"));
}

TEST_CASE("command line: a file may be named like a command, or start with '-' after --") {
  CHECK(parse({"render", "check"}).invocation.file == "check");
  CHECK(parse({"render", "--", "-notice.json"}).invocation.file == "-notice.json");
  CHECK(parse({"render", "-", "--lang", "en"}).invocation.file == "-");
  CHECK_THAT(parse({"render", "-x"}).error, Catch::Contains("unknown option '-x' for render"));
}

TEST_CASE("command line: lists are split at commas and add up; other options, the last counts") {
  const auto parsed = parse({"render", "--lang", "zh-CN, en", "--lang=ja", "--kind", "started",
                             "--kind", "reminder", "--format", "json"});
  REQUIRE(parsed.error.empty());
  CHECK(parsed.invocation.request.languages == std::vector<std::string>{"zh-CN", "en", "ja"});
  CHECK(parsed.invocation.request.kind == "reminder");
  CHECK(parsed.invocation.format == Format::json);
  CHECK_THAT(parse({"render", "--lang", " "}).error,
             Catch::Contains("comma-separated list such as zh-CN,en"));
  CHECK_THAT(parse({"check", "--fields", "text"}).error,
             Catch::Contains("unknown option '--fields' for check"));
}

TEST_CASE("command line: help and version, before or after the command; none is an error") {
  for (const auto& args :
       std::vector<std::vector<std::string_view>>{{"help", "plan"},
                                                  {"--help", "plan"},
                                                  {"plan", "--help"},
                                                  {"plan", "sheet.json", "-h"}}) {
    const auto parsed = parse(args);
    CHECK(parsed.invocation.action == Action::help);
    CHECK(parsed.invocation.verb == "plan");
  }
  for (const auto& args : std::vector<std::vector<std::string_view>>{
           {"version"}, {"--version"}, {"-V"}, {"render", "--version"}})
    CHECK(parse(args).invocation.action == Action::version);
  CHECK_THAT(parse({}).error, Catch::Contains("no command given"));
  CHECK_THAT(parse({"draw"}).error, Catch::Contains("unknown command 'draw'"));
}

TEST_CASE("command line: help lists batch and explains it") {
  CHECK_THAT(usage_text(""), Catch::Contains("noticekit batch"));
  const std::string batch_help = usage_text("batch");
  CHECK_THAT(batch_help, Catch::Contains("--jobs N"));
  CHECK_THAT(batch_help, Catch::Contains(R"({"record":N,"line":L,"status":S)"));
  const auto parsed = parse({"help", "batch"});
  CHECK(parsed.invocation.action == Action::help);
  CHECK(parsed.invocation.verb == "batch");
}

}  // namespace
}  // namespace noticekit::cli
