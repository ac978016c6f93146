#include "model/json_text.h"

#include <cstdlib>

namespace noticekit::model {
namespace {

// nlohmann's DOM builder, told not to throw, with the error position kept.
// sax_parse calls parse_error on this exact type, so hiding the base's member is enough.
class PositionKeepingParser : public nlohmann::detail::json_sax_dom_parser<nlohmann::json> {
 public:
  PositionKeepingParser(nlohmann::json& result, JsonText& out)
      : json_sax_dom_parser(result, /*allow_exceptions=*/false), out_(out) {}

  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& ex) {
    out_.ok = false;
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error …"
    std::string what = ex.what();
    const auto at = what.find(" at line ");
    if (at != std::string::npos) {
      out_.line = std::strtoul(what.c_str() + at + 9, nullptr, 10);
      const auto col = what.find("column ", at);
      if (col != std::string::npos) out_.column = std::strtoul(what.c_str() + col + 7, nullptr, 10);
    }
    const auto colon = what.find(": ", at == std::string::npos ? 0 : at);
    out_.error = colon == std::string::npos ? what : what.substr(colon + 2);
    return false;
  }

 private:
  JsonText& out_;
};

}  // namespace

JsonText parse_json_text(std::string_view text) {
  JsonText out;
  out.ok = true;
  PositionKeepingParser sax(out.value, out);
  const bool parsed = nlohmann::json::sax_parse(text.begin(), text.end(), &sax,
                                                nlohmann::json::input_format_t::json,
                                                /*strict=*/true);
  if (!parsed || !out.ok) {
    out.ok = false;
    out.value = nlohmann::json();
    if (out.error.empty()) out.error = "the JSON text is incomplete";
  }
  return out;
}

}  // namespace noticekit::model
