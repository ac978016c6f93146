#include "locale/language_index.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "locale/locale_sources.h"
#include "text/plain_json.h"
#include "text/sort_order.h"

namespace noticekit::locale {
namespace {

// A parent chain longer than this is a mistake in the files (a loop), as Locale::load says.
constexpr int kMaxLineage = 4;

std::vector<LanguageFacts> read_index() {
  // The build writes this text from files the locale tests read one by one: it is well formed.
  const auto root = text::parse_json(language_index_json());
  std::vector<LanguageFacts> out;
  for (const auto& item : root.items()) {
    const auto& facts = item.value();
    LanguageFacts language{item.key(), facts.value("parent", std::string()), {}, {}, {}, {}, {},
                           false};
    const auto list = [&](const char* key, std::vector<std::string>& into) {
      if (const auto it = facts.find(key); it != facts.end() && it->is_array())
        for (const auto& word : *it)
          if (word.is_string()) into.push_back(word.get<std::string>());
    };
    list("text_fallbacks", language.text_fallbacks);
    list("months", language.months);
    list("months_short", language.months_short);
    list("function_words", language.function_words);
    list("zone_parts", language.zone_parts);
    language.messages_part = facts.value("messages_part", false);
    out.push_back(std::move(language));
  }
  text::sort_items(out, [](const auto& a, const auto& b) { return a.tag < b.tag; });
  // A variant's lists from its nearest ancestor that gives them.
  for (auto& language : out) {
    std::string ancestor = language.parent;
    for (int depth = 0; !ancestor.empty() && depth < kMaxLineage; ++depth) {
      const auto it = std::find_if(out.begin(), out.end(),
                                   [&](const auto& other) { return other.tag == ancestor; });
      if (it == out.end()) break;
      for (auto [mine, theirs] : {std::pair{&language.text_fallbacks, &it->text_fallbacks},
                                  {&language.months, &it->months},
                                  {&language.months_short, &it->months_short},
                                  {&language.function_words, &it->function_words}})
        if (mine->empty()) *mine = *theirs;
      ancestor = it->parent;
    }
  }
  return out;
}

}  // namespace

const std::vector<LanguageFacts>& language_index() {
  static const std::vector<LanguageFacts> index = read_index();
  return index;
}

const LanguageFacts* language_facts(std::string_view tag) {
  const auto& index = language_index();
  const auto it =
      std::lower_bound(index.begin(), index.end(), tag,
                       [](const auto& facts, std::string_view t) { return facts.tag < t; });
  return it != index.end() && it->tag == tag ? &*it : nullptr;
}

std::vector<std::string> lineage(std::string_view tag) {
  std::vector<std::string> out;
  for (const auto* facts = language_facts(tag); facts && out.size() <= kMaxLineage;
       facts = language_facts(facts->parent))
    out.push_back(facts->tag);
  return out;
}

}  // namespace noticekit::locale
