// Email: subject, plain text and an HTML body. The HTML uses tables and inline styles only,
// because Outlook's Word engine and Gmail drop <style> blocks and most CSS layout.
#include <string>

#include "channels/channel.h"
#include "channels/editions.h"
#include "channels/letter.h"
#include "channels/mime.h"
#include "compose/compose.h"
#include "text/utf8.h"

namespace noticekit::channels {
namespace {

// The letter inside the table layout mail clients render alike (Outlook's Word engine ignores
// max-width on divs; a centred 600px table is the common denominator).
std::string html_body(const compose::Document& d, const locale::Locale& loc) {
  return html_start(d) +
         "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
         "style=\"background-color:#f4f4f4;\"><tr><td align=\"center\" style=\"padding:24px "
         "12px;\">\n"
         "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
         "style=\"width:100%;max-width:600px;background-color:#ffffff;border:1px solid #dddddd;\">"
         "<tr><td style=\"padding:24px;" +
         std::string(kFontFamily) + "font-size:15px;line-height:1.6;color:#222222;\">\n" +
         letter_html_blocks(d, loc) + "</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n";
}

}  // namespace

Output render_email(const compose::Document& d, const locale::Locale& loc, const Fields& wanted) {
  Output out;
  out.channel = ChannelId::email;
  out.subject = d.subject;
  out.text = letter_text(d, loc);
  const bool eml = wants(wanted, "eml");  // the message carries the HTML as its second part
  if (eml || wants(wanted, "html")) out.html = html_body(d, loc);
  if (eml)
    out.files.emplace_back("eml", eml_message({d.subject, out.text, *out.html, content_languages(d),
                                               d.sent, d.time_zone}));
  const auto subject_characters = text::count_code_points(d.subject);
  if (!wants(wanted, "metrics")) {
    out.metrics = limit_metrics("subject_characters", subject_characters, compose::subject_limit);
    return out;
  }
  out.metrics = {{"characters", text::count_code_points(out.text)},
                 {"bytes", out.text.size()},
                 {"subject_characters", subject_characters},
                 {"limit", compose::subject_limit},
                 {"ok", subject_characters <= compose::subject_limit}};
  return out;
}

}  // namespace noticekit::channels
