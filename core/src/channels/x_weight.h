// How X (Twitter) measures a post: the weighted length of twitter-text's configuration v3.
#pragma once

#include <cstddef>
#include <string_view>

namespace noticekit::channels {

// twitter-text config/v3.json (https://github.com/twitter/twitter-text/blob/master/config/v3.json,
// format in twitter-text/config/README.md): maxWeightedTweetLength 280, scale 100, defaultWeight
// 200, transformedURLLength 23.
inline constexpr std::size_t x_post_limit = 280;
inline constexpr std::size_t x_url_weight = 23;

// The weighted length: code points in the v3 ranges weigh 1, all others (CJK, emoji) 2, and
// every URL 23. Two simplifications, both erring long so a post we call fitting does fit:
// an emoji sequence (emojiParsingEnabled) is counted per code point instead of as one emoji,
// and the text is not NFC-normalised first.
std::size_t x_weighted_length(std::string_view text);

}  // namespace noticekit::channels
