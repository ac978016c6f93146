#include "text/json_string.h"

#include <algorithm>
#include <iterator>

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace noticekit::text {

void append_json_string(std::string& out, std::string_view s) {
  // Ill-formed UTF-8 cannot come from a parsed sheet or the locale files; should it ever,
  // nlohmann's own replacement rules decide what is written.
  if (!is_valid_utf8(s)) {
    out += nlohmann::json(std::string(s))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  std::size_t plain_from = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, plain_from, i - plain_from);
    plain_from = i + 1;
    out += '\\';
    const auto* e = std::find_if(std::begin(json_escapes), std::end(json_escapes),
                                 [&](const auto& e) { return e.first == static_cast<char>(c); });
    if (e != std::end(json_escapes)) {
      out += e->second;
    } else {
      out += "u00";
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  out.append(s, plain_from);
  out += '"';
}

}  // namespace noticekit::text
