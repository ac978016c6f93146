#include "channels/letter.h"

#include "channels/editions.h"
#include "text/escape.h"

namespace noticekit::channels {

std::string html_element(std::string_view tag, std::string_view style,
                         std::string_view escaped_content) {
  std::string out = "<";
  out.append(tag).append(" style=\"").append(style).append("\">");
  out.append(escaped_content).append("</").append(tag).append(">\n");
  return out;
}

namespace {

using compose::Document;
using compose::Section;
using text::escape_html;

constexpr std::string_view paragraph_style = "margin:0 0 12px 0;";
constexpr std::string_view heading_style = "font-size:16px;margin:20px 0 8px 0;color:#1a1a1a;";
constexpr std::string_view cell_style =
    "border:1px solid #d0d0d0;padding:6px 8px;text-align:left;vertical-align:top;";

std::string schedule_table(const Section& s) {
  std::string rows = "<tr>" + html_element("th", cell_style, escape_html(s.systems_column)) +
                     html_element("th", cell_style, escape_html(s.when_column)) + "</tr>\n";
  for (const auto& r : s.table) {
    rows += "<tr>" + html_element("td", cell_style, escape_html(r.systems)) +
            html_element("td", cell_style, escape_html(r.when)) + "</tr>\n";
  }
  return "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" "
         "style=\"border-collapse:collapse;margin:0 0 12px 0;width:100%;\">\n" +
         rows + "</table>\n";
}

std::string section_html(const Section& s, bool as_list) {
  std::string out = html_element("h2", heading_style, escape_html(s.heading));
  if (!s.intro.empty()) out += html_element("p", paragraph_style, escape_html(s.intro));
  if (!s.table.empty()) return out + schedule_table(s);
  if (as_list) {
    std::string items;
    for (const auto& line : s.lines)
      items += html_element("li", "margin:0 0 4px 0;", escape_html(line));
    return out + html_element("ul", "margin:0 0 12px 0;padding-left:20px;", "\n" + items);
  }
  for (const auto& line : s.lines) out += html_element("p", paragraph_style, escape_html(line));
  return out;
}

// One edition's letter, its notes (edition_notes) under its title.
std::string edition_text(const Document& d, const locale::Locale& loc, WithTitle with_title) {
  const std::string bullet = loc.bullet();
  // Each piece is appended where it goes, never joined to its line end first: a letter is
  // the longest text of a render.
  std::string out;
  const auto line = [&out](std::string_view text) {
    out += text;
    out += '\n';
  };
  if (with_title == WithTitle::yes) line(d.title);
  // Under the title, as formal Chinese notices print their reference number (文号).
  if (!d.reference.empty()) line(d.reference);
  for (const auto& note : edition_notes(d)) line(note);
  if (!out.empty()) out += '\n';
  // A blank line after the greeting, the opening paragraph and each closing line.
  const auto paragraph = [&](std::string_view text) {
    line(text);
    out += '\n';
  };
  if (!d.greeting.empty()) paragraph(d.greeting);
  paragraph(compose::opening_paragraph(d));
  for (const Section& s : d.sections) {
    line(s.heading);
    if (!s.intro.empty()) line(s.intro);
    for (const auto& item : s.lines) {
      out += bullet;
      line(item);
    }
    out += '\n';
  }
  for (const auto& c : compose::closing_lines(d)) paragraph(c);
  if (!d.issuer.empty()) line(d.issuer);
  if (!d.date.empty()) line(d.date);
  // A post (channels/post.h) ends with its closing: no blank line after it.
  if (d.issuer.empty() && d.date.empty() && out.ends_with("\n\n")) out.pop_back();
  return out;
}

std::string edition_html(const Document& d, const locale::Locale& loc) {
  const bool as_list = loc.settings().bulleted_items;
  std::string body =
      html_element("h1", "font-size:20px;margin:0 0 16px 0;color:#1a1a1a;", escape_html(d.title));
  if (!d.reference.empty())
    body += html_element("p", "margin:-8px 0 16px 0;text-align:center;color:#555555;",
                         escape_html(d.reference));
  // Each note in the language it is written in (edition_notes).
  for (const auto& t : d.translations)
    body += "<p lang=\"" + escape_html(t.language) + "\" style=\"" + std::string(paragraph_style) +
            "\">" + escape_html(t.edition_note) + "</p>\n";
  if (!d.greeting.empty()) body += html_element("p", paragraph_style, escape_html(d.greeting));
  body += html_element("p", paragraph_style, escape_html(compose::opening_paragraph(d)));
  for (const auto& s : d.sections) body += section_html(s, as_list);
  for (const auto& c : compose::closing_lines(d))
    body += html_element("p", paragraph_style, escape_html(c));
  std::string signature = escape_html(d.issuer);
  if (!d.date.empty()) signature += "<br>" + escape_html(d.date);
  body += html_element("p", signature_style(loc), signature);
  return body;
}

}  // namespace

std::string letter_text(const Document& d, const locale::Locale& loc, WithTitle with_title) {
  std::string out;
  for (const auto& e : editions(d, loc)) {
    if (!e.primary) out.append("\n").append(edition_rule).append("\n\n");
    out += edition_text(e.document, e.locale, e.primary ? with_title : WithTitle::yes);
  }
  return out;
}

std::string letter_html_blocks(const Document& d, const locale::Locale& loc) {
  if (d.translations.empty()) return edition_html(d, loc);
  // Each edition in an element of its own language, so that screen readers switch voice and
  // browsers pick the script's fonts; a rule between them.
  std::string body;
  for (const auto& e : editions(d, loc)) {
    if (!e.primary) body += edition_rule_html;
    body += "<div lang=\"" + escape_html(e.document.language) + "\">\n" +
            edition_html(e.document, e.locale) + "</div>\n";
  }
  return body;
}

std::string signature_style(const locale::Locale& loc) {
  using Side = locale::Locale::Settings::Side;
  switch (loc.settings().signature_side) {
    case Side::left: break;
    case Side::right: return "margin:24px 0 0 0;text-align:right;";
    case Side::center: return "margin:24px 0 0 0;text-align:center;";
  }
  return "margin:24px 0 0 0;text-align:left;";
}

std::string html_start(const Document& d) {
  return "<!DOCTYPE html>\n<html lang=\"" + escape_html(d.language) +
         "\">\n<head>\n"
         "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n"
         "<title>" +
         escape_html(d.subject) +
         "</title>\n</head>\n"
         "<body style=\"margin:0;padding:0;background-color:#f4f4f4;\">\n";
}

}  // namespace noticekit::channels
