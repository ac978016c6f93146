// Work on a stream of items with several threads, and hand the results on in the order the
// items came: the calling thread reads items and delivers results, `jobs` threads work (one
// job: the calling thread does it all).
// At most `window` items are in flight, and results waiting for delivery weigh at most about
// `byte_budget` (plus what the workers are making), so memory grows neither with the input
// nor with how large its results are.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

namespace noticekit::cli::batch {

// next(Item&) -> bool        fills the next item; false at the end (called on this thread)
// work(const Item&) -> Result  must not throw (called on a worker thread)
// weigh(const Result&) -> std::size_t  the bytes a result holds
// deliver(Result&) -> bool   false stops reading further items (called on this thread, in order)
template <typename Item, typename Result, typename Next, typename Work, typename Weigh,
          typename Deliver>
void run_in_order(std::size_t jobs, std::size_t window, std::size_t byte_budget, Next next,
                  Work work, Weigh weigh, Deliver deliver) {
  // One job works on this thread: a worker beside it would only add a hand-off (a futex wake
  // and two context switches) per item, and nothing would run meanwhile.
  if (jobs <= 1) {
    Item item;
    while (next(item)) {
      Result result = work(item);
      if (!deliver(result)) return;
    }
    return;
  }
  struct Slot {
    Item item;
    Result result;
    std::size_t weight = 0;
    bool done = false;
  };
  std::vector<Slot> ring(window);
  std::mutex mutex;
  std::condition_variable work_waiting;  // an item to claim, or the input ended
  std::condition_variable result_done;   // a worker finished one
  // Counters of items ever filled, claimed and delivered; item n lives in ring[n % window].
  std::size_t filled = 0, claimed = 0, delivered = 0;
  std::size_t waiting_bytes = 0;  // results done and not yet delivered
  bool input_ended = false;

  // Over the budget only the oldest item may still be claimed: it is the one delivery waits
  // for, so the budget can slow the work down but never stop it.
  const auto may_claim = [&] {
    return claimed < filled && (waiting_bytes < byte_budget || claimed == delivered);
  };
  auto worker = [&] {
    std::unique_lock lock(mutex);
    while (true) {
      work_waiting.wait(lock, [&] { return may_claim() || (input_ended && claimed == filled); });
      if (claimed == filled) return;
      const std::size_t index = claimed++;
      Slot& slot = ring[index % window];
      lock.unlock();
      Result result = work(slot.item);
      const std::size_t weight = weigh(result);
      lock.lock();
      slot.result = std::move(result);
      slot.weight = weight;
      waiting_bytes += weight;
      slot.done = true;
      // The delivering thread waits for the oldest item only: waking it for any other is a
      // wasted futex round trip per record.
      if (index == delivered) result_done.notify_one();
    }
  };
  std::vector<std::thread> workers;
  for (std::size_t i = 0; i < jobs; ++i) workers.emplace_back(worker);

  bool reading = true;
  bool delivering = true;
  while (true) {
    // Only this thread changes `filled` and `delivered`, so it may read them unlocked; a
    // slot between them belongs to the workers until it is done.
    while (reading && filled - delivered < window) {
      Slot& slot = ring[filled % window];
      reading = next(slot.item);
      if (!reading) break;
      {
        const std::lock_guard lock(mutex);
        ++filled;
      }
      work_waiting.notify_one();
    }
    if (!reading) {
      {
        const std::lock_guard lock(mutex);
        input_ended = true;
      }
      work_waiting.notify_all();
    }
    if (delivered == filled) break;
    Slot& head = ring[delivered % window];
    {
      std::unique_lock lock(mutex);
      result_done.wait(lock, [&] { return head.done; });
    }
    // A failed delivery (say, a full disk) ends the reading; what is in flight is finished
    // but not delivered.
    if (delivering && !deliver(head.result)) delivering = reading = false;
    head.result = Result{};
    bool was_over_budget = false;
    {
      const std::lock_guard lock(mutex);
      was_over_budget = waiting_bytes >= byte_budget;
      waiting_bytes -= head.weight;
      head.done = false;
      ++delivered;
    }
    if (was_over_budget) work_waiting.notify_all();
  }
  for (auto& thread : workers) thread.join();
}

// Without a byte budget: only the number of items in flight is bounded.
template <typename Item, typename Result, typename Next, typename Work, typename Deliver>
void run_in_order(std::size_t jobs, std::size_t window, Next next, Work work, Deliver deliver) {
  run_in_order<Item, Result>(
      jobs, window, static_cast<std::size_t>(-1), next, work,
      [](const Result&) { return std::size_t{0}; }, deliver);
}

}  // namespace noticekit::cli::batch
