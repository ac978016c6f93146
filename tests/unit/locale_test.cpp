// Every locale must be complete: the same phrases and finding messages as every other, and
// every file must read. A missing phrase would otherwise show up as [[key]] in a notice.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "locale/locale.h"
#include "locale/locale_sources.h"

using noticekit::locale::expand;
using noticekit::locale::Locale;

TEST_CASE("every embedded locale reads, with no key defined twice", "[locale]") {
  for (const auto& source : noticekit::locale::locale_sources()) {
    std::string error;
    const bool loaded = Locale::load(source.tag, error).has_value();
    INFO(error);
    CHECK(loaded);
  }
  CHECK(Locale::tags() == std::vector<std::string>{"de", "en", "en-GB", "en-US", "es", "fr", "ja",
                                                   "ko", "zh-CN", "zh-TW", "zh-TW-u-ca-roc"});
}

TEST_CASE("every locale names every language", "[locale]") {
  for (const auto& tag : Locale::tags()) {
    for (const auto& named : Locale::tags()) {
      INFO(tag << " names " << named);
      CHECK(Locale::find(tag)->language_name(named) != named);
    }
  }
}

TEST_CASE("variants inherit, and free text falls back along the declared chain", "[locale]") {
  const Locale& us = *Locale::find("en-US");
  CHECK(us.weekday(6) == "Saturday");  // inherited from en
  CHECK(us.phrase("time.hm") != Locale::find("en")->phrase("time.hm"));
  CHECK(us.text_preference() == std::vector<std::string>{"en-US", "en"});
  CHECK(us.reads_as_own("en"));
  const Locale& roc = *Locale::find("zh-TW-u-ca-roc");
  CHECK(roc.text_preference() ==
        std::vector<std::string>{"zh-TW-u-ca-roc", "zh-TW", "zh-CN", "en"});
  CHECK(roc.reads_as_own("zh-TW"));
  CHECK_FALSE(roc.reads_as_own("zh-CN"));
  CHECK(Locale::find("ja")->text_preference() == std::vector<std::string>{"ja", "en"});
}

namespace {

// The phrases a language has only where one of its settings is on (see Locale::Settings): the
// date before the last of one month's, an SMS greeting for each greeting a letter has, and the
// bullet before a section's items.
struct SettingPhrases {
  bool Locale::Settings::*setting;
  std::set<std::string> keys;
};

std::vector<SettingPhrases> setting_phrases() {
  SettingPhrases sms_greetings{&Locale::Settings::sms_greeting, {}};
  for (const auto& key : Locale::find("en")->phrase_keys())
    if (key.starts_with("greeting.")) sms_greetings.keys.insert("sms." + key);
  return {{&Locale::Settings::month_once_in_short_dates, {"date.short.before_same_month"}},
          sms_greetings,
          {&Locale::Settings::bulleted_items, {"text.bullet"}}};
}

bool turned_on_by_a_setting(const std::string& key) {
  static const auto all = setting_phrases();
  return std::any_of(all.begin(), all.end(), [&](const auto& s) { return s.keys.count(key); });
}

// A phrase's ".plural", ".open_window" and ".unlabelled" forms are optional: a language whose
// frame agrees with a list of several systems, puts a preposition before a time that a window
// without an end already begins with ("on from"), or brackets a zone it may leave unsaid
// ("à 4 h 45 ()"), has one; the others need none. Each stands beside the phrase it varies.
std::set<std::string> required_phrase_keys(const Locale& loc) {
  std::set<std::string> keys;
  for (const auto& key : loc.phrase_keys()) {
    const auto optional = [&](std::string_view suffix) {
      return key.size() > suffix.size() && key.ends_with(suffix);
    };
    if (optional(".plural") || optional(".open_window") || optional(".unlabelled")) {
      CHECK(loc.has(key.substr(0, key.rfind('.'))));
      continue;
    }
    if (!turned_on_by_a_setting(key)) keys.insert(key);
  }
  return keys;
}

// A variant (en-US) inherits its parent's phrases, whatever its own settings say.
bool is_variant(const Locale& loc) {
  const auto& preference = loc.text_preference();
  return preference.size() > 1 && loc.reads_as_own(preference[1]);
}

}  // namespace

TEST_CASE("every locale has the same phrases and finding messages", "[locale]") {
  const Locale& en = *Locale::find("en");
  for (const auto& tag : Locale::tags()) {
    const Locale& other = *Locale::find(tag);
    INFO(tag);
    CHECK(required_phrase_keys(other) == required_phrase_keys(en));
    CHECK(other.finding_codes() == en.finding_codes());
  }
}

TEST_CASE("a phrase a setting turns on is there exactly where the setting is on", "[locale]") {
  for (const auto& tag : Locale::tags()) {
    const Locale& loc = *Locale::find(tag);
    for (const auto& [setting, keys] : setting_phrases())
      for (const auto& key : keys) {
        INFO(tag << " " << key);
        if (loc.settings().*setting)
          CHECK(loc.has(key));
        else if (!is_variant(loc))
          CHECK_FALSE(loc.has(key));
      }
  }
  CHECK(Locale::find("es")->settings().month_once_in_short_dates);
  CHECK_FALSE(Locale::find("en-US")->settings().month_once_in_short_dates);
  CHECK(Locale::find("en-GB")->settings().month_once_in_short_dates);
  CHECK(Locale::find("zh-CN")->settings().sms_greeting);
  CHECK_FALSE(Locale::find("zh-TW-u-ca-roc")->settings().month_once_in_short_dates);
}

TEST_CASE("a setting typed wrong is an error naming it, not a silent default", "[locale]") {
  for (const std::string settings : {R"({"sms_greeting": "true"})", R"({"sms_greetings": true})",
                                     R"({"sms_greeting": 1})", R"(["sms_greeting"])"}) {
    INFO(settings);
    std::string problem;
    CHECK_FALSE(Locale::read_file(R"({"settings": )" + settings + "}", problem));
    CHECK_THAT(problem, Catch::Contains("settings"));
  }
  std::string problem;
  CHECK(Locale::read_file(R"({"settings": {"sms_greeting": true}})", problem));
  CHECK_FALSE(Locale::read_file(R"({"settings": {"sms_greetings": true}})", problem));
  CHECK_THAT(problem, Catch::Contains("sms_greetings"));
  // A choice names one of its values; Feishu's post keys are the three it documents for posts.
  for (const std::string settings :
       {R"({"signature_side": "rigth"})", R"({"signature_side": true})",
        R"({"feishu_post_language": "de_de"})"}) {
    INFO(settings);
    CHECK_FALSE(Locale::read_file(R"({"settings": )" + settings + "}", problem));
    CHECK_THAT(problem, Catch::Contains("must be"));
  }
  CHECK(Locale::read_file(R"({"settings": {"signature_side": "right"}})", problem));
  CHECK(Locale::find("ja")->settings().signature_side == Locale::Settings::Side::right);
  CHECK(Locale::find("zh-TW-u-ca-roc")->settings().feishu_post_language == "zh_cn");
}

TEST_CASE("every language says how fast its phone scripts are spoken", "[locale]") {
  for (const auto& tag : Locale::tags()) {
    INFO(tag);
    CHECK(Locale::find(tag)->speech().per_minute >= 30);
  }
  CHECK(Locale::find("zh-CN")->speech().unit == Locale::Speech::Unit::characters);
  CHECK_FALSE(Locale::find("ja")->speech().space_beside_cjk);
  CHECK(Locale::find("en-GB")->speech().per_minute == Locale::find("en")->speech().per_minute);
}

TEST_CASE("a speaking rate typed wrong is an error, not a silent default", "[locale]") {
  for (const std::string speech :
       {R"({"per_minute": "150", "unit": "words", "space_beside_cjk": true})",
        R"({"per_minute": 150, "unit": "word", "space_beside_cjk": true})",
        R"({"per_minute": 15000, "unit": "words", "space_beside_cjk": true})",
        R"({"per_minute": 150, "unit": "words"})"}) {
    INFO(speech);
    std::string problem;
    CHECK_FALSE(Locale::read_file(R"({"speech": )" + speech + "}", problem));
    CHECK_THAT(problem, Catch::Contains("speech"));
  }
}

TEST_CASE("placeholders are filled by name and unknown ones stay visible", "[locale]") {
  CHECK(expand("{a}至{b}", {{"b", "06:00"}, {"a", "22:00"}}) == "22:00至06:00");
  CHECK(expand("{start} to {end}", {{"start", "22:00"}}) == "22:00 to {end}");
  CHECK(expand("no placeholders", {}) == "no placeholders");
  // {Systems} starts a sentence with a name typed in lower case.
  CHECK(expand("Closed. {Systems} is back.", {{"systems", "mobile banking"}}) ==
        "Closed. Mobile banking is back.");
  CHECK(expand("{Systems} est rétabli.", {{"systems", "état civil"}}) == "État civil est rétabli.");
  CHECK(expand("{Systems}", {{"systems", "电子税务局"}}) == "电子税务局");
  // A name with a capital inside its first word is written so on purpose.
  CHECK(expand("{Systems} ist nicht verfügbar", {{"systems", "e-Tax Bureau und iPhone-App"}}) ==
        "e-Tax Bureau und iPhone-App ist nicht verfügbar");
  CHECK(expand("{Nothing}", {{"systems", "x"}}) == "{Nothing}");
  CHECK(expand("unclosed {brace", {{"brace", "x"}}) == "unclosed {brace");
  CHECK(Locale::find("en")->phrase("no.such.key") == "[[no.such.key]]");
}

TEST_CASE("dates follow each language's conventions", "[locale]") {
  const Locale& zh = *Locale::find("zh-CN");
  const Locale& en = *Locale::find("en");
  CHECK(zh.weekday(6) == "星期六");
  CHECK(en.weekday(6) == "Saturday");
  CHECK(en.month_short(12) == "Dec");
  CHECK(zh.zone_name("Asia/Shanghai") == std::optional<std::string_view>("北京时间"));
  using noticekit::locale::ZoneAssumed;
  CHECK(zh.zone_assumed("Asia/Shanghai") == ZoneAssumed::in_short_forms);
  CHECK(Locale::find("ja")->zone_assumed("Asia/Tokyo") == ZoneAssumed::at_home);
  CHECK(en.zone_assumed("Asia/Shanghai") == ZoneAssumed::never);
  for (const char* tag : {"en", "en-US", "en-GB"})
    CHECK(Locale::find(tag)->zone_name("Asia/Shanghai") ==
          std::optional<std::string_view>("Beijing time"));
  CHECK(zh.language_name("en") == "英文");
  // Only French gives day_numbers ("1er"); every other language writes the number.
  CHECK(Locale::find("fr")->day_number(1) == "1er");
  CHECK(Locale::find("fr")->day_number(2) == "2");
  CHECK(en.day_number(1) == "1");
  CHECK(en.day_number(31) == "31");
  CHECK(Locale::find("en-GB")->clock_word(12, 0) == std::optional<std::string_view>("midday"));
  CHECK_FALSE(Locale::find("en-GB")->clock_word(12, 30));
  CHECK_FALSE(en.clock_word(12, 0));
  CHECK(Locale::find("pt") == nullptr);
}

// Zone names come from CLDR's data (tools/gen-cldr-zones.mjs, at build time): the zone's
// metazone, the time of year, the width the language reads, aliases as their CLDR id.
TEST_CASE("zones are named as CLDR names them in each language", "[locale]") {
  using noticekit::locale::ZoneNameForm;
  const auto name = [](const char* tag, const char* zone, bool daylight, ZoneNameForm form) {
    return Locale::find(tag)->cldr_zone_name(zone, daylight, form);
  };
  CHECK(name("de", "Europe/Berlin", true, ZoneNameForm::short_name) == "MESZ");
  CHECK(name("de", "Europe/Berlin", false, ZoneNameForm::long_name) == "Mitteleuropäische Zeit");
  CHECK(name("fr", "America/Sao_Paulo", false, ZoneNameForm::long_name) == "heure de Brasilia");
  // Asia/Kolkata is Asia/Calcutta in CLDR; India has no daylight time and no short name in ja.
  CHECK(name("ja", "Asia/Kolkata", false, ZoneNameForm::long_name) == "インド標準時");
  CHECK_FALSE(name("ja", "Asia/Kolkata", false, ZoneNameForm::short_name));
  // A zone's own name wins over its metazone's: London in summer.
  CHECK(name("en", "Europe/London", true, ZoneNameForm::long_name) == "British Summer Time");
  CHECK(name("en", "Europe/London", false, ZoneNameForm::long_name) == "Greenwich Mean Time");
  // en-GB readers know CET; en's CLDR data has no short name for it.
  CHECK(name("en-GB", "Europe/Paris", false, ZoneNameForm::short_name) == "CET");
  CHECK_FALSE(name("en", "Europe/Paris", false, ZoneNameForm::short_name));
  CHECK(name("en-US", "America/New_York", true, ZoneNameForm::short_name) == "EDT");
  CHECK_FALSE(name("en", "Mars/Olympus_Mons", false, ZoneNameForm::long_name));

  CHECK(Locale::find("zh-CN")->zone_city("America/Sao_Paulo") == "圣保罗");
  CHECK(Locale::find("en")->zone_city("America/Sao_Paulo") == "São Paulo");
  CHECK(Locale::find("en")->zone_city("America/Argentina/Buenos_Aires") == "Buenos Aires");
  CHECK(Locale::find("en")->zone_city("Asia/Kolkata") == "Kolkata");
  CHECK(Locale::find("ko")->zone_city("Europe/Berlin") == "베를린");
  CHECK_FALSE(Locale::find("en")->zone_city("Etc/UTC"));
}

// Spanish "y" is "e" before an /i/ sound, as the RAE asks: "banca e Internet", "padres e hijos",
// but "agua y hielo" (a diphthong).
TEST_CASE("a list joins its last item as the language says it", "[locale]") {
  const auto* es = noticekit::locale::Locale::find("es");
  REQUIRE(es);
  CHECK(es->list({"e-Tax Bureau", "Individual Income Tax"}) ==
        "e-Tax Bureau e Individual Income Tax");
  CHECK(es->list({"la web", "la app", "Internet"}) == "la web, la app e Internet");
  CHECK(es->list({"padres", "hijos"}) == "padres e hijos");
  CHECK(es->list({"agua", "hielo"}) == "agua y hielo");
  CHECK(es->list({"banca", "pagos"}) == "banca y pagos");
  const auto* en = noticekit::locale::Locale::find("en");
  REQUIRE(en);
  CHECK(en->list({"banking", "Internet"}) == "banking and Internet");
}
