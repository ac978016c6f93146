// The batch pipeline: results in input order whatever the threads do, a bounded number of
// items in flight, and a bounded weight of results waiting for delivery.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "batch/ordered_pipeline.h"

namespace noticekit::cli::batch {
namespace {

TEST_CASE("pipeline: results come in input order, with any number of threads") {
  for (const std::size_t jobs : {1, 2, 4, 8}) {
    int next_item = 0;
    std::vector<int> delivered;
    run_in_order<int, int>(
        jobs, 3 * jobs,
        [&](int& item) {
          item = next_item++;
          return item < 200;
        },
        [](const int& item) {
          // Later items finish first now and then, so order must come from the pipeline.
          if (item % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
          return item * 10;
        },
        [&](int& result) {
          delivered.push_back(result);
          return true;
        });
    REQUIRE(delivered.size() == 200);
    for (int i = 0; i < 200; ++i) REQUIRE(delivered[i] == i * 10);
  }
}

TEST_CASE("pipeline: no more than the window is in flight") {
  const std::size_t window = 8;
  int read = 0;
  int delivered = 0;
  int most_in_flight = 0;
  run_in_order<int, int>(
      4, window,
      [&](int& item) {
        item = read;
        if (read == 1000) return false;
        ++read;
        most_in_flight = std::max(most_in_flight, read - delivered);
        return true;
      },
      [](const int& item) { return item; },
      [&](int&) {
        ++delivered;
        return true;
      });
  CHECK(delivered == 1000);
  CHECK(most_in_flight <= static_cast<int>(window));
}

TEST_CASE("pipeline: a failed delivery stops reading") {
  int read = 0;
  int delivered = 0;
  run_in_order<int, int>(
      2, 4,
      [&](int& item) {
        item = read++;
        return read <= 1000;
      },
      [](const int& item) { return item; }, [&](int&) { return ++delivered < 10; });
  CHECK(delivered == 10);
  CHECK(read < 20);  // the window, not the whole input
}

TEST_CASE("pipeline: results waiting for delivery stay within the byte budget") {
  // Each result weighs 100 bytes and the budget is 250: at most 3 results may wait (the third
  // crosses it), plus one per worker that was already working, whatever the window allows.
  const std::size_t jobs = 4;
  int read = 0;
  std::atomic<int> made{0};
  int delivered = 0;
  int most_waiting = 0;
  std::vector<int> order;
  run_in_order<int, int>(
      jobs, 64, 250,
      [&](int& item) {
        item = read++;
        return read <= 500;
      },
      [&](const int& item) {
        // The oldest item is slow, so the others pile up behind it if nothing holds them.
        if (item % 50 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        ++made;
        return item;
      },
      [](const int&) { return std::size_t{100}; },
      [&](int& result) {
        most_waiting = std::max(most_waiting, made.load() - delivered);
        order.push_back(result);
        ++delivered;
        return true;
      });
  REQUIRE(order.size() == 500);
  for (int i = 0; i < 500; ++i) REQUIRE(order[i] == i);
  CHECK(most_waiting <= 3 + static_cast<int>(jobs));
}

TEST_CASE("pipeline: a result larger than the whole budget still goes through") {
  int read = 0;
  int delivered = 0;
  run_in_order<int, int>(
      2, 8, 10,
      [&](int& item) {
        item = read++;
        return read <= 100;
      },
      [](const int& item) { return item; }, [](const int&) { return std::size_t{1000}; },
      [&](int& result) {
        CHECK(result == delivered);
        ++delivered;
        return true;
      });
  CHECK(delivered == 100);
}

TEST_CASE("pipeline: an empty input delivers nothing and ends") {
  int delivered = 0;
  run_in_order<int, int>(
      3, 9, [](int&) { return false; }, [](const int& item) { return item; },
      [&](int&) {
        ++delivered;
        return true;
      });
  CHECK(delivered == 0);
}

}  // namespace
}  // namespace noticekit::cli::batch
