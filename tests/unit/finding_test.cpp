#include "model/finding.h"

#include <catch2/catch.hpp>

using noticekit::model::pointer_append;

TEST_CASE("pointer_append: one reference token, escaped as RFC 6901 §3 writes it", "[finding]") {
  CHECK(pointer_append("", "windows") == "/windows");
  CHECK(pointer_append("/windows", 0) == "/windows/0");
  CHECK(pointer_append("/audience", "a/b") == "/audience/a~1b");
  CHECK(pointer_append("", "~") == "/~0");
  // "~" first, so "~1" typed in a key stays two characters, not a slash: "~01".
  CHECK(pointer_append("", "~1") == "/~01");
  CHECK(pointer_append("/x", "") == "/x/");
  CHECK(pointer_append("", "系统") == "/系统");
}
