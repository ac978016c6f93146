#include "compose/brief.h"

#include <string_view>
#include <utility>

#include "model/message_kind.h"

namespace noticekit::compose {

// What a shorter brief leaves out (see shorter_briefs).
struct BriefWriter::Cuts {
  bool reason = false, alternatives = false, greeting = false, actions = false, standing = false,
       systems_list = false;
};

Brief BriefWriter::brief(const std::vector<TimedWindow>& windows) const {
  return brief(windows, {});
}

// Each gives up one more part, least needed first: the reason (readers act on what and when,
// not why), the alternatives, the greeting, what to do before or after, the windows left as
// announced (told before), and last the full list of systems (compacted to "A and 2 more").
// The signature, the windows, the systems and the contact always stay. A part the brief does
// not have is skipped, so every entry is shorter than the one before.
std::vector<ShorterBrief> BriefWriter::shorter_briefs(const Document& d) const {
  static constexpr std::pair<std::string_view, bool Cuts::*> order[] = {
      {"reason", &Cuts::reason},
      {"alternatives", &Cuts::alternatives},
      {"greeting", &Cuts::greeting},
      {"actions", &Cuts::actions},
      {"unchanged_windows", &Cuts::standing},
      {"systems_list", &Cuts::systems_list}};
  std::vector<ShorterBrief> out;
  Cuts cuts;
  std::vector<std::string> given_up;
  Brief previous = d.brief();
  for (const auto& [part, cut] : order) {
    cuts.*cut = true;
    Brief shorter = brief(d.windows, cuts);
    if (shorter == previous) continue;
    given_up.emplace_back(part);
    previous = shorter;
    out.push_back({given_up, std::move(shorter)});
  }
  return out;
}

Brief BriefWriter::brief(const std::vector<TimedWindow>& windows, const Cuts& cuts) const {
  const model::Notice& n = m_.notice();
  const locale::Locale& loc = m_.locale();
  const KindProfile& profile = m_.profile();
  Brief b;
  b.signature = n.sms_signature.empty() ? m_.text(n.organization_name) : m_.text(n.sms_signature);
  if (!cuts.greeting && loc.settings().sms_greeting)
    b.greeting = opening_.greeting("sms.greeting.");
  // A reschedule whose moved windows differ says each of them (see windows_differ).
  // Windows left as they were stand (sms.unchanged, a sentence of their own) and windows
  // already over are not news: a "started" SMS names only the work under way.
  const bool by_window = profile.sms_by_window && m_.windows_differ();
  // An SMS names at most three systems ("A and 6 other services" for more), as its reader
  // needs the first to know it is about them; the letter lists them all.
  const bool compact_list = cuts.systems_list || m_.systems().size() > most_systems_named;
  std::vector<const TimedWindow*> told;
  for (const auto& w : windows)
    if (w.is_news()) told.push_back(&w);
  if (told.empty())
    for (const auto& w : windows) told.push_back(&w);
  const auto window_clause = [&](const TimedWindow& w, const std::string& when) {
    return loc.phrase(m_.agreeing("sms.window." + m_.kind_name(), w.systems.size()),
                      {{"systems", m_.window_systems(w, compact_list)}, {"window", when}});
  };
  std::vector<std::string> clauses;
  // Nights of the same systems are one clause with their dates ("12月12日、15日、19日23:00至
  // 次日05:00"), as in the lead: three clauses naming the systems three times cost the SMS
  // a part. An outage says each start of its own.
  if (told.size() > 1 && !m_.windows_differ() && !profile.outage)
    clauses.push_back(window_clause(
        *told.front(),
        MessageFacts::windows_text(m_.about(), Length::compact, Placement::title, m_.when())));
  else
    for (const TimedWindow* w : told) clauses.push_back(window_clause(*w, w->when_brief));
  std::string windows_said;
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    if (i) loc.append_phrase(windows_said, "clause.separator");
    windows_said += clauses[i];
  }
  std::string lead_key = m_.planned_restoration()    ? "sms.lead.restoration.planned"
                         : m_.partial_cancellation() ? "sms.lead.cancellation.partial"
                         : by_window                 ? "sms.lead.reschedule.by_window"
                         : m_.new_end_unknown()      ? "sms.lead.extension.open"
                                                     : "sms.lead." + m_.kind_name();
  lead_key = m_.agreeing(std::move(lead_key), m_.systems().size());
  locale::Args args = opening_.compact_lead_args(lead_key);
  args.emplace_back("windows", windows_said);
  for (auto& [key, value] : args) {
    if (cuts.reason && (key == "reason_clause" || key == "change_reason_clause" ||
                        key == "reason_sentence" || key == "change_reason_sentence"))
      value.clear();
    if (compact_list && key == "systems") value = m_.compact_systems(m_.systems());
  }
  // A sentence reason goes with the SMS's lead where the language's SMS says the reason.
  std::string lead = as_sentence(loc.phrase(lead_key, args), loc);
  const char* reason_slot =
      model::traits(m_.kind()).is_change ? "change_reason_clause" : "reason_clause";
  if (!cuts.reason && loc.mentions(lead_key, reason_slot))
    lead = opening_.with_reason_sentence(std::move(lead));
  b.sentences.push_back(std::move(lead));
  std::string standing = opening_.standing_sentence("sms.unchanged", Length::compact);
  if (cuts.standing && !standing.empty()) {
    standing.clear();
    b.every_window = false;
  }
  if (!standing.empty()) {
    b.sentences.push_back(as_sentence(std::move(standing), loc));
    b.window_sentences = 2;
  }
  if (profile.outage) {
    if (auto end = m_.latest_end())
      b.sentences.push_back(as_sentence(
          loc.phrase("sms.expected_end", {{"end", m_.when().moment(*end, Length::brief)}}), loc));
    if (n.next_update.value)
      b.sentences.push_back(as_sentence(
          loc.phrase("sms.next_update",
                     {{"time", m_.when().moment(m_.zone().to_utc(*n.next_update.value).utc,
                                                Length::brief)}}),
          loc));
    // With neither an end nor an update promised, the reader is told they will hear again.
    else if (!m_.latest_end())
      b.sentences.push_back(as_sentence(loc.phrase("sms.unknown_end"), loc));
  }
  if (profile.before && !cuts.actions && !n.actions_before.empty())
    b.sentences.push_back(as_sentence(m_.text(n.actions_before.front()), loc));
  if (profile.alternatives && !cuts.alternatives && !n.alternatives.empty())
    b.sentences.push_back(as_sentence(m_.text(n.alternatives.front()), loc));
  if (profile.restoration && !cuts.actions && !n.restoration.follow_up.empty())
    b.sentences.push_back(as_sentence(m_.text(n.restoration.follow_up.front()), loc));
  if (const model::Contact* c = sms_contact())
    b.contact = as_sentence(loc.phrase("sms.contact", {{"contact", c->value}}), loc);
  return b;
}

// A phone number reaches more people by SMS than an address or a link.
const model::Contact* BriefWriter::sms_contact() const {
  const auto& contacts = m_.notice().contacts;
  for (const auto& c : contacts)
    if (c.kind.member == model::ContactKind::phone) return &c;
  return contacts.empty() ? nullptr : &contacts.front();
}

}  // namespace noticekit::compose
