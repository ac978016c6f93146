#include "text_report.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

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

// "3 segments (UCS-2, 182 units, 67 per part)"
std::string sms_summary(const json& metrics) {
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
  if (has_number(metrics, "limit")) add("limit " + number_text(metrics, "limit"));
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
    out << line << ": " << string_field(finding, "message") << '\n';
  }
}

}  // namespace

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
}

}  // namespace noticekit::cli
