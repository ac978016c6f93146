// Escaping user text for each markup it is placed into. Every renderer uses these; none
// escapes on its own.
#pragma once

#include <string>
#include <string_view>

namespace noticekit::text {

// & < > " ' → entities, so text is safe both in element content and in quoted attributes.
std::string escape_html(std::string_view s);

}  // namespace noticekit::text
