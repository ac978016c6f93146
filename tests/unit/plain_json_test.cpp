#include "text/plain_json.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "noticekit/noticekit.h"

using noticekit::text::read_plain_json;

namespace {

// Nested arrays `depth` deep.
std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

// Whatever the one-pass reader reads must be the very value nlohmann reads, types of numbers
// included: the sheet reader tells them apart.
TEST_CASE("read_plain_json: the same value as nlohmann", "[json]") {
  // clang-format off
  const std::string texts[] = {
      R"({"schema":"noticekit/1","windows":[{"start":"2026-12-05T22:00","end":null}]})",
      " \t\r\n{ \"a\" : [ 1 , -2 , 0 , -0 , 123456789012345678 , true , false , null ] } \n",
      R"(["quote \" backslash \\ slash \/ \b\f\n\r\t", "\u00e9\u4e2d\uD83D\uDE00", "\u0000"])",
      R"({"税务":"电子税务局","emoji":"😀","":""})",
      "[]", "{}", "\"top\"", "7", "-7", "null",
      nested(noticekit::max_json_depth),
  };
  // clang-format on
  for (const auto& text : texts) {
    CAPTURE(text);
    const auto plain = read_plain_json(text);
    REQUIRE(plain);
    const auto thorough = nlohmann::json::parse(text);
    CHECK(*plain == thorough);
    CHECK(plain->dump() == thorough.dump());
    if (thorough.is_object() && thorough.contains("a"))
      for (std::size_t i = 0; i < thorough["a"].size(); ++i)
        CHECK((*plain)["a"][i].type() == thorough["a"][i].type());
  }
}

// What it leaves to nlohmann: anything it might read otherwise, and every error (whose message
// and place nlohmann gives).
TEST_CASE("read_plain_json: leaves the rest to nlohmann", "[json]") {
  // clang-format off
  const std::string texts[] = {
      "", " ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":1}x", "tru", "nul", "01", "-",
      "1.5", "1e3", "-1E2", "1234567890123456789", R"({"a":1,"a":2})", "\"raw\ttab\"",
      R"("\x")", R"("\u12")", R"("\uDE00")", R"("\uD83Dx")", R"("\uD83D\u0041")", "\"open",
      "\"\xC3\"", "\xEF\xBB\xBF{}", "\"税务\xE4\xB8\"", "\"税务\xE4" "AB\"", "\"税\xE5\x80\"",
      nested(noticekit::max_json_depth + 1), "{} {}",
  };
  // clang-format on
  for (const auto& text : texts) {
    CAPTURE(text);
    CHECK_FALSE(read_plain_json(text));
  }
}

// The hazard scan reads only the strings flagged unusual: every character it looks for must
// flag its string (or key), and the text most sheets hold should not.
TEST_CASE("read_plain_json_tree: flags the strings a hazard scan must read", "[json]") {
  const auto flagged = [](const std::string& text) {
    const auto tree = noticekit::text::read_plain_json_tree(text);
    REQUIRE(tree);
    return tree->any_unusual_text();
  };
  // clang-format off
  for (const std::string text : {
           "[\"a\x7F\"]", "[\"\xC2\x85\"]", "[\"\u202E\"]", "[\"\u2066\"]", "[\"\u200B\"]",
           "[\"\u2060\"]", "[\"\uFEFF\"]", "[\"\xF3\xA0\x80\x81\"]", R"(["\u0041"])",
           R"(["\b"])", R"(["\f"])", "{\"\u202E\":1}", "[\"税务\u200B局\"]",
           "[\"税务\u202E\"]"}) {
    CAPTURE(text);
    CHECK(flagged(text));
  }
  for (const std::string text : {
           R"(["plain \" \\ \/ \n \r \t"])", "[\"税务，。、「」\"]", "[\"é ü ß\"]",
           "{\"电子税务局\":\"😀\"}"}) {
    CAPTURE(text);
    CHECK_FALSE(flagged(text));
  }
  // clang-format on
}
