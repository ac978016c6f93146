// The request as JSON text, as the WebAssembly module is given it:
// {"languages":[…],"channels":[…],"fields":[…],"kind":"…","role":"…","at":"…"}, every key
// optional. The CLI builds its Request from flags instead.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "noticekit/noticekit.h"

namespace noticekit::model {

// Why a request's text was refused: where (a JSON pointer into the request) and what is wrong,
// in English, as the "request.invalid" finding shows it.
struct RequestProblem {
  std::string path;
  std::string message;
};

// Fills `request` from `request_json`; empty text or `null` leaves it as it is. Strict: an
// unknown key (a typo such as "language") or a value of the wrong type is a problem, not
// silently ignored, and nothing is guessed.
std::optional<RequestProblem> read_request(std::string_view request_json, Request& request);

}  // namespace noticekit::model
