// The chat and social channels (wecom, dingtalk, feishu, slack, teams, x, weibo, wechat_oa)
// rendered through the public API: every payload parses and has the shape its platform
// documents, every output keeps its platform's limit, and text from a sheet never becomes
// markup. The limits here are restated from the platforms' pages, not read from the code.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "channels/shorten.h"
#include "channels/x_weight.h"
#include "noticekit/noticekit.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::vector<std::string> chat_channels = {"wecom", "dingtalk", "feishu", "slack",
                                                "teams", "x",        "weibo",  "wechat_oa"};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

json render(const std::string& sheet, const std::vector<std::string>& channels = chat_channels) {
  const auto result = noticekit::render(sheet, noticekit::Request{{"en", "zh-CN"}, channels, {}});
  return json::parse(result.json);
}

// Every golden sheet that renders in both languages (tests/golden/escaping among them, once
// it exists).
std::vector<std::string> renderable_sheets() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(NOTICEKIT_GOLDEN_DIR)) {
    if (!fs::exists(entry.path() / "sheet.json")) continue;
    const std::string sheet = read_file(entry.path() / "sheet.json");
    if (!render(sheet, {"x"})["outputs"].empty()) out.push_back(sheet);
  }
  return out;
}

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (const unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::vector<char32_t> decode(const std::string& s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? b : b & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += static_cast<std::size_t>(len);
  }
  return out;
}

// X's weighting restated from twitter-text config/v3.json, for text without URLs.
std::size_t x_weight_without_urls(const std::string& s) {
  std::size_t n = 0;
  for (const char32_t c : decode(s)) {
    const bool light = c <= 0x10FF || (c >= 0x2000 && c <= 0x200D) ||
                       (c >= 0x2010 && c <= 0x201F) || (c >= 0x2032 && c <= 0x2037);
    n += light ? 1 : 2;
  }
  return n;
}

// Weibo: two ASCII characters count as one, anything else as one, rounded up.
std::size_t weibo_count(const std::string& s) {
  std::size_t halves = 0;
  for (const char32_t c : decode(s)) halves += c < 0x80 ? 1 : 2;
  return (halves + 1) / 2;
}

json payload_of(const json& output) { return json::parse(output["payload"].get<std::string>()); }

// A sheet whose every free text tries to inject markup, links, mentions or HTML.
std::string hostile_sheet() {
  json sheet =
      json::parse(read_file(fs::path(NOTICEKIT_GOLDEN_DIR) / "tax-bureau-planned" / "sheet.json"));
  const std::string evil =
      "R&D <script>alert(1)</script> *bold* _it_ `code` [link](http://evil.example) "
      "<!channel> <@U123> # > ~x~ | \" € ç 😀 中文";
  sheet["organization"]["name"] = evil;
  sheet["alternatives"] = json::array({evil});
  sheet["reason"]["text"] = evil;
  sheet["contacts"][0]["label"] = evil;
  return sheet.dump();
}

}  // namespace

TEST_CASE("chat channels keep their documented limits on every golden sheet", "[chat]") {
  const auto sheets = renderable_sheets();
  REQUIRE(sheets.size() >= 3);
  for (const auto& sheet : sheets) {
    const json result = render(sheet);
    REQUIRE(result["outputs"].size() == 2 * chat_channels.size());
    for (const auto& o : result["outputs"]) {
      const std::string channel = o["channel"];
      INFO(channel << " " << o["lang"].get<std::string>() << " " << o["metrics"].dump());
      CHECK(o["metrics"]["ok"] == true);
      CHECK(o["metrics"].contains("limit"));
      CHECK_FALSE(o["text"].get<std::string>().empty());
      if (channel == "wecom") {
        // WeCom group bot: markdown.content ≤ 4096 bytes of UTF-8.
        CHECK(payload_of(o)["markdown"]["content"].get<std::string>().size() <= 4096);
      } else if (channel == "feishu" || channel == "dingtalk") {
        CHECK(o["payload"].get<std::string>().size() <=
              20000);  // request body ≤ 20 KB / 20000 bytes
      } else if (channel == "teams") {
        CHECK(o["payload"].get<std::string>().size() <= 28000);  // message ≤ 28 KB
      } else if (channel == "x") {
        CHECK(noticekit::channels::x_weighted_length(o["text"].get<std::string>()) <= 280);
        CHECK(o["metrics"]["weighted_length"] ==
              x_weight_without_urls(o["text"]));  // no URLs in these
      } else if (channel == "weibo") {
        CHECK(weibo_count(o["text"]) <= 140);
        CHECK(o["metrics"]["weibo_length"] == weibo_count(o["text"]));
      } else if (channel == "wechat_oa") {
        CHECK(code_points(o["title"]) <= 64);
        CHECK(code_points(o["digest"]) <= 120);
        CHECK(o["html"].get<std::string>().find("<section") == 0);
      }
    }
  }
}

TEST_CASE("Slack payloads are valid Block Kit within Slack's limits", "[chat]") {
  for (const auto& sheet : renderable_sheets()) {
    const json contacts = json::parse(sheet).value("contacts", json::array());
    // The result is named: a range-for over a temporary's member would read freed memory.
    const json result = render(sheet, {"slack"});
    for (const auto& o : result["outputs"]) {
      const json p = payload_of(o);
      INFO(o["lang"].get<std::string>());
      CHECK_FALSE(p["text"].get<std::string>().empty());  // the notification fallback
      const auto& blocks = p["blocks"];
      REQUIRE(blocks.is_array());
      CHECK(blocks.size() <= 50);
      CHECK(blocks[0]["type"] == "header");
      std::string sections;  // every section's text, to find the contacts in
      for (const auto& b : blocks) {
        const std::string type = b["type"];
        CHECK((type == "header" || type == "section" || type == "divider"));
        if (type == "header") {
          CHECK(b["text"]["type"] == "plain_text");
          CHECK(code_points(b["text"]["text"]) <= 150);
        } else if (type == "section" && b.contains("text")) {
          CHECK(b["text"]["type"] == "mrkdwn");
          CHECK(code_points(b["text"]["text"]) <= 3000);
          sections += b["text"]["text"].get<std::string>();
        } else if (type == "section") {
          CHECK(b["fields"].size() <= 10);
          for (const auto& f : b["fields"]) CHECK(code_points(f["text"]) <= 2000);
        }
      }
      // The contacts, in the post's last section (as mrkdwn escapes them).
      for (const auto& c : contacts) {
        std::string escaped;
        for (const char ch : c["value"].get<std::string>())
          escaped += ch == '&'   ? "&amp;"
                     : ch == '<' ? "&lt;"
                     : ch == '>' ? "&gt;"
                                 : std::string(1, ch);
        INFO(escaped << " in " << sections);
        CHECK(sections.find(escaped) != std::string::npos);
      }
    }
  }
}

// A status page incident or a chat message is a post, not a letter: the channel already says
// who posted it and when.
TEST_CASE("posts carry no greeting and no signature; the e-mail does", "[chat]") {
  const std::string sheet = R"({
    "schema": "noticekit/1", "kind": "planned", "organization": {"name": "Acme Cloud"},
    "issued": "2026-12-01T10:00", "time_zone": "Asia/Shanghai", "languages": ["en", "zh-CN"],
    "audience": {"kind": "customers", "roles": [{"en": "customers", "zh-CN": "客户"}]},
    "windows": [{"systems": ["Dashboard"], "start": "2026-12-05T22:00", "end": "2026-12-06T06:00"}],
    "reason": {"text": {"en": "an upgrade", "zh-CN": "系统升级"}},
    "contacts": [{"kind": "phone", "value": "12366"}]})";
  const json result =
      render(sheet, {"email", "slack", "teams", "wecom", "dingtalk", "feishu", "status_page"});
  for (const auto& o : result["outputs"]) {
    const std::string channel = o["channel"], lang = o["lang"], text = o["text"];
    INFO(channel << " " << lang << "\n" << text);
    const bool letter = channel == "email";
    const std::string greeting = lang == "en" ? "Dear customers," : "尊敬的客户：";
    const std::string date = lang == "en" ? "1 December 2026" : "2026年12月1日";
    CHECK((text.find(greeting) != std::string::npos) == letter);
    CHECK((text.find(date) != std::string::npos) == letter);
    CHECK(text.find("12366") != std::string::npos);
  }
}

TEST_CASE("Teams payloads are an Adaptive Card in the webhook message envelope", "[chat]") {
  const json result = render(
      read_file(fs::path(NOTICEKIT_GOLDEN_DIR) / "multiple-windows" / "sheet.json"), {"teams"});
  for (const auto& o : result["outputs"]) {
    const json p = payload_of(o);
    CHECK(p["type"] == "message");
    REQUIRE(p["attachments"].size() == 1);
    const auto& attachment = p["attachments"][0];
    CHECK(attachment["contentType"] == "application/vnd.microsoft.card.adaptive");
    CHECK(attachment.contains("contentUrl"));
    const auto& card = attachment["content"];
    CHECK(card["type"] == "AdaptiveCard");
    CHECK(card["$schema"] == "http://adaptivecards.io/schemas/adaptive-card.json");
    CHECK((card["version"] == "1.4" || card["version"] == "1.5"));
    int fact_sets = 0;
    for (const auto& e : card["body"]) {
      CHECK((e["type"] == "TextBlock" || e["type"] == "FactSet"));
      if (e["type"] == "FactSet") {
        ++fact_sets;
        for (const auto& f : e["facts"]) CHECK((f.contains("title") && f.contains("value")));
      }
    }
    CHECK(fact_sets == 1);
  }
}

TEST_CASE("Chinese group bots get the payloads their webhooks document", "[chat]") {
  const json result =
      render(read_file(fs::path(NOTICEKIT_GOLDEN_DIR) / "tax-bureau-planned" / "sheet.json"),
             {"wecom", "dingtalk", "feishu"});
  for (const auto& o : result["outputs"]) {
    const json p = payload_of(o);
    const std::string channel = o["channel"];
    INFO(channel);
    if (channel == "wecom") {
      CHECK(p["msgtype"] == "markdown");
      CHECK(p["markdown"]["content"].is_string());
    } else if (channel == "dingtalk") {
      CHECK(p["msgtype"] == "markdown");
      CHECK(p["markdown"]["title"].is_string());
      CHECK(p["markdown"]["text"].is_string());
    } else {
      CHECK(p["msg_type"] == "post");
      const std::string language = o["lang"] == "en" ? "en_us" : "zh_cn";
      const auto& post = p["content"]["post"][language];
      CHECK(post["title"].is_string());
      for (const auto& paragraph : post["content"])
        for (const auto& element : paragraph) CHECK(element["tag"] == "text");
    }
  }
}

TEST_CASE("text from the sheet never becomes markup, a link or a mention", "[chat]") {
  const json result = render(hostile_sheet());
  REQUIRE_FALSE(result["outputs"].empty());
  for (const auto& o : result["outputs"]) {
    const std::string channel = o["channel"];
    INFO(channel << " " << o["lang"].get<std::string>());
    if (channel == "slack") {
      const json p = payload_of(o);
      const std::string all = p.dump();
      CHECK(all.find("<script>") == std::string::npos);
      CHECK(all.find("<!channel>") == std::string::npos);
      CHECK(all.find("<@U123>") == std::string::npos);
      CHECK(all.find("&lt;script&gt;") != std::string::npos);
      CHECK(all.find("R&amp;D") != std::string::npos);
    } else if (channel == "wecom" || channel == "dingtalk") {
      const json p = payload_of(o);
      const std::string md = channel == "wecom" ? p["markdown"]["content"] : p["markdown"]["text"];
      CHECK(md.find("\\<script\\>") != std::string::npos);
      CHECK(md.find("\\[link\\](http://evil.example)") != std::string::npos);
      // Every markup character from the sheet is backslash-escaped.
      for (std::size_t i = md.find('<'); i != std::string::npos; i = md.find('<', i + 1))
        CHECK(md[i - 1] == '\\');
      for (std::size_t i = md.find('['); i != std::string::npos; i = md.find('[', i + 1))
        CHECK(md[i - 1] == '\\');
    } else if (channel == "teams") {
      CHECK(o["payload"].get<std::string>().find("\\\\<script\\\\>") != std::string::npos);
    } else if (channel == "feishu") {
      // Post text elements are shown literally: the sheet's text arrives unchanged.
      CHECK(o["payload"].get<std::string>().find("<script>alert(1)</script>") != std::string::npos);
    } else if (channel == "wechat_oa") {
      const std::string html = o["html"];
      CHECK(html.find("<script") == std::string::npos);
      CHECK(html.find("&lt;script&gt;") != std::string::npos);
    }
    CHECK(o["metrics"]["ok"] == true);
  }
}

TEST_CASE("X weighs characters by twitter-text v3 ranges and URLs as 23", "[chat]") {
  using noticekit::channels::x_weighted_length;
  struct Case {
    std::string text;
    std::size_t weight;
  };
  const std::vector<Case> cases = {
      {"Hello", 5},
      {"你好", 4},                       // CJK weighs 2
      {"\xF0\x9F\x98\x80", 2},           // 😀, outside every range
      {"\xE2\x80\x9Cq\xE2\x80\x9D", 3},  // “q”: U+201C/D weigh 1
      {"caf\xC3\xA9", 4},                // é ≤ U+10FF
      {"\xE2\x82\xAC", 2},               // € U+20AC weighs 2
      {"see https://example.com/a/very/long/path/indeed?x=1.", 4 + 23 + 1},
      {"status.example.com", 23},  // a bare host is a link too
      {"help@example.com", 16},    // an address is not
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(x_weighted_length(c.text) == c.weight);
  }
}

TEST_CASE("shortening drops whole sentences and never cuts inside a word or character", "[chat]") {
  using namespace noticekit::channels;
  CHECK(cut_to_fit("hello wonderful world", 12, measure_code_points, "…").text == "hello…");
  CHECK(cut_to_fit("短文本", 10, measure_code_points, "…").text == "短文本");
  CHECK(cut_to_fit("停机维护通知", 4, measure_code_points, "…").text == "停机维…");
  CHECK(cut_to_fit("停机维护通知", 4, measure_bytes, "").text ==
        "停");  // 3 bytes each, never split

  const std::vector<std::string> sentences = {"One two.", "Three four.", "Five six."};
  const Fitted all = fit_sentences(sentences, "Call 1.", " ", 100, measure_code_points, "…");
  CHECK(all.text == "One two. Three four. Five six. Call 1.");
  CHECK_FALSE(all.truncated);
  const Fitted some = fit_sentences(sentences, "Call 1.", " ", 25, measure_code_points, "…");
  CHECK(some.text == "One two. Call 1.");
  CHECK(some.truncated);
  const Fitted none = fit_sentences(sentences, "Call 1.", " ", 6, measure_code_points, "…");
  CHECK(none.text == "One…");  // too short for the contact too
  const Fitted cut = fit_sentences({"A rather long first sentence here."}, "Call 1.", " ", 24,
                                   measure_code_points, "…");
  CHECK(cut.text == "A rather long… Call 1.");
  CHECK(none.truncated);
}

TEST_CASE("a post that does not fit is shortened on purpose and says so", "[chat]") {
  json sheet =
      json::parse(read_file(fs::path(NOTICEKIT_GOLDEN_DIR) / "tax-bureau-planned" / "sheet.json"));
  // Short formats carry the first alternative, so make that one alone too long for a post.
  std::string long_zh;
  for (int i = 0; i < 4; ++i)
    long_zh += "如有紧急业务,请于工作时间前往就近办税服务厅或通过自助办税终端办理";
  json alternatives = json::array();
  for (int i = 0; i < 12; ++i)
    alternatives.push_back(
        {{"zh-CN", long_zh + "第" + std::to_string(i) + "项业务"},
         {"en",
          "For urgent matters, please visit a tax service hall or a self-service terminal, item " +
              std::to_string(i)}});
  sheet["alternatives"] = alternatives;
  const json result = render(sheet.dump(), {"x", "weibo"});
  for (const auto& o : result["outputs"]) {
    INFO(o["channel"].get<std::string>()
         << " " << o["lang"].get<std::string>() << " " << o["text"].get<std::string>());
    CHECK(o["metrics"]["truncated"] == true);
    CHECK(o["metrics"]["ok"] == true);
    const std::string text = o["text"];
    CHECK(text.find("12366") != std::string::npos);         // the contact is kept
    CHECK(text.find("\xE2\x80\xA6") == std::string::npos);  // whole sentences, no ellipsis
  }
}
