// What the core knows of every language it writes without reading that language's data: its
// tag, the language it derives from, its stand-ins, and the words the validator compares across
// all languages (month names in dates typed into texts, function words that tell a text typed
// in another language). The build takes them from the locale files and embeds them in every
// build, the WebAssembly one too, where a language's own data is given only when a sheet needs
// it (noticekit::add_language).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace noticekit::locale {

struct LanguageFacts {
  std::string tag;
  std::string parent;  // "en" for en-US; empty for a base language
  // A list a variant does not give is its parent's, as when its data is read (Locale).
  std::vector<std::string> text_fallbacks, months, months_short, function_words;
  // The areas its CLDR zone names are split into ("Asia", "Europe"; see cldr_zone.h's
  // zone_area): only those where the language has a name or city of its own (a variant lists
  // those where it differs from its parent).
  std::vector<std::string> zone_parts;
  // True when it has words of its own for the reader of the tool rather than of the notice
  // (findings.json, plan.json: finding messages, completeness labels, the plan's words): the
  // WebAssembly build's site has them apart, locales/<tag>.messages.json, read only for the
  // language a call's messages are in.
  bool messages_part = false;
};

// Every language, sorted by tag.
const std::vector<LanguageFacts>& language_index();
// nullptr for a tag no locale has.
const LanguageFacts* language_facts(std::string_view tag);
// The tag, then its parent, grandparent…: the languages whose data reading it takes.
std::vector<std::string> lineage(std::string_view tag);

}  // namespace noticekit::locale
