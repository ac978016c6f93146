#include "locale/pattern.h"

#include <algorithm>

#include "text/ascii.h"

namespace noticekit::locale {
namespace {

// Placeholder names are a few letters: compared here a byte at a time, not through a call.
bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

}  // namespace

// A user types system names in lower case ("mobile banking"). ASCII and Latin-1 letters
// (é → É); any other first character is left as it is, and so is a first word with a capital
// inside it: "e-Tax Bureau", "iPhone" and "eBay" are written so on purpose.
std::string capitalized(std::string value) {
  if (value.empty()) return value;
  const auto first_word = value.substr(0, value.find(' '));
  if (std::any_of(first_word.begin() + 1, first_word.end(), text::is_ascii_upper)) return value;
  const auto first = static_cast<unsigned char>(value[0]);
  if (first >= 'a' && first <= 'z') {
    value[0] = static_cast<char>(first - 'a' + 'A');
  } else if (first == 0xC3 && value.size() > 1) {  // U+00C0–U+00FF
    const auto second = static_cast<unsigned char>(value[1]);
    if (second >= 0xA0 && second <= 0xBE && second != 0xB7)  // à–þ, not ÷
      value[1] = static_cast<char>(second - 0x20);
  }
  return value;
}

bool uses(std::string_view pattern, std::string_view name) {
  if (name.empty()) return false;
  for (auto open = pattern.find('{'); open != std::string_view::npos;
       open = pattern.find('{', open + 1)) {
    const std::string_view placeholder = pattern.substr(open + 1, name.size() + 1);
    if (placeholder.size() == name.size() + 1 && placeholder.back() == '}' &&
        text::ascii_lower(placeholder.front()) == name.front() &&
        placeholder.substr(1, name.size() - 1) == name.substr(1))
      return true;
  }
  return false;
}

// A placeholder runs from a "{" to the next "}"; a "{" without one after it is text.
Pattern::Pattern(std::string text) : text_(std::move(text)) {
  const std::string_view t = text_;
  const auto add = [&](std::size_t begin, std::size_t end, bool placeholder) {
    if (end > begin)
      pieces_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin),
                         placeholder});
  };
  std::size_t i = 0;
  while (i < t.size()) {
    const auto open = t.find('{', i);
    if (open == std::string_view::npos) break;
    const auto close = t.find('}', open + 1);
    if (close == std::string_view::npos) break;
    add(i, open, false);
    add(open, close + 1, true);
    i = close + 1;
  }
  add(i, t.size(), false);
}

template <typename Named>
std::string Pattern::expanded(const Named& args) const {
  std::string out;
  // Most placeholders are filled once: room for the pattern and each value at most reallocates
  // rarely.
  std::size_t room = text_.size();
  for (const auto& a : args) room += a.second.size();
  out.reserve(room);
  for (const Piece& piece : pieces_) {
    const std::string_view written(text_.data() + piece.begin, piece.size);
    if (!piece.placeholder) {
      out += written;
      continue;
    }
    const std::string_view name = written.substr(1, written.size() - 2);
    auto arg = std::find_if(args.begin(), args.end(),
                            [&](const auto& a) { return same_name(a.first, name); });
    // {Systems}: the value of {systems}, capitalized, where it starts a sentence.
    const bool capital = arg == args.end() && !name.empty() && text::is_ascii_upper(name[0]);
    if (capital)
      arg = std::find_if(args.begin(), args.end(), [&](const auto& a) {
        return !a.first.empty() && a.first[0] == name[0] - 'A' + 'a' &&
               same_name(std::string_view(a.first).substr(1), name.substr(1));
      });
    if (arg == args.end())
      out += written;
    else if (capital)
      out += capitalized(std::string(arg->second));
    else
      out += arg->second;
  }
  return out;
}

std::string Pattern::expand(std::initializer_list<Arg> args) const { return expanded(args); }

std::string Pattern::expand(const Args& args) const { return expanded(args); }

std::string expand(std::string_view pattern, std::initializer_list<Arg> args) {
  return Pattern(std::string(pattern)).expand(args);
}

std::string expand(std::string_view pattern, const Args& args) {
  return Pattern(std::string(pattern)).expand(args);
}

}  // namespace noticekit::locale
