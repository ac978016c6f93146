// Greetings from the audience's roles as people type them: a role typed with its salutation
// ("尊敬的客户", "Dear customers,") is greeted as typed, never "尊敬的尊敬的客户".
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "base_sheet.h"
#include "locale/locale.h"
#include "noticekit/noticekit.h"

namespace {

// The e-mail's greeting line (the line after the title and a blank one) for these roles.
std::string greeting(const std::string& lang, const nlohmann::json& roles) {
  auto sheet = base_sheet();
  sheet["languages"] = {lang};
  sheet["audience"] = {{"kind", "customers"}, {"roles", roles}};
  noticekit::Request request;
  request.channels = {"email"};
  const auto result = nlohmann::json::parse(noticekit::render(sheet.dump(), request).json);
  REQUIRE(result["outputs"].size() == 1);
  const std::string text = result["outputs"][0]["text"];
  const auto begin = text.find("\n\n") + 2;
  return text.substr(begin, text.find('\n', begin) - begin);
}

}  // namespace

TEST_CASE("a role typed with its salutation is greeted as typed, never twice", "[greeting]") {
  struct Row {
    std::string lang;
    nlohmann::json roles;
    std::string expected;
  };
  const Row rows[] = {
      {"en", {"customers"}, "Dear customers,"},
      {"en", {"Dear customers,"}, "Dear customers,"},
      {"en", {"dear customers"}, "Dear customers,"},
      {"en", {"Dearborn office"}, "Dear Dearborn office,"},  // a word, not a salutation
      {"zh-CN", {"客户"}, "尊敬的客户："},
      {"zh-CN", {"尊敬的客户"}, "尊敬的客户："},
      {"zh-CN", {"尊敬的纳税人", "缴费人"}, "尊敬的纳税人、缴费人："},
      {"zh-TW", {"親愛的客戶"}, "親愛的客戶您好："},
      {"zh-TW", {"親愛的客戶您好"}, "親愛的客戶您好："},
      {"ja", {"お客様"}, "お客様各位"},
      {"ja", {"お客様各位"}, "お客様各位"},
      {"ko", {"고객 여러분"}, "고객 여러분, 안녕하십니까."},
      {"es", {"Estimadas clientas"}, "Estimadas clientas:"},
      {"fr", {"Chères clientes, chers clients"}, "Chères clientes, chers clients,"},
      {"de", {"Sehr geehrte Kundinnen und Kunden"}, "Sehr geehrte Kundinnen und Kunden,"},
  };
  for (const auto& row : rows) {
    INFO(row.lang << " " << row.roles.dump());
    CHECK(greeting(row.lang, row.roles) == row.expected);
  }
}

TEST_CASE("every language names the words that open or close its salutations", "[greeting]") {
  for (const char* tag : {"en", "zh-CN", "zh-TW", "ja", "ko", "es", "fr", "de"}) {
    INFO(tag);
    const auto& locale = *noticekit::locale::Locale::find(tag);
    // Its own greeting of a role, typed back as a role, is recognised as one.
    const std::string own = locale.phrase("greeting.roles", {{"roles", "X"}});
    const std::string typed = own.substr(0, own.find_last_not_of(",:：.") + 1);
    CHECK(locale.has_salutation(typed.substr(0, typed.find(", 안녕하십니까"))));
  }
}

TEST_CASE("German writes on in lower case after the greeting's comma, a post opens upright",
          "[greeting]") {
  auto sheet = base_sheet();
  sheet["languages"] = {"de"};
  sheet["kind"] = "emergency";
  sheet["issued"] = "2026-12-05T22:20";
  sheet["windows"][0]["end"] = nullptr;
  sheet["audience"] = {{"kind", "customers"}, {"roles", {"Kundinnen und Kunden"}}};
  noticekit::Request request;
  request.channels = {"email", "status_page"};
  const auto result = nlohmann::json::parse(noticekit::render(sheet.dump(), request).json);
  REQUIRE(result["outputs"].size() == 2);
  const std::string letter = result["outputs"][0]["text"];
  const std::string post = result["outputs"][1]["text"];
  // DIN 5008: "Sehr geehrte …," and then "seit Samstag …", not "Seit"; a noun keeps its capital.
  CHECK_THAT(letter, Catch::Contains("Sehr geehrte Kundinnen und Kunden,\n\nseit Samstag"));
  CHECK_THAT(post, Catch::Contains("\nSeit Samstag"));
  CHECK_THAT(post, !Catch::Contains("seit Samstag"));
  const auto& de = *noticekit::locale::Locale::find("de");
  CHECK(de.after_greeting("Die Wartung ist beendet.") == "die Wartung ist beendet.");
  CHECK(de.after_greeting("Wartungsarbeiten sind beendet.") == "Wartungsarbeiten sind beendet.");
  CHECK(de.after_greeting("Dienstag ist frei.") == "Dienstag ist frei.");
  CHECK(noticekit::locale::Locale::find("en")->after_greeting("The work") == "The work");
}
