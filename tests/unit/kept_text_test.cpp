#include "text/kept_text.h"

#include <catch2/catch.hpp>
#include <string>

using noticekit::text::forget_kept_texts;
using noticekit::text::kept_text;

namespace {

// The text kept for `key`, written as "written for <key>" when it is new (counted).
std::string text_for(const std::string& key, int& writes) {
  bool is_new = false;
  std::string& text = kept_text(key, is_new);
  if (is_new) {
    CHECK(text.empty());
    ++writes;
    text = "written for " + key;
  }
  return text;
}

}  // namespace

TEST_CASE("kept_text: written once per key, until forgotten", "[text]") {
  int writes = 0;
  CHECK(text_for("finding a", writes) == "written for finding a");
  CHECK(text_for("finding a", writes) == "written for finding a");
  CHECK(writes == 1);
  // Keys that share a place each get their own text back.
  for (int i = 0; i < 1000; ++i)
    CHECK(text_for("key " + std::to_string(i), writes) == "written for key " + std::to_string(i));
  writes = 0;
  text_for("finding a", writes);
  text_for("finding a", writes);
  CHECK(writes <= 1);
  forget_kept_texts();
  writes = 0;
  text_for("finding a", writes);
  CHECK(writes == 1);
}

TEST_CASE("kept_text: a key of more than a kilobyte keeps nothing", "[text]") {
  const std::string long_key(2000, 'k');
  int writes = 0;
  CHECK(text_for(long_key, writes) == "written for " + long_key);
  CHECK(text_for(long_key, writes) == "written for " + long_key);
  CHECK(writes == 2);
}
