#include "locale/locale.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <tuple>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "locale/cldr_zone.h"
#include "locale/language_index.h"
#include "locale/locale_sources.h"
#include "text/ascii.h"
#include "text/plain_json.h"
#include "text/sort_order.h"
#include "text/words.h"

namespace noticekit::locale {
namespace {

using json = nlohmann::ordered_json;

// The JSON value of `text`, read in one pass where it is plain JSON (text/plain_json.h), as
// nlohmann would; discarded when it is not JSON.
json read_json(std::string_view text) {
  std::optional<json> plain = text::read_plain_json<json>(text);
  return plain ? std::move(*plain) : text::parse_json(text);
}

// The tags of the embedded files, each once, in their order.
const std::vector<std::string>& embedded_tags() {
  static const auto tags = [] {
    std::vector<std::string> out;
    for (const auto& source : locale_sources())
      if (out.empty() || out.back() != source.tag) out.emplace_back(source.tag);
    return out;
  }();
  return tags;
}

// Reads the list `value` that a file gives as `key` (of `size` strings, any number when 0) into
// `out`; a list may be given by one file only.
bool read_list(const json& value, std::string_view key, std::size_t size,
               std::vector<std::string>& out, std::string& error) {
  if (!out.empty()) {
    error = std::string(key) + " is given by more than one file";
    return false;
  }
  if (!value.is_array() || (size && value.size() != size)) {
    error = std::string(key) + " must be an array" + (size ? " of " + std::to_string(size) : "");
    return false;
  }
  for (const auto& v : value) {
    if (!v.is_string()) {
      error = std::string(key) + " must hold strings";
      return false;
    }
    out.push_back(v.get<std::string>());
  }
  return true;
}

// Reads a list such as "weekdays" if this file has it (see read_list).
bool read_strings(const json& root, std::string_view key, std::size_t size,
                  std::vector<std::string>& out, std::string& error) {
  auto it = root.find(key);
  return it == root.end() || read_list(*it, key, size, out, error);
}

// Reads an object such as "day_numbers" if this file has it: `read_entry(name, value)` reads
// each of its entries, setting `error` when one is malformed. The objects differ in what an
// entry is, not in how the object is found and walked.
template <typename ReadEntry>
bool read_entries(const json& root, std::string_view key, std::string& error,
                  ReadEntry read_entry) {
  auto it = root.find(key);
  if (it == root.end()) return true;
  if (!it->is_object()) {
    error = std::string(key) + " must be an object";
    return false;
  }
  for (const auto& [name, value] : it->items())
    if (!read_entry(name, value)) return false;
  return true;
}

// Reads "text_shapes": an object of word lists, each optional, no other key.
bool read_text_shapes(const json& root, TextShapes& out, std::string& error) {
  const std::pair<std::string_view, std::vector<std::string>*> lists[] = {
      {"connectors_before", &out.connectors_before}, {"connectors_after", &out.connectors_after},
      {"sentence_starts", &out.sentence_starts},     {"sentence_ends", &out.sentence_ends},
      {"clause_marks", &out.clause_marks},           {"finite_verbs", &out.finite_verbs},
      {"clause_openers", &out.clause_openers},       {"routine_work", &out.routine_work}};
  return read_entries(root, "text_shapes", error, [&](const std::string& name, const json& value) {
    const auto list = std::find_if(std::begin(lists), std::end(lists),
                                   [&](const auto& l) { return l.first == name; });
    if (list == std::end(lists)) {
      error = "text_shapes: unknown list \"" + name + "\"";
      return false;
    }
    if (read_list(value, name, 0, *list->second, error)) return true;
    error = "text_shapes: " + error;
    return false;
  });
}

// Reads a single string such as "parent" if this file has it; one file gives it.
bool read_string(const json& root, std::string_view key, std::string& out, std::string& error) {
  auto it = root.find(key);
  if (it == root.end()) return true;
  if (!out.empty() || !it->is_string() || it->get<std::string>().empty()) {
    error = std::string(key) + " must be a non-empty string given by one file";
    return false;
  }
  out = it->get<std::string>();
  return true;
}

// Merges a map such as "phrases" into `out`; a key defined twice is an error.
template <typename Map>
bool read_map(const json& root, std::string_view key, Map& out, std::string& error) {
  return read_entries(root, key, error, [&](const std::string& k, const json& value) {
    if (!value.is_string()) {
      error = std::string(key) + "/" + k + " must be a string";
      return false;
    }
    if (!out.emplace(k, value.get<std::string>()).second) {
      error = std::string(key) + "/" + k + " is defined twice";
      return false;
    }
    return true;
  });
}

// Reads "implicit_zones", {"Asia/Tokyo": "at_home"}: see ZoneAssumed.
bool read_implicit_zones(const json& root, std::map<std::string, std::string, std::less<>>& out,
                         std::string& error) {
  if (!read_map(root, "implicit_zones", out, error)) return false;
  for (const auto& [zone, where] : out)
    if (where != "in_short_forms" && where != "at_home") {
      error = "implicit_zones/" + zone + " must be \"in_short_forms\" or \"at_home\"";
      return false;
    }
  return true;
}

// Reads "zone_name_forms": {"text": ["abbreviation", "long"], "short_forms": ["short"]}.
bool read_zone_name_forms(const json& root, std::array<std::vector<ZoneNameForm>, 2>& out,
                          std::string& error) {
  auto it = root.find("zone_name_forms");
  if (it == root.end()) return true;
  static constexpr std::pair<std::string_view, ZoneNameForm> names[] = {
      {"abbreviation", ZoneNameForm::abbreviation},
      {"short", ZoneNameForm::short_name},
      {"long", ZoneNameForm::long_name}};
  const auto shaped = [](const json& list) {
    return list.is_array() && std::all_of(list.begin(), list.end(), [](const json& form) {
             return form.is_string() &&
                    std::any_of(std::begin(names), std::end(names),
                                [&](const auto& n) { return n.first == form.get<std::string>(); });
           });
  };
  if (!it->is_object() || it->size() != 2 || !it->contains("text") ||
      !it->contains("short_forms") || !shaped((*it)["text"]) || !shaped((*it)["short_forms"])) {
    error =
        "zone_name_forms must be {\"text\": [...], \"short_forms\": [...]}, each a list "
        "of \"abbreviation\", \"short\" and \"long\"";
    return false;
  }
  for (const auto& [slot, key] : {std::pair{0, "text"}, {1, "short_forms"}}) {
    out[slot].clear();
    for (const auto& form : (*it)[key])
      for (const auto& [name, value] : names)
        if (name == form.get<std::string>()) out[slot].push_back(value);
  }
  return true;
}

// Reads "cldr_zone_names" (zones.json, generated): four names per zone or metazone id.
bool read_cldr_zone_names(const json& root,
                          std::map<std::string, std::array<std::string, 4>, std::less<>>& out,
                          std::string& error) {
  return read_entries(
      root, "cldr_zone_names", error, [&](const std::string& id, const json& value) {
        const bool read = value.is_array() && value.size() == 4 &&
                          std::all_of(value.begin(), value.end(),
                                      [](const json& name) { return name.is_string(); });
        if (read && out.emplace(id, value.get<std::array<std::string, 4>>()).second) return true;
        error = "cldr_zone_names/" + id + " must be four strings, given by one file";
        return false;
      });
}

// Reads "day_numbers", {"1": "1er"}: how a day of the month is written where it differs from
// the number. Keys are the days 1 to 31.
bool read_day_numbers(const json& root, std::array<std::string, 32>& out, std::string& error) {
  return read_entries(root, "day_numbers", error, [&](const std::string& k, const json& v) {
    int day = 0;
    const auto [end, ec] = std::from_chars(k.data(), k.data() + k.size(), day);
    if (ec != std::errc() || end != k.data() + k.size() || day < 1 || day > 31) {
      error = "day_numbers/" + k + ": the key must be a day of the month, 1 to 31";
      return false;
    }
    if (!v.is_string() || v.get<std::string>().empty() || !out[day].empty()) {
      error = "day_numbers/" + k + " must be a non-empty string given by one file";
      return false;
    }
    out[day] = v.get<std::string>();
    return true;
  });
}

// Reads "speech", {"per_minute": 150, "unit": "words", "space_beside_cjk": true}: a rate a
// voice really speaks at (30 to 600 a minute), in words or characters. Every field is needed,
// and a typo ("150 " as a string, "word") is an error, not a silent default.
bool read_speech(const json& root, Locale::Speech& out, std::string& error) {
  auto it = root.find("speech");
  if (it == root.end()) return true;
  if (out.per_minute != 0) {
    error = "speech is given by more than one file";
    return false;
  }
  const json& speech = *it;
  const auto field = [&](const char* key) -> const json* {
    auto f = speech.is_object() ? speech.find(key) : speech.end();
    return f == speech.end() ? nullptr : &*f;
  };
  const json* rate = field("per_minute");
  const json* unit = field("unit");
  const json* space = field("space_beside_cjk");
  if (!speech.is_object() || speech.size() != 3 || !rate || !unit || !space) {
    error = "speech must be an object with per_minute, unit and space_beside_cjk";
    return false;
  }
  if (!rate->is_number_integer() || rate->get<int>() < 30 || rate->get<int>() > 600) {
    error = "speech/per_minute must be a whole number from 30 to 600";
    return false;
  }
  if (!unit->is_string() || (*unit != "words" && *unit != "characters")) {
    error = "speech/unit must be \"words\" or \"characters\"";
    return false;
  }
  if (!space->is_boolean()) {
    error = "speech/space_beside_cjk must be true or false";
    return false;
  }
  out.per_minute = rate->get<int>();
  out.unit = *unit == "words" ? Locale::Speech::Unit::words : Locale::Speech::Unit::characters;
  out.space_beside_cjk = space->get<bool>();
  return true;
}

// Stores a setting's value if it is one the setting takes: true or false for a switch, one
// of `names` for a choice (an enum member takes the name's place in the list, a string
// member the name itself).
template <auto member>
bool store_switch(const json& value, Locale::Settings& into) {
  if (!value.is_boolean()) return false;
  into.*member = value.get<bool>();
  return true;
}

template <auto member, const auto& names>
bool store_choice(const json& value, Locale::Settings& into) {
  if (!value.is_string()) return false;
  const auto found = std::find(std::begin(names), std::end(names), value.get<std::string>());
  if (found == std::end(names)) return false;
  using Member = std::remove_reference_t<decltype(into.*member)>;
  if constexpr (std::is_enum_v<Member>)
    into.*member = static_cast<Member>(found - std::begin(names));
  else
    into.*member = *found;
  return true;
}

template <auto member>
void copy_setting(const Locale::Settings& from, Locale::Settings& into) {
  into.*member = from.*member;
}

constexpr std::string_view kSides[] = {"left", "right", "center"};  // Settings::Side's order
constexpr std::string_view kFeishuPostLanguages[] = {"zh_cn", "en_us", "ja_jp"};

// The settings a locale file may give (see Locale::Settings): the name the file writes, how
// its value is stored and how a variant's is laid over, and for a choice the names it takes
// (none: a switch).
struct SettingRule {
  std::string_view name;
  bool (*store)(const json&, Locale::Settings&);
  void (*copy)(const Locale::Settings&, Locale::Settings&);
  std::span<const std::string_view> choices = {};
};
using S = Locale::Settings;
constexpr SettingRule kSettings[] = {
    {"month_once_in_short_dates", store_switch<&S::month_once_in_short_dates>,
     copy_setting<&S::month_once_in_short_dates>},
    {"sms_greeting", store_switch<&S::sms_greeting>, copy_setting<&S::sms_greeting>},
    {"bulleted_items", store_switch<&S::bulleted_items>, copy_setting<&S::bulleted_items>},
    {"signature_side", store_choice<&S::signature_side, kSides>, copy_setting<&S::signature_side>,
     kSides},
    {"feishu_post_language", store_choice<&S::feishu_post_language, kFeishuPostLanguages>,
     copy_setting<&S::feishu_post_language>, kFeishuPostLanguages}};

// What a setting's value must be, for the error: "true or false", or its choices quoted
// ("\"left\", \"right\" or \"center\"").
std::string what_it_takes(const SettingRule& rule) {
  if (rule.choices.empty()) return "true or false";
  std::string out;
  for (std::size_t i = 0; i < rule.choices.size(); ++i) {
    if (i > 0) out += i + 1 == rule.choices.size() ? " or " : ", ";
    out += '"' + std::string(rule.choices[i]) + '"';
  }
  return out;
}

const SettingRule* setting_rule(std::string_view name) {
  for (const auto& rule : kSettings)
    if (rule.name == name) return &rule;
  return nullptr;
}

// Reads "settings", {"sms_greeting": true}: each a known setting with a value it takes, given
// by one file. A typo in a name or a switch typed as text ("true") is an error, not a silent
// default.
bool read_settings(const json& root, Locale::Settings& out, std::vector<std::string>& given,
                   std::string& error) {
  return read_entries(root, "settings", error, [&](const std::string& name, const json& value) {
    const SettingRule* rule = setting_rule(name);
    if (!rule) {
      error = "settings: unknown setting \"" + name + "\"";
      return false;
    }
    if (!rule->store(value, out)) {
      error = "settings/" + name + " must be " + what_it_takes(*rule);
      return false;
    }
    if (std::find(given.begin(), given.end(), name) != given.end()) {
      error = "settings/" + name + " is given by more than one file";
      return false;
    }
    given.push_back(name);
    return true;
  });
}

// Reads "clock_words", {"12:00": "midday"}: clock times written as a word. Keys are "HH:MM".
bool read_clock_words(const json& root, std::map<int, std::string>& out, std::string& error) {
  return read_entries(root, "clock_words", error, [&](const std::string& k, const json& v) {
    int hour = 0, minute = 0;
    const bool shaped = k.size() == 5 && k[2] == ':' &&
                        std::from_chars(k.data(), k.data() + 2, hour).ptr == k.data() + 2 &&
                        std::from_chars(k.data() + 3, k.data() + 5, minute).ptr == k.data() + 5;
    if (!shaped || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      error = "clock_words/" + k + ": the key must be a time, HH:MM";
      return false;
    }
    if (!v.is_string() || v.get<std::string>().empty() ||
        !out.emplace(hour * 60 + minute, v.get<std::string>()).second) {
      error = "clock_words/" + k + " must be a non-empty string given by one file";
      return false;
    }
    return true;
  });
}

// Every language of the index, each read the first time it is asked for (`--help` lists the
// tags and reads none) once its data and its parents' are there: embedded, or given by the
// caller (Locale::give). A malformed language reads as absent here and is reported by the
// locale tests, which read each one through Locale::load.
struct LazyLocale {
  std::atomic<const Locale*> ready{nullptr};
  bool tried = false;  // read once its data was there: not read again
  std::optional<Locale> locale;
};

// By tag, in order: the validator asks for a text's locale for each text of a sheet, and among
// a dozen tags that costs no more than hashing (callgrind, a batch of 211 sheets), while a hash
// table of its own type is another kilobyte of the WebAssembly module.
using LazyLocales = std::map<std::string, LazyLocale, std::less<>>;

LazyLocales& lazy_locales() {
  static auto locales = [] {
    LazyLocales out;
    for (const auto& language : language_index()) out.try_emplace(language.tag);
    return out;
  }();
  return locales;
}

// Guards the reading of a language and the data given: the batch's worker threads may ask for
// a language first at the same time.
std::mutex& reading_mutex() {
  static std::mutex mutex;
  return mutex;
}

// A part of a language's zone names is named "<tag>.zones-<area>" (cldr_zone.h's zone_area): a
// file name (the site's locales/zh-CN.zones-Asia.json) that no language tag can be, as no tag
// has a ".".
constexpr std::string_view kZonePartInfix = ".zones-";

std::string zone_part_name(std::string_view tag, std::string_view area) {
  std::string name(tag);
  name += kZonePartInfix;
  name += area;
  return name;
}

// True when the language has names of its own for zones of this area (language_index.h).
bool names_zones_of(std::string_view tag, std::string_view area) {
  const LanguageFacts* facts = language_facts(tag);
  return facts && !area.empty() &&
         std::find(facts->zone_parts.begin(), facts->zone_parts.end(), area) !=
             facts->zone_parts.end();
}

// The words of a language for the reader of the tool are named "<tag>.messages": a file name
// (the site's locales/zh-CN.messages.json) that no language tag can be either.
constexpr std::string_view kMessagesPartSuffix = ".messages";

// True when each file holds only `keys`: any other data of a part would go unread.
bool holds_only(const json& file, std::initializer_list<const char*> keys) {
  if (!file.is_object()) return false;
  std::size_t held = 0;
  for (const char* key : keys) held += file.contains(key);
  return file.size() == held;
}

}  // namespace

const Locale* Locale::find(std::string_view tag) {
  auto& all = lazy_locales();
  auto it = all.find(tag);
  if (it == all.end()) return nullptr;
  auto& lazy = it->second;
  if (const Locale* ready = lazy.ready.load(std::memory_order_acquire)) return ready;
  const std::lock_guard lock(reading_mutex());
  if (lazy.tried) return lazy.ready.load(std::memory_order_relaxed);
  const auto languages = lineage(tag);
  if (!std::all_of(languages.begin(), languages.end(), has_data_locked)) return nullptr;
  lazy.tried = true;
  std::string error;
  lazy.locale = Locale::load(it->first, error);
  if (lazy.locale) lazy.ready.store(&*lazy.locale, std::memory_order_release);
  return lazy.locale ? &*lazy.locale : nullptr;
}

const std::vector<std::string>& Locale::tags() {
  static const auto tags = [] {
    std::vector<std::string> out;
    for (const auto& language : language_index()) out.push_back(language.tag);
    return out;
  }();
  return tags;
}

std::map<std::string, Locale, std::less<>>& Locale::given() {
  static std::map<std::string, Locale, std::less<>> data;
  return data;
}

bool Locale::is_embedded(std::string_view tag) {
  const auto& embedded = embedded_tags();
  return std::find(embedded.begin(), embedded.end(), tag) != embedded.end();
}

bool Locale::has_data_locked(std::string_view tag) {
  return is_embedded(tag) || given().find(tag) != given().end();
}

bool Locale::has_data(std::string_view tag) {
  // Every call asks this of each language it reads, from each of the batch's threads; the
  // embedded data never changes, so only data given at run time needs the lock.
  if (is_embedded(tag)) return true;
  const std::lock_guard lock(reading_mutex());
  return has_data_locked(tag);
}

std::optional<std::string> Locale::missing_zone_part(std::string_view tag, std::string_view iana) {
  // An embedded language has all its zone names: asked for each language and zone of every
  // record, that answer comes before finding the zone's area.
  if (is_embedded(tag)) return std::nullopt;
  const std::string_view area = zone_area(iana);
  if (!names_zones_of(tag, area)) return std::nullopt;
  std::string name = zone_part_name(tag, area);
  if (has_data(name)) return std::nullopt;
  return name;
}

std::optional<std::string> Locale::missing_messages_part(std::string_view tag) {
  const LanguageFacts* facts = language_facts(tag);
  if (is_embedded(tag) || !facts || !facts->messages_part) return std::nullopt;
  std::string name = std::string(tag) + std::string(kMessagesPartSuffix);
  if (has_data(name)) return std::nullopt;
  return name;
}

std::string Locale::give(std::string_view name, std::string_view files_json) {
  // A part of a language (its zone names of an area, "zh-CN.zones-Asia", or its messages,
  // "zh-CN.messages") is given as the language is, under its own name, and laid over the
  // language's data when it is read (load).
  const auto dot = name.find('.');
  const std::string_view tag = name.substr(0, dot);
  const std::string_view part = dot == std::string_view::npos ? "" : name.substr(dot);
  const bool zone_part = part.starts_with(kZonePartInfix);
  const std::string given_name(name);
  const LanguageFacts* facts = language_facts(tag);
  if (!facts) return given_name + ": no locale has this tag";
  if (zone_part && !names_zones_of(tag, part.substr(kZonePartInfix.size())))
    return given_name + ": " + std::string(tag) + " has no zone names of this area";
  if (part == kMessagesPartSuffix && !facts->messages_part)
    return given_name + ": " + std::string(tag) + " has no messages of its own";
  if (!part.empty() && !zone_part && part != kMessagesPartSuffix)
    return given_name + ": no part of a language has this name";
  if (is_embedded(tag) || has_data(name)) return given_name + ": its data is already there";
  const json root = read_json(files_json);
  if (root.is_discarded() || !root.is_object() || root.empty())
    return given_name + ": not a JSON object of locale files";
  Locale own;
  own.tag_ = std::string(tag);
  for (const auto& [file, content] : root.items()) {
    std::string problem;
    if (zone_part && !holds_only(content, {"cldr_zone_names", "cldr_zone_cities"}))
      problem = "a zone part holds cldr_zone_names and cldr_zone_cities only";
    else if (part == kMessagesPartSuffix && !holds_only(content, {"findings", "phrases"}))
      problem = "a messages part holds findings and phrases only";
    if (!problem.empty() || !own.merge(content, problem))
      return given_name + "/" + file + ": " + problem;
  }
  const std::lock_guard lock(reading_mutex());
  if (!given().try_emplace(given_name, std::move(own)).second)
    return given_name + ": its data is already there";
  // A language read already (and each that derives from it) is read again with a part given
  // after it, in place: whoever holds it keeps a valid reference, and what was worded with it
  // stays right, as a call names only zones whose parts it has. (No language is read before
  // its own data is given.)
  for (auto& [reader, lazy] : lazy_locales()) {
    const auto chain = lineage(reader);
    if (!lazy.locale || std::find(chain.begin(), chain.end(), tag) == chain.end()) continue;
    std::string error;
    if (auto reread = Locale::load(reader, error)) *lazy.locale = std::move(*reread);
  }
  return {};
}

bool Locale::has(std::string_view key) const { return phrases_.find(key) != phrases_.end(); }

std::string Locale::variant(std::string key, std::string_view suffix, bool wanted) const {
  if (!wanted) return key;
  const std::size_t base = key.size();
  key += suffix;
  if (!has(key)) key.resize(base);
  return key;
}

bool Locale::mentions(std::string_view key, std::string_view name) const {
  return uses(pattern(key), name);
}

std::string_view Locale::pattern(std::string_view key) const {
  const auto it = phrases_.find(key);
  return it == phrases_.end() ? std::string_view() : std::string_view(it->second.text());
}

const Pattern* Locale::phrase_pattern(std::string_view key) const {
  const auto it = phrases_.find(key);
  return it == phrases_.end() ? nullptr : &it->second;
}

void Locale::append_missing(std::string& out, std::string_view key) {
  out.append("[[").append(key).append("]]");
}

std::string Locale::phrase(std::string_view key, std::initializer_list<Arg> args) const {
  if (const Pattern* p = phrase_pattern(key)) return p->expand(args);
  std::string out;
  append_missing(out, key);
  return out;
}

std::string Locale::phrase(std::string_view key, const Args& args) const {
  if (const Pattern* p = phrase_pattern(key)) return p->expand(args);
  std::string out;
  append_missing(out, key);
  return out;
}

void Locale::append_phrase(std::string& out, std::string_view key,
                           std::initializer_list<Arg> args) const {
  if (const Pattern* p = phrase_pattern(key))
    p->append_expanded(out, args);
  else
    append_missing(out, key);
}

void Locale::append_phrase(std::string& out, std::string_view key, const Args& args) const {
  if (const Pattern* p = phrase_pattern(key))
    p->append_expanded(out, args);
  else
    append_missing(out, key);
}

std::string Locale::list(const std::vector<std::string>& items, std::string_view joiners) const {
  if (items.size() == 1) return items.front();
  // The everyday list's keys are spelled out: every list of systems is worded with them.
  const bool everyday = joiners == "list";
  std::string separator;
  if (items.size() > 2)
    separator = everyday ? phrase("list.separator") : phrase(std::string(joiners) + ".separator");
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i)
      out += i + 1 != items.size() ? separator
             : everyday            ? last_separator(items[i])
                                   : phrase(std::string(joiners) + ".last_separator");
    out += items[i];
  }
  return out;
}

std::string Locale::last_separator(std::string_view last) const {
  // The longest start the language lists that `last` opens with: Spanish "y" is "e" before
  // an /i/ sound ("e Individual", "e hijos") but not before "hie" ("y hielo").
  const std::string* chosen = nullptr;
  std::size_t longest = 0;
  for (const auto& [start, separator] : last_separator_by_start_)
    if (start.size() > longest && last.size() >= start.size() &&
        text::equal_ignoring_ascii_case(last.substr(0, start.size()), start)) {
      chosen = &separator;
      longest = start.size();
    }
  return chosen ? *chosen : phrase("list.last_separator");
}

std::string Locale::finding_message(std::string_view code, const Args& args) const {
  auto it = findings_.find(code);
  if (it == findings_.end()) return std::string(code);
  return it->second.expand(args);
}

std::string Locale::bullet() const {
  return settings_.bulleted_items ? phrase("text.bullet") : std::string();
}

std::optional<std::string_view> Locale::zone_name(std::string_view iana) const {
  auto it = zone_names_.find(iana);
  if (it == zone_names_.end()) return std::nullopt;
  return std::string_view(it->second);
}

std::optional<std::string_view> Locale::cldr_zone_name(std::string_view iana, bool daylight,
                                                       ZoneNameForm form) const {
  const auto zone = cldr_zone(iana);
  if (!zone || form == ZoneNameForm::abbreviation) return std::nullopt;
  const std::size_t slot = (form == ZoneNameForm::short_name ? 2 : 0) + (daylight ? 1 : 0);
  for (const std::string_view key : {zone->id, zone->metazone}) {
    auto it = cldr_zone_names_.find(key);
    if (it != cldr_zone_names_.end() && !it->second[slot].empty()) return it->second[slot];
  }
  return std::nullopt;
}

std::optional<std::string> Locale::zone_city(std::string_view iana) const {
  const auto zone = cldr_zone(iana);
  if (!zone || zone->id.starts_with("Etc/")) return std::nullopt;
  if (auto it = cldr_zone_cities_.find(zone->id); it != cldr_zone_cities_.end()) return it->second;
  // CLDR's rule: a city it does not list is the id's last part, "_" read as a space.
  std::string city(zone->id.substr(zone->id.rfind('/') + 1));
  std::replace(city.begin(), city.end(), '_', ' ');
  return city;
}

ZoneAssumed Locale::zone_assumed(std::string_view iana) const {
  auto it = implicit_zones_.find(iana);
  if (it == implicit_zones_.end()) return ZoneAssumed::never;
  return it->second == "at_home" ? ZoneAssumed::at_home : ZoneAssumed::in_short_forms;
}

bool Locale::closes_with_salutation(std::string_view name) const {
  return text::closes_with_any(name, salutations_after_);
}

std::string Locale::after_greeting(std::string paragraph) const {
  // Most languages list no word: then the paragraph (a whole lead) is not scanned for its first.
  if (lower_case_after_greeting_.empty()) return paragraph;
  const std::string_view first_word =
      std::string_view(paragraph).substr(0, paragraph.find_first_of(" ,."));
  const auto it = lower_case_after_greeting_.find(first_word);
  if (it != lower_case_after_greeting_.end()) paragraph.replace(0, first_word.size(), it->second);
  return paragraph;
}

bool Locale::has_salutation(std::string_view name) const {
  return text::opens_with_any(name, salutations_before_) ||
         text::closes_with_any(name, salutations_after_);
}

std::string Locale::day_number(int day) const {
  if (day >= 1 && day < static_cast<int>(day_numbers_.size()) && !day_numbers_[day].empty())
    return day_numbers_[day];
  return std::to_string(day);
}

std::optional<std::string_view> Locale::clock_word(int hour, int minute) const {
  auto it = clock_words_.find(hour * 60 + minute);
  if (it == clock_words_.end()) return std::nullopt;
  return std::string_view(it->second);
}

std::string Locale::language_name(std::string_view tag) const {
  auto it = language_names_.find(tag);
  return it == language_names_.end() ? std::string(tag) : it->second;
}

namespace {
std::vector<std::string> sorted_keys(const auto& map) {
  std::vector<std::string> out;
  for (const auto& [k, v] : map) out.push_back(k);
  text::sort_items(out, std::less<>());
  return out;
}
}  // namespace

std::vector<std::string> Locale::phrase_keys() const { return sorted_keys(phrases_); }

std::vector<std::string> Locale::finding_codes() const { return sorted_keys(findings_); }

std::optional<Locale> Locale::read_file(std::string_view json_text, std::string& error) {
  Locale loc;
  if (!loc.merge(json_text, error)) return std::nullopt;
  return loc;
}

bool Locale::merge(std::string_view text, std::string& problem) {
  return merge(read_json(text), problem);
}

bool Locale::merge(const json& root, std::string& problem) {
  if (root.is_discarded() || !root.is_object()) {
    problem = "not a JSON object";
    return false;
  }
  // Every byte of these files is in the page's download: notes for people go in about.json,
  // which is not embedded.
  static constexpr std::string_view known[] = {"tag",
                                               "name",
                                               "parent",
                                               "text_fallbacks",
                                               "weekdays",
                                               "weekdays_short",
                                               "months",
                                               "months_short",
                                               "section_numbers",
                                               "implicit_zones",
                                               "zone_name_forms",
                                               "cldr_zone_names",
                                               "cldr_zone_cities",
                                               "salutations_before",
                                               "salutations_after",
                                               "function_words",
                                               "frame_words",
                                               "text_shapes",
                                               "day_numbers",
                                               "clock_words",
                                               "speech",
                                               "settings",
                                               "lower_case_after_greeting",
                                               "phrases",
                                               "findings",
                                               "zone_names",
                                               "language_names",
                                               "jargon",
                                               "fullwidth_punctuation",
                                               "list_last_separator_by_start"};
  for (const auto& [key, value] : root.items()) {
    if (std::find(std::begin(known), std::end(known), key) != std::end(known)) continue;
    problem = "unknown field \"" + key + "\" (notes for people go in about.json)";
    return false;
  }
  // The plain lists of words, each with its length (0: any).
  const std::tuple<std::string_view, std::size_t, std::vector<std::string>*> lists[] = {
      {"text_fallbacks", 0, &text_fallbacks_},
      {"weekdays", 7, &weekdays_},
      {"weekdays_short", 7, &weekdays_short_},
      {"months", 12, &months_},
      {"months_short", 12, &months_short_},
      {"section_numbers", 0, &section_numbers_},
      {"salutations_before", 0, &salutations_before_},
      {"salutations_after", 0, &salutations_after_},
      {"function_words", 0, &function_words_},
      {"frame_words", 0, &frame_words_}};
  for (const auto& [key, size, list] : lists)
    if (!read_strings(root, key, size, *list, problem)) return false;
  return read_string(root, "parent", parent_, problem) &&
         read_implicit_zones(root, implicit_zones_, problem) &&
         read_zone_name_forms(root, zone_name_forms_, problem) &&
         read_cldr_zone_names(root, cldr_zone_names_, problem) &&
         read_map(root, "cldr_zone_cities", cldr_zone_cities_, problem) &&
         read_text_shapes(root, text_shapes_, problem) &&
         read_day_numbers(root, day_numbers_, problem) &&
         read_clock_words(root, clock_words_, problem) && read_speech(root, speech_, problem) &&
         read_settings(root, settings_, given_settings_, problem) &&
         read_map(root, "lower_case_after_greeting", lower_case_after_greeting_, problem) &&
         read_map(root, "phrases", phrases_, problem) &&
         read_map(root, "findings", findings_, problem) &&
         read_map(root, "zone_names", zone_names_, problem) &&
         read_map(root, "language_names", language_names_, problem) &&
         read_map(root, "jargon", jargon_, problem) &&
         read_map(root, "fullwidth_punctuation", fullwidth_punctuation_, problem) &&
         read_map(root, "list_last_separator_by_start", last_separator_by_start_, problem);
}

bool Locale::reads_as_own(std::string_view tag) const {
  return std::find(lineage_.begin(), lineage_.end(), tag) != lineage_.end();
}

void Locale::overlay(const Locale& variant) {
  for (auto [mine, theirs] :
       {std::pair{&weekdays_, &variant.weekdays_},
        {&weekdays_short_, &variant.weekdays_short_},
        {&months_, &variant.months_},
        {&months_short_, &variant.months_short_},
        {&section_numbers_, &variant.section_numbers_},
        {&salutations_before_, &variant.salutations_before_},
        {&salutations_after_, &variant.salutations_after_},
        {&function_words_, &variant.function_words_},
        {&frame_words_, &variant.frame_words_},
        {&text_shapes_.connectors_before, &variant.text_shapes_.connectors_before},
        {&text_shapes_.connectors_after, &variant.text_shapes_.connectors_after},
        {&text_shapes_.sentence_starts, &variant.text_shapes_.sentence_starts},
        {&text_shapes_.sentence_ends, &variant.text_shapes_.sentence_ends},
        {&text_shapes_.clause_marks, &variant.text_shapes_.clause_marks},
        {&text_shapes_.finite_verbs, &variant.text_shapes_.finite_verbs},
        {&text_shapes_.clause_openers, &variant.text_shapes_.clause_openers},
        {&text_fallbacks_, &variant.text_fallbacks_}})
    if (!theirs->empty()) *mine = *theirs;
  for (std::size_t day = 0; day < day_numbers_.size(); ++day)
    if (!variant.day_numbers_[day].empty()) day_numbers_[day] = variant.day_numbers_[day];
  const auto lay_over = [](auto& mine, const auto& theirs) {
    for (const auto& [key, value] : theirs) mine[key] = value;
  };
  lay_over(clock_words_, variant.clock_words_);
  if (variant.speech_.per_minute != 0) speech_ = variant.speech_;
  for (const auto& name : variant.given_settings_) {
    setting_rule(name)->copy(variant.settings_, settings_);
    if (std::find(given_settings_.begin(), given_settings_.end(), name) == given_settings_.end())
      given_settings_.push_back(name);
  }
  lay_over(phrases_, variant.phrases_);
  lay_over(findings_, variant.findings_);
  lay_over(zone_names_, variant.zone_names_);
  lay_over(implicit_zones_, variant.implicit_zones_);
  lay_over(cldr_zone_names_, variant.cldr_zone_names_);
  lay_over(cldr_zone_cities_, variant.cldr_zone_cities_);
  lay_over(lower_case_after_greeting_, variant.lower_case_after_greeting_);
  for (std::size_t slot = 0; slot < zone_name_forms_.size(); ++slot)
    if (!variant.zone_name_forms_[slot].empty())
      zone_name_forms_[slot] = variant.zone_name_forms_[slot];
  lay_over(language_names_, variant.language_names_);
  lay_over(jargon_, variant.jargon_);
  lay_over(fullwidth_punctuation_, variant.fullwidth_punctuation_);
  lay_over(last_separator_by_start_, variant.last_separator_by_start_);
}

std::optional<Locale> Locale::load(std::string_view tag, std::string& error) {
  return load(tag, error, 0);
}

std::optional<Locale> Locale::load(std::string_view tag, std::string& error, int depth) {
  Locale l;
  l.tag_ = std::string(tag);
  bool found = false;
  for (const auto& source : locale_sources()) {
    if (source.tag != tag) continue;
    found = true;
    std::string problem;
    if (!l.merge(source.json, problem)) {
      error = std::string(tag) + "/" + std::string(source.file) + ": " + problem;
      return std::nullopt;
    }
  }
  if (!found) {
    // Data the caller gave (give): its files were read and checked then. Reading it happens
    // under reading_mutex, as a language is only read there.
    const auto it = given().find(tag);
    if (it == given().end()) {
      error = std::string(tag) + ": no locale files";
      return std::nullopt;
    }
    l = it->second;
  }
  // The parts of it given so far ("<tag>.zones-<area>", "<tag>.messages": give), checked then:
  // each gives only its own keys, and a metazone whose zones are in two areas has the same
  // names in both zone parts (tools/gen-cldr-zones.mjs writes them from one table).
  const std::string parts = std::string(tag) + ".";
  for (auto it = given().lower_bound(parts); it != given().end() && it->first.starts_with(parts);
       ++it)
    l.overlay(it->second);
  if (!l.parent_.empty()) {
    // A variant (en-US, zh-TW-u-ca-roc) holds only what differs from the language it names.
    constexpr int kMaxLineage = 4;
    std::optional<Locale> base;
    if (depth < kMaxLineage)
      base = load(l.parent_, error, depth + 1);
    else
      error = std::string(tag) + ": parent chain longer than " + std::to_string(kMaxLineage);
    if (!base) {
      error = std::string(tag) + ": parent " + l.parent_ + ": " + error;
      return std::nullopt;
    }
    base->overlay(l);
    base->tag_ = l.tag_;
    base->parent_ = l.parent_;
    l = std::move(*base);
  }
  for (const auto& rule : kSettings)
    if (std::find(l.given_settings_.begin(), l.given_settings_.end(), rule.name) ==
        l.given_settings_.end()) {
      error = std::string(tag) + ": settings/" + std::string(rule.name) + " is missing";
      return std::nullopt;
    }
  l.lineage_.insert(l.lineage_.begin(), l.tag_);
  if (depth == 0) {
    for (const auto& t : l.lineage_) l.text_preference_.push_back(t);
    for (const auto& t : l.text_fallbacks_) l.text_preference_.push_back(t);
    if (std::find(l.text_preference_.begin(), l.text_preference_.end(), "en") ==
        l.text_preference_.end())
      l.text_preference_.emplace_back("en");
  }
  if (l.weekdays_.empty() || l.weekdays_short_.empty() || l.months_.empty() ||
      l.months_short_.empty()) {
    error = std::string(tag) + ": weekdays, weekdays_short, months and months_short are required";
    return std::nullopt;
  }
  return l;
}

}  // namespace noticekit::locale
