// Reasons as people type them: a phrase, a phrase with its own connector, or a whole sentence.
// Each is framed as typed, never "maintenance for We are moving …", "因由于…", "…のためのため".
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "base_sheet.h"
#include "compose/text_shape.h"
#include "locale/locale.h"
#include "noticekit/noticekit.h"

namespace {

using noticekit::compose::Field;
using noticekit::compose::Shape;

// The text of one channel's output for the base sheet with this reason, in this language.
std::string rendered(const std::string& lang, const std::string& reason,
                     const std::string& channel) {
  auto sheet = base_sheet();
  sheet["languages"] = {lang};
  sheet["reason"] = {{"text", reason}};
  noticekit::Request request;
  request.channels = {channel};
  const auto result = nlohmann::json::parse(noticekit::render(sheet.dump(), request).json);
  REQUIRE(result["outputs"].size() == 1);
  return result["outputs"][0]["text"];
}

// The e-mail's lead: the paragraph after the greeting.
std::string lead(const std::string& lang, const std::string& reason) {
  const std::string text = rendered(lang, reason, "email");
  auto begin = text.find("\n\n") + 2;    // after the title
  begin = text.find("\n\n", begin) + 2;  // after the greeting
  return text.substr(begin, text.find('\n', begin) - begin);
}

}  // namespace

TEST_CASE("a typed reason is told apart as a phrase, a connected phrase or a sentence",
          "[text_shape]") {
  struct Row {
    const char* lang;
    const char* typed;
    Shape shape;
    const char* text;
  };
  const Row rows[] = {
      {"en", "a database upgrade", Shape::phrase, "a database upgrade"},
      {"en", "a database upgrade.", Shape::phrase, "a database upgrade"},
      {"en", "Database upgrade.", Shape::phrase, "Database upgrade"},
      {"en", "Due to a power cut", Shape::connected, "due to a power cut"},
      {"en", "to improve service quality", Shape::connected, "to improve service quality"},
      {"en", "forecast model update", Shape::phrase, "forecast model update"},  // not "for"
      {"en", "We are moving the database to new hardware.", Shape::sentence,
       "We are moving the database to new hardware."},
      {"en", "we are moving the database", Shape::sentence, "We are moving the database."},
      {"en", "The vendor has postponed the delivery.", Shape::sentence,
       "The vendor has postponed the delivery."},
      // A verb of its own after the subject makes a reason a sentence without its stop; a
      // relative clause's verb does not.
      {"en", "the vendor has postponed the delivery", Shape::sentence,
       "The vendor has postponed the delivery."},
      {"en", "a data migration that is taking longer", Shape::phrase,
       "a data migration that is taking longer"},
      {"en", "an upgrade of the payment systems", Shape::phrase,
       "an upgrade of the payment systems"},
      {"es", "el proveedor ha retrasado la entrega", Shape::sentence,
       "El proveedor ha retrasado la entrega."},
      {"es", "una migración de datos que está tardando más", Shape::phrase,
       "una migración de datos que está tardando más"},
      {"fr", "le fournisseur a reporté la livraison", Shape::sentence,
       "Le fournisseur a reporté la livraison."},
      {"fr", "une mise à jour de la base", Shape::phrase, "une mise à jour de la base"},
      {"de", "der Lieferant hat die Lieferung verschoben", Shape::sentence,
       "Der Lieferant hat die Lieferung verschoben."},
      {"de", "eine Datenmigration, die länger dauert", Shape::phrase,
       "eine Datenmigration, die länger dauert"},
      {"es", "debido a una avería", Shape::connected, "debido a una avería"},
      {"es", "Estamos trasladando la base de datos", Shape::sentence,
       "Estamos trasladando la base de datos."},
      {"fr", "en raison d'une panne", Shape::connected, "en raison d'une panne"},
      {"fr", "Nous déplaçons la base de données.", Shape::sentence,
       "Nous déplaçons la base de données."},
      {"de", "Wegen der Umstellung", Shape::connected, "wegen der Umstellung"},
      {"de", "Wir ziehen die Datenbank um", Shape::sentence, "Wir ziehen die Datenbank um."},
      {"zh-CN", "系统升级", Shape::phrase, "系统升级"},
      {"zh-CN", "系统升级。", Shape::phrase, "系统升级"},
      {"zh-CN", "由于机房电力改造", Shape::connected, "由于机房电力改造"},
      {"zh-CN", "根据上级统一安排，", Shape::connected, "根据上级统一安排"},
      {"zh-CN", "为提升服务质量，我行将对核心系统进行升级。", Shape::sentence,
       "为提升服务质量，我行将对核心系统进行升级。"},
      {"zh-CN", "为提升服务质量，我行将对核心系统进行升级", Shape::sentence,
       "为提升服务质量，我行将对核心系统进行升级。"},
      {"zh-TW", "由於機房電力改善工程", Shape::connected, "由於機房電力改善工程"},
      {"ja", "システム更新", Shape::phrase, "システム更新"},
      {"ja", "システム更新のため", Shape::connected, "システム更新のため"},
      {"ja", "停電の影響により、", Shape::connected, "停電の影響により"},
      {"ja", "サーバーを移設します", Shape::sentence, "サーバーを移設します。"},
      {"ko", "서비스 품질 향상을 위해", Shape::connected, "서비스 품질 향상을 위해"},
      {"ko", "데이터베이스를 새 장비로 이전합니다", Shape::sentence,
       "데이터베이스를 새 장비로 이전합니다."},
  };
  for (const auto& row : rows) {
    INFO(row.lang << " " << row.typed);
    const auto* loc = noticekit::locale::Locale::find(row.lang);
    REQUIRE(loc);
    const auto shaped = noticekit::compose::shape_of(row.typed, *loc, Field::reason);
    CHECK(shaped.shape == row.shape);
    CHECK(shaped.text == row.text);
  }
}

TEST_CASE("an item with a verb is still an item: only a reason is made a sentence by it",
          "[text_shape]") {
  const auto* en = noticekit::locale::Locale::find("en");
  REQUIRE(en);
  CHECK(noticekit::compose::shape_of("API reads are slow", *en, Field::item).shape ==
        Shape::phrase);
  CHECK(noticekit::compose::shape_of("API reads are slow", *en, Field::reason).shape ==
        Shape::sentence);
}

TEST_CASE("a reason with its own connector gets none of ours", "[text_shape]") {
  CHECK(lead("en", "due to a power cut") ==
        "Acme Cloud will carry out scheduled maintenance due to a power cut from Saturday 5 "
        "December 2026, 22:00 to Sunday 6 December, 06:00 Beijing time (UTC+8). During this "
        "time, the following service will be unavailable: Dashboard.");
  CHECK(lead("zh-CN", "由于机房电力改造").starts_with("由于机房电力改造，Acme Cloud定于"));
  CHECK(lead("zh-CN", "系统升级").starts_with("因系统升级，Acme Cloud定于"));
  CHECK(lead("ja", "システム更新のため").find("システム更新のため、") != std::string::npos);
  CHECK(lead("ko", "서비스 품질 향상을 위해").find("서비스 품질 향상을 위해 중국") !=
        std::string::npos);
  CHECK(lead("de", "wegen der Umstellung auf neue Hardware")
            .find(" Die Arbeiten erfolgen wegen der Umstellung auf neue Hardware. ") !=
        std::string::npos);
  CHECK(rendered("en", "due to a power cut", "phone").find(" This is due to a power cut. ") !=
        std::string::npos);
  CHECK(rendered("zh-CN", "由于机房电力改造", "phone").find("本次停机是由于机房电力改造。") !=
        std::string::npos);
}

TEST_CASE("a reason typed as a sentence stands as a sentence of its own", "[text_shape]") {
  // After the lead in English: a reader first learns what is down and when.
  CHECK(lead("en", "we are moving the database to new hardware") ==
        "Acme Cloud will carry out scheduled maintenance from Saturday 5 December 2026, 22:00 to "
        "Sunday 6 December, 06:00 Beijing time (UTC+8). During this time, the following service "
        "will be unavailable: Dashboard. We are moving the database to new hardware.");
  CHECK(lead("zh-CN", "为提升服务质量，我行将对核心系统进行升级。")
            .starts_with("为提升服务质量，我行将对核心系统进行升级。Acme Cloud定于"));
  // Before the lead in Chinese and Korean ("… 이에 따라 Acme Cloud에서는"); in Japanese set off
  // after it with a label. Never after the organisation's name ("Acme Cloudでは、{sentence}"),
  // which breaks a sentence with a subject of its own, nor tacked on with "なお、".
  CHECK(lead("ja", "サーバーを新しい機器に移設します。")
            .ends_with("ご利用いただけません。停止の理由：サーバーを新しい機器に移設します。"));
  CHECK(lead("ko", "데이터베이스를 새 장비로 이전합니다")
            .starts_with(
                "데이터베이스를 새 장비로 이전합니다. 이에 따라 Acme Cloud에서는 중국 시간"));
  CHECK(rendered("en", "We are moving the database.", "phone")
            .find(" We are moving the database. ") != std::string::npos);
  // The English SMS of an announcement gives no reason, whatever its shape.
  CHECK(rendered("en", "We are moving the database.", "sms").find("moving") == std::string::npos);
  CHECK(rendered("zh-CN", "为提升服务质量，我行将对核心系统进行升级。", "sms")
            .find("，为提升服务质量，我行将对核心系统进行升级。") != std::string::npos);
}

TEST_CASE("a reason that only names the work is not said twice", "[text_shape]") {
  // Never "scheduled maintenance for routine maintenance", "maintenance programmée pour une
  // maintenance de routine", "mantenimiento programado para un mantenimiento rutinario".
  CHECK(lead("en", "Routine maintenance") ==
        "Acme Cloud will carry out scheduled maintenance from Saturday 5 December 2026, 22:00 to "
        "Sunday 6 December, 06:00 Beijing time (UTC+8). During this time, the following service "
        "will be unavailable: Dashboard.");
  CHECK(lead("fr", "une maintenance de routine").find("de routine") == std::string::npos);
  CHECK(lead("es", "mantenimiento rutinario").find("rutinario") == std::string::npos);
  CHECK(lead("de", "Routinewartung").find("Routinewartung") == std::string::npos);
  CHECK(lead("zh-CN", "例行维护").find("例行维护") == std::string::npos);
  CHECK(lead("ja", "定期メンテナンス").find("定期メンテナンス") == std::string::npos);
  CHECK(lead("ko", "정기 점검").find("정기 점검") == std::string::npos);
  // A reason that says more than the work keeps its place.
  CHECK(lead("en", "routine maintenance of the database")
            .find("maintenance for routine maintenance of the database from") != std::string::npos);
  // An outage's lead does not name the work: there the maintenance is why it is down.
  auto sheet = base_sheet();
  sheet["kind"] = "emergency";
  sheet["issued"] = "2026-12-05T22:10";
  sheet["reason"] = {{"text", "routine maintenance"}};
  noticekit::Request request;
  request.channels = {"email"};
  const auto result = nlohmann::json::parse(noticekit::render(sheet.dump(), request).json);
  CHECK(result["outputs"][0]["text"].get<std::string>().find(
            "unavailable because of routine maintenance") != std::string::npos);
}

TEST_CASE("an impact item typed as a sentence is a line of its own", "[text_shape]") {
  const auto email = [](const std::string& lang, const nlohmann::json& still_available) {
    auto sheet = base_sheet();
    sheet["languages"] = {lang};
    sheet["impact"]["still_available"] = still_available;
    noticekit::Request request;
    request.channels = {"email"};
    const auto result = nlohmann::json::parse(noticekit::render(sheet.dump(), request).json);
    return result["outputs"][0]["text"].get<std::string>();
  };
  const std::string zh = email("zh-CN", {"ATM取款不受影响。", "柜面业务"});
  CHECK(zh.find("以下服务不受影响：柜面业务。\nATM取款不受影响。") != std::string::npos);
  CHECK(zh.find("。。") == std::string::npos);
  const std::string ja = email("ja", {"ATMは通常どおりご利用いただけます"});
  CHECK(ja.find("ATMは通常どおりご利用いただけます。") != std::string::npos);
  CHECK(ja.find("ます。は、") == std::string::npos);
  const std::string en = email("en", {"Card payments keep working."});
  CHECK(en.find("Card payments keep working.") != std::string::npos);
  CHECK(en.find("Still available: Card") == std::string::npos);
}
