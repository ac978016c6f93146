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
// The names in `pattern`'s placeholders as written ("Systems" for {Systems}), for a pattern asked
// about many names (see takes).
std::vector<std::string_view> placeholder_names(std::string_view pattern);
// True when the placeholder named `written` takes the value named `name`: {name}, or {Name}.
bool takes(std::string_view written, std::string_view name);

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
  // The same appended to `out`: a phrase that goes into a longer text is written there, not
  // made on its own and copied.
  void append_expanded(std::string& out, std::initializer_list<Arg> args) const;
  void append_expanded(std::string& out, const Args& args) const;
  // Appended to `out` with each {name} replaced by what `value(name, out)` appends to `out`,
  // for values worked out only when the pattern names them (a date names three of its eight);
  // `value` returns false for a name it does not know, which then stays as written. {Name} is
  // the value of {name}, capitalized.
  template <typename Value>
  void append_filled(std::string& out, const Value& value) const {
    append_filled(
        out,
        [](const void* v, std::string_view name, std::string& to) {
          return (*static_cast<const Value*>(v))(name, to);
        },
        &value);
  }

 private:
  // A run of text_ as it is, or a placeholder with its braces.
  struct Piece {
    std::uint32_t begin = 0, size = 0;
    bool placeholder = false;
  };
  // One body for every kind of value (see append_filled): a template would be copied into the
  // WebAssembly module once per caller.
  using Fill = bool (*)(const void* value, std::string_view name, std::string& out);
  void append_filled(std::string& out, Fill fill, const void* value) const;
  template <typename Named>
  void append_named(std::string& out, const Named& args) const;

  std::string text_;
  std::vector<Piece> pieces_;
};

// Replaces each {name} in `pattern` with its value (see Pattern::expand), for a pattern used
// once.
std::string expand(std::string_view pattern, std::initializer_list<Arg> args);
std::string expand(std::string_view pattern, const Args& args);

}  // namespace noticekit::locale
