// WeChat Official Account (微信公众号) article: title, digest (摘要) and the body as HTML for
// the editor or the draft API (draft/add), plus the article as plain text.
#include "channels/channel.h"
#include "channels/chat_notice.h"
#include "channels/editions.h"
#include "channels/letter.h"
#include "channels/shorten.h"
#include "text/escape.h"
#include "text/utf8.h"

namespace noticekit::channels {
namespace {

using text::escape_html;

// Two of WeChat's statements disagree:
// - The draft API page (新增草稿, draft_add,
//   https://developers.weixin.qq.com/doc/service/api/draftbox/draftmanage/api_draft_add):
//   title "总长度不超过32个字", digest "总长度不超过128个字".
// - The official-account editor (mp.weixin.qq.com, 图文消息编辑规则): title "不能为空且长度不超过
//   64字", digest "不能超过120个汉字或字符" (quoted at http://m.nrzw.com.cn/news_8263.html; a
//   developer reports the editor stopping digests at 120 in
//   https://developers.weixin.qq.com/community/develop/doc/000804df7c4498640aab4f2d356c00), and
//   WeChat's staff answer that the API follows the editor's limits ("和公众号后台限制一致",
//   https://developers.weixin.qq.com/community/develop/doc/000a6406c10910304f000c32561c00).
// Title: 64, the editor's, not the API page's 32: the staff answer says the editor's limit
// applies to the API too, a person pastes these fields into the editor, and 32 would cut most
// Chinese notice titles (关于…停机维护的公告) in half. Digest: 120, the editor's, which is also
// within the API page's 128, so a digest that fits here is accepted by both.
constexpr std::size_t title_limit = 64;
constexpr std::size_t digest_limit = 120;
// The draft API page: content "必须少于2万字符,小于1M" — counted over the whole HTML string.
constexpr std::size_t content_limit = 20000;

// WeChat strips <style> and scripts from articles: every style is inline.
constexpr std::string_view section_style =
    "font-size:15px;line-height:1.75;color:#3f3f3f;padding:0 8px;";
constexpr std::string_view paragraph_style = "margin:0 0 15px 0;";
constexpr std::string_view heading_style =
    "font-size:17px;font-weight:bold;color:#1a1a1a;margin:24px 0 10px 0;";
constexpr std::string_view title_style =
    "font-size:20px;font-weight:bold;color:#1a1a1a;margin:0 0 16px 0;";
constexpr std::string_view list_style = "margin:0 0 15px 0;padding-left:20px;";

std::string tag(std::string_view name, std::string_view style, const std::string& escaped) {
  return "<" + std::string(name) + " style=\"" + std::string(style) + "\">" + escaped + "</" +
         std::string(name) + ">\n";
}

// One edition of the article; the primary edition's title is the article's title field, a
// translation's heads its own part.
std::string edition_html(const std::vector<ChatBlock>& blocks, const locale::Locale& loc,
                         bool primary) {
  std::string body, items;
  auto close_list = [&] {
    if (!items.empty()) body += tag("ul", list_style, "\n" + items);
    items.clear();
  };
  std::string signature;
  for (const auto& b : blocks) {
    if (b.kind != ChatBlock::Kind::item) close_list();
    switch (b.kind) {
      case ChatBlock::Kind::title:
        if (!primary) body += tag("h1", title_style, escape_html(b.text));
        break;
      case ChatBlock::Kind::heading: body += tag("h2", heading_style, escape_html(b.text)); break;
      case ChatBlock::Kind::item:
        items += tag("li", "margin:0 0 6px 0;", escape_html(b.text));
        break;
      case ChatBlock::Kind::intro:
      case ChatBlock::Kind::paragraph:
        body += tag("p", paragraph_style, escape_html(b.text));
        break;
      case ChatBlock::Kind::signature:
        signature += (signature.empty() ? "" : "<br>") + escape_html(b.text);
        break;
      case ChatBlock::Kind::rule:  // edition_blocks has none
        break;
    }
  }
  close_list();
  return body + tag("p", signature_style(loc), signature);
}

std::string article_html(const compose::Document& d, const locale::Locale& loc) {
  std::string body;
  for (const auto& e : editions(d, loc)) {
    if (!e.primary) body += edition_rule_html;
    body += edition_html(edition_blocks(e.document), e.locale, e.primary);
  }
  return "<section style=\"" + std::string(section_style) + "\">\n" + body + "</section>\n";
}

}  // namespace

Output render_wechat_oa(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  const Fitted title = fit_title(d, title_limit, measure_code_points);
  // The digest keeps every window whole, or gives the title's summary of them ("3 dates
  // from …"): never a window cut in half.
  const std::optional<Fitted> keeping_windows =
      fit_keeping_windows(d, loc, digest_limit, measure_code_points);
  const Fitted digest =
      keeping_windows ? *keeping_windows : fit_title(d, digest_limit, measure_code_points);
  const std::string html = article_html(d, loc);
  const auto title_characters = text::count_code_points(title.text);
  const auto digest_characters = text::count_code_points(digest.text);
  const auto html_characters = text::count_code_points(html);
  Output out;
  out.channel = ChannelId::wechat_oa;
  out.text = plain_text(chat_blocks(d), loc);
  out.files = {{"title", title.text}, {"digest", digest.text}, {"html", html}};
  out.metrics = {{"title_characters", title_characters},
                 {"limit", title_limit},
                 {"digest_characters", digest_characters},
                 {"digest_limit", digest_limit},
                 {"html_characters", html_characters},
                 {"html_limit", content_limit},
                 {"ok", title_characters <= title_limit && digest_characters <= digest_limit &&
                            html_characters < content_limit},
                 {"truncated", title.truncated || digest.truncated},
                 {"digest_is_title", !keeping_windows.has_value()}};
  return out;
}

}  // namespace noticekit::channels
