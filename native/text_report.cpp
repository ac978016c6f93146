#include "text_report.h"

#include <cstdint>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace noticekit::cli {
namespace {

using nlohmann::json;

// Field readers that never throw: a result missing a field (or holding another type) is
// shown with the field left out rather than ending the program.
std::string string_field(const json& object, const char* key) {
  if (!object.is_object()) return {};
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool has_number(const json& object, const char* key) {
  if (!object.is_object()) return false;
  const auto it = object.find(key);
  return it != object.end() && it->is_number();
}

std::int64_t number_field(const json& object, const char* key) {
  if (!has_number(object, key)) return 0;
  const json& value = object.at(key);
  return value.is_number_integer() ? value.get<std::int64_t>()
                                   : static_cast<std::int64_t>(value.get<double>());
}

std::string number_text(const json& object, const char* key) {
  return std::to_string(number_field(object, key));
}

std::int64_t count_code_points(const std::string& utf8) {
  std::int64_t count = 0;
  for (const unsigned char byte : utf8) count += (byte & 0xC0) != 0x80;
  return count;
}

// The core's "gsm7" / "ucs2" as people write them.
std::string encoding_name(const std::string& encoding) {
  if (encoding == "gsm7") return "GSM-7";
  if (encoding == "ucs2") return "UCS-2";
  return encoding;
}

// "3 segments (UCS-2, 182 units, 67 per part)"; nothing when --fields left the metrics out
// ("0 segments" would be false).
std::string sms_summary(const json& metrics) {
  if (!has_number(metrics, "segments")) return {};
  const std::int64_t segments = number_field(metrics, "segments");
  std::string summary = std::to_string(segments) + (segments == 1 ? " segment" : " segments");
  std::string details = encoding_name(string_field(metrics, "encoding"));
  const auto add = [&details](const std::string& part) {
    details += details.empty() ? part : ", " + part;
  };
  if (has_number(metrics, "units")) {
    if (segments <= 1 && has_number(metrics, "single_limit")) {
      add(number_text(metrics, "units") + "/" + number_text(metrics, "single_limit") + " units");
    } else {
      add(number_text(metrics, "units") + " units");
    }
  }
  if (segments > 1 && has_number(metrics, "part_limit")) {
    add(number_text(metrics, "part_limit") + " per part");
  }
  return details.empty() ? summary : summary + " (" + details + ")";
}

// "subject 61/78 chars". For email the metrics' "limit" is the subject's; 78 (RFC 5322's
// recommended line length) stands in if a result lacks it.
std::string email_summary(const json& output, const json& metrics) {
  const std::string subject = string_field(output, "subject");
  if (subject.empty() && !has_number(metrics, "subject_characters")) return {};
  const std::int64_t length = has_number(metrics, "subject_characters")
                                  ? number_field(metrics, "subject_characters")
                                  : count_code_points(subject);
  const std::int64_t limit = has_number(metrics, "limit") ? number_field(metrics, "limit") : 78;
  return "subject " + std::to_string(length) + "/" + std::to_string(limit) + " chars";
}

// Any other channel: the measures it reports, e.g. "120 chars, 360 bytes, limit 2048".
std::string generic_summary(const json& metrics) {
  std::string summary;
  const auto add = [&summary](const std::string& part) {
    summary += summary.empty() ? part : ", " + part;
  };
  if (has_number(metrics, "weighted")) add("weighted " + number_text(metrics, "weighted"));
  if (has_number(metrics, "characters")) add(number_text(metrics, "characters") + " chars");
  if (has_number(metrics, "bytes")) add(number_text(metrics, "bytes") + " bytes");
  // "limit 60 seconds" where the channel names what its limit counts.
  if (has_number(metrics, "limit")) {
    const std::string unit = string_field(metrics, "limit_unit");
    add("limit " + number_text(metrics, "limit") + (unit.empty() ? "" : " " + unit));
  }
  return summary;
}

std::string header_line(const json& output) {
  const json metrics =
      output.is_object() && output.contains("metrics") ? output.at("metrics") : json::object();
  const std::string channel = string_field(output, "channel");
  std::string summary;
  if (channel == "sms") {
    summary = sms_summary(metrics);
  } else if (channel == "email") {
    summary = email_summary(output, metrics);
  } else {
    summary = generic_summary(metrics);
  }
  if (metrics.is_object() && metrics.contains("ok") && metrics.at("ok") == false) {
    summary += summary.empty() ? "OVER THE LIMIT" : " - OVER THE LIMIT";
  }

  std::string line = "===";
  const char* separator = " ";
  for (const std::string& part :
       {string_field(output, "kind"), channel, string_field(output, "lang"), summary}) {
    if (part.empty()) continue;
    line += separator + part;
    separator = " \u00B7 ";  // a middle dot between the parts
  }
  return line + " ===";
}

// "warning contact.missing at /contacts: No contact is reachable during the outage."
void print_findings(const json& result, std::ostream& out, bool say_when_none) {
  const auto it = result.is_object() ? result.find("findings") : result.end();
  const bool any = it != result.end() && it->is_array() && !it->empty();
  if (!any) {
    if (say_when_none) out << "no findings\n";
    return;
  }
  for (const json& finding : *it) {
    std::string line = string_field(finding, "severity");
    const std::string code = string_field(finding, "code");
    if (!code.empty()) line += (line.empty() ? "" : " ") + code;
    // The empty JSON pointer is the whole sheet, which needs no "at".
    if (const std::string path = string_field(finding, "path"); !path.empty()) {
      line += " at " + path;
    }
    out << printable(line + ": " + string_field(finding, "message")) << '\n';
  }
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (byte < 0x20 || byte == 0x7F) {
      out += fmt::format("\\u{:04X}", byte);
    } else if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) {  // C1: U+0080–U+009F
      out += fmt::format("\\u{:04X}", next);
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

void print_outputs_as_text(std::string_view result_json, std::ostream& out,
                           std::ostream& findings_out) {
  const json result = json::parse(result_json, nullptr, false);
  if (result.is_discarded()) {  // cannot happen with a working core; show what there is
    out << result_json << '\n';
    return;
  }
  const auto outputs = result.is_object() ? result.find("outputs") : result.end();
  if (outputs != result.end() && outputs->is_array()) {
    bool first = true;
    for (const json& output : *outputs) {
      if (!first) out << '\n';
      first = false;
      out << header_line(output) << '\n';
      const std::string subject = string_field(output, "subject");
      if (!subject.empty()) out << "Subject: " << subject << '\n';
      std::string text = string_field(output, "text");
      if (!text.empty() && text.back() != '\n') text += '\n';
      out << text;
    }
  }
  print_findings(result, findings_out, false);
}

void print_findings_as_text(std::string_view result_json, std::ostream& out) {
  const json result = json::parse(result_json, nullptr, false);
  if (result.is_discarded()) {
    out << result_json << '\n';
    return;
  }
  print_findings(result, out, true);
  // "completeness: 75/100 (missing: the reason; what to do instead)"
  const auto c = result.is_object() ? result.find("completeness") : result.end();
  if (c == result.end() || !c->is_object()) return;
  out << "completeness: " << c->value("score", 0) << "/100";
  const auto missing = c->find("missing");
  if (missing != c->end() && missing->is_array() && !missing->empty()) {
    std::string list;
    for (const json& item : *missing)
      list += (list.empty() ? "" : "; ") + string_field(item, "label");
    out << " (missing: " << list << ")";
  }
  out << '\n';
}

namespace {

const json& array_field(const json& object, const char* key) {
  static const json empty = json::array();
  if (!object.is_object()) return empty;
  const auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : empty;
}

std::string joined(const json& strings) {
  std::string out;
  for (const json& s : strings)
    if (s.is_string()) out += (out.empty() ? "" : ", ") + s.get<std::string>();
  return out;
}

// " 1. SMS (sms) · score 75 · recommended" and the reasons beneath.
void print_ranked_channels(const json& result, std::ostream& out) {
  out << "Channels, best first\n";
  int rank = 0;
  for (const json& c : array_field(result, "channels")) {
    ++rank;
    out << (rank < 10 ? " " : "") << rank << ". " << string_field(c, "name") << " ("
        << string_field(c, "channel") << ") \u00B7 score " << number_field(c, "score");
    if (c.value("recommended", false)) out << " \u00B7 recommended";
    out << '\n';
    for (const json& reason : array_field(c, "reasons"))
      if (reason.is_string()) out << "      - " << reason.get<std::string>() << '\n';
  }
}

// One step per line down a time line: local time, UTC, the step and its channels; the note
// beneath.
void print_timeline(const json& result, std::ostream& out) {
  out << "\nSchedule (the sheet's local time, then UTC)\n";
  for (const json& s : array_field(result, "schedule")) {
    std::string at = string_field(s, "at");
    std::string at_utc = string_field(s, "at_utc");
    if (at.empty()) at = "when back";
    if (at_utc.empty()) at_utc = "-";
    at.resize(std::max<std::size_t>(at.size(), 16), ' ');
    at_utc.resize(std::max<std::size_t>(at_utc.size(), 20), ' ');
    out << "  " << at << "  " << at_utc << "  \u25CF " << string_field(s, "name") << ": "
        << joined(array_field(s, "channels")) << '\n';
    // The same moment where readers are: "America/New_York 09:00, Europe/Berlin 23:00 (quiet
    // hours)".
    std::string elsewhere;
    for (const json& l : array_field(s, "local_times")) {
      const std::string local = string_field(l, "at");
      elsewhere += (elsewhere.empty() ? "" : ", ") + string_field(l, "zone") + " " +
                   (local.size() >= 16 ? local.substr(5, 5) + " " + local.substr(11, 5) : local) +
                   (l.value("quiet", false) ? " (quiet hours)" : "");
    }
    if (!elsewhere.empty()) out << "  " << std::string(38, ' ') << "  \u2502 " << elsewhere << '\n';
    out << "  " << std::string(38, ' ') << "  \u2502 " << string_field(s, "note") << '\n';
  }
}

std::string number_or_dash(const json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object.at(key).is_number()) return "-";
  return object.at(key).dump();
}

void print_costs(const json& result, std::ostream& out) {
  const json costs = result.is_object() ? result.value("costs", json::object()) : json::object();
  out << "\nCosts and reach\n";
  if (const json sms = costs.value("sms", json()); sms.is_object()) {
    out << "  SMS: " << number_or_dash(sms, "segments") << " segments x "
        << number_or_dash(sms, "recipients") << " recipients x " << number_or_dash(sms, "sends")
        << " sends = " << number_or_dash(sms, "messages") << " messages; "
        << number_or_dash(sms, "per_send") << " per send, " << number_or_dash(sms, "total")
        << " in all " << string_field(sms, "currency") << '\n';
  }
  for (const json& im : array_field(costs, "im")) {
    out << "  " << string_field(im, "channel") << ": " << number_or_dash(im, "peak_per_minute")
        << " messages in the busiest minute, limit " << number_or_dash(im, "limit_per_minute")
        << " a minute" << (im.value("ok", true) ? "" : " - OVER THE LIMIT") << '\n';
  }
  const json reach = costs.value("reach", json::object());
  std::string shares;
  for (const json& r : array_field(reach, "channels"))
    shares += (shares.empty() ? "" : ", ") + string_field(r, "channel") + " " +
              number_or_dash(r, "share");
  if (!shares.empty()) {
    out << "  reach (share of the audience, estimated): " << shares << "; together "
        << number_or_dash(reach.value("combined", json::object()), "share") << '\n';
  }
}

void print_support_and_audiences(const json& result, std::ostream& out) {
  const json support =
      result.is_object() ? result.value("support", json::object()) : json::object();
  out << "\nSupport during the outage\n";
  for (const std::string group : {"reachable", "at_risk"}) {
    for (const json& c : array_field(support, group.c_str())) {
      out << "  " << (group == "reachable" ? "reachable: " : "at risk:   ")
          << string_field(c, "value") << " " << string_field(c, "label") << " - "
          << string_field(c, "note") << '\n';
    }
  }
  if (const std::string warning = string_field(support, "warning"); !warning.empty())
    out << "  WARNING: " << warning << '\n';
  const json& audiences = array_field(result, "audiences");
  if (audiences.empty()) return;
  out << "\nVersions per audience\n";
  for (const json& a : audiences) {
    out << "  " << string_field(a, "role") << " (" << string_field(a, "notice") << ", "
        << joined(array_field(a, "channels")) << "): " << string_field(a, "why") << '\n';
    for (const json& action : array_field(a, "actions_before"))
      if (action.is_string()) out << "      - " << action.get<std::string>() << '\n';
  }
}

}  // namespace

void print_plan_as_text(std::string_view result_json, std::ostream& out,
                        std::ostream& findings_out) {
  const json result = json::parse(result_json, nullptr, false);
  if (result.is_discarded()) {
    out << result_json << '\n';
    return;
  }
  if (!array_field(result, "channels").empty()) {  // empty when the sheet has errors
    print_ranked_channels(result, out);
    print_timeline(result, out);
    print_costs(result, out);
    print_support_and_audiences(result, out);
  }
  print_findings(result, findings_out, false);
}

}  // namespace noticekit::cli
