#include "text/kept_text.h"

#include <array>
#include <atomic>
#include <functional>

namespace noticekit::text {
namespace {

// Counted up by forget_kept_texts; a thread whose table was filled under an older count
// empties it.
std::atomic<unsigned> forgotten{0};

}  // namespace

std::string& kept_text(std::string_view key, bool& is_new) {
  // A run's texts are a few hundred distinct ones in the usual batch.
  constexpr std::size_t kPlaces = 256;
  constexpr std::size_t kLongestKept = 1024;
  struct Kept {
    std::string key, text;
  };
  struct Table {
    unsigned forgotten = 0;
    std::array<Kept, kPlaces> places;
  };
  thread_local Table table;
  if (const unsigned now = forgotten.load(std::memory_order_acquire); now != table.forgotten) {
    for (auto& place : table.places) place.key.clear();
    table.forgotten = now;
  }
  Kept& kept = table.places[std::hash<std::string_view>{}(key) % kPlaces];
  is_new = kept.key != key;
  if (is_new) {
    kept.key.clear();
    kept.text.clear();
    if (key.size() <= kLongestKept) kept.key = key;
  }
  return kept.text;
}

void forget_kept_texts() { forgotten.fetch_add(1, std::memory_order_acq_rel); }

}  // namespace noticekit::text
