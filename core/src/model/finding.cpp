#include "model/finding.h"

#include <nlohmann/json.hpp>

namespace noticekit::model {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string pointer_append(std::string_view base, std::string_view token) {
  // nlohmann's json_pointer writes a reference token as RFC 6901 §3 asks ("~" as "~0", then
  // "/" as "~1"): the library's own rule rather than a second copy of it.
  return std::string(base) + (nlohmann::json::json_pointer() / std::string(token)).to_string();
}

std::string pointer_append(std::string_view base, std::size_t index) {
  return pointer_append(base, std::to_string(index));
}

}  // namespace noticekit::model
