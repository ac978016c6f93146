#include "channels/x_weight.h"

#include <string>

#include "text/utf8.h"

namespace noticekit::channels {
namespace {

// The "ranges" of twitter-text config/v3.json, each weighing 100 (= 1 at scale 100); the
// same table is in twitter-text's Java Validator (0–4351, 8192–8205, 8208–8223, 8242–8247).
struct Range {
  char32_t first, last;
};
constexpr Range light_ranges[] = {
    {0x0000, 0x10FF},  // Latin, Greek, Cyrillic, Hebrew, Arabic, … up to Georgian
    {0x2000, 0x200D},  // spaces, ZWJ
    {0x2010, 0x201F},  // dashes and quotation marks
    {0x2032, 0x2037},  // primes
};

std::size_t code_point_weight(char32_t cp) {
  for (const auto& r : light_ranges)
    if (cp >= r.first && cp <= r.last) return 1;
  return 2;
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0x3000;
}

bool is_ascii_alnum(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Punctuation twitter-text leaves outside a URL at its end.
bool is_trailing_punctuation(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == '"' || c == '\'';
}

// True for "https://…", "http://…" and bare hosts such as "status.example.com/x": what X
// links and counts as 23. Addresses (a@b.com) are not links.
bool is_url(const std::u32string& token) {
  if (token.find(U"://") != std::u32string::npos) return token.rfind(U"http", 0) == 0;
  if (token.find(U'@') != std::u32string::npos) return false;
  const auto host_end = token.find(U'/');
  const std::u32string host = token.substr(0, host_end);
  const auto last_dot = host.rfind(U'.');
  if (last_dot == std::u32string::npos || last_dot == 0) return false;
  for (char32_t c : host)
    if (!is_ascii_alnum(c) && c != '.' && c != '-') return false;
  const std::u32string tld = host.substr(last_dot + 1);
  if (tld.size() < 2) return false;
  for (char32_t c : tld)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  return true;
}

}  // namespace

std::size_t x_weighted_length(std::string_view text) {
  const auto cps = text::code_points(text);
  std::size_t total = 0;
  std::size_t i = 0;
  while (i < cps.size()) {
    if (is_space(cps[i])) {
      total += code_point_weight(cps[i]);
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < cps.size() && !is_space(cps[end])) ++end;
    std::size_t token_end = end;
    while (token_end > i && is_trailing_punctuation(cps[token_end - 1])) --token_end;
    const std::u32string token(cps.begin() + static_cast<std::ptrdiff_t>(i),
                               cps.begin() + static_cast<std::ptrdiff_t>(token_end));
    std::size_t from = i;
    if (!token.empty() && is_url(token)) {
      total += x_url_weight;
      from = token_end;
    }
    for (std::size_t k = from; k < end; ++k) total += code_point_weight(cps[k]);
    i = end;
  }
  return total;
}

}  // namespace noticekit::channels
