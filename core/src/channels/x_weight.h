// How X (Twitter) measures a post: the weighted length of twitter-text's configuration v3.
#pragma once

#include <cstddef>
#include <string_view>

namespace noticekit::channels {

// twitter-text config/v3.json (https://github.com/twitter/twitter-text/blob/master/config/v3.json,
// format in twitter-text/config/README.md): maxWeightedTweetLength 280, scale 100, defaultWeight
// 200, transformedURLLength 23, emojiParsingEnabled true.
inline constexpr std::size_t x_post_limit = 280;
inline constexpr std::size_t x_url_weight = 23;

// The weighted length as twitter-text's parseTweet computes it with v3: every URL 23; every
// emoji — a whole sequence (ZWJ family, skin tone, keycap, flag pair, tag flag, VS16) — 2
// (defaultWeight, as twemoji-parser finds it); other code points 1 inside the v3 ranges and 2
// outside them (CJK). A letter written decomposed (e + U+0301) counts as the precomposed one
// when NFC makes it one code point below U+1100 (parseTweet normalises to NFC first).
// Where this is approximate (emoji not in twemoji's list, rarer compositions) it counts
// longer, never shorter, so a post called fitting does fit.
std::size_t x_weighted_length(std::string_view text);

}  // namespace noticekit::channels
