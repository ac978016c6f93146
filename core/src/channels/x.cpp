// X (Twitter): one post from the brief, shortened by whole sentences to X's weighted length.
#include "channels/channel.h"
#include "channels/shorten.h"
#include "channels/x_weight.h"

namespace noticekit::channels {

Output render_x(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  return short_post_output(ChannelId::x, d, loc, x_post_limit, x_weighted_length,
                           "weighted_length");
}

}  // namespace noticekit::channels
