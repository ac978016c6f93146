// The internal filing report (临时停机备案报告 / downtime change record): what an IT unit
// files with its management before planned downtime — overview, impact, work items,
// preparation, risk control and rollback, and the approval lines to sign. The facts come
// from the Document; the blanks (________) are what only the people doing the work can fill.
#include <string>
#include <vector>

#include <algorithm>
#include <optional>

#include "channels/channel.h"
#include "channels/editions.h"
#include "compose/compose.h"
#include "compose/when.h"
#include "text/utf8.h"

namespace noticekit::channels {
namespace {

class ReportWriter {
 public:
  ReportWriter(const compose::Document& d, const locale::Locale& loc) : d_(d), loc_(loc) {}

  std::string title() const {
    return loc_.phrase("report.title" + unplanned_, {{"systems", all_systems()}});
  }

  std::string write() {
    out_ = title() + "\n\n";
    out_ += loc_.phrase("report.field.organization", {{"organization", d_.issuer}}) + "\n";
    if (!d_.date.empty()) out_ += loc_.phrase("report.field.date", {{"date", d_.date}}) + "\n";

    section("overview");
    line("report.overview.systems", {{"systems", all_systems()}});
    for (const auto& w : d_.windows) line("report.overview.window", {{"when", w.when}});
    if (!d_.reason.text.empty()) line("report.overview.reason", {{"reason", d_.reason.text}});

    section("impact");
    const bool any_impact = !d_.unavailable.empty() || !d_.degraded.empty();
    list_line("report.impact.unavailable", d_.unavailable);
    list_line("report.impact.degraded", d_.degraded);
    list_line("report.impact.still_available", d_.still_available);
    if (!any_impact) line("report.impact.none");

    section("work");
    if (!d_.reason.text.empty()) line("report.work.reason", {{"reason", d_.reason.text}});
    line("report.work.steps");

    section("preparation");
    line("report.preparation.notice" + unplanned_);
    list_line("report.preparation.before", d_.actions_before);
    for (const auto& c : d_.contacts) line("report.preparation.contacts", {{"contact", c.line}});
    line("report.preparation.backup");

    section("risk");
    list_line("report.risk.alternatives", d_.alternatives);
    if (const auto end = latest_end())
      line("report.risk.rollback", {{"end", *end}});
    else
      line("report.risk.rollback_open");
    line("report.risk.owner");

    section("approval");
    line("report.approval.applicant");
    line("report.approval.department");
    line("report.approval.leader");
    return out_;
  }

 private:
  void section(std::string_view name) {
    const auto& numbers = loc_.section_numbers();
    const std::string number =
        number_ < numbers.size() ? numbers[number_] : std::to_string(number_ + 1);
    ++number_;
    const std::string heading = loc_.phrase("report.heading." + std::string(name));
    out_ += '\n';
    out_ += loc_.phrase("report.heading.numbered", {{"number", number}, {"heading", heading}});
    out_ += '\n';
  }

  void line(std::string_view key, const locale::Args& args = {}) {
    out_ += loc_.phrase(key, args) + "\n";
  }

  void list_line(std::string_view key, const std::vector<std::string>& items) {
    if (!items.empty()) line(key, {{"items", loc_.list(items)}});
  }

  std::string all_systems() const { return loc_.list(compose::systems_of(d_.windows)); }

  // The end of the last window, when every window has one: the rollback must start early
  // enough for service to be back by then.
  std::optional<std::string> latest_end() const {
    std::optional<time::UtcSeconds> end;
    for (const auto& w : d_.windows) {
      if (!w.end) return std::nullopt;
      end = std::max(end.value_or(*w.end), *w.end);
    }
    const auto zone = time::Zone::find(d_.time_zone);
    if (!end || !zone) return std::nullopt;
    return compose::WhenWriter(loc_, *zone).moment(*end, compose::Length::full);
  }

  const compose::Document& d_;
  const locale::Locale& loc_;
  // An emergency is recorded after the fact, and its users were told at once, not 24 hours
  // ahead: its title and notice line have phrases of their own (".emergency").
  const std::string unplanned_ =
      d_.message_kind == model::MessageKind::emergency ? ".emergency" : "";
  std::string out_;
  std::size_t number_ = 0;
};

}  // namespace

Output render_report(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  Output out;
  out.channel = ChannelId::report;
  // A notice in several languages is filed in each, primary first, one after the other.
  for (const auto& e : editions(d, loc)) {
    ReportWriter writer(e.document, e.locale);
    out.subject =
        (e.primary ? "" : *out.subject + std::string(compose::subject_separator)) + writer.title();
    if (!e.primary) out.text.append("\n").append(edition_rule).append("\n\n");
    out.text += writer.write();
  }
  // A filing report has no length limit; the metrics say how long it is.
  out.metrics = {{"characters", text::count_code_points(out.text)},
                 {"bytes", out.text.size()},
                 {"limit", nullptr},
                 {"ok", true}};
  return out;
}

}  // namespace noticekit::channels
