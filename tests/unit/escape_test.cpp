#include "text/escape.h"

#include <catch2/catch.hpp>

using noticekit::text::escape_html;

TEST_CASE("escape_html: the five special characters", "[escape]") {
  CHECK(escape_html(R"(<script>alert("x")</script> & 'y')") ==
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  CHECK(escape_html("&amp;") == "&amp;amp;");  // escaping is not idempotent, by design
}

TEST_CASE("escape_html: everything else passes through", "[escape]") {
  CHECK(escape_html("") == "");
  CHECK(escape_html("plain text 123 /=;:") == "plain text 123 /=;:");
  CHECK(escape_html("【某某税务】关于系统升级的公告") == "【某某税务】关于系统升级的公告");
  CHECK(escape_html("税务 <b>€ 😀</b>") == "税务 &lt;b&gt;€ 😀&lt;/b&gt;");
}
