// A notice in several languages (compose::Document::translations) as channels lay it out: one
// edition after another, the primary language's first, each in its own locale. Channels that
// show the whole notice print every edition; one-line fields use Document::subject.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compose/document.h"
#include "locale/locale.h"

namespace noticekit::channels {

struct Edition {
  const compose::Document& document;
  const locale::Locale& locale;
  bool primary;  // the first, which names the others under its title (edition_notes)
};

// The document itself, then each of its translations.
std::vector<Edition> editions(const compose::Document& d, const locale::Locale& loc);

// The locale an edition is written in (its `language`); `primary`'s should it have none.
const locale::Locale& edition_locale(const compose::Document& edition,
                                     const locale::Locale& primary);

// What an edition shows under its title: for the primary one, each translation's
// edition_note ("English version below."); nothing for a translation.
std::vector<std::string> edition_notes(const compose::Document& d);

// Between two editions in plain text, and in HTML (inline style: mail clients and WeChat
// drop <style>).
inline constexpr std::string_view edition_rule = "----------------------------------------";
inline constexpr std::string_view edition_rule_html =
    "<hr style=\"border:0;border-top:1px solid #d0d0d0;margin:28px 0;\">\n";

// The editions' languages for a Content-Language header (RFC 3282): "zh-CN, en".
std::string content_languages(const compose::Document& d);

}  // namespace noticekit::channels
