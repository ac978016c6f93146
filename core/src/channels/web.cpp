// Website: a banner to put at the top of every page while the notice is current, and the full
// notice as a standalone page to link it to. Inline styles only and no script, so the fragment
// can be pasted into any CMS and survives a strict Content-Security-Policy.
#include <string>
#include <string_view>

#include "channels/channel.h"
#include "channels/letter.h"
#include "text/ascii.h"
#include "text/escape.h"
#include "text/utf8.h"

namespace noticekit::channels {
namespace {

// DESIGN.md (channel table): web output must be escaped and carry no script. The renderer
// counts what would break that promise instead of trusting itself.
constexpr std::size_t script_limit = 0;

std::string banner(const compose::Document& d) {
  // WAI-ARIA 1.2: role="status" is announced politely by screen readers; role="alert" at
  // once, which only an emergency justifies.
  const bool urgent = d.message_kind == model::MessageKind::emergency;
  const std::string_view colours = urgent ? "border:1px solid #d93025;background-color:#fdecea;"
                                          : "border:1px solid #e0b252;background-color:#fff8e5;";
  std::string out = "<div role=\"";
  out.append(urgent ? "alert" : "status")
      .append("\" lang=\"")
      .append(text::escape_html(d.language));
  out.append("\" style=\"").append(colours);
  out.append("color:#1a1a1a;padding:12px 16px;margin:0;")
      .append(kFontFamily)
      .append("font-size:15px;line-height:1.5;\">\n");
  const auto title_and_lead = [](const compose::Document& e) {
    return html_element("strong", "display:block;margin:0 0 4px 0;", text::escape_html(e.title)) +
           html_element("span", "display:block;", text::escape_html(e.lead));
  };
  out += title_and_lead(d);
  // Each translation's title and lead in its own language, a little apart from the primary's.
  for (const auto& t : d.translations)
    out += "<div lang=\"" + text::escape_html(t.language) + "\" style=\"margin:8px 0 0 0;\">\n" +
           title_and_lead(t) + "</div>\n";
  return out + "</div>\n";
}

std::string page(const compose::Document& d, const locale::Locale& loc) {
  return html_start(d) +
         "<main style=\"max-width:720px;margin:0 auto;padding:24px;background-color:#ffffff;" +
         std::string(kFontFamily) + "font-size:16px;line-height:1.6;color:#222222;\">\n" +
         letter_html_blocks(d, loc) + "</main>\n</body>\n</html>\n";
}

std::size_t count_script_tags(std::string_view html) {
  std::size_t n = 0;
  for (std::size_t i = 0; i + 7 <= html.size(); ++i) {
    if (html[i] != '<') continue;
    if (text::ascii_lowered(html.substr(i + 1, 6)) == "script") ++n;
  }
  return n;
}

}  // namespace

Output render_web(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  Output out;
  out.channel = ChannelId::web;
  out.text = d.title + "\n" + d.lead + "\n";
  for (const auto& t : d.translations) out.text += t.title + "\n" + t.lead + "\n";
  out.html = banner(d);
  out.files.emplace_back("page", page(d, loc));
  const std::size_t scripts =
      count_script_tags(*out.html) + count_script_tags(out.files.back().second);
  out.metrics = {{"characters", text::count_code_points(out.text)},
                 {"bytes", out.html->size()},
                 {"page_bytes", out.files.back().second.size()},
                 {"script_elements", scripts},
                 {"limit", script_limit},
                 {"limit_unit", "script_elements"},
                 {"ok", scripts <= script_limit}};
  return out;
}

}  // namespace noticekit::channels
