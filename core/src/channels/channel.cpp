#include "channels/channel.h"

namespace noticekit::channels {

const std::vector<Channel>& all_channels() {
  static const std::vector<Channel> channels = {
      {"email", &render_email},
      {"sms", &render_sms},
  };
  return channels;
}

const Channel* find_channel(std::string_view name) {
  for (const auto& c : all_channels())
    if (c.name == name) return &c;
  return nullptr;
}

}  // namespace noticekit::channels
