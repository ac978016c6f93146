#include "compose/text_shape.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "compose/remembered.h"
#include "text/ascii.h"
#include "text/utf8.h"
#include "text/words.h"

namespace noticekit::compose {
namespace {

constexpr std::u32string_view kSentenceEnds = U"。.!?！？;；…";
// What a writer may type after a phrase: its full stop, or the comma of the clause it was
// copied from ("システム更新に伴い、").
constexpr std::u32string_view kPhraseTails = U"。.!?！？;；…,，、:：";

std::string_view trimmed(std::string_view s) {
  static constexpr std::string_view kSpaces[] = {" ", "\t", "\n", "\r", "\u3000"};
  for (bool cut = true; cut && !s.empty();) {
    cut = false;
    for (const auto space : kSpaces) {
      if (s.starts_with(space)) s.remove_prefix(space.size()), cut = true;
      if (s.ends_with(space)) s.remove_suffix(space.size()), cut = true;
    }
  }
  return s;
}

// `s` without the characters of `tails` (and spaces) at its end. Each text of a notice passes
// here: its last character is decoded once, not each tail encoded to be compared.
std::string_view without_tail(std::string_view s, std::u32string_view tails) {
  while (!s.empty()) {
    const auto [start, last] = text::last_character(s);
    if (tails.find(last) == std::u32string_view::npos) break;
    s = trimmed(s.substr(0, start));
  }
  return s;
}

// Two sentences in one text: a full stop with more text after it ("Our vendor is late. We
// moved the work.", "机房改造。请谅解").
bool holds_a_full_stop(std::string_view core) {
  for (const std::string_view stop : {"。", "！", "？", ". ", "! ", "? "})
    if (core.find(stop) != std::string_view::npos) return true;
  return false;
}

std::size_t word_count(std::string_view s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

// Whether one of the first words after the first is a finite verb of the language, with no
// comma or clause opener before it: the subject then comes first, as in a main clause.
bool opens_a_main_clause(std::string_view core, const locale::TextShapes& words) {
  constexpr std::size_t kFirstWords = 6;
  std::size_t index = 0;
  while (!core.empty() && index < kFirstWords) {
    const std::size_t space = core.find(' ');
    std::string_view word = core.substr(0, space);
    const bool comma = word.ends_with(',');
    if (comma) word.remove_suffix(1);
    const auto is_one_of = [&](const std::vector<std::string>& list) {
      return std::any_of(list.begin(), list.end(), [&](const std::string& listed) {
        return text::equal_ignoring_ascii_case(word, listed);
      });
    };
    if (is_one_of(words.clause_openers)) return false;
    if (index > 0 && is_one_of(words.finite_verbs)) return true;
    if (comma || space == std::string_view::npos) return false;
    core.remove_prefix(space + 1);
    ++index;
  }
  return false;
}

bool is_sentence(std::string_view typed, std::string_view core, const locale::TextShapes& words,
                 Field field) {
  if (holds_a_full_stop(core) || text::opens_with_any(core, words.sentence_starts) ||
      text::closes_with_any(core, words.sentence_ends))
    return true;
  if (field == Field::reason && opens_a_main_clause(core, words)) return true;
  for (const auto& mark : words.clause_marks)
    if (core.find(mark) != std::string_view::npos) return true;
  // "The vendor has postponed the delivery.": a capital, some words and a full stop. "Database
  // upgrade." and "a database upgrade." are phrases with a stop typed after them.
  const bool capital = !core.empty() && text::is_ascii_upper(core.front());
  const bool stopped = text::ends_with_one_of(typed, U".!?");
  return capital && stopped && word_count(core) >= 3;
}

// "Routine maintenance", "une maintenance de routine": the work itself, not why it is done.
bool names_routine_work(std::string_view core, const locale::TextShapes& words) {
  return std::any_of(
      words.routine_work.begin(), words.routine_work.end(),
      [&](const std::string& work) { return text::equal_ignoring_ascii_case(core, work); });
}

}  // namespace

std::string as_sentence(std::string text, const locale::Locale& loc) {
  if (text::ends_with_one_of(text, kSentenceEnds)) return text;
  text += loc.pattern("sentence.end");
  return text;
}

namespace {

ShapedText shaped(std::string_view typed, const locale::Locale& loc, Field field) {
  const locale::TextShapes& words = loc.text_shapes();
  typed = trimmed(typed);
  const std::string_view core = without_tail(typed, kPhraseTails);
  if (is_sentence(typed, core, words, field)) {
    const std::string_view stopped = without_tail(typed, U",，、:：");
    return {Shape::sentence, as_sentence(locale::capitalized(std::string(stopped)), loc)};
  }
  for (const auto& connector : words.connectors_before)
    if (text::opens_with_word(core, connector)) {
      // Our frame puts it mid-sentence: "Due to a power cut" becomes "… due to a power cut".
      std::string text(core);
      if (text::is_ascii_letter(connector.front()) && connector.front() >= 'a')
        text[0] = text::ascii_lower(text[0]);
      return {Shape::connected, std::move(text)};
    }
  if (text::closes_with_any(core, words.connectors_after))
    return {Shape::connected, std::string(core)};
  return {Shape::phrase, std::string(core),
          field == Field::reason && names_routine_work(core, words)};
}

}  // namespace

// A batch names the same services and reasons in notice after notice: a lasting language's
// shapes are kept for the run (see worded_in_run).
ShapedText shape_of(std::string_view typed, const locale::Locale& loc, Field field) {
  const auto shape = [&] { return shaped(typed, loc, field); };
  if (!lasts_the_run(loc)) return shape();
  return worded_in_run(std::tuple{&loc, std::string(typed), field}, shape);
}

}  // namespace noticekit::compose
