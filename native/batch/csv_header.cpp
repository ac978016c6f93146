#include "batch/csv_header.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace noticekit::cli::batch {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A list position: 0 to 999, far more windows or contacts than any notice has. A larger
// number is a typo, and would make every row hold a list that long. "01" is refused too:
// JSON Pointer writes positions without leading zeros (RFC 6901 §4).
bool is_position(std::string_view segment) {
  return !segment.empty() && segment.size() <= 3 && (segment == "0" || segment[0] != '0') &&
         std::all_of(segment.begin(), segment.end(), is_digit);
}

// Something meant as a position: digits, perhaps signed ("-1", "01", "1000").
bool looks_numeric(std::string_view segment) {
  if (!segment.empty() && (segment[0] == '-' || segment[0] == '+')) segment.remove_prefix(1);
  return !segment.empty() && std::all_of(segment.begin(), segment.end(), is_digit);
}

// A sheet's field names (and the language tags of its texts) are letters, digits, '_' and
// '-': anything else in a header is a typo or another separator, never a field.
bool is_field_name(std::string_view segment) {
  return std::all_of(segment.begin(), segment.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '-';
  });
}

// `path` joined with slashes, its item `index` replaced by `replacement` (or, when
// `insert`, that inserted before it): the header the user meant.
std::string suggested_header(const std::vector<std::string>& path, std::size_t index,
                             const std::string& replacement, bool insert) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (i == index)
      out += replacement + (insert ? "/" + path[i] : "");
    else
      out += path[i];
    if (i + 1 < path.size()) out += '/';
  }
  return out;
}

// Why path[index] cannot stand where path[index - 1], a list, needs a position; with the
// header that would work.
std::string position_problem(const std::vector<std::string>& path, std::size_t index) {
  const std::string& list = path[index - 1];
  const std::string& segment = path[index];
  if (!looks_numeric(segment))
    return list + " is a list: name an item by its position (0 to 999), as " +
           suggested_header(path, index, "0", true);
  const std::string without_zeros =
      segment.substr(std::min(segment.find_first_not_of('0'), segment.size() - 1));
  const bool zeros = is_position(without_zeros);
  return "'" + segment + "' is not a position in " + list + ": " +
         (zeros ? "write it without leading zeros" : "positions count from 0 to 999") + ", as " +
         suggested_header(path, index, zeros ? without_zeros : "0", false);
}

bool is_prefix_path(const std::vector<std::string>& prefix, const std::vector<std::string>& path) {
  return prefix.size() <= path.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

// Fills `column` from its header text; returns a problem, or "" when the header is fine.
std::string read_column(std::string_view header, const SheetSchema& schema, CsvColumn& column) {
  column.header = std::string(header);
  if (header.empty()) return "";
  if (header.size() >= 2 && header.substr(header.size() - 2) == "[]") {
    column.list = true;
    header.remove_suffix(2);
  }
  if (!header.empty() && header.front() == '/') header.remove_prefix(1);
  // The deepest field of a sheet is seven names down (audience/roles/0/actions/before/0/zh-CN);
  // a longer path names none, and 100,000 of them took the batch down with it.
  constexpr std::size_t kMaxPathNames = 16;
  while (true) {
    if (column.path.size() == kMaxPathNames)
      return "the header has more than " + std::to_string(kMaxPathNames) +
             " names between slashes, deeper than any field of a sheet; check the header";
    const auto slash = header.find('/');
    const std::string_view segment = header.substr(0, slash);
    if (segment.empty())
      return "a field name is empty; write names between the slashes, such as windows/0/start";
    if (segment.find_first_of(";\t") != std::string_view::npos)
      return "this header cell holds a " +
             std::string(segment.find(';') != std::string_view::npos ? "semicolon" : "tab") +
             ": is the file separated by them? noticekit reads CSV separated by commas (RFC "
             "4180); save or export it again with commas";
    if (!is_field_name(segment))
      return "'" + std::string(segment) +
             "' is not a field name: names are letters, digits, - and _ (the fields are listed "
             "in schema/notice.schema.json)";
    column.path.emplace_back(segment);
    if (slash == std::string_view::npos) break;
    header.remove_prefix(slash + 1);
  }
  std::vector<std::string> prefix;
  for (const auto& segment : column.path) {
    const FieldTypes parent = schema.types_at(prefix);
    const bool in_list = parent.array && !parent.object;
    if (in_list && !is_position(segment)) return position_problem(column.path, prefix.size());
    column.is_position.push_back(in_list);
    // A field name holds no '~' or '/' to escape, but json_pointer writes the token as RFC 6901
    // says whatever it holds, so the pointer is right by construction.
    column.pointer += (nlohmann::json::json_pointer() / segment).to_string();
    prefix.push_back(segment);
  }
  const FieldTypes field = schema.types_at(column.path);
  if (column.list && field.known() && !field.array) {
    return "this field is not a list; remove the [] from the header";
  }
  column.types = column.list ? schema.item_types_at(column.path) : field;
  return "";
}

}  // namespace

std::string_view trim_blanks(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

CsvHeader read_csv_header(const std::vector<std::string>& cells, const SheetSchema& schema) {
  CsvHeader header;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    CsvColumn column;
    const std::string problem = read_column(trim_blanks(cells[i]), schema, column);
    if (!problem.empty()) {
      header.error = problem;
      header.error_column = i + 1;
      return header;
    }
    for (std::size_t j = 0; j < header.columns.size() && !column.path.empty(); ++j) {
      const CsvColumn& earlier = header.columns[j];
      if (earlier.path.empty()) continue;
      if (earlier.path == column.path) {
        header.error =
            "the same field as column " + std::to_string(j + 1) + "; keep one of the two";
      } else if (is_prefix_path(earlier.path, column.path) ||
                 is_prefix_path(column.path, earlier.path)) {
        header.error = "overlaps column " + std::to_string(j + 1) + " ('" + earlier.header +
                       "'); a field is filled either whole or by its parts, not both";
      }
      if (!header.error.empty()) {
        header.error_column = i + 1;
        return header;
      }
    }
    header.columns.push_back(std::move(column));
  }
  if (std::all_of(header.columns.begin(), header.columns.end(),
                  [](const CsvColumn& c) { return c.path.empty(); })) {
    header.error =
        "the first row must name the sheet fields, such as schema,kind,organization/name";
    header.error_column = 1;
  }
  return header;
}

std::size_t CsvHeader::column_for(std::string_view pointer) const {
  std::size_t best = 0;
  std::size_t best_length = 0;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const std::string& p = columns[i].pointer;
    if (p.empty() || p.size() < best_length) continue;
    const bool same_or_inside = pointer.substr(0, p.size()) == p &&
                                (pointer.size() == p.size() || pointer[p.size()] == '/');
    if (same_or_inside) {
      best = i + 1;
      best_length = p.size();
    }
  }
  return best;
}

}  // namespace noticekit::cli::batch
