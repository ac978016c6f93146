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

// A user types system names in lower case ("mobile banking"). ASCII and Latin-1 letters
// (é → É); any other first character is left as it is, and so is a first word with a capital
// inside it: "e-Tax Bureau", "iPhone" and "eBay" are written so on purpose. In place, for a
// value appended to a longer text from `begin` on.
void capitalize_from(std::string& text, std::size_t begin) {
  if (begin >= text.size()) return;
  const std::string_view value = std::string_view(text).substr(begin);
  const auto first_word = value.substr(0, value.find(' '));
  if (std::any_of(first_word.begin() + 1, first_word.end(), text::is_ascii_upper)) return;
  const auto first = static_cast<unsigned char>(value[0]);
  if (first >= 'a' && first <= 'z') {
    text[begin] = static_cast<char>(first - 'a' + 'A');
  } else if (first == 0xC3 && value.size() > 1) {  // U+00C0–U+00FF
    const auto second = static_cast<unsigned char>(value[1]);
    if (second >= 0xA0 && second <= 0xBE && second != 0xB7)  // à–þ, not ÷
      text[begin + 1] = static_cast<char>(second - 0x20);
  }
}

}  // namespace

std::string capitalized(std::string value) {
  capitalize_from(value, 0);
  return value;
}

// Each "{" opens a name up to the next "}", as uses() reads them.
std::vector<std::string_view> placeholder_names(std::string_view pattern) {
  std::vector<std::string_view> names;
  for (auto open = pattern.find('{'); open != std::string_view::npos;
       open = pattern.find('{', open + 1)) {
    const auto close = pattern.find('}', open + 1);
    if (close == std::string_view::npos) break;
    names.push_back(pattern.substr(open + 1, close - open - 1));
  }
  return names;
}

bool takes(std::string_view written, std::string_view name) {
  return !name.empty() && written.size() == name.size() &&
         text::ascii_lower(written.front()) == name.front() && written.substr(1) == name.substr(1);
}

bool uses(std::string_view pattern, std::string_view name) {
  if (name.empty()) return false;
  for (auto open = pattern.find('{'); open != std::string_view::npos;
       open = pattern.find('{', open + 1)) {
    const std::string_view placeholder = pattern.substr(open + 1, name.size() + 1);
    if (placeholder.size() == name.size() + 1 && placeholder.back() == '}' &&
        takes(placeholder.substr(0, name.size()), name))
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

void Pattern::append_filled(std::string& out, Fill fill, const void* value) const {
  for (const Piece& piece : pieces_) {
    const std::string_view written(text_.data() + piece.begin, piece.size);
    if (!piece.placeholder) {
      out += written;
      continue;
    }
    const std::string_view name = written.substr(1, written.size() - 2);
    if (fill(value, name, out)) continue;
    // {Systems}: the value of {systems}, capitalized, where it starts a sentence.
    if (!name.empty() && text::is_ascii_upper(name[0])) {
      std::string lower(name);
      lower[0] = text::ascii_lower(lower[0]);
      const std::size_t begin = out.size();
      if (fill(value, lower, out)) {
        capitalize_from(out, begin);
        continue;
      }
    }
    out += written;
  }
}

template <typename Named>
void Pattern::append_named(std::string& out, const Named& args) const {
  append_filled(out, [&](std::string_view name, std::string& to) {
    const auto arg = std::find_if(args.begin(), args.end(),
                                  [&](const auto& a) { return same_name(a.first, name); });
    if (arg == args.end()) return false;
    to += arg->second;
    return true;
  });
}

namespace {

// Most placeholders are filled once: room for the pattern and each value at most reallocates
// rarely.
template <typename Named>
std::size_t room_for(const std::string& text, const Named& args) {
  std::size_t room = text.size();
  for (const auto& a : args) room += a.second.size();
  return room;
}

}  // namespace

std::string Pattern::expand(std::initializer_list<Arg> args) const {
  std::string out;
  out.reserve(room_for(text_, args));
  append_named(out, args);
  return out;
}

std::string Pattern::expand(const Args& args) const {
  std::string out;
  out.reserve(room_for(text_, args));
  append_named(out, args);
  return out;
}

void Pattern::append_expanded(std::string& out, std::initializer_list<Arg> args) const {
  append_named(out, args);
}

void Pattern::append_expanded(std::string& out, const Args& args) const { append_named(out, args); }

std::string expand(std::string_view pattern, std::initializer_list<Arg> args) {
  return Pattern(std::string(pattern)).expand(args);
}

std::string expand(std::string_view pattern, const Args& args) {
  return Pattern(std::string(pattern)).expand(args);
}

}  // namespace noticekit::locale
