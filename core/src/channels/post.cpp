#include "channels/post.h"

namespace noticekit::channels {

compose::Document as_post(compose::Document d) {
  d.greeting.clear();
  d.sign_off.clear();
  d.issuer.clear();
  d.date.clear();
  for (auto& t : d.translations) t = as_post(std::move(t));
  return d;
}

}  // namespace noticekit::channels
