#include "compose/opening.h"

#include <algorithm>

#include "model/message_kind.h"

namespace noticekit::compose {

// The audience's roles as the greeting names them, without the comma or colon a writer may
// have typed after a salutation ("Dear customers,"); empty when one has no text in this
// language.
std::vector<std::string> Opening::roles() const {
  const locale::Locale& loc = m_.locale();
  std::vector<std::string> out;
  for (const auto& r : m_.notice().audience.roles) {
    // No mixed-language greetings: without the role in this language, use the audience's noun.
    if (!loc.reads_as_own(r.name.best_language(loc.text_preference()))) return {};
    out.push_back(without_trailing_marks(std::string(r.name.best(loc.text_preference()))));
  }
  return out;
}

std::string Opening::without_trailing_marks(std::string name) {
  static constexpr std::string_view marks[] = {",", ":", " ", "，", "：", "、"};
  for (bool cut = true; cut;) {
    cut = false;
    for (const std::string_view mark : marks)
      if (name.size() > mark.size() &&
          name.compare(name.size() - mark.size(), mark.size(), mark) == 0) {
        name.erase(name.size() - mark.size());
        cut = true;
      }
  }
  return name;
}

// A role typed with its salutation ("尊敬的客户", "Dear customers") is greeted as typed
// (greeting.typed), not "尊敬的尊敬的客户"; one typed with only the salutation before it
// ("親愛的客戶") gets what the language closes a greeting with (greeting.typed.opened:
// zh-TW "親愛的客戶您好："), as the untyped greeting has it.
std::string Opening::greeting(const std::string& prefix) const {
  const locale::Locale& loc = m_.locale();
  const auto names = roles();
  if (names.empty())
    return loc.phrase(prefix + std::string(name(*m_.notice().audience.kind.member)));
  const bool typed = std::any_of(names.begin(), names.end(),
                                 [&](const std::string& name) { return loc.has_salutation(name); });
  const bool closed = std::any_of(names.begin(), names.end(), [&](const std::string& name) {
    return loc.closes_with_salutation(name);
  });
  const std::string key = !typed ? "roles" : closed ? "typed" : "typed.opened";
  return loc.phrase(prefix + key, {{"roles", m_.join(names)}});
}

// A reason typed as a phrase goes into the lead ("maintenance for …", "因…，"), with no
// connector of ours when it brings its own ("maintenance due to …"); one typed as a sentence
// stands beside the lead instead (with_reason_sentence).
// The reason in the lead's slot for it. A sentence goes there only where the language's
// `<key>.sentence` frame takes it ("{reason}これに伴い、", after the letter's set opening);
// elsewhere that frame is empty and lead.with_reason places the sentence beside the lead.
// A planned restoration leaves out a sentence written ahead of the work ("We will move the
// database …"), whose tense no longer holds. A reason that only names the work ("routine
// maintenance") is left out where the lead names the work already ("scheduled maintenance").
std::string Opening::clause(const std::string& key, const ShapedText& reason) const {
  if (reason.text.empty() || (reason.names_the_work && lead_names_the_work())) return {};
  const locale::Locale& loc = m_.locale();
  if (reason.shape == Shape::sentence)
    return m_.planned_restoration() ? std::string()
                                    : loc.phrase(key + ".sentence", {{"reason", reason.text}});
  return loc.phrase(frame_key(key, reason.shape), {{"reason", reason.text}});
}

// The leads of planned work name it ("scheduled maintenance", "系统停机维护"); an outage's, and
// the restoration after it, do not ("has been unavailable because of routine maintenance").
bool Opening::lead_names_the_work() const {
  const KindProfile& kind = m_.profile();
  return !kind.outage && (!kind.restoration || m_.planned_restoration());
}

std::string Opening::reason_clause() const {
  return clause("reason.clause." + m_.kind_name(), m_.reason());
}

std::string Opening::change_reason_clause() const {
  return clause("change.reason.clause", m_.change_reason());
}

// The reason typed as a sentence when it stands beside the lead (not in the lead's slot,
// see clause()); empty otherwise. A change message gives why it changed.
const ShapedText* Opening::reason_sentence() const {
  const bool change = model::traits(m_.kind()).is_change;
  const ShapedText& r = change ? m_.change_reason() : m_.reason();
  if (r.shape != Shape::sentence || m_.planned_restoration()) return nullptr;
  if (!(change ? change_reason_clause() : reason_clause()).empty()) return nullptr;
  return &r;
}

// A lead frame may name where that sentence goes ({reason_sentence}, {change_reason_sentence}:
// right after the sentence it explains, "… est annulée. Le fournisseur a …. Services
// concernés : …"); it comes with the space that separates it from the sentence before.
std::string Opening::reason_sentence_slot(bool change) const {
  const ShapedText* r = reason_sentence();
  return r && change == model::traits(m_.kind()).is_change ? " " + r->text : std::string();
}

// After the lead in English, before it in Chinese.
std::string Opening::with_reason_sentence(std::string lead, std::string_view key) const {
  const ShapedText* r = reason_sentence();
  if (!r) return lead;
  const locale::Locale& loc = m_.locale();
  const bool change = model::traits(m_.kind()).is_change;
  if (!key.empty() && loc.mentions(key, change ? "change_reason_sentence" : "reason_sentence"))
    return lead;
  // A change says what its reason is for ("延長の理由：…").
  return loc.phrase(change ? "lead.with_reason." + m_.kind_name() : std::string("lead.with_reason"),
                    {{"reason", r->text}, {"lead", lead}});
}

// Windows already under way when the message is sent are not "going ahead": they are not
// affected, and end when they were to (key.under_way, with that end).
std::string Opening::standing_sentence(std::string_view key, Length length) const {
  const auto& standing = m_.standing();
  if (standing.empty()) return {};
  const auto sent = m_.sent();
  const bool under_way =
      sent && std::all_of(standing.begin(), standing.end(),
                          [&](const ResolvedWindow& w) { return w.start <= *sent; });
  const std::optional<time::UtcSeconds> end = span_of(standing).end;
  const std::vector<std::string> systems = m_.systems_of(standing);
  // Systems the message has just named are not listed again (key.same).
  const std::string same = systems == m_.systems() ? ".same" : "";
  if (under_way && end)
    return m_.locale().phrase(
        std::string(key) + ".under_way" + same,
        {{"systems", m_.join(systems)}, {"end", m_.when().moment(*end, length)}});
  return m_.locale().phrase(
      std::string(key) + same,
      {{"systems", m_.join(systems)}, {"window", m_.beside_news(standing, length)}});
}

// Every value a lead or SMS pattern of any kind may use, each worked out only when the
// pattern `key` names it: most name two or three of them, and the others cost moments and
// windows worded for nothing.
locale::Args Opening::lead_args(Length length, std::string_view key) const {
  const WhenWriter& when = m_.when();
  const auto now = [&] { return span_of(m_.about()); };
  return locale::NeededArgs(m_.locale().pattern(key))
      .add("organization", [&] { return m_.text(m_.notice().organization_name); })
      .add("reason_clause", [&] { return reason_clause(); })
      .add("reason_sentence", [&] { return reason_sentence_slot(false); })
      .add("change_reason_sentence", [&] { return reason_sentence_slot(true); })
      .add("change_reason_clause", [&] { return change_reason_clause(); })
      .add("systems", [&] { return m_.join(m_.systems()); })
      .add(
          "window",
          [&] { return MessageFacts::windows_text(m_.about(), length, Placement::sentence, when); })
      .add("old_window", [&] { return old_window(length); })
      .add("start", [&] { return when.moment(now().start, length); })
      .add("end", [&] { return m_.moment(now().end, length); })
      .add("old_end",
           [&] {
             std::optional<time::UtcSeconds> old_end;
             if (!m_.about_original().empty()) old_end = span_of(m_.about_original()).end;
             const auto end = now().end;
             return old_end && end ? when.moment_beside(*old_end, *end, length)
                                   : m_.moment(old_end, length);
           })
      .add("actual_end", [&] { return m_.moment(m_.actual_end(), length); })
      .take();
}

// The windows as first announced (see MessageFacts::beside_news).
std::string Opening::old_window(Length length) const {
  return m_.beside_news(m_.about_original(), length);
}

const locale::Args& Opening::compact_lead_args(const std::string& key) const {
  if (!compact_lead_args_ || compact_lead_args_->first != key)
    compact_lead_args_ = {key, lead_args(Length::compact, key)};
  return compact_lead_args_->second;
}

// Each window as a clause of its own: its systems and its times (key.one / key.many by the
// number of its systems), joined as the language joins such clauses.
std::string Opening::window_clauses(const std::vector<ResolvedWindow>& windows,
                                    const std::string& key, Length length) const {
  const locale::Locale& loc = m_.locale();
  std::string out;
  for (const auto& w : windows) {
    if (!out.empty()) loc.append_phrase(out, "lead.window.separator");
    const std::string plurality = w.source->systems.size() == 1 ? ".one" : ".many";
    // A window without an end, where the language frames it around its start ("{start}以降、").
    const std::string clause = loc.variant(key + plurality, ".open_window", !w.end);
    locale::Args args = {
        {"systems", m_.window_systems(w)},
        {"window", MessageFacts::windows_text({w}, length, Placement::sentence, m_.when())}};
    if (locale::uses(loc.pattern(clause), "start"))
      args.emplace_back("start", m_.when().moment(w.start, length));
    loc.append_phrase(out, clause, args);
  }
  return out;
}

// The lead of a message that states the windows ahead or under way, a clause per window
// (see MessageFacts::windows_differ); empty when one sentence for all states them right.
std::string Opening::lead_by_window() const {
  const KindProfile& profile = m_.profile();
  if (!profile.lead_by_window || !m_.windows_differ()) return {};
  const std::string key = "lead." + m_.kind_name() + ".by_window";
  locale::Args args = lead_args(Length::full, key);
  args.emplace_back("windows",
                    window_clauses(m_.about(), std::string(profile.window_clause), Length::full));
  return m_.locale().phrase(key, args);
}

// A reader learns why right after what, not after "The rest of the schedule stays as planned".
std::string Opening::lead() const {
  const locale::Locale& loc = m_.locale();
  // Each window's clause gives its own end: no sentence of when service is back.
  if (std::string by_window = lead_by_window(); !by_window.empty())
    return with_reason_sentence(std::move(by_window)) + after_reason() +
           standing_sentence("lead.unchanged", Length::full);
  const std::string plurality = m_.systems().size() == 1 ? ".one" : ".many";
  const std::string kind = m_.planned_restoration() ? "restoration.planned" : m_.kind_name();
  // Service is as usual only at the times cancelled when other windows go ahead.
  // Work without an end, where the language frames it around its start rather than its window
  // (lead.<kind>.<plurality>.open_window: "{start}よりシステムメンテナンスを実施いたします").
  const std::string key =
      m_.partial_cancellation() ? "lead.cancellation.partial"
      : m_.new_end_unknown()
          ? "lead.extension.open"
          : loc.variant("lead." + kind + plurality, ".open_window", one_open_stretch(m_.about()));
  std::string lead =
      with_reason_sentence(loc.phrase(key, lead_args(Length::full, key)), key) + after_reason();
  if (m_.profile().restoration) lead += outage_sentence();
  // The end of the work under way, before the windows still ahead.
  if (m_.profile().in_progress) {
    if (auto end = m_.latest_end())
      loc.append_phrase(lead, "lead.expected_end", {{"end", m_.when().moment(*end, Length::full)}});
    else
      loc.append_phrase(lead, "lead.unknown_end");
  }
  return lead + standing_sentence("lead.unchanged", Length::full);
}

// What the lead says after the reason a sentence gave, never between the two: a reminder's
// request to plan ahead (lead.reminder.ask; empty where the language asks inside the
// sentence), an outage's "we are working on it" (lead.emergency.working).
std::string Opening::after_reason() const {
  const std::string_view key = m_.profile().after_reason;
  if (key.empty()) return {};
  return m_.locale().phrase(key, {{"organization", m_.text(m_.notice().organization_name)}});
}

// When the outage or the work began and how long it lasted, for a restoration: every
// published one we compared gives the span.
std::string Opening::outage_sentence() const {
  const auto actual_end = m_.actual_end();
  if (!actual_end || m_.windows().empty()) return {};
  const time::UtcSeconds began = span_of(m_.about()).start;
  // Of several nights, the one service came back from: "the last part of the work", not
  // "the work began on the 19th" when it began on the 12th.
  const bool last_of_several = !m_.over().empty();
  return m_.locale().phrase(!m_.planned_restoration() ? "lead.restoration.outage"
                            : last_of_several         ? "lead.restoration.maintenance.last"
                                                      : "lead.restoration.maintenance",
                            {{"began", m_.when().moment(began, Length::full)},
                             {"duration", m_.when().duration(*actual_end - began)}});
}

}  // namespace noticekit::compose
