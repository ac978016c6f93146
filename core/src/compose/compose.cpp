// Puts a message together: the facts of the sheet for its kind (facts.h), then its title
// (title.h), its opening (opening.h), its sections (sections.h), its closing, and on a channel's
// asking its brief (brief.h), in each language of the notice.
#include "compose/compose.h"

#include <algorithm>
#include <memory>
#include <utility>

#include "compose/brief.h"
#include "compose/facts.h"
#include "compose/opening.h"
#include "compose/sections.h"
#include "compose/title.h"
#include "model/message_kind.h"
#include "model/notice_language.h"

namespace noticekit::compose {
namespace {

using locale::Locale;
using model::Notice;

// Writes one language's document, and keeps what it needs while its document may still ask for
// its briefs (see Briefs).
class Composer {
 public:
  Composer(const Notice& n, const Locale& loc, time::Zone zone, model::MessageKind kind)
      : zone_(std::move(zone)),
        facts_(n, loc, zone_, kind),
        opening_(facts_),
        titles_(facts_),
        brief_(facts_, opening_) {}
  Composer(const Composer&) = delete;
  Composer& operator=(const Composer&) = delete;

  Document compose() const {
    const Locale& loc = facts_.locale();
    const Notice& n = facts_.notice();
    Document d;
    d.message_kind = facts_.kind();
    d.language = loc.tag();
    add_facts(d);
    d.title = titles_.title();
    d.subject = d.title;
    d.greeting = opening_.greeting("greeting.");
    d.lead = opening_.lead();
    d.lead_after_greeting = loc.after_greeting(d.lead);
    d.sections = SectionWriter(facts_).sections(d.windows, d.contacts);
    d.closing.push_back(loc.phrase(closing_key()));
    d.sign_off =
        loc.phrase(facts_.profile().closing_formula, {{"notice_word", facts_.notice_word()}});
    d.issuer = issuer();
    if (n.sent.value) d.date = facts_.when().issued_date(*n.sent.value);
    return d;
  }

  // The title of the document's window `index` alone: windows are timed in the order of the
  // list add_facts takes them from.
  std::string window_title(const Document& d, std::size_t index) const {
    const auto& timed_from = facts_.profile().cancels ? facts_.about() : facts_.windows();
    return titles_.window_title(d.windows[index], timed_from[index]);
  }

  TitleLadder title_ladder() const { return titles_.ladder(); }
  Brief brief(const Document& d) const { return brief_.brief(d.windows); }
  std::vector<ShorterBrief> shorter_briefs(const Document& d) const {
    return brief_.shorter_briefs(d);
  }

 private:
  void add_facts(Document& d) const {
    const Notice& n = facts_.notice();
    d.organization = facts_.text(n.organization_name);
    d.reference = n.reference;
    d.time_zone = zone_.name();
    if (n.sent.value) d.sent = zone_.to_utc(*n.sent.value).utc;
    if (facts_.profile().restoration) d.back = facts_.actual_end();
    d.after_planned_work = facts_.planned_restoration();
    d.reason = facts_.reason();
    if (model::traits(facts_.kind()).is_change) d.change_reason = facts_.change_reason();
    // A cancellation is about the windows it cancels; every other message about the sheet's.
    // The windows a cancellation leaves go ahead; they are listed apart, for the channels that
    // say so window by window.
    const bool cancels = facts_.profile().cancels;
    for (const auto& w : cancels ? facts_.about() : facts_.windows()) d.windows.push_back(timed(w));
    if (cancels)
      for (const auto& w : facts_.standing()) d.going_ahead.push_back(timed(w));
    d.unavailable = facts_.texts(n.unavailable);
    d.degraded = facts_.texts(n.degraded);
    d.still_available = facts_.texts(n.still_available);
    d.alternatives = facts_.texts(n.alternatives);
    d.actions_before = facts_.texts(n.actions_before);
    d.actions_after = facts_.texts(n.actions_after);
    for (const auto& c : n.contacts)
      d.contacts.push_back(
          {*c.kind.member, c.value, c.label.empty() ? std::string() : facts_.text(c.label),
           c.hours.empty() ? std::string() : facts_.text(c.hours), contact_line(facts_, c)});
    if (n.next_update.value) d.next_update = zone_.to_utc(*n.next_update.value).utc;
    d.revision = n.revision;
    d.sms_max_segments = n.sms.max_segments;
  }

  // See TimedWindow::event_key. A changed window keeps the key of its original.
  std::string event_key(const ResolvedWindow& w) const {
    const auto first = [](const model::LocalizedText& t) {
      return t.empty() ? std::string() : std::string(t.by_language.front().second);
    };
    const ResolvedWindow* original = facts_.original_of(w);
    const time::UtcSeconds start = original ? original->start : w.start;
    std::string key = first(facts_.notice().organization_name) + '\n' + std::to_string(start);
    for (const auto& s : w.source->systems) key += '\n' + first(s);
    return key;
  }

  // One window as the channels need it: its times in words (its own title is worded apart, on
  // asking: window_title).
  TimedWindow timed(const ResolvedWindow& w) const {
    const WhenWriter& when = facts_.when();
    const KindProfile& profile = facts_.profile();
    TimedWindow t;
    t.event_key = event_key(w);
    t.systems = facts_.texts(w.source->systems);
    t.regions = facts_.join(facts_.texts(w.source->regions));
    t.start = w.start;
    t.end = w.end;
    t.end_is_estimate = w.source->end_is_estimate;
    const bool open = profile.outage && !w.end;
    t.when = open ? when.moment(w.start, Length::full)
                  : when.window(w.start, w.end, t.end_is_estimate, Length::full);
    // An outage's SMS says since when (sms.window.emergency: "unavailable since …"); the
    // expected end, if known, is a sentence of its own (sms.expected_end).
    t.when_brief = profile.outage ? when.moment(w.start, Length::brief)
                                  : when.window(w.start, w.end, t.end_is_estimate, Length::compact);
    const auto in = [&](const std::vector<ResolvedWindow>& list) {
      return std::any_of(list.begin(), list.end(),
                         [&](const ResolvedWindow& s) { return s.source == w.source; });
    };
    t.stands = in(facts_.standing());
    t.over = in(facts_.over());
    if (profile.keeps_original)
      if (const ResolvedWindow* o = facts_.original_of(w); o && !t.stands)
        t.original = TimedWindow::Original{o->start, o->end, o->source->end_is_estimate};
    return t;
  }

  std::string closing_key() const {
    if (facts_.planned_restoration() && !facts_.overran()) return "closing.restoration.planned";
    return "closing." + facts_.kind_name();
  }

  std::string issuer() const {
    const Notice& n = facts_.notice();
    const Locale& loc = facts_.locale();
    if (n.organization_unit.empty())
      return loc.phrase("issuer", {{"organization", facts_.text(n.organization_name)}});
    return loc.phrase("issuer.with_unit", {{"organization", facts_.text(n.organization_name)},
                                           {"unit", facts_.text(n.organization_unit)}});
  }

  const time::Zone zone_;
  MessageFacts facts_;
  Opening opening_;
  TitleWriter titles_;
  BriefWriter brief_;
};

}  // namespace

Document compose(const model::Notice& notice, std::string_view notice_language,
                 model::MessageKind kind) {
  const auto zone = time::Zone::find(notice.time_zone);
  std::vector<Document> editions;
  for (const auto& tag : model::edition_tags(notice_language)) {
    const Locale& loc = *Locale::find(tag);
    const auto composer = std::make_shared<const Composer>(notice, loc, *zone, kind);
    editions.push_back(composer->compose());
    editions.back().briefs =
        Briefs({[composer](const Document& d) { return composer->brief(d); },
                [composer](const Document& d) { return composer->shorter_briefs(d); }});
    editions.back().title_ladder = OnAsking<TitleLadder>(
        std::function([composer](const Document&) { return composer->title_ladder(); }));
    editions.back().window_titles = WindowTitles([composer](const Document& d, std::size_t index) {
      return composer->window_title(d, index);
    });
    if (editions.size() > 1) editions.back().edition_note = loc.phrase("edition.follows");
  }
  Document d = std::move(editions.front());
  if (editions.size() > 1) {
    d.translations.assign(std::make_move_iterator(editions.begin() + 1),
                          std::make_move_iterator(editions.end()));
    d.subject = joined_subject(d);
  }
  return d;
}

}  // namespace noticekit::compose
