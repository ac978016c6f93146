// Phone: a script to read aloud or to feed an IVR's text-to-speech. Everything is written the
// way it is said: times as words ("10 p.m.", "22点"), phone numbers digit by digit, addresses
// with "at" and "dot", and no symbol a reader cannot say (brackets, 【】, emoji, slashes).
#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "channels/channel.h"
#include "channels/editions.h"
#include "compose/when.h"
#include "text/ascii.h"
#include "text/clock_time.h"
#include "text/digits.h"
#include "text/spaces.h"
#include "text/utf8.h"

namespace noticekit::channels {
namespace {

using locale::Locale;
using model::ContactKind;
using model::MessageKind;
using text::is_ascii_alnum;
using text::is_ascii_digit;

// IVR guidance (Avaya IR design guide "Prompts"/"Announcements"; ivrdoctors.com "System
// messages") asks for announcements "as concise as possible" without giving a number; a
// minute is our rule: longer recorded announcements are skipped or hung up on.
constexpr int speaking_seconds_limit = 60;

bool is_ideograph(char32_t c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}
// A character said as about one syllable, as speaking rates in characters count them: Han
// ideographs, kana (NHK's 300 a minute counts a script's kanji and kana alike) and Hangul
// syllables (Korean rates are given in syllables, 음절).
bool is_syllable_character(char32_t c) {
  return is_ideograph(c) || (c >= 0x3041 && c <= 0x30FF && c != 0x30FB) ||
         (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0xAC00 && c <= 0xD7A3);
}
// Pictographs, dingbats, variation selectors, joiners and private-use characters: nothing to say.
bool is_unsayable_symbol(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
         (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200D ||
         (c >= 0xE000 && c <= 0xF8FF);
}
// Brackets and quotes of both scripts: a reader pauses instead.
bool is_bracket(char32_t c) {
  static constexpr std::u32string_view brackets =
      U"()[]{}<>\"`\u3010\u3011\u3014\u3015\u300C\u300D\u300E\u300F"
      U"\u300A\u300B\u3008\u3009\uFF08\uFF09\u201C\u201D\u2018";
  return brackets.find(c) != std::u32string_view::npos;
}
// ASCII symbols left in a script after it was made sayable are counted as problems.
bool is_problem_symbol(char32_t c) {
  static constexpr std::u32string_view symbols = U"#*_~^|\\<>[]{}()\"`@/&+=";
  return symbols.find(c) != std::u32string_view::npos || is_unsayable_symbol(c) || is_bracket(c);
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  for (const char32_t c : s) text::append_utf8(out, c);
  return out;
}

// Appends a symbol said as a word, set off by spaces (tidy() drops those Chinese does not want).
void append_spaced(std::string& out, std::string_view word) {
  out.append(" ").append(word).append(" ");
}

// "10 p.m.", "10:30 p.m.", "midnight" / "22点", "22点30分": the locale decides.
std::string spoken_time(int hour, int minute, const Locale& loc) {
  if (minute == 0 && hour == 0) return loc.phrase("phone.time.midnight");
  if (minute == 0 && hour == 12) return loc.phrase("phone.time.noon");
  const int hour12 = hour % 12 == 0 ? 12 : hour % 12;
  const locale::Args args = {
      {"hour", std::to_string(hour)},
      {"hour12", std::to_string(hour12)},
      {"minute", text::padded(minute, 2)},
      // As counted, not as written: "a las 14 y 5" is said "catorce y cinco".
      {"minute_number", std::to_string(minute)},
      {"period", loc.phrase(hour < 12 ? "phone.period.am" : "phone.period.pm")},
      // The part of the day a listener hears with its hour (zh "凌晨0点45分", "中午12点半",
      // "晚上11点"): the small hours count from 0, the rest of the day from 1 to 12.
      {"day_period", loc.phrase(hour < 6     ? "phone.day_period.night"
                                : hour < 12  ? "phone.day_period.morning"
                                : hour == 12 ? "phone.day_period.noon"
                                : hour < 18  ? "phone.day_period.afternoon"
                                             : "phone.day_period.evening")},
      {"hour_in_period", std::to_string(hour < 6 ? hour : hour12)}};
  // One o'clock may need a word of its own (es "a la 1", not "a las 1").
  const std::string key = minute == 0 ? "phone.time.hour" : "phone.time.hour_minute";
  return loc.phrase(hour == 1 ? key + ".one" : key, args);
}

std::string spoken_date(const time::LocalDateTime& t, const Locale& loc) {
  return loc.phrase("phone.date", {{"weekday", loc.weekday(time::weekday(t))},
                                   {"day", loc.day_number(t.day)},
                                   {"month", std::to_string(t.month)},
                                   {"month_name", loc.month(t.month)}});
}

std::string spoken_moment(const time::LocalDateTime& t, const Locale& loc) {
  return loc.phrase("phone.moment",
                    {{"time", spoken_time(t.hour, t.minute, loc)}, {"date", spoken_date(t, loc)}});
}

// Digits one by one; a space, dash or dot between groups becomes a pause; "+" is said.
std::string spoken_digits(std::u32string_view number, const Locale& loc) {
  std::string out;
  bool pause = false;
  for (const char32_t c : number) {
    if (is_ascii_digit(c)) {
      if (!out.empty() && out.back() != ' ')
        out += pause ? loc.phrase("phone.digit_group_separator") : " ";
      out += static_cast<char>(c);
      pause = false;
    } else if (c == '+') {
      out.append(loc.phrase("phone.symbol.plus")).append(" ");
    } else if (!out.empty()) {
      pause = true;
    }
  }
  return out;
}

// An address or link as said aloud: the scheme dropped, symbols as words.
std::string spoken_address(std::string_view address, const Locale& loc) {
  for (const std::string_view scheme : {"https://", "http://", "mailto:", "tel:"})
    if (address.substr(0, scheme.size()) == scheme) address.remove_prefix(scheme.size());
  // A query string or fragment cannot be read out; the page itself can.
  address = address.substr(0, std::min(address.find('?'), address.find('#')));
  while (!address.empty() && address.back() == '/') address.remove_suffix(1);
  std::string out;
  for (const char c : address) {
    const char* word = nullptr;
    switch (c) {
      case '@': word = "phone.symbol.at"; break;
      case '.': word = "phone.symbol.dot"; break;
      case '/': word = "phone.symbol.slash"; break;
      case '-': word = "phone.symbol.dash"; break;
      case '_': word = "phone.symbol.underscore"; break;
      case ':': word = "phone.symbol.colon"; break;
      default: out += c; continue;
    }
    append_spaced(out, loc.phrase(word));
  }
  return out;
}

// Where a link or an address that starts at `i` ends: at a space, a CJK character, or
// punctuation that closes the sentence around it.
std::size_t address_end(std::u32string_view s, std::size_t i) {
  std::size_t end = i;
  while (end < s.size() && !text::is_word_space(s[end]) && !text::is_cjk(s[end]) &&
         !is_bracket(s[end]))
    ++end;
  while (end > i &&
         (s[end - 1] == '.' || s[end - 1] == ',' || s[end - 1] == ';' || s[end - 1] == '!'))
    --end;
  return end;
}

bool starts_with(std::u32string_view s, std::size_t i, std::u32string_view prefix) {
  return s.substr(i, prefix.size()) == prefix;
}

// A link or e-mail address in free text: "https://…", "www.…", or a word holding "@" and a dot.
// Not X's link rule (x_weight.cpp), on purpose: a caller must hear an e-mail address spelt out,
// while X counts only what it links; a bare "status.example.com" is read here as typed.
bool is_address_at(std::u32string_view s, std::size_t i) {
  if (i > 0 && !text::is_word_space(s[i - 1]) && !text::is_cjk(s[i - 1]) && !is_bracket(s[i - 1]))
    return false;
  if (starts_with(s, i, U"https://") || starts_with(s, i, U"http://") || starts_with(s, i, U"www."))
    return true;
  const std::u32string_view word = s.substr(i, address_end(s, i) - i);
  const auto at = word.find(U'@');
  return at != std::u32string_view::npos && at > 0 &&
         word.find(U'.', at) != std::u32string_view::npos;
}

// A phone number in free text: digits in groups joined by "-" (400-123-4567), or one run of at
// least five digits (12366). Returns its length, 0 when there is none at `i`.
std::size_t phone_number_length(std::u32string_view s, std::size_t i) {
  if (i > 0 && is_ascii_digit(s[i - 1])) return 0;
  std::size_t end = i, digits = 0, run = 0;
  bool grouped = false;
  while (end < s.size()) {
    if (is_ascii_digit(s[end])) {
      ++digits;
      ++run;
      ++end;
    } else if (s[end] == '-' && run > 0 && end + 1 < s.size() && is_ascii_digit(s[end + 1])) {
      grouped = true;
      run = 0;
      ++end;
    } else {
      break;
    }
  }
  return (grouped && digits >= 7) || (!grouped && digits >= 5) ? end - i : 0;
}

// Spaces tidied: one at most, none at the ends or before punctuation, none beside CJK text in
// languages written without spaces, and no doubled full stop ("Ltd.." → "Ltd.").
std::string tidy(std::string_view text, const Locale& loc) {
  const bool spaces_beside_cjk = loc.speech().space_beside_cjk;
  const auto cps = text::code_points(text);
  std::u32string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const char32_t c = cps[i];
    if (c == ' ') {
      const char32_t next = i + 1 < cps.size() ? cps[i + 1] : U' ';
      if (out.empty() || out.back() == ' ' || next == ' ' || next == ',' || next == '.' ||
          next == ';' || next == '?' || next == '!' ||
          (!spaces_beside_cjk && (text::is_cjk(out.back()) || text::is_cjk(next))))
        continue;
    }
    if (c == '.' && !out.empty() && out.back() == '.') continue;
    out += c;
  }
  return to_utf8(out);
}

// Appends a clock time said aloud where free text wrote "20:00". The text may already carry
// the word the spoken time starts or ends with ("20:00 Uhr" → "20 Uhr", "las 20:00" → "las 20
// horas"): that word is said once, not twice. `i` is just past the written time and moves past
// a word that is skipped.
void append_clock_time(std::string& out, std::u32string_view s, std::size_t& i,
                       std::string spoken) {
  const auto words = text::code_points(spoken);
  const std::u32string said(words.begin(), words.end());
  const auto last_space = said.rfind(U' ');
  if (last_space != std::u32string::npos) {
    const std::u32string_view last = std::u32string_view(said).substr(last_space + 1);
    const std::size_t end = i + 1 + last.size();
    const bool word_ends = end >= s.size() || !(is_ascii_alnum(s[end]) || s[end] > 0x7F);
    if (i < s.size() && s[i] == U' ' && s.substr(i + 1, last.size()) == last && word_ends) i = end;
  }
  const auto first_space = spoken.find(' ');
  if (first_space != std::string::npos) {
    const std::string first = spoken.substr(0, first_space + 1);
    const bool after_word =
        out.size() >= first.size() &&
        out.compare(out.size() - first.size(), first.size(), first) == 0 &&
        (out.size() == first.size() || out[out.size() - first.size() - 1] == ' ');
    if (after_word) spoken.erase(0, first.size());
  }
  out += spoken;
}

// True when the slash at `at` sits between a count and a whole: a digit after it, and a
// digit or a unit letter right after digits before it ("24/24", "24 h/24", "7 j/7").
bool counts_per(const std::u32string& s, std::size_t at) {
  const auto letter = [](char32_t c) { return c >= 'a' && c <= 'z'; };
  if (at + 1 >= s.size() || !is_ascii_digit(s[at + 1])) return false;
  // Back over spaces, one unit letter ("h", "j") and spaces, to a digit.
  std::size_t k = at;
  const auto skip_spaces = [&] {
    while (k > 0 && s[k - 1] == ' ') --k;
  };
  skip_spaces();
  if (k > 0 && letter(s[k - 1]) && (k == 1 || !letter(s[k - 2]))) {
    --k;
    skip_spaces();
  }
  return k > 0 && is_ascii_digit(s[k - 1]);
}

// Free text from the sheet made sayable: "20:00" as a time, "9:00–18:00" as a range, phone
// numbers digit by digit, links and addresses with "dot" and "at", "&" as a word, brackets,
// emoji and other symbols dropped.
std::string sayable(std::string_view text, const Locale& loc) {
  const std::u32string s = [&] {
    const auto cps = text::code_points(text);
    return std::u32string(cps.begin(), cps.end());
  }();
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (is_address_at(s, i)) {
      const std::size_t end = address_end(s, i);
      append_spaced(out, spoken_address(to_utf8(s.substr(i, end - i)), loc));
      i = end;
      continue;
    }
    // "20:00" or "9:00", said as a time. Only the colon form: unlike a contact's daily hours
    // (validate.cpp), free text's "9.30" is left as it was written. An impossible time
    // ("25:70") is read on as digits.
    if (const auto t = text::clock_time_at(s, i, U":"); t && t->is_valid()) {
      i += t->length;
      append_clock_time(out, s, i, spoken_time(t->hour % 24, t->minute, loc));
      continue;
    }
    if (const std::size_t n = phone_number_length(s, i); n > 0) {
      append_spaced(out, spoken_digits(s.substr(i, n), loc));
      i += n;
      continue;
    }
    const char32_t c = s[i++];
    if (c == '&')
      append_spaced(out, loc.phrase("phone.symbol.and"));
    else if (c == '@')
      append_spaced(out, loc.phrase("phone.symbol.at"));
    else if (c == '/')
      // "24 h/24", "7/7": a count out of a whole, said "24 h sur 24" (phone.symbol.per), not
      // "24 h barre oblique 24"; other slashes as the symbol's name.
      append_spaced(out,
                    loc.phrase(counts_per(s, i - 1) ? "phone.symbol.per" : "phone.symbol.slash"));
    else if (c == '+')
      append_spaced(out, loc.phrase("phone.symbol.plus"));
    else if (c == U'\u2013' || c == U'\u2014' || c == '~' || c == U'\uFF5E')
      append_spaced(out, loc.phrase("phone.range"));
    else if (is_bracket(c) || is_unsayable_symbol(c) || c == '#' || c == '*' || c == '_' ||
             c == '^' || c == '|' || c == '\\' || c == '=')
      out += ' ';
    else
      text::append_utf8(out, c);
  }
  return tidy(out, loc);
}

// A sentence ends with the language's full stop, or with a Latin one when the sentence is
// Latin text ("…no action is needed." in a Japanese script, not "…needed。").
std::string sentence(std::string s, const Locale& loc) {
  if (text::ends_with_one_of(s, U".!?。！？")) return s;
  return s + (text::is_latin_only(s) ? std::string(".") : loc.phrase("sentence.end"));
}

// A reason as a caller hears it, in the frames of `key`: a sentence as it was typed
// (`key`.sentence, where a language may announce it: "延長の理由は、次のとおりです。"), a phrase,
// a phrase with its own connector ("due to a power cut", `key`.connected).
std::string reason_sentence(const std::string& key, const compose::ShapedText& reason,
                            const Locale& loc) {
  const std::string said = sayable(reason.text, loc);
  if (reason.shape == compose::Shape::sentence)
    return loc.phrase(key + ".sentence", {{"reason", sentence(said, loc)}});
  return loc.phrase(compose::frame_key(key, reason.shape), {{"reason", said}});
}

std::string spoken_list(const std::vector<std::string>& items, const Locale& loc) {
  std::vector<std::string> said;
  for (const auto& item : items) said.push_back(sayable(item, loc));
  return loc.list(said);
}

std::string spoken_zone(const compose::Document& d, const time::Zone& zone, time::UtcSeconds at,
                        const Locale& loc) {
  // Heard, a long name is clear where an abbreviation is not ("Central European Summer Time").
  if (const auto name = loc.zone_name(d.time_zone)) return std::string(*name);
  const time::ZoneOffset here = zone.offset_at(at);
  if (const auto name =
          loc.cldr_zone_name(d.time_zone, here.is_dst, locale::ZoneNameForm::long_name))
    return std::string(*name);
  const int offset = here.utc_offset_seconds;
  const int minutes = std::abs(offset) / 60;
  return loc.phrase(minutes % 60 == 0 ? "phone.zone.offset" : "phone.zone.offset_minutes",
                    {{"sign", loc.phrase(offset < 0 ? "phone.zone.minus" : "phone.zone.plus")},
                     {"hours", std::to_string(minutes / 60)},
                     {"minutes", std::to_string(minutes % 60)}});
}

// The label a phone window sets the systems off with ("Service concerné : …", "Servicios
// afectados: …"): our noun agrees with their number, so the user's names need no grammar.
std::string affected_label(std::size_t systems, const Locale& loc) {
  return loc.phrase(systems == 1 ? "phone.affected.one" : "phone.affected.many");
}

// One window as said: "from 11 p.m. on Saturday 27 June to 1 a.m. on Sunday 28 June".
std::string spoken_window(time::UtcSeconds window_start, std::optional<time::UtcSeconds> window_end,
                          bool end_is_estimate, const time::Zone& zone, const Locale& loc) {
  const time::LocalDateTime start = zone.to_local(window_start);
  if (!window_end) return loc.phrase("phone.window.open", {{"start", spoken_moment(start, loc)}});
  const time::LocalDateTime end = zone.to_local(*window_end);
  // An estimated end is said at the end time itself ("to approximately 8 a.m.", "12点左右",
  // "正午ごろ"): a remark after the whole window garbles the sentence the window sits in.
  const auto estimated = [&](std::string said) {
    return end_is_estimate ? loc.phrase("phone.estimated_end", {{"end", std::move(said)}}) : said;
  };
  const bool same_day = end.year == start.year && end.month == start.month && end.day == start.day;
  return same_day
             ? loc.phrase("phone.window.same_day",
                          {{"date", spoken_date(start, loc)},
                           {"start_time", spoken_time(start.hour, start.minute, loc)},
                           {"end_time", estimated(spoken_time(end.hour, end.minute, loc))}})
             : loc.phrase("phone.window.cross_day", {{"start", spoken_moment(start, loc)},
                                                     {"end", estimated(spoken_moment(end, loc))}});
}

// Windows as a caller hears them. Windows at the same hours on several days are said once:
// "on Saturday 12 December and Tuesday 15 December, each time from 11 p.m. to 5 a.m. the
// following day" (phone.windows.*); a caller cannot hold three full ranges. Others, or any
// with an open or estimated end, are said one by one.
std::string spoken_windows(const std::vector<compose::WindowTimes>& spans, const time::Zone& zone,
                           const Locale& loc) {
  const bool estimated = std::any_of(
      spans.begin(), spans.end(), [](const compose::WindowTimes& w) { return w.end_is_estimate; });
  if (estimated || !compose::WhenWriter(loc, zone).same_hours(spans)) {
    std::vector<std::string> each;
    for (const auto& w : spans)
      each.push_back(spoken_window(w.start, w.end, w.end_is_estimate, zone, loc));
    return loc.list(each);
  }
  const time::LocalDateTime start = zone.to_local(spans.front().start);
  const time::LocalDateTime end = zone.to_local(*spans.front().end);
  std::vector<std::string> dates;
  for (const auto& w : spans) dates.push_back(spoken_date(zone.to_local(w.start), loc));
  return loc.phrase(time::day_number(end) == time::day_number(start) ? "phone.windows.same_day"
                                                                     : "phone.windows.next_day",
                    {{"dates", loc.list(dates)},
                     {"start_time", spoken_time(start.hour, start.minute, loc)},
                     {"end_time", spoken_time(end.hour, end.minute, loc)}});
}

// Every system of the windows the message tells (TimedWindow::is_news), once, in order.
std::vector<std::string> news_systems(const compose::Document& d) {
  std::vector<compose::TimedWindow> news;
  std::copy_if(d.windows.begin(), d.windows.end(), std::back_inserter(news),
               [](const compose::TimedWindow& w) { return w.is_news(); });
  return compose::systems_of(news);
}

// The sentence for a run of windows of the same systems, all said at once ("… from 11 p.m. on
// Saturday 27 June to 1 a.m. on Sunday 28 June and from 11 p.m. on Saturday 4 July …"): a
// caller hears each window, and the systems and what happens to them once.
std::string window_sentence(const compose::Document& d,
                            const std::vector<const compose::TimedWindow*>& run,
                            const time::Zone& zone, const Locale& loc) {
  const compose::TimedWindow& first = *run.front();
  std::vector<compose::WindowTimes> spans;
  for (const auto* w : run) spans.push_back({w->start, w->end, w->end_is_estimate});
  // A cancellation that leaves other windows says service is as usual at the cancelled times;
  // a window left alone that is already under way is not affected and ends as expected.
  const bool partial = d.message_kind == MessageKind::cancellation && !d.going_ahead.empty();
  const bool under_way = first.stands && first.end && d.sent && first.start <= *d.sent;
  // An extension with no new end says when the work began and that its end is open, not
  // "it now runs from 11 p.m. … until further notice".
  const bool open_extension =
      d.message_kind == MessageKind::extension && run.size() == 1 && !first.end;
  // Windows left as they were name their systems only when the news did not name the same.
  const std::string same = first.stands && news_systems(d) == first.systems ? ".same" : "";
  const std::string key = under_way        ? "phone.window.unchanged.under_way" + same
                          : first.stands   ? "phone.window.unchanged" + same
                          : open_extension ? std::string("phone.window.extension.open")
                                           : "phone.window." + std::string(name(d.message_kind)) +
                                                 (partial ? ".partial" : "");
  std::string out = loc.phrase(
      key, {{"systems", spoken_list(first.systems, loc)},
            {"affected", affected_label(first.systems.size(), loc)},
            {"window", spoken_windows(spans, zone, loc)},
            {"start", spoken_moment(zone.to_local(first.start), loc)},
            {"end", first.end ? spoken_moment(zone.to_local(*first.end), loc) : std::string()},
            {"zone", spoken_zone(d, zone, first.start, loc)}});
  // A moved or longer window also says what it was: callers remember the first announcement.
  std::vector<compose::WindowTimes> originals;
  for (const auto* w : run)
    if (const auto& was = w->original)
      originals.push_back({was->start, was->end, was->end_is_estimate});
  if (!originals.empty())
    out += loc.phrase("phone.sentence_separator") +
           loc.phrase("phone.window.was", {{"window", spoken_windows(originals, zone, loc)}});
  if (d.message_kind == MessageKind::emergency && first.end)
    out += loc.phrase("phone.expected_end", {{"end", spoken_moment(zone.to_local(*first.end), loc)},
                                             {"zone", spoken_zone(d, zone, *first.end, loc)}});
  return out;
}

// The windows in runs that one sentence can say together: the same systems in the same zone
// offset, changed alike (a window an extension leaves as it was is said to stand), one after
// the other. An emergency says each outage's own start, so it never groups.
std::vector<std::vector<const compose::TimedWindow*>> window_runs(
    const compose::Document& d, const std::vector<compose::TimedWindow>& windows,
    const time::Zone& zone, const Locale& loc) {
  std::vector<std::vector<const compose::TimedWindow*>> runs;
  for (const auto& w : windows) {
    if (w.over) continue;  // a caller hears what is under way and ahead, not what is done
    if (!runs.empty() && d.message_kind != MessageKind::emergency) {
      const compose::TimedWindow& last = *runs.back().back();
      if (last.systems == w.systems && last.stands == w.stands &&
          spoken_zone(d, zone, last.start, loc) == spoken_zone(d, zone, w.start, loc)) {
        runs.back().push_back(&w);
        continue;
      }
    }
    runs.push_back({&w});
  }
  return runs;
}

// A restoration says once since when service is back, for every system of the windows it is
// about: a caller waiting to file needs the time, and one time needs one sentence. Windows
// over before it (an earlier night) and windows still ahead are not about this return.
std::string restored_sentence(const compose::Document& d, time::UtcSeconds back,
                              const time::Zone& zone, const Locale& loc) {
  std::vector<std::string> systems = news_systems(d);
  if (systems.empty()) systems = compose::systems_of(d.windows);
  // Planned work says it is complete; an outage that service is back.
  const char* key =
      d.after_planned_work ? "phone.window.restoration.planned" : "phone.window.restoration";
  return loc.phrase(key, {{"systems", spoken_list(systems, loc)},
                          {"affected", affected_label(systems.size(), loc)},
                          {"end", spoken_moment(zone.to_local(back), loc)},
                          {"zone", spoken_zone(d, zone, back, loc)}});
}

std::string contact_sentence(const compose::ContactLine& c, const Locale& loc) {
  const std::u32string value = [&] {
    const auto cps = text::code_points(c.value);
    return std::u32string(cps.begin(), cps.end());
  }();
  const std::string spoken = c.kind == ContactKind::phone ? spoken_digits(value, loc)
                                                          : tidy(spoken_address(c.value, loc), loc);
  const std::string named = "phone.contact." + std::string(name(c.kind));
  std::string key =
      loc.has(named) ? named : "phone.contact." + std::string(name(ContactKind::other));
  // A number without a label is ours: "call us on …", not "call Phone on …".
  key = loc.variant(std::move(key), ".unlabelled", c.label.empty());
  std::string out = loc.phrase(key, {{"label", sayable(c.label, loc)}, {"value", spoken}});
  if (!c.hours.empty())
    out += loc.phrase("phone.contact.hours", {{"hours", sayable(c.hours, loc)}});
  return out;
}

std::string script(const compose::Document& d, const Locale& loc) {
  const std::string space = loc.phrase("phone.sentence_separator");
  std::vector<std::string> sentences;
  sentences.push_back(
      loc.phrase("phone.opening", {{"organization", sayable(d.organization, loc)}}));
  if (const auto zone = time::Zone::find(d.time_zone)) {
    if (d.message_kind == MessageKind::restoration && d.back) {
      sentences.push_back(restored_sentence(d, *d.back, *zone, loc));
    } else {
      // The news first: a caller hears what changed before what stays as announced.
      std::vector<compose::TimedWindow> news_first = d.windows;
      std::stable_partition(news_first.begin(), news_first.end(),
                            [](const compose::TimedWindow& w) { return !w.stands; });
      for (const auto& run : window_runs(d, news_first, *zone, loc))
        sentences.push_back(window_sentence(d, run, *zone, loc));
    }
    for (const auto& run : window_runs(d, d.going_ahead, *zone, loc))
      sentences.push_back(window_sentence(d, run, *zone, loc));
  }
  // A caller hears only what still matters for this message: no reason or workaround once the
  // work is cancelled or over, no "before the window" steps once it has begun.
  const bool over = traits(d.message_kind).is_over;
  const bool ahead = traits(d.message_kind).looks_ahead;
  // A change message says why it changed; the first announcement's reason would be a second
  // "the reason is" in a row.
  // Work under way or an outage is heard in the present ("…、現在サービスを停止しております").
  const bool under_way =
      d.message_kind == MessageKind::started || d.message_kind == MessageKind::emergency;
  if (!over && !d.reason.text.empty() && d.change_reason.text.empty())
    sentences.push_back(
        reason_sentence(under_way ? "phone.reason.under_way" : "phone.reason", d.reason, loc));
  if (!d.change_reason.text.empty())
    sentences.push_back(reason_sentence("phone.change_reason." + std::string(name(d.message_kind)),
                                        d.change_reason, loc));
  // An outage: what happened and why, then that it is being worked on and, with no end in
  // sight, that callers will be told.
  if (d.message_kind == MessageKind::emergency) {
    sentences.push_back(loc.phrase("phone.emergency.working"));
    const bool open = std::any_of(d.windows.begin(), d.windows.end(),
                                  [](const compose::TimedWindow& w) { return !w.end; });
    if (open) sentences.push_back(loc.phrase("phone.unknown_end"));
  }
  if (ahead)
    for (const auto& a : d.actions_before) sentences.push_back(sentence(sayable(a, loc), loc));
  if (!over)
    for (const auto& a : d.alternatives) sentences.push_back(sentence(sayable(a, loc), loc));
  for (const auto& c : d.contacts) sentences.push_back(contact_sentence(c, loc));
  if (!d.closing.empty()) sentences.push_back(sayable(d.closing.front(), loc));
  sentences.push_back(
      loc.phrase("phone.goodbye", {{"organization", sayable(d.organization, loc)}}));
  std::string out;
  for (const auto& s : sentences)
    if (!s.empty()) out += (out.empty() ? "" : space) + s;
  return tidy(out, loc);
}

// Words (space-separated) or characters (ideographs, kana and Hangul syllables, plus each
// Latin word or number), as the locale counts its speaking rate.
std::size_t speech_units(std::string_view script, bool by_characters) {
  std::size_t units = 0;
  bool in_word = false;
  for (const char32_t c : text::code_points(script)) {
    if (by_characters && is_syllable_character(c)) {
      ++units;
      in_word = false;
    } else if (is_ascii_alnum(c) ||
               (!by_characters && c > 0x7F && !is_ideograph(c) && c != 0x3000)) {
      if (!in_word) ++units;
      in_word = true;
    } else {
      in_word = by_characters ? false : (c != ' ' && in_word);
      if (c == ' ') in_word = false;
    }
  }
  return units;
}

// How long one edition's script takes to say. The speaking rate is language data
// (Locale::speech): English about 150 words a minute (National Center for Voice and Speech, as
// quoted in VirtualSpeech's "Average Speaking Rate and Words per Minute"); Mandarin about 240
// syllables, i.e. characters, a minute for ordinary speech, news reading 250–300 (figures
// quoted from 人民网 on 语速, e.g. 99.wendadaohang.com); Japanese 300 characters (NHK news),
// Korean in syllables. Each locale's notes give its source.
struct Speech {
  std::size_t units = 0;
  std::string unit;  // "characters" or "words"
  int seconds = 0;
};

Speech speech(std::string_view script, const Locale& loc) {
  const int per_minute = loc.speech().per_minute;
  const bool by_characters = loc.speech().unit == Locale::Speech::Unit::characters;
  const std::size_t units = speech_units(script, by_characters);
  const int seconds =
      static_cast<int>((units * 60 + static_cast<std::size_t>(per_minute) - 1) / per_minute);
  return {units, by_characters ? "characters" : "words", seconds};
}

}  // namespace

Output render_phone(const compose::Document& d, const Locale& loc, const Fields&) {
  Output out;
  out.channel = ChannelId::phone;
  // A notice in several languages is read in each, primary first, as announcements in Hong
  // Kong or Singapore are.
  Speech total;
  for (const auto& e : editions(d, loc)) {
    const std::string part = script(e.document, e.locale);
    const Speech said = speech(part, e.locale);
    out.text += (out.text.empty() ? "" : "\n") + part + "\n";
    total.units += said.units;
    total.seconds += said.seconds;
    if (total.unit.empty())
      total.unit = said.unit;
    else if (total.unit != said.unit)
      total.unit += "+" + said.unit;
  }
  std::size_t problems = 0;
  for (const char32_t c : text::code_points(out.text))
    if (is_problem_symbol(c)) ++problems;
  out.metrics = {{"characters", text::count_code_points(out.text)},
                 {"speech_units", total.units},
                 {"speech_unit", total.unit},
                 {"speaking_seconds", total.seconds},
                 {"unsayable_symbols", problems},
                 {"limit", speaking_seconds_limit},
                 {"limit_unit", "speaking_seconds"},
                 {"ok", total.seconds <= speaking_seconds_limit && problems == 0}};
  return out;
}

}  // namespace noticekit::channels
