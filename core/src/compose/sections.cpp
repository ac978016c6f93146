#include "compose/sections.h"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <utility>

#include "compose/remembered.h"

namespace noticekit::compose {

std::string contact_line(const MessageFacts& m, const model::Contact& c) {
  const locale::Locale& loc = m.locale();
  std::string label;
  if (!c.label.empty())
    label = m.text(c.label);
  else if (const std::string key = "contact.label." + std::string(name(*c.kind.member));
           loc.has(key))
    label = loc.phrase(key);
  else
    label = loc.phrase("contact.label.other");
  std::string line = loc.phrase("contact.line", {{"label", label}, {"value", c.value}});
  if (!c.name.empty())
    line = loc.phrase("contact.person", {{"line", line}, {"name", m.text(c.name)}});
  if (!c.hours.empty())
    line = loc.phrase("contact.hours", {{"line", line}, {"hours", m.text(c.hours)}});
  return line;
}

std::vector<Section> SectionWriter::sections(const std::vector<TimedWindow>& windows,
                                             const std::vector<ContactLine>& contacts) const {
  const model::Notice& n = m_.notice();
  const KindProfile& profile = m_.profile();
  Sections out;
  // Room for every section a message may have (see below), moved in once each.
  constexpr std::size_t most_sections = 16;
  out.sections.reserve(most_sections);
  out.heading_keys.reserve(most_sections);
  if (profile.restoration) {
    add(out, "heading.work_done", sentences(n.restoration.work_done));
    add(out, "heading.root_cause", sentences({n.incident.root_cause}));
    std::vector<model::LocalizedText> follow_up = n.restoration.follow_up;
    follow_up.insert(follow_up.end(), n.actions_after.begin(), n.actions_after.end());
    add(out, "heading.follow_up", sentences(follow_up));
    add(out, "heading.remedy", sentences(n.remedy));
    add(out, "heading.data", sentences(n.restoration.data));
    add(out, "heading.prevention", sentences({n.incident.prevention}));
  }
  if (profile.schedule) add_schedule(out, windows);
  if (profile.affected) add(out, "heading.affected", affected());
  if (profile.mitigation) add(out, "heading.mitigation", sentences({n.incident.mitigation}));
  if (profile.alternatives) {
    Section alternatives = sentences(n.alternatives);
    for (const auto& hall : n.service_halls) alternatives.lines.push_back(hall_line(hall));
    add(out, "heading.alternatives", std::move(alternatives));
  }
  if (profile.before) add(out, "heading.before", sentences(n.actions_before));
  if (profile.after) add(out, "heading.after", sentences(n.actions_after));
  if (profile.updates) add(out, "heading.updates", updates());
  if (profile.next) add(out, "heading.next", next());
  // A cancellation's times are those that no longer hold: its heading says so, where the
  // language has the words (heading.local_times.cancellation).
  if (profile.local_times)
    add(out,
        profile.cancels && m_.locale().has("heading.local_times.cancellation")
            ? "heading.local_times.cancellation"
            : "heading.local_times",
        local_times());

  Section contact_section;
  contact_section.intro = m_.locale().phrase("contacts.intro");
  for (const auto& c : contacts) contact_section.lines.push_back(c.line);
  add(out, "heading.contacts", std::move(contact_section));
  number(out);
  return std::move(out.sections);
}

void SectionWriter::add(Sections& sections, std::string_view heading_key, Section s) const {
  if (s.lines.empty()) return;
  sections.sections.push_back(std::move(s));
  sections.heading_keys.push_back(heading_key);
}

// Headings as the language sets them (section.heading: "■{heading}", "{number}、{heading}");
// numbered only when there are two or more sections: "一、联系方式" alone is a list of one.
void SectionWriter::number(Sections& sections) const {
  const locale::Locale& loc = m_.locale();
  const bool set = sections.sections.size() >= 2 || !loc.mentions("section.heading", "number");
  const bool lasting = lasts_the_run(loc);
  for (std::size_t i = 0; i < sections.sections.size(); ++i)
    sections.sections[i].heading =
        heading(sections.heading_keys[i], set ? std::optional(i) : std::nullopt, lasting);
}

// The heading `key` as the section `number` (from 0) sets it, or alone: the same few in every
// notice, kept for the run when the language lasts it (Locale::find's, see worded_in_run).
std::string SectionWriter::heading(std::string_view key, std::optional<std::size_t> number,
                                   bool lasting) const {
  const locale::Locale& loc = m_.locale();
  const auto word = [&] {
    std::string heading = loc.phrase(key);
    if (!number) return heading;
    const auto& numbers = loc.section_numbers();
    return loc.phrase(
        "section.heading",
        {{"number", *number < numbers.size() ? numbers[*number] : std::to_string(*number + 1)},
         {"heading", heading}});
  };
  if (!lasting) return word();
  return worded_in_run(std::tuple{&loc, key, number.value_or(SIZE_MAX)}, word);
}

// One sentence per text; empty texts (an absent optional field) are left out.
Section SectionWriter::sentences(const std::vector<model::LocalizedText>& items) const {
  Section s;
  for (const auto& t : items)
    if (!t.empty()) s.lines.push_back(as_sentence(m_.text(t), m_.locale()));
  return s;
}

std::string SectionWriter::hall_line(const model::ServiceHall& hall) const {
  const locale::Locale& loc = m_.locale();
  std::string line = m_.text(hall.name);
  if (!hall.address.empty())
    line = loc.phrase("hall.address", {{"line", line}, {"address", m_.text(hall.address)}});
  if (!hall.hours.empty())
    line = loc.phrase("hall.hours", {{"line", line}, {"hours", m_.text(hall.hours)}});
  return line;
}

// The schedule lists the windows still ahead or under way: work over before the message
// (an extension's earlier nights) is not listed as if it were to come. When every window
// stops the same systems, the lead has named them and each line is its times alone.
void SectionWriter::add_schedule(Sections& sections,
                                 const std::vector<TimedWindow>& windows) const {
  const locale::Locale& loc = m_.locale();
  std::vector<const TimedWindow*> listed;
  for (const auto& w : windows)
    if (!w.over) listed.push_back(&w);
  if (listed.size() < 2) return;
  const bool same_systems = std::all_of(listed.begin(), listed.end(), [&](const auto* w) {
    return w->systems == listed.front()->systems;
  });
  Section schedule;
  schedule.systems_column = loc.phrase("table.systems");
  schedule.when_column = loc.phrase("table.when");
  for (const TimedWindow* w : listed) {
    ScheduleRow row{m_.window_systems(*w), w->when};
    schedule.lines.push_back(
        same_systems
            ? row.when
            : as_sentence(loc.phrase("window.row", {{"systems", row.systems}, {"when", row.when}}),
                          loc));
    schedule.table.push_back(std::move(row));
  }
  // "停机时间", not "停机时间及范围", over lines that give times alone.
  add(sections, same_systems ? "heading.windows.times" : "heading.windows", std::move(schedule));
}

// Items typed as names go into the language's list ("Still available: ATMs and cards.");
// one typed as a sentence ("ATM取款不受影响。", "Card payments keep working.") is a line of
// its own, never "以下服务不受影响：ATM取款不受影响。。".
Section SectionWriter::affected() const {
  const locale::Locale& loc = m_.locale();
  Section affected;
  auto add_impact = [&](std::string_view key, const std::vector<model::LocalizedText>& items) {
    std::vector<std::string> names, sentences;
    for (const auto& item : items) {
      ShapedText shaped = shape_of(m_.text(item), loc, Field::item);
      (shaped.shape == Shape::sentence ? sentences : names).push_back(std::move(shaped.text));
    }
    if (!names.empty()) affected.lines.push_back(loc.phrase(key, {{"items", m_.join(names)}}));
    for (auto& sentence : sentences) affected.lines.push_back(std::move(sentence));
  };
  add_impact("affected.unavailable", m_.notice().unavailable);
  add_impact("affected.degraded", m_.notice().degraded);
  add_impact("affected.still_available", m_.notice().still_available);
  return affected;
}

Section SectionWriter::updates() const {
  Section log;
  for (const auto& u : m_.notice().updates) {
    if (!u.at.value || u.text.empty()) continue;
    log.lines.push_back(as_sentence(
        m_.locale().phrase(
            "update.line",
            {{"time", m_.when().moment(m_.zone().to_utc(*u.at.value).utc, Length::full)},
             {"text", m_.text(u.text)}}),
        m_.locale()));
  }
  return log;
}

// Early finish, may change (said of an estimated end only once the work is not yet under
// way: KindProfile::in_progress), and when the next update comes.
Section SectionWriter::next() const {
  const model::Notice& n = m_.notice();
  const locale::Locale& loc = m_.locale();
  Section next;
  const bool any_estimate = std::any_of(n.windows.begin(), n.windows.end(),
                                        [](const auto& w) { return w.end_is_estimate; });
  if (n.early_finish) next.lines.push_back(loc.phrase("next.early_finish"));
  if (n.may_change || (any_estimate && !m_.profile().in_progress))
    next.lines.push_back(loc.phrase("next.may_change"));
  if (n.next_update.value) {
    next.lines.push_back(loc.phrase(
        "next.update_at",
        {{"time", m_.when().moment(m_.zone().to_utc(*n.next_update.value).utc, Length::full)}}));
  }
  return next;
}

// Readers elsewhere get the times in their own zone: the windows, those a cancellation
// cancels, or once service is back, since when.
Section SectionWriter::local_times() const {
  const locale::Locale& loc = m_.locale();
  Section local_times;
  const auto& windows = m_.profile().cancels ? m_.about() : m_.not_over();
  for (const auto& other : other_reader_zones(m_.notice(), m_.zone())) {
    const WhenWriter there(loc, other);
    if (m_.profile().restoration && m_.actual_end())
      local_times.lines.push_back(
          loc.phrase("local_time.back", {{"time", there.moment(*m_.actual_end(), Length::full)}}));
    else
      local_times.lines.push_back(loc.phrase(
          "local_time.line", {{"zone", there.zone_title()},
                              {"window", MessageFacts::windows_text(windows, Length::full,
                                                                    Placement::title, there)}}));
  }
  return local_times;
}

}  // namespace noticekit::compose
