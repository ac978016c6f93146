// Time zones from a generated IANA name → POSIX TZ rule table (zone_table.inc, written by
// tools/gen-zones.sh), evaluated with Howard Hinnant's date/ptz.h.
//
// Nothing here throws (the core runs in WebAssembly with exceptions disabled, where a throw
// aborts). Posix::time_zone's constructor throws on a rule it cannot read, so it is never
// given a table string directly: every rule is first read by the strict parser below
// (POSIX.1-2017 §8.3 TZ, with the RFC 8536 §3.3.1 extension of rule times in −167…167 h),
// and ptz only ever sees the canonical string this file writes back, which stays inside
// what ptz's parser accepts (quoted names, 1–2 digit hours, non-negative rule times).
//
// ptz (date 3.0.1) cannot read a negative rule time, which tzdata uses for Greenland
// (America/Nuuk: "<-02>2<-01>,M3.5.0/-1,M10.5.0/0", i.e. the EU's 01:00 UTC switch). Such a
// rule is evaluated in a frame whose clocks run `shift` seconds ahead (every offset and
// every rule time + shift), which moves the rule times to ≥ 0 and leaves every instant and
// every transition where it was; results are shifted back.
//
// Limits of a footer-only table (by design: no tz database at run time): a footer describes
// a zone only after its last explicit transition. Earlier rules are unknown (New York in
// 2006 gets today's rule), and so are announced one-off changes still ahead. Against glibc
// and tzdata 2026f, 2026-11-25 to 2036: America/Havana and Cuba are an hour off from
// 2026-11-01 to 2027-03-14 (Cuba keeps DST through that winter; its footer
// "CST5CDT,M3.2.0/0,M11.1.0/1" does not), and Asia/Gaza and Asia/Hebron (Ramadan changes
// written out as transitions) first differ in October 2036. All other zones agree.
#include "time/zone.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <cctype>
#include <ostream>

#include <date/date.h>
#include <date/tz.h>

// Two defects of date 3.0.1's ptz.h (Debian 12), worked around here:
// - Posix::time_zone::name() says `using namespace date; using namespace std::chrono;` and
//   then `hh_mm_ss<seconds>`, which is ambiguous in C++20 (std::chrono::hh_mm_ss exists);
//   g++ 12 rejects it. Every other header ptz.h includes is already included above, so the
//   macro below renames hh_mm_ss in ptz.h's own tokens only, to an alias of date::hh_mm_ss.
// - ptz.h defines Posix::time_zone::contant_offset() without `inline`: include it in this
//   one translation unit only.
namespace date {
template <class Duration>
using noticekit_hh_mm_ss = hh_mm_ss<Duration>;
}  // namespace date
#define hh_mm_ss noticekit_hh_mm_ss
#include <date/ptz.h>
#undef hh_mm_ss

#include "text/ascii.h"
#include "text/digits.h"

namespace noticekit::time {
namespace {

// ---------------------------------------------------------------------------------------
// The table.

struct ZoneEntry {
  std::string_view name;
  std::string_view rule;
};

constexpr ZoneEntry kZones[] = {
#include "time/zone_table.inc"
};

constexpr bool strictly_sorted_by_name() {
  for (std::size_t i = 1; i < std::size(kZones); ++i) {
    if (!(kZones[i - 1].name < kZones[i].name)) return false;
  }
  return true;
}
static_assert(std::size(kZones) > 0, "zone_table.inc is empty: run tools/gen-zones.sh");
static_assert(strictly_sorted_by_name(),
              "zone_table.inc must be sorted by name (LC_ALL=C) without duplicates");

// ---------------------------------------------------------------------------------------
// POSIX TZ rules.

constexpr std::int32_t kHour = 3600;

struct RuleDate {
  enum class Kind { julian_1_365, zero_based_0_365, month_week_day };
  Kind kind = Kind::month_week_day;
  int day = 0;                    // Jn: 1–365; n: 0–365
  int month = 0;                  // Mm.w.d: 1–12
  int week = 0;                   //         1–5 (5 = last)
  int weekday = 0;                //         0 = Sunday … 6
  std::int32_t time = 2 * kHour;  // local time of the change, seconds; −167 h … 167 h
};

struct PosixRule {
  std::string std_name;
  std::int32_t std_west = 0;  // POSIX sign: seconds *west* of UTC ("EST5" → 18000)
  bool has_dst = false;
  std::string dst_name;
  std::int32_t dst_west = 0;
  RuleDate start;  // into DST
  RuleDate end;    // out of DST
};

class RuleParser {
 public:
  explicit RuleParser(std::string_view s) : s_(s) {}

  // std offset [dst [offset] ,start[/time],end[/time]]
  std::optional<PosixRule> parse() {
    PosixRule r;
    if (!name(r.std_name) || !signed_hms(24, r.std_west)) return std::nullopt;
    if (at_end()) return r;
    r.has_dst = true;
    if (!name(r.dst_name)) return std::nullopt;
    r.dst_west = r.std_west - kHour;  // POSIX default: one hour ahead of standard time
    if (!peek(',') && !signed_hms(24, r.dst_west)) return std::nullopt;
    // A DST name without rules has implementation-defined rules; zic never writes one.
    if (!eat(',') || !date(r.start) || !eat(',') || !date(r.end) || !at_end()) {
      return std::nullopt;
    }
    return r;
  }

 private:
  bool at_end() const { return i_ == s_.size(); }
  bool peek(char c) const { return i_ < s_.size() && s_[i_] == c; }
  bool eat(char c) {
    if (!peek(c)) return false;
    ++i_;
    return true;
  }

  // min_digits…max_digits ASCII digits.
  bool number(int min_digits, int max_digits, int& out) {
    int value = 0;
    int count = 0;
    while (count < max_digits && i_ < s_.size() && text::is_ascii_digit(s_[i_])) {
      value = value * 10 + (s_[i_] - '0');
      ++i_;
      ++count;
    }
    out = value;
    return count >= min_digits;
  }

  // Either ≥ 3 letters, or '<' ≥ 3 of [A-Za-z0-9+-] '>' (stored without the brackets).
  bool name(std::string& out) {
    out.clear();
    if (eat('<')) {
      while (i_ < s_.size() && (text::is_ascii_letter(s_[i_]) || text::is_ascii_digit(s_[i_]) ||
                                s_[i_] == '+' || s_[i_] == '-')) {
        out.push_back(s_[i_++]);
      }
      if (!eat('>')) return false;
    } else {
      while (i_ < s_.size() && text::is_ascii_letter(s_[i_])) out.push_back(s_[i_++]);
    }
    return out.size() >= 3;
  }

  // hh[:mm[:ss]] with hh ≤ max_hours.
  bool hms(int max_hours, std::int32_t& out) {
    int h = 0, m = 0, sec = 0;
    if (!number(1, max_hours >= 100 ? 3 : 2, h) || h > max_hours) return false;
    if (eat(':')) {
      if (!number(2, 2, m) || m > 59) return false;
      if (eat(':') && (!number(2, 2, sec) || sec > 59)) return false;
    }
    out = h * kHour + m * 60 + sec;
    return true;
  }

  bool signed_hms(int max_hours, std::int32_t& out) {
    const bool negative = eat('-');
    if (!negative) eat('+');
    if (!hms(max_hours, out)) return false;
    if (negative) out = -out;
    return true;
  }

  // Jn | n | Mm.w.d, then an optional /time.
  bool date(RuleDate& d) {
    if (eat('J')) {
      d.kind = RuleDate::Kind::julian_1_365;
      if (!number(1, 3, d.day) || d.day < 1 || d.day > 365) return false;
    } else if (eat('M')) {
      d.kind = RuleDate::Kind::month_week_day;
      if (!number(1, 2, d.month) || d.month < 1 || d.month > 12 || !eat('.') ||
          !number(1, 1, d.week) || d.week < 1 || d.week > 5 || !eat('.') ||
          !number(1, 1, d.weekday) || d.weekday > 6) {
        return false;
      }
    } else {
      d.kind = RuleDate::Kind::zero_based_0_365;
      if (!number(1, 3, d.day) || d.day > 365) return false;
    }
    if (eat('/')) return signed_hms(167, d.time);
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

// ":mm" or ":mm:ss" after an hour, or nothing for a whole hour: POSIX rules and UTC
// offsets write minutes and seconds the same way.
void append_minutes_seconds(std::string& out, std::int64_t m, std::int64_t s) {
  if (m == 0 && s == 0) return;
  out += ':' + text::padded(m, 2);
  if (s == 0) return;
  out += ':' + text::padded(s, 2);
}

// [-]h[:mm[:ss]] with h ≤ 99 (ptz reads at most two hour digits).
bool append_hms(std::string& out, std::int32_t seconds) {
  if (seconds < 0) {
    out += '-';
    seconds = -seconds;
  }
  const std::int32_t h = seconds / kHour, m = seconds / 60 % 60, s = seconds % 60;
  if (h > 99) return false;
  out += std::to_string(h);
  append_minutes_seconds(out, m, s);
  return true;
}

bool append_date(std::string& out, const RuleDate& d, std::int32_t shift) {
  switch (d.kind) {
    case RuleDate::Kind::julian_1_365:
      out += 'J';
      out += std::to_string(d.day);
      break;
    case RuleDate::Kind::zero_based_0_365: out += std::to_string(d.day); break;
    case RuleDate::Kind::month_week_day:
      out += 'M';
      out += std::to_string(d.month);
      out += '.';
      out += std::to_string(d.week);
      out += '.';
      out += std::to_string(d.weekday);
      break;
  }
  const std::int32_t time = d.time + shift;
  if (time < 0) return false;  // ptz reads unsigned rule times only
  out += '/';
  return append_hms(out, time);
}

// What ptz is given for one table rule.
struct PtzRule {
  std::string text;        // canonical, within ptz's grammar
  std::int32_t shift = 0;  // seconds the evaluation frame runs ahead of real local time
  bool has_dst = false;
  std::int32_t summer_offset = 0;  // east of UTC: the larger of the two offsets
  std::int32_t winter_offset = 0;  // east of UTC: the smaller one
};

std::optional<PtzRule> to_ptz_rule(std::string_view table_rule) {
  const std::optional<PosixRule> r = RuleParser(table_rule).parse();
  if (!r) return std::nullopt;
  PtzRule out;
  out.has_dst = r->has_dst;
  if (r->has_dst) {
    out.shift = std::max<std::int32_t>({0, -r->start.time, -r->end.time});
    out.summer_offset = std::max(-r->std_west, -r->dst_west);
    out.winter_offset = std::min(-r->std_west, -r->dst_west);
  }
  std::string& t = out.text;
  t = '<' + r->std_name + '>';
  if (!append_hms(t, r->std_west - out.shift)) return std::nullopt;
  if (r->has_dst) {
    t += '<' + r->dst_name + '>';
    if (!append_hms(t, r->dst_west - out.shift)) return std::nullopt;
    t += ',';
    if (!append_date(t, r->start, out.shift)) return std::nullopt;
    t += ',';
    if (!append_date(t, r->end, out.shift)) return std::nullopt;
  }
  return out;
}

}  // namespace

// A ready-to-use evaluator for one zone (declared in zone.h).
struct ZoneRules {
  std::string name;
  std::string posix_rule;  // as the table writes it
  Posix::time_zone tz;
  std::chrono::seconds shift;
  bool has_dst;
  std::int32_t summer_offset;
  std::int32_t winter_offset;
};

namespace {

ZoneRules make_rules(const ZoneEntry& zone, const PtzRule& r) {
  return {std::string(zone.name),
          std::string(zone.rule),
          Posix::time_zone{r.text},
          std::chrono::seconds{r.shift},
          r.has_dst,
          r.summer_offset,
          r.winter_offset};
}

// ---------------------------------------------------------------------------------------
// Wall-clock arithmetic. Instants are kept within years −30000…30000 (date::year holds
// −32767…32767; ptz looks one year either side), far outside any real use.

using std::chrono::seconds;

constexpr int kMinYear = -30000;
constexpr int kMaxYear = 30000;
constexpr std::int64_t kMinSeconds =
    date::sys_seconds{date::sys_days{date::year{kMinYear} / date::January / 1}}
        .time_since_epoch()
        .count();
constexpr std::int64_t kMaxSeconds =
    date::sys_seconds{date::sys_days{date::year{kMaxYear} / date::December / 31}}
        .time_since_epoch()
        .count();

std::int64_t clamp_seconds(std::int64_t s) { return std::clamp(s, kMinSeconds, kMaxSeconds); }

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Exact for valid fields (what parse_local_datetime returns); anything else is normalized
// arithmetically (month 13 → January of the next year, 25:00 → 01:00 the next day), so no
// field reaches date's unchecked conversions.
date::local_seconds to_local_seconds(const LocalDateTime& t) {
  const std::int64_t months =
      std::int64_t{std::clamp(t.year, kMinYear, kMaxYear)} * 12 + (std::int64_t{t.month} - 1);
  const std::int64_t y = std::clamp<std::int64_t>(floor_div(months, 12), kMinYear, kMaxYear);
  const auto m = static_cast<unsigned>(months - floor_div(months, 12) * 12 + 1);
  const date::local_days first{date::year{static_cast<int>(y)} / date::month{m} / 1};
  const std::int64_t s = date::local_seconds{first}.time_since_epoch().count() +
                         (std::int64_t{t.day} - 1) * 86400 + std::int64_t{t.hour} * 3600 +
                         std::int64_t{t.minute} * 60;
  return date::local_seconds{seconds{clamp_seconds(s)}};
}

LocalDateTime from_local_seconds(date::local_seconds s) {
  const auto day = date::floor<date::days>(s);
  const date::year_month_day ymd{day};
  const std::int64_t in_day = (s - day).count();  // 0 … 86399
  LocalDateTime t;
  t.year = static_cast<int>(ymd.year());
  t.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  t.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  t.hour = static_cast<int>(in_day / 3600);
  t.minute = static_cast<int>(in_day / 60 % 60);
  return t;
}

}  // namespace

// ---------------------------------------------------------------------------------------

std::optional<LocalDateTime> parse_local_datetime(std::string_view text) {
  if (text.size() != 16 && text.size() != 19) return std::nullopt;
  bool ok = true;
  auto digits = [&](std::size_t pos, std::size_t n) {
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
      const char c = text[i];
      if (c < '0' || c > '9') {
        ok = false;
        return 0;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  };
  auto literal = [&](std::size_t pos, char c) {
    if (text[pos] != c) ok = false;
  };
  LocalDateTime t;
  t.year = digits(0, 4);
  literal(4, '-');
  t.month = digits(5, 2);
  literal(7, '-');
  t.day = digits(8, 2);
  literal(10, 'T');
  t.hour = digits(11, 2);
  literal(13, ':');
  t.minute = digits(14, 2);
  if (text.size() == 19) {
    literal(16, ':');
    if (digits(17, 2) != 0) ok = false;  // minute precision: only ":00" is accepted
  }
  if (!ok || t.hour > 23 || t.minute > 59 || t.month < 1 || t.month > 12 || t.day < 1) {
    return std::nullopt;
  }
  const date::year_month_day ymd{date::year{t.year}, date::month{static_cast<unsigned>(t.month)},
                                 date::day{static_cast<unsigned>(t.day)}};
  if (!ymd.ok()) return std::nullopt;
  return t;
}

long day_number(const LocalDateTime& t) {
  const date::sys_days days{date::year{t.year} / date::month{static_cast<unsigned>(t.month)} /
                            date::day{static_cast<unsigned>(t.day)}};
  return static_cast<long>(days.time_since_epoch().count());
}

int weekday(const LocalDateTime& t) {
  const auto day = date::floor<date::days>(to_local_seconds(t));
  return static_cast<int>(date::weekday{day}.c_encoding());
}

namespace {

// Every zone's rule, read on the first look-up of any (kZones's order; null for a rule ptz
// must not see): a sheet looks its zones up several times, and reading a rule costs more than
// the conversions a notice makes with it.
const std::vector<std::unique_ptr<const ZoneRules>>& all_rules() {
  static const auto rules = [] {
    std::vector<std::unique_ptr<const ZoneRules>> out;
    for (const auto& zone : kZones) {
      // The table is trusted, but ptz must never see a rule that would make it throw.
      const std::optional<PtzRule> rule = to_ptz_rule(zone.rule);
      out.push_back(rule ? std::make_unique<const ZoneRules>(make_rules(zone, *rule)) : nullptr);
    }
    return out;
  }();
  return rules;
}

}  // namespace

std::optional<Zone> Zone::find(std::string_view iana_name) {
  const auto* it =
      std::lower_bound(std::begin(kZones), std::end(kZones), iana_name,
                       [](const ZoneEntry& e, std::string_view name) { return e.name < name; });
  if (it == std::end(kZones) || it->name != iana_name) return std::nullopt;
  const auto& rules = all_rules()[static_cast<std::size_t>(it - std::begin(kZones))];
  if (!rules) return std::nullopt;
  return Zone(*rules);
}

const std::string& Zone::name() const { return rules_->name; }

const std::string& Zone::posix_rule() const { return rules_->posix_rule; }

namespace {

// What an instant's offset is, as offset_at gives it.
ZoneOffset zone_offset(const ZoneRules& ev, const date::sys_info& info) {
  ZoneOffset o;
  o.utc_offset_seconds = static_cast<int>((info.offset - ev.shift).count());
  o.abbreviation = info.abbrev;  // ptz stores "<+08>" as "+08"; strip brackets regardless
  o.abbreviation.erase(std::remove_if(o.abbreviation.begin(), o.abbreviation.end(),
                                      [](char c) { return c == '<' || c == '>'; }),
                       o.abbreviation.end());
  // Summer time in the everyday sense: the clock shows the larger of the zone's two
  // offsets. (tzdata gives Europe/Dublin a negative save: IST is its "standard" time and
  // winter GMT its "DST"; here Dublin's summer IST is is_dst and winter GMT is not.)
  o.is_dst = ev.has_dst && ev.summer_offset != ev.winter_offset &&
             o.utc_offset_seconds == ev.summer_offset;
  return o;
}

// A stretch of time at one offset between two changes of a zone's clocks, as ptz's get_info
// gives it (begin ≤ instant < end).
struct Stretch {
  const ZoneRules* rules = nullptr;
  date::sys_seconds begin, end;
  seconds offset{0};  // ptz's, in the rules' frame (see shift)
  ZoneOffset zone_offset;
};

// The stretches met last on this thread (the batch converts on several). A notice converts its
// instants in a zone or two, nearly all within one stretch, and working out a year's changes
// of the clocks (get_info) cost more than the rest of a conversion.
struct KeptStretches {
  static constexpr std::size_t kKept = 4;
  std::array<Stretch, kKept> stretches;
  std::size_t next = 0;  // the one to give up for the next stretch met
};

KeptStretches& kept_stretches() {
  thread_local KeptStretches kept;
  return kept;
}

// The stretch `utc` falls in.
const Stretch& stretch_at(const ZoneRules& ev, date::sys_seconds utc) {
  KeptStretches& kept = kept_stretches();
  for (const Stretch& s : kept.stretches)
    if (s.rules == &ev && s.begin <= utc && utc < s.end) return s;
  const date::sys_info info = ev.tz.get_info(utc);
  Stretch& s = kept.stretches[kept.next];
  kept.next = (kept.next + 1) % KeptStretches::kKept;
  s = {&ev, info.begin, info.end, info.offset, zone_offset(ev, info)};
  return s;
}

// The instant of wall-clock time `lt` (in the rules' frame) when a kept stretch has it a day or
// more from either of its ends: no change of the clocks (an hour or two) can then skip or repeat
// it, and its offset is the stretch's.
std::optional<date::sys_seconds> unique_in_kept_stretch(const ZoneRules& ev,
                                                        date::local_seconds lt) {
  constexpr seconds kDay{86400};
  for (const Stretch& s : kept_stretches().stretches) {
    if (s.rules != &ev) continue;
    const date::sys_seconds utc{lt.time_since_epoch() - s.offset};
    if (s.begin + kDay <= utc && utc + kDay < s.end) return utc;
  }
  return std::nullopt;
}

}  // namespace

ResolvedTime Zone::to_utc(const LocalDateTime& local) const {
  const ZoneRules& ev = *rules_;
  const date::local_seconds lt = to_local_seconds(local) + ev.shift;
  if (const auto utc = unique_in_kept_stretch(ev, lt))
    return {utc->time_since_epoch().count(), LocalTimeKind::unique};
  const date::local_info info = ev.tz.get_info(lt);
  ResolvedTime r;
  switch (info.result) {
    case date::local_info::nonexistent:
      // The wall clock jumps over this time; the gap ends at the transition instant.
      r.kind = LocalTimeKind::nonexistent;
      r.utc = info.first.end.time_since_epoch().count();
      break;
    case date::local_info::ambiguous:
      // The wall clock repeats this time; the earlier instant uses the offset before the
      // transition.
      r.kind = LocalTimeKind::ambiguous;
      r.utc = (lt.time_since_epoch() - info.first.offset).count();
      break;
    default:
      r.kind = LocalTimeKind::unique;
      r.utc = (lt.time_since_epoch() - info.first.offset).count();
      break;
  }
  // The instants near this one are converted next (its window's end, its moments).
  stretch_at(ev, date::sys_seconds{seconds{clamp_seconds(r.utc)}});
  return r;
}

LocalDateTime Zone::to_local(UtcSeconds utc) const {
  const ZoneRules& ev = *rules_;
  const date::sys_seconds st{seconds{clamp_seconds(utc)}};
  const Stretch& s = stretch_at(ev, st);
  return from_local_seconds(date::local_seconds{st.time_since_epoch() + s.offset - ev.shift});
}

ZoneOffset Zone::offset_at(UtcSeconds utc) const {
  return stretch_at(*rules_, date::sys_seconds{seconds{clamp_seconds(utc)}}).zone_offset;
}

std::string format_utc_offset(int utc_offset_seconds, Minus minus) {
  std::int64_t v = utc_offset_seconds;
  if (v == 0) return "UTC";
  std::string out = "UTC";
  if (v < 0) {
    out += minus == Minus::sign ? "\xE2\x88\x92" : "-";  // U+2212 MINUS SIGN, UTF-8
    v = -v;
  } else {
    out += '+';
  }
  out += std::to_string(v / 3600);
  const std::int64_t m = v / 60 % 60, s = v % 60;
  append_minutes_seconds(out, m, s);
  return out;
}

}  // namespace noticekit::time
