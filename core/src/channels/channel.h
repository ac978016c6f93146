// The channels this build renders, in output order. Adding a channel is adding a file with
// a render function and a line in channel.cpp.
#pragma once

#include <string_view>
#include <vector>

#include "channels/output.h"
#include "compose/document.h"
#include "locale/locale.h"

namespace noticekit::channels {

using RenderFunction = Output (*)(const compose::Document&, const locale::Locale&);

struct Channel {
  std::string_view name;
  RenderFunction render;
};

const std::vector<Channel>& all_channels();
const Channel* find_channel(std::string_view name);

Output render_email(const compose::Document&, const locale::Locale&);
Output render_sms(const compose::Document&, const locale::Locale&);

}  // namespace noticekit::channels
