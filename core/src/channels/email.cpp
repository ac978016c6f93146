// Email: subject, plain text and an HTML body. The HTML uses tables and inline styles only,
// because Outlook's Word engine and Gmail drop <style> blocks and most CSS layout.
#include <string>

#include "channels/channel.h"
#include "compose/compose.h"
#include "text/escape.h"
#include "text/utf8.h"

namespace noticekit::channels {
namespace {

using compose::Document;
using compose::Section;
using text::escape_html;

std::string plain_text(const Document& d, const locale::Locale& loc) {
  const std::string bullet = loc.phrase("text.bullet");
  std::string out = d.title + "\n\n";
  if (!d.greeting.empty()) out += d.greeting + "\n\n";
  out += d.lead + "\n\n";
  for (const Section& s : d.sections) {
    out += s.heading + "\n";
    if (!s.intro.empty()) out += s.intro + "\n";
    for (const auto& line : s.lines) out += bullet + line + "\n";
    out += "\n";
  }
  for (const auto& c : d.closing) out += c + "\n\n";
  out += d.issuer + "\n";
  if (!d.date.empty()) out += d.date + "\n";
  return out;
}

constexpr std::string_view paragraph_style = "margin:0 0 12px 0;";
constexpr std::string_view heading_style = "font-size:16px;margin:20px 0 8px 0;color:#1a1a1a;";
constexpr std::string_view cell_style = "border:1px solid #d0d0d0;padding:6px 8px;text-align:left;vertical-align:top;";

std::string element(std::string_view tag, std::string_view style, std::string_view escaped_content) {
  std::string out = "<";
  out.append(tag).append(" style=\"").append(style).append("\">");
  out.append(escaped_content).append("</").append(tag).append(">\n");
  return out;
}

std::string schedule_table(const Section& s) {
  std::string rows = "<tr>" + element("th", cell_style, escape_html(s.systems_column)) +
                     element("th", cell_style, escape_html(s.when_column)) + "</tr>\n";
  for (const auto& r : s.table) {
    rows += "<tr>" + element("td", cell_style, escape_html(r.systems)) +
            element("td", cell_style, escape_html(r.when)) + "</tr>\n";
  }
  return "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" "
         "style=\"border-collapse:collapse;margin:0 0 12px 0;width:100%;\">\n" + rows + "</table>\n";
}

std::string section_html(const Section& s, bool as_list) {
  std::string out = element("h2", heading_style, escape_html(s.heading));
  if (!s.intro.empty()) out += element("p", paragraph_style, escape_html(s.intro));
  if (!s.table.empty()) return out + schedule_table(s);
  if (as_list) {
    std::string items;
    for (const auto& line : s.lines) items += element("li", "margin:0 0 4px 0;", escape_html(line));
    return out + element("ul", "margin:0 0 12px 0;padding-left:20px;", "\n" + items);
  }
  for (const auto& line : s.lines) out += element("p", paragraph_style, escape_html(line));
  return out;
}

std::string html_body(const Document& d, const locale::Locale& loc) {
  const bool as_list = !loc.phrase("text.bullet").empty();
  std::string body = element("h1", "font-size:20px;margin:0 0 16px 0;color:#1a1a1a;", escape_html(d.title));
  if (!d.greeting.empty()) body += element("p", paragraph_style, escape_html(d.greeting));
  body += element("p", paragraph_style, escape_html(d.lead));
  for (const auto& s : d.sections) body += section_html(s, as_list);
  for (const auto& c : d.closing) body += element("p", paragraph_style, escape_html(c));
  std::string signature = escape_html(d.issuer);
  if (!d.date.empty()) signature += "<br>" + escape_html(d.date);
  body += element("p", "margin:24px 0 0 0;text-align:" + loc.phrase("signature.align") + ";", signature);

  return "<!DOCTYPE html>\n<html lang=\"" + escape_html(d.language) + "\">\n<head>\n"
         "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>" + escape_html(d.title) + "</title>\n</head>\n"
         "<body style=\"margin:0;padding:0;background-color:#f4f4f4;\">\n"
         "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
         "style=\"background-color:#f4f4f4;\"><tr><td align=\"center\" style=\"padding:24px 12px;\">\n"
         "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
         "style=\"width:100%;max-width:600px;background-color:#ffffff;border:1px solid #dddddd;\">"
         "<tr><td style=\"padding:24px;font-family:Arial,'Microsoft YaHei','PingFang SC',sans-serif;"
         "font-size:15px;line-height:1.6;color:#222222;\">\n" +
         body + "</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n";
}

}  // namespace

Output render_email(const Document& d, const locale::Locale& loc) {
  Output out;
  out.channel = "email";
  out.subject = d.title;
  out.text = plain_text(d, loc);
  out.html = html_body(d, loc);
  const auto subject_characters = text::count_code_points(d.title);
  out.metrics = {{"characters", text::count_code_points(out.text)},
                 {"bytes", out.text.size()},
                 {"subject_characters", subject_characters},
                 {"limit", compose::subject_limit},
                 {"ok", subject_characters <= compose::subject_limit}};
  return out;
}

}  // namespace noticekit::channels
