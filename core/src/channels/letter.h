// The letter: the full notice as the email shows it — title, greeting, lead, sections (with the
// schedule table), closing, issuer and date — in plain text and as HTML blocks. Every channel
// that shows the whole notice (email, .eml, the web page, the calendar description, the status
// page) takes it from here, so they all say the same thing in the same order.
#pragma once

#include <string>
#include <string_view>

#include "compose/document.h"
#include "locale/locale.h"

namespace noticekit::channels {

enum class WithTitle { yes, no };

// The letter as plain text, LF line ends. WithTitle::no leaves the title line out, for
// channels that carry the title in a field of its own (a status page's name).
std::string letter_text(const compose::Document& d, const locale::Locale& loc,
                        WithTitle with_title = WithTitle::yes);

// The letter's body as HTML elements with inline styles only (mail clients drop <style>), every
// piece of text escaped; the caller wraps it in its own page.
std::string letter_html_blocks(const compose::Document& d, const locale::Locale& loc);

// <tag style="style">escaped_content</tag> and a newline; the content must be escaped already.
std::string html_element(std::string_view tag, std::string_view style,
                         std::string_view escaped_content);

// How every standalone HTML document of ours starts: doctype, language, charset, viewport and
// the escaped title, then the grey <body> the letter sits on.
std::string html_start(const compose::Document& d);

// The style of the paragraph that signs a letter or an article: issuer and date on the side
// the language signs on (Settings::signature_side).
std::string signature_style(const locale::Locale& loc);

// The fonts our HTML sets for every language: Chinese readers' YaHei and PingFang after Arial.
inline constexpr std::string_view kFontFamily =
    "font-family:Arial,'Microsoft YaHei','PingFang SC',sans-serif;";

}  // namespace noticekit::channels
