#include "batch/record_renderer.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace noticekit::cli::batch {
namespace {

using ordered_json = nlohmann::ordered_json;

std::string dump(const ordered_json& value, int indent = -1) {
  return value.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

// What render gives for a sheet that cannot be read, with the record's problem as finding.
std::string problem_result(const RecordProblem& problem) {
  ordered_json finding = {{"code", problem.code}, {"severity", "error"}, {"path", problem.path}};
  if (problem.column > 0) finding["column"] = problem.column;
  finding["message"] = problem.message;
  return dump({{"outputs", ordered_json::array()},
               {"findings", ordered_json::array({std::move(finding)})},
               {"completeness", nullptr}});
}

// Adds "column" (after "path") to each finding about a field that one CSV column fills.
void add_csv_columns(ordered_json& findings, const CsvHeader& header) {
  for (auto& finding : findings) {
    if (finding.contains("column") || !finding.contains("path") || !finding["path"].is_string())
      continue;
    const std::size_t column = header.column_for(finding["path"].get_ref<const std::string&>());
    if (column == 0) continue;
    ordered_json with_column = ordered_json::object();
    for (auto& [key, value] : finding.items()) {
      with_column[key] = std::move(value);
      if (key == "path") with_column["column"] = column;
    }
    finding = std::move(with_column);
  }
}

// The file extension of one field of an output: the text a person pastes is .txt (.ics
// for a calendar), renderings keep their own type, and anything else is .<field>.txt.
std::string extension(std::string_view field, std::string_view channel) {
  if (field == "text") return channel == "ics" ? ".ics" : ".txt";
  if (field == "html") return ".html";
  if (field == "page") return ".page.html";
  if (field == "eml") return ".eml";
  if (field == "payload") return ".json";
  return "." + std::string(field) + ".txt";
}

// Names come from the core's own lists, but a file name is no place to trust that.
std::string file_safe(std::string_view name) {
  std::string out;
  for (char c : name) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
    out += safe ? c : '_';
  }
  return out;
}

std::string string_member(const ordered_json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// --out: each output's fields become files; the index line lists them instead of the text.
void split_into_files(const InputRecord& record, ordered_json& result, RenderedRecord& out) {
  ordered_json index_outputs = ordered_json::array();
  for (const auto& output : result["outputs"]) {
    const std::string kind = string_member(output, "kind");
    const std::string channel = string_member(output, "channel");
    const std::string stem =
        output_file_stem(record.ordinal, kind, channel, string_member(output, "lang"));
    ordered_json entry = {{"kind", kind}, {"channel", channel}, {"lang", output["lang"]}};
    ordered_json files = ordered_json::object();
    for (const auto& [field, value] : output.items()) {
      if (!value.is_string() || field == "kind" || field == "channel" || field == "lang") continue;
      const std::string name = stem + extension(field, channel);
      files[field] = name;
      out.files.emplace_back(name, value.get<std::string>());
    }
    entry["files"] = std::move(files);
    if (output.contains("metrics")) entry["metrics"] = output["metrics"];
    index_outputs.push_back(std::move(entry));
  }
  const std::string findings_file = fmt::format("{:06}-findings.json", record.ordinal);
  const ordered_json findings = {{"record", record.ordinal},
                                 {"line", record.line},
                                 {"status", static_cast<int>(out.status)},
                                 {"findings", result["findings"]},
                                 {"completeness", result["completeness"]}};
  out.files.emplace_back(findings_file, dump(findings, 2) + "\n");
  out.line = dump({{"record", record.ordinal},
                   {"line", record.line},
                   {"status", static_cast<int>(out.status)},
                   {"outputs", std::move(index_outputs)},
                   {"findings_file", findings_file}});
}

// The result with columns added to its findings, re-reading only the findings and the
// completeness that follow the outputs: the outputs (HTML, .eml, payloads) are most of the
// text, and parsing them again for each record would cost about as much as reading the sheet.
// `,"findings":` cannot occur inside a JSON string (a quote there is escaped), so its last
// occurrence is a member name; should it not be the top-level one, the tail does not parse as
// an object and the whole result is read instead.
std::string with_csv_columns(const std::string& result_json, const CsvHeader& header) {
  const std::size_t at = result_json.rfind(",\"findings\":");
  if (at != std::string::npos) {
    ordered_json tail =
        ordered_json::parse("{" + result_json.substr(at + 1), nullptr, /*allow_exceptions=*/false);
    if (tail.is_object() && tail.contains("findings") && tail["findings"].is_array()) {
      add_csv_columns(tail["findings"], header);
      return result_json.substr(0, at + 1) + dump(tail).substr(1);
    }
  }
  ordered_json result = ordered_json::parse(result_json, nullptr, /*allow_exceptions=*/false);
  if (!result.is_object() || !result.contains("findings")) return result_json;
  add_csv_columns(result["findings"], header);
  return dump(result);
}

}  // namespace

std::string output_file_stem(std::size_t record, std::string_view kind, std::string_view channel,
                             std::string_view lang) {
  return fmt::format("{:06}-{}-{}-{}", record, file_safe(kind), file_safe(channel),
                     file_safe(lang));
}

RecordRenderer::RecordRenderer(Request request, const CsvHeader* csv_header, bool to_files)
    : request_(std::move(request)), csv_header_(csv_header), to_files_(to_files) {}

RenderedRecord RecordRenderer::render(const InputRecord& record) const {
  RenderedRecord out;
  std::string result_json;
  if (record.problem) {
    out.status = Status::unusable;
    result_json = problem_result(*record.problem);
  } else {
    Request request = request_;
    request.first_line = record.line;  // a JSON syntax error then names the input line
    Result result = noticekit::render(record.sheet_json, request);
    out.status = result.status;
    result_json = std::move(result.json);
  }
  const std::string prefix = fmt::format(R"({{"record":{},"line":{},"status":{},)", record.ordinal,
                                         record.line, static_cast<int>(out.status));
  if (csv_header_) result_json = with_csv_columns(result_json, *csv_header_);
  if (!to_files_) {
    // The result as it is, behind the record's place: its opening brace becomes the prefix,
    // in place, as the result can be megabytes.
    result_json.replace(0, 1, prefix);
    out.line = std::move(result_json);
    return out;
  }
  ordered_json result = ordered_json::parse(result_json, nullptr, /*allow_exceptions=*/false);
  if (!result.is_object())
    result = {{"outputs", ordered_json::array()}, {"findings", ordered_json::array()}};
  split_into_files(record, result, out);
  return out;
}

}  // namespace noticekit::cli::batch
