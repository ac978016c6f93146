// A language's data: phrases with named placeholders, date parts, zone names and finding
// messages, read from core/locales/<tag>/*.json (embedded by the build). Code asks for a
// phrase by key and fills its {placeholders}; word order is the locale file's business.
#pragma once

#include <array>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "locale/keyed_texts.h"
#include "locale/pattern.h"

namespace noticekit::locale {

// The words that tell how a writer typed a free text (see compose/text_shape.h): "text_shapes"
// in notice.json.
struct TextShapes {
  // A reason that opens or closes with one of these brings its own connector: "due to a
  // power cut", "由于机房电力改造", "システム更新のため", "품질 향상을 위해".
  std::vector<std::string> connectors_before, connectors_after;
  // A text that opens or closes with one of these is a sentence even without its full stop:
  // "We are moving …", "…を実施します", "…진행합니다".
  std::vector<std::string> sentence_starts, sentence_ends;
  // A text with one of these inside holds two clauses, so it is a sentence: "为提升服务质量，
  // 我行将…".
  std::vector<std::string> clause_marks;
  // A reason with one of these among its first words has a verb of its own, so it is a
  // sentence ("the vendor has postponed …"), unless a word of `clause_openers` or a comma
  // comes first: then the verb is a relative clause's ("a migration that is taking longer").
  std::vector<std::string> finite_verbs, clause_openers;
  // A reason that is one of these (any case) names the work the notice already names and
  // nothing more ("routine maintenance"): the lead leaves it out rather than say "scheduled
  // maintenance for routine maintenance".
  std::vector<std::string> routine_work;
};

// A kind of zone name: the tz database's abbreviation ("EDT", "CET", "JST": English, and
// only when it is letters), or CLDR's short ("MEZ") or long name ("heure normale d’Europe
// centrale") in the language.
enum class ZoneNameForm { abbreviation, short_name, long_name };

// Where a zone goes unsaid in a notice whose readers all live in it: nowhere; in short forms
// such as SMS (北京时间 in zh-CN, "heure de Paris" in fr); or everywhere (日本時間 in ja:
// natives never write it at home). Readers elsewhere are always told the zone.
enum class ZoneAssumed { never, in_short_forms, at_home };

// The values for one phrase, each worked out only when its pattern uses it: for values costly
// to work out of which a pattern names a few (a lead's ten facts, some of them moments).
class NeededArgs {
 public:
  // The pattern is read once for the dozen names a caller may offer it.
  explicit NeededArgs(std::string_view pattern) : names_(placeholder_names(pattern)) {}
  // Adds `name` with the value `value()` gives, if the pattern uses it (see uses).
  template <typename Value>
  NeededArgs& add(std::string_view name, const Value& value) {
    for (const std::string_view written : names_)
      if (takes(written, name)) {
        args_.emplace_back(name, value());
        break;
      }
    return *this;
  }
  Args take() { return std::move(args_); }

 private:
  std::vector<std::string_view> names_;
  Args args_;
};

class Locale {
 public:
  // nullptr when no locale file has this tag, when its files do not read, or when its data or
  // a parent's is neither embedded nor given yet (give).
  static const Locale* find(std::string_view tag);
  // Every tag with a locale file, sorted, whether its data is there or not.
  static const std::vector<std::string>& tags();
  // Gives the data of a language the build does not embed (the WebAssembly build embeds none):
  // all its files as one JSON object, {"notice.json": {…}, "findings.json": {…}, …}, each file
  // checked as when embedded; or one part of it, under the name missing_zone_part or
  // missing_messages_part gives, before or after the rest of its data (a language read already
  // is read again with it): a part of its CLDR zone names ("zh-CN.zones-Asia", {"zones.json":
  // {"cldr_zone_names": …, "cldr_zone_cities": …}}), or its words for the reader of the tool
  // ("zh-CN.messages", {"findings.json": …, "plan.json": …}, findings and phrases only). Empty
  // when taken, else what is wrong: an unknown tag or part, data given twice, a malformed file.
  static std::string give(std::string_view name, std::string_view files_json);
  // True when the language's own files are embedded or given (its parent's may not be); also
  // for a part, by the name missing_zone_part or missing_messages_part gives, when it is given.
  static bool has_data(std::string_view tag);
  // The name of the part of the language's zone names that a zone's names are in, when it is
  // neither embedded nor given yet: "zh-CN.zones-Asia" for Asia/Shanghai. nullopt when naming
  // the zone in this language needs no more data (also for a zone CLDR does not know, and for
  // an area where the language has no names of its own: en-GB's own are a few).
  static std::optional<std::string> missing_zone_part(std::string_view tag, std::string_view iana);
  // The name of the part of the language's data that holds its words for the reader of the
  // tool (finding messages, completeness labels, the plan's), when it is neither embedded nor
  // given yet: "zh-CN.messages". nullopt when the language has no such words of its own (a
  // variant that words them as its parent does).
  static std::optional<std::string> missing_messages_part(std::string_view tag);

  const std::string& tag() const { return tag_; }
  // Whose sheet text to use, best first: this language, the variants it derives from
  // ("parent": en-US → en), its declared stand-ins ("text_fallbacks": zh-TW → zh-CN), then en.
  const std::vector<std::string>& text_preference() const { return text_preference_; }
  // True when text written in `tag` reads as this language: itself or a parent
  // (en text in an en-US notice), as opposed to a stand-in that readers should be told about.
  bool reads_as_own(std::string_view tag) const;
  bool has(std::string_view key) const;
  // `key` + `suffix` when `wanted` and this language has that wording, else `key`: a phrase's
  // optional variant, which only the languages that word the case differently have
  // (".plural", ".unlabelled", ".open_window").
  std::string variant(std::string key, std::string_view suffix, bool wanted) const;
  // True when the phrase `key` takes the value `name` ({name} or {Name}, see uses): whether a
  // pattern says a fact at all, for a fact said apart from it.
  bool mentions(std::string_view key, std::string_view name) const;
  // The pattern of the phrase `key` as the locale file writes it; empty when it has none.
  std::string_view pattern(std::string_view key) const;
  // The phrase with its placeholders filled; "[[key]]" when the locale lacks it.
  std::string phrase(std::string_view key, std::initializer_list<Arg> args = {}) const;
  std::string phrase(std::string_view key, const Args& args) const;
  // The same appended to `out` (see Pattern::append_expanded).
  void append_phrase(std::string& out, std::string_view key,
                     std::initializer_list<Arg> args = {}) const;
  void append_phrase(std::string& out, std::string_view key, const Args& args) const;
  // The phrase appended to `out`, its placeholders filled by `value` (see Pattern::append_filled).
  template <typename Value>
  void append_phrase_filled(std::string& out, std::string_view key, const Value& value) const {
    if (const Pattern* p = phrase_pattern(key))
      p->append_filled(out, value);
    else
      append_missing(out, key);
  }
  // The phrase `key` read into its pieces; nullptr when the locale has none. A writer that
  // words one phrase in every notice looks it up once.
  const Pattern* phrase_pattern(std::string_view key) const;
  // The items as the language lists them: "a, b and c", "a、b和c" (list.separator,
  // list.last_separator, or the one "list_last_separator_by_start" in notice.json gives for
  // how the last item starts: Spanish "a, b e Individual").
  // `joiners` names another pair of separators for lists of another kind ("windows.list":
  // lists whose items are lists themselves, zh "…，以及…").
  std::string list(const std::vector<std::string>& items, std::string_view joiners = "list") const;
  // The finding message for `code`, filled with the finding's arguments.
  std::string finding_message(std::string_view code, const Args& args) const;

  const std::string& weekday(int sunday_based) const { return weekdays_[sunday_based % 7]; }
  const std::string& weekday_short(int sunday_based) const {
    return weekdays_short_[sunday_based % 7];
  }
  const std::string& month(int one_based) const { return months_[(one_based - 1) % 12]; }
  const std::string& month_short(int one_based) const {
    return months_short_[(one_based - 1) % 12];
  }
  // The day of the month as the language writes it in a date: "1er" for the first in French
  // ("day_numbers" in notice.json), the plain number when the language gives none.
  std::string day_number(int day) const;
  // A clock time the language writes as a word ("clock_words" in notice.json: en-GB "12:00"
  // is "midday", as GOV.UK asks instead of "12pm"), if it has one.
  std::optional<std::string_view> clock_word(int hour, int minute) const;
  // How a phone script in this language is spoken ("speech" in channels-docs.json, checked by
  // the loader): how many words, or characters (syllables) for Chinese, Japanese and Korean, a
  // voice says a minute, and whether a space stays beside CJK text in a script.
  struct Speech {
    enum class Unit { words, characters };
    int per_minute = 0;  // 0: not given (a base language must give it)
    Unit unit = Unit::words;
    bool space_beside_cjk = true;
  };
  const Speech& speech() const { return speech_; }
  // How the language writes a notice ("settings" in the locale files, checked by the loader:
  // an unknown name or a value of the wrong kind is an error, and a base language gives every
  // one). A phrase a setting turns on is in the files only where it is on.
  struct Settings {
    enum class Side { left, right, center };
    // Short dates of one month say the month once, after the last ("15 y 19 dic", "Tue 15 and
    // Sat 19 Dec"): the dates before it are written with date.short.before_same_month.
    bool month_once_in_short_dates = false;
    // An SMS opens with a greeting (the sms.greeting phrases: zh-CN "尊敬的客户，"; ko greets
    // customers only, "고객님, ").
    bool sms_greeting = false;
    // A section's items are a bulleted list (text.bullet before each, a list in HTML); without,
    // each item is its own line, as Chinese notices write them.
    bool bulleted_items = false;
    // The side a letter's issuer and date stand on: Chinese and Japanese notices sign on the
    // right.
    Side signature_side = Side::left;
    // The key a Feishu post files its title and content under: one of the three Feishu
    // documents for posts (docs/locales.md).
    std::string feishu_post_language;
  };
  const Settings& settings() const { return settings_; }
  // What goes before each item of a section: text.bullet, or nothing where items are not
  // bulleted (Settings::bulleted_items).
  std::string bullet() const;
  // "一", "二", … for numbered sections; empty when the language does not number them.
  const std::vector<std::string>& section_numbers() const { return section_numbers_; }
  // The name a language's own usage gives a zone where CLDR's differs ("zone_names" in
  // notice.json: zh-CN "北京时间", not CLDR's 中国标准时间), if it gives one.
  std::optional<std::string_view> zone_name(std::string_view iana) const;
  // CLDR's long or short name for a zone at standard or daylight time ("Mitteleuropäische
  // Sommerzeit", "MESZ"): the zone's own, else its metazone's; nullopt when CLDR has none of
  // that form (and for ZoneNameForm::abbreviation, which is the tz database's, not CLDR's).
  // (Generated at build time: tools/gen-cldr-zones.mjs.)
  std::optional<std::string_view> cldr_zone_name(std::string_view iana, bool daylight,
                                                 ZoneNameForm form) const;
  // The kinds of zone name a language uses, best first, in running text or in short forms
  // such as SMS ("zone_name_forms" in notice.json); a zone with none of them is named by its
  // offset.
  const std::vector<ZoneNameForm>& zone_name_forms(bool short_forms) const {
    return zone_name_forms_[short_forms ? 1 : 0];
  }
  // The city CLDR names a zone after, in this language: "ベルリン", "São Paulo"; nullopt for
  // an id CLDR does not know or one named after no city (Etc/UTC).
  std::optional<std::string> zone_city(std::string_view iana) const;
  // Where a reader of this language assumes a zone without being told ("implicit_zones" in
  // notice.json).
  ZoneAssumed zone_assumed(std::string_view iana) const;
  // The name of a language in this language ("英文"); the tag itself when unknown.
  std::string language_name(std::string_view tag) const;
  // True when a name was typed with its salutation ("尊敬的客户", "Dear customers", "お客様各位":
  // "salutations_before" and "salutations_after" in notice.json, the words that open or close
  // one): a greeting then uses the name as typed instead of adding its own.
  bool has_salutation(std::string_view name) const;
  // True when the name ends with its salutation ("客戶您好", "お客様各位").
  bool closes_with_salutation(std::string_view name) const;
  // A paragraph as it follows a greeting: German writes on in lower case after "Sehr geehrte
  // Kundinnen und Kunden," unless the word is a noun (DIN 5008), so the words a paragraph may
  // open with that are no nouns are listed with their lower-case form
  // ("lower_case_after_greeting" in notice.json: "Seit" → "seit"); other languages list none.
  std::string after_greeting(std::string paragraph) const;
  const TextShapes& text_shapes() const { return text_shapes_; }
  // The language's commonest short words in lower case ("function_words" in notice.json: "the",
  // "de", "und"): a text typed with another language's and none of these was typed in that
  // other language. Empty for languages told apart by their script.
  const std::vector<std::string>& function_words() const { return function_words_; }
  // The words the announcement's own frame names the work with ("frame_words" in notice.json:
  // "maintenance", "维护"): a reason made of them says nothing the frame does not.
  const std::vector<std::string>& frame_words() const { return frame_words_; }

  // Technical terms readers may not understand, each with a plain suggestion.
  const std::map<std::string, std::string, std::less<>>& jargon() const { return jargon_; }
  // The full-width mark the language writes for each half-width one ("," → "，") beside its
  // own characters ("fullwidth_punctuation" in notice.json; empty for Latin-script languages).
  const std::map<std::string, std::string, std::less<>>& fullwidth_punctuation() const {
    return fullwidth_punctuation_;
  }

  // Every phrase key, for the tests that compare locales.
  std::vector<std::string> phrase_keys() const;
  std::vector<std::string> finding_codes() const;

  // Reads and merges the embedded files of one language, over its parent's data when it
  // names one; nullopt with `error` naming the file and the problem when one is malformed.
  static std::optional<Locale> load(std::string_view tag, std::string& error);
  // One locale file read on its own, checked as the loader checks each file (for the tests
  // of what a malformed file reports).
  static std::optional<Locale> read_file(std::string_view json_text, std::string& error);

 private:
  Locale() = default;
  static std::optional<Locale> load(std::string_view tag, std::string& error, int depth);
  std::string last_separator(std::string_view last) const;
  // "[[key]]", what a phrase the locale lacks is written as.
  static void append_missing(std::string& out, std::string_view key);
  // Adds one file's lists and maps; false with `problem` set when the file is malformed.
  bool merge(std::string_view json_text, std::string& problem);
  bool merge(const nlohmann::ordered_json& root, std::string& problem);
  // The languages given by the caller (give), each as its own files read it, without its
  // parent's data, and their parts, each under its name ("zh-CN.zones-Asia", "zh-CN.messages");
  // read and written under the mutex that guards reading a language.
  static std::map<std::string, Locale, std::less<>>& given();
  static bool has_data_locked(std::string_view tag);
  // True when the build embeds the language's data (natively, every language).
  static bool is_embedded(std::string_view tag);
  // Lays a variant's own data over this (its parent's): lists it gives replace, keys it
  // gives win. (Also a part over the rest of the language: it gives only the part's own keys.)
  void overlay(const Locale& variant);
  std::string tag_, parent_;
  std::vector<std::string> lineage_;  // this tag, then its parent, grandparent…
  std::vector<std::string> text_fallbacks_, text_preference_;
  std::vector<std::string> weekdays_, weekdays_short_, months_, months_short_, section_numbers_;
  // Phrases and finding messages are looked up by key many times per notice: hashed (see
  // KeyedTexts). The others are listed in key order (jargon findings come out in that order)
  // or rarely read.
  using SortedTexts = std::map<std::string, std::string, std::less<>>;
  KeyedTexts phrases_, findings_;
  SortedTexts zone_names_, language_names_, jargon_, fullwidth_punctuation_,
      last_separator_by_start_;
  SortedTexts implicit_zones_, cldr_zone_cities_, lower_case_after_greeting_;
  // [long standard, long daylight, short standard, short daylight], "" for none; keyed by
  // CLDR zone id or metazone id.
  std::map<std::string, std::array<std::string, 4>, std::less<>> cldr_zone_names_;
  std::array<std::vector<ZoneNameForm>, 2> zone_name_forms_;  // running text, short forms
  std::vector<std::string> salutations_before_, salutations_after_, function_words_, frame_words_;
  TextShapes text_shapes_;
  // Index 1–31; an empty entry is written as the number.
  std::array<std::string, 32> day_numbers_;
  // Keyed by minutes after midnight.
  std::map<int, std::string> clock_words_;
  Speech speech_;
  // The settings as read, and the names of those the files gave: a variant's win over its
  // parent's, and a base language must give each (see Settings).
  Settings settings_;
  std::vector<std::string> given_settings_;
};

}  // namespace noticekit::locale
