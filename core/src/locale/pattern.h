// A phrase's named placeholders: {name} is replaced by the value named `name`, {Name} by that
// value with its first letter a capital. A locale reads each phrase into its pieces once, so
// that a notice's hundred phrases are filled by appends, not by scanning each text again.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace noticekit::locale {

// Named values for a phrase's {placeholders}, kept by whoever builds them (see NeededArgs).
using Args = std::vector<std::pair<std::string_view, std::string>>;
// A named value the caller holds while the phrase is made: a phrase call written with its
// values in braces, `phrase(key, {{"systems", systems}})`, views them where they are instead
// of copying each into a list of its own (a notice makes a hundred phrases).
using Arg = std::pair<std::string_view, std::string_view>;

// The value with its first letter a capital, as {Name} gives it (see expand).
std::string capitalized(std::string value);

// True when `pattern` would take the value named `name`: it has {name}, or {Name} (see expand).
bool uses(std::string_view pattern, std::string_view name);

// A text with placeholders, read into literal runs and placeholders once.
class Pattern {
 public:
  Pattern() = default;
  explicit Pattern(std::string text);

  const std::string& text() const { return text_; }

  // The text with each {name} replaced by its value; an unknown {name} stays as written, so a
  // mistake shows in the output (and in the locale tests) instead of vanishing.
  std::string expand(std::initializer_list<Arg> args) const;
  std::string expand(const Args& args) const;

 private:
  // A run of text_ as it is, or a placeholder with its braces.
  struct Piece {
    std::uint32_t begin = 0, size = 0;
    bool placeholder = false;
  };
  template <typename Named>
  std::string expanded(const Named& args) const;

  std::string text_;
  std::vector<Piece> pieces_;
};

// Replaces each {name} in `pattern` with its value (see Pattern::expand), for a pattern used
// once.
std::string expand(std::string_view pattern, std::initializer_list<Arg> args);
std::string expand(std::string_view pattern, const Args& args);

}  // namespace noticekit::locale
