#include "model/request_reader.h"

#include <catch2/catch.hpp>

using noticekit::model::read_request;

// The request's keys are read in key order, whatever order the text gives them in, so the
// problem reported among several is always the same one.
TEST_CASE("read_request: of several problems, the first key's", "[request]") {
  noticekit::Request request;
  const auto problem = read_request(R"({"zz": 1, "kind": 5})", request);
  REQUIRE(problem);
  CHECK(problem->path == "/kind");
}

TEST_CASE("read_request: a repeated key keeps its last value", "[request]") {
  noticekit::Request request;
  CHECK_FALSE(read_request(R"({"kind": 5, "kind": "reminder"})", request));
  CHECK(request.kind == "reminder");
}
