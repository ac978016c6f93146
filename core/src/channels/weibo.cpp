// Weibo (微博): one post from the brief, shortened by whole sentences to 140 characters as
// Weibo counts them.
#include "channels/channel.h"
#include "channels/shorten.h"
#include "text/utf8.h"

namespace noticekit::channels {
namespace {

// 140 is what a post shows in the timeline before "展开全文" (longer posts are folded).
constexpr std::size_t post_limit = 140;

// Weibo's counter shows "140字" but counts two half-width (ASCII) characters as one and every
// other character, Chinese or symbol such as "←", as one, rounding up
// (http://blog.sina.com.cn/s/blog_77e8d1350101dd97.html, measured in Weibo's own input box).
// Weibo publishes no specification; URLs, which Weibo shortens to t.cn links, are counted as
// written (the t.cn form is shorter for any URL over 20 characters, so this errs long).
std::size_t weibo_length(std::string_view text) {
  std::size_t halves = 0;
  for (const char32_t cp : text::code_points(text)) halves += cp < 0x80 ? 1 : 2;
  return (halves + 1) / 2;
}

}  // namespace

Output render_weibo(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  return short_post_output(ChannelId::weibo, d, loc, post_limit, weibo_length, "weibo_length");
}

}  // namespace noticekit::channels
