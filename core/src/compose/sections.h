// The body of a letter: its sections in order (what was done, the schedule, what is affected,
// what to do instead, before and after, updates, what comes next, local times, contacts), each
// carried as the message kind's row of the KindProfile table says, and numbered as the
// language numbers them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compose/document.h"
#include "compose/facts.h"

namespace noticekit::compose {

class SectionWriter {
 public:
  // The facts must outlive the writer.
  explicit SectionWriter(const MessageFacts& facts) : m_(facts) {}

  // The sections with something to say, headed; `windows` and `contacts` are the document's
  // (TimedWindow, ContactLine: their lines are worded once, for the letter and every channel).
  std::vector<Section> sections(const std::vector<TimedWindow>& windows,
                                const std::vector<ContactLine>& contacts) const;

 private:
  // The sections so far, and the phrase key of each one's heading: one of sections.cpp's
  // literals, so a view of it stays valid for the run (see heading).
  struct Sections {
    std::vector<Section> sections;
    std::vector<std::string_view> heading_keys;
  };
  void add(Sections& sections, std::string_view heading_key, Section s) const;
  void number(Sections& sections) const;
  std::string heading(std::string_view key, std::optional<std::size_t> number, bool lasting) const;
  Section sentences(const std::vector<model::LocalizedText>& items) const;
  std::string hall_line(const model::ServiceHall& hall) const;
  void add_schedule(Sections& sections, const std::vector<TimedWindow>& windows) const;
  Section affected() const;
  Section updates() const;
  Section next() const;
  Section local_times() const;

  const MessageFacts& m_;
};

// A contact as the letter writes it: its label (or the kind's default one), its value, the
// person to ask and the hours.
std::string contact_line(const MessageFacts& m, const model::Contact& c);

}  // namespace noticekit::compose
