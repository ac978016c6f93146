#include "plan/support.h"

#include <algorithm>
#include <cctype>

namespace noticekit::planner {
namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The affected system a contact is named after, if any: a help desk inside the system that
// is down is down too. Compared in every language the sheet gives, ignoring ASCII case.
std::string affected_system_named(const model::Contact& c, const model::Notice& n) {
  std::string contact = lower_ascii(c.value);
  for (const auto& [lang, text] : c.label.by_language) {
    contact += '\n';
    contact += lower_ascii(text);
  }
  for (const auto& w : n.windows)
    for (const auto& system : w.systems)
      for (const auto& [lang, text] : system.by_language)
        if (text.size() >= 3 && contact.find(lower_ascii(text)) != std::string::npos)
          return std::string(text);
  return {};
}

// Hours that plainly cover a night window: "24 hours", "24小时", "24/7".
bool round_the_clock(std::string_view hours) { return hours.find("24") != std::string_view::npos; }

}  // namespace

void write_support(text::JsonWriter& out, const model::Notice& n, const locale::Locale& loc,
                   std::vector<model::Finding>& findings) {
  // Each contact's entry as JSON text, in one list or the other.
  std::string reachable, at_risk;
  for (const auto& c : n.contacts) {
    const std::string label(c.label.best(loc.text_preference()));
    const std::string hours(c.hours.best(loc.text_preference()));
    const std::string kind(model::name(*c.kind.member));
    const auto item = [&](std::string& list, std::string_view note) {
      text::JsonWriter entry(list);
      entry.open_object();
      entry.key("kind").string(kind);
      entry.key("value").string(c.value);
      entry.key("label").string(label);
      entry.key("hours").string(hours);
      entry.key("note").string(note);
      entry.close_object();
    };
    if (const std::string system = affected_system_named(c, n); !system.empty()) {
      item(at_risk, loc.phrase("plan.support.at_risk", {{"system", system}}));
      continue;
    }
    // As in the validator's contact.unreachable rule: a web page may be on the system that
    // is down.
    if (!model::reachable_during_outage(c.kind.member)) {
      item(at_risk, loc.phrase("plan.support.web_at_risk"));
      continue;
    }
    std::string note =
        loc.phrase(loc.has("plan.support.kind." + kind) ? "plan.support.kind." + kind
                                                        : std::string("plan.support.kind.other"));
    if (!hours.empty() && !round_the_clock(hours))
      note += loc.phrase("plan.support.hours", {{"hours", hours}});
    item(reachable, note);
  }
  out.open_object();
  out.key("reachable").open_array().written(reachable).close_array();
  out.key("at_risk").open_array().written(at_risk).close_array();
  out.key("warning");
  if (reachable.empty()) {
    // Said once: the validator already warns when there is no contact, or only web pages.
    const bool told = std::any_of(findings.begin(), findings.end(), [](const model::Finding& f) {
      return f.code == "contact.missing" || f.code == "contact.unreachable";
    });
    if (!told)
      findings.push_back({"plan.support_missing", model::Severity::warning, "/contacts", {}});
    out.string(loc.phrase("plan.support.none"));
  } else {
    out.null();
  }
  out.close_object();
}

}  // namespace noticekit::planner
