#include "batch/csv_sheet.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <exception>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "noticekit/noticekit.h"

namespace noticekit::cli::batch {
namespace {

using ordered_json = nlohmann::ordered_json;

struct Converted {
  ordered_json value;
  std::string error;  // what is wrong with the cell and what to write instead; empty when fine
};

// The cell as a message quotes it: short, on one line.
std::string quoted(std::string_view cell) {
  std::string shown(cell.substr(0, 40));
  for (char& c : shown)
    if (c == '\n' || c == '\r') c = ' ';
  return "'" + shown + (cell.size() > 40 ? "…'" : "'");
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  return true;
}

// from_chars, not strtod: it reads "0.045" the same whatever the C locale says.
template <typename Number>
bool parse_whole(std::string_view text, Number& value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

// The part of a nlohmann exception's message after `marker` ("column ", "] "); all of it when
// the marker is missing.
std::string message_after(const std::exception& error, std::string_view marker) {
  const std::string what = error.what();
  const auto at = what.find(marker);
  return at == std::string::npos ? what : what.substr(at + marker.size());
}

// Whether brackets nest deeper than `limit` in a JSON text (brackets inside strings do not
// count). Reading such a cell is fine, but writing the sheet out again recurses once per level:
// 100,000 of them overflowed the stack and took the whole batch down.
bool nests_deeper_than(std::string_view text, std::size_t limit) {
  std::size_t depth = 0;
  bool in_string = false, escaped = false;
  for (const char c : text) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

Converted parse_json_cell(std::string_view cell, bool array_ok, bool object_ok) {
  Converted out;
  // A sheet's values nest a few levels (windows/0/systems/0/zh-CN); the core's limit is far
  // beyond any, and a cell is checked before it is parsed and written into the sheet.
  if (nests_deeper_than(cell, max_json_depth)) {
    out.error = "the cell's JSON nests more than " + std::to_string(max_json_depth) +
                " levels deep, deeper than any value of a sheet";
    return out;
  }
  // JSON readers keep the last of two equal keys silently; the sheet reader refuses them
  // (json.duplicate_key), so a cell does too, naming the key.
  std::vector<std::set<std::string>> keys;  // one set per open object
  std::string repeated;
  const auto watch_keys = [&](int, ordered_json::parse_event_t event, ordered_json& parsed) {
    if (event == ordered_json::parse_event_t::object_start) keys.emplace_back();
    if (event == ordered_json::parse_event_t::object_end) keys.pop_back();
    if (event == ordered_json::parse_event_t::key && !keys.back().insert(parsed).second &&
        repeated.empty())
      repeated = parsed.get<std::string>();
    return true;
  };
  try {
    out.value = ordered_json::parse(cell, watch_keys);
  } catch (const ordered_json::parse_error& error) {
    // "[json.exception.parse_error.101] parse error at line 1, column 9: …" → from "column".
    out.error = "the cell is not valid JSON (at character " + message_after(error, "column ") + ")";
    return out;
  } catch (const ordered_json::exception& error) {
    // A number JSON reads but no double holds: "[json.exception.out_of_range.406] number
    // overflow parsing '1e400'".
    out.error = "the cell holds a number too large to read (" + message_after(error, "] ") + ")";
    return out;
  }
  if (!repeated.empty()) {
    out.error = "the cell's JSON has the key \"" + repeated + "\" twice; keep one";
    return out;
  }
  if ((out.value.is_array() && array_ok) || (out.value.is_object() && object_ok)) return out;
  out.error = std::string("the cell must be a JSON ") + (array_ok ? "array [...]" : "object {...}");
  return out;
}

Converted convert_scalar(std::string_view cell, const FieldTypes& types) {
  Converted out;
  const std::string_view value = trim_blanks(cell);
  if (types.null && value == "null") {
    out.value = nullptr;
  } else if (types.string || !types.known()) {
    out.value = std::string(cell);
  } else if (types.integer || types.number) {
    std::int64_t whole = 0;
    double real = 0;
    if (parse_whole(value, whole)) {
      out.value = whole;
    } else if (types.number && parse_whole(value, real) && std::isfinite(real)) {
      out.value = real;
    } else {
      out.error =
          quoted(cell) +
          (types.number ? " is not a number; write digits with a point for decimals, such as 0.045"
                        : " is not a whole number; write digits only, such as 120000");
    }
  } else if (types.boolean) {
    if (equals_ignoring_case(value, "true"))
      out.value = true;
    else if (equals_ignoring_case(value, "false"))
      out.value = false;
    else
      out.error = quoted(cell) + " is neither true nor false";
  } else if (!value.empty() && (value.front() == '[' || value.front() == '{')) {
    return parse_json_cell(value, types.array, types.object);
  } else if (types.array) {
    out.error =
        "this field is a list: name the column with [] at the end and separate the items "
        "with |, or write a JSON array";
  } else {
    out.error =
        "this field is a group of fields: give each field its own column (such as "
        "name/part), or write a JSON object";
  }
  return out;
}

// A "[]" column: items separated by '|', spaces around them dropped; or a JSON array.
Converted convert_list(std::string_view cell, const FieldTypes& item_types) {
  if (const auto value = trim_blanks(cell); !value.empty() && value.front() == '[') {
    return parse_json_cell(value, /*array_ok=*/true, /*object_ok=*/false);
  }
  Converted out;
  out.value = ordered_json::array();
  while (true) {
    const auto bar = cell.find('|');
    const std::string_view item = trim_blanks(cell.substr(0, bar));
    if (!item.empty()) {
      Converted converted = convert_scalar(item, item_types);
      if (!converted.error.empty()) return converted;
      out.value.push_back(std::move(converted.value));
    }
    if (bar == std::string_view::npos) break;
    cell.remove_prefix(bar + 1);
  }
  return out;
}

// Puts `value` at the column's path, making the groups and lists on the way.
void insert(ordered_json& sheet, const CsvColumn& column, ordered_json value) {
  ordered_json* node = &sheet;
  for (std::size_t i = 0; i < column.path.size(); ++i) {
    if (column.is_position[i]) {
      if (!node->is_array()) *node = ordered_json::array();
      std::size_t position = 0;
      parse_whole(column.path[i], position);
      while (node->size() <= position) node->push_back(nullptr);
      node = &(*node)[position];
    } else {
      if (!node->is_object()) *node = ordered_json::object();
      node = &(*node)[column.path[i]];
    }
  }
  *node = std::move(value);
}

// A list item left empty before a filled one ("windows/1/start" filled, nothing of
// windows/0): the path of the empty item, or "" when the column's lists have no gap.
std::string gap_before(const ordered_json& sheet, const CsvColumn& column) {
  const ordered_json* node = &sheet;
  std::string path;
  for (std::size_t i = 0; i < column.path.size(); ++i) {
    if (column.is_position[i]) {
      for (std::size_t j = 0; j < node->size(); ++j)
        if ((*node)[j].is_null())
          return path.empty() ? std::to_string(j) : path + "/" + std::to_string(j);
      std::size_t position = 0;
      parse_whole(column.path[i], position);
      node = &(*node)[position];
    } else {
      node = &(*node)[column.path[i]];
    }
    path += (path.empty() ? "" : "/") + column.path[i];
  }
  return "";
}

void fail(InputRecord& record, const CsvRow& row, std::size_t index, const CsvColumn* column,
          std::string code, std::string what) {
  const std::size_t line = index < row.cell_lines.size() ? row.cell_lines[index] : row.line;
  record.problem =
      RecordProblem{std::move(code), column ? column->pointer : "", index + 1,
                    cell_location(line, index + 1, column ? column->header : "") + what};
}

}  // namespace

std::string cell_location(std::size_t line, std::size_t column, std::string_view header) {
  if (header.empty()) return fmt::format("line {}, column {}: ", line, column);
  // A header is echoed to name the column, not whole: one of 100,000 names would fill a screen.
  constexpr std::size_t kShownBytes = 60;
  if (header.size() > kShownBytes) {
    std::size_t cut = kShownBytes;
    while (cut > 0 && (static_cast<unsigned char>(header[cut]) & 0xC0) == 0x80) --cut;
    return fmt::format("line {}, column {} ({}…): ", line, column, header.substr(0, cut));
  }
  return fmt::format("line {}, column {} ({}): ", line, column, header);
}

void sheet_from_row(const CsvHeader& header, const CsvRow& row, InputRecord& record) {
  ordered_json sheet = ordered_json::object();
  std::vector<std::size_t> filled;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const std::string& cell = row.cells[i];
    if (cell.empty()) continue;
    if (i >= header.columns.size() || header.columns[i].path.empty()) {
      fail(record, row, i, nullptr, "csv.extra_cell",
           "this cell has no header above it; name the column in the first row, or leave the cell "
           "empty");
      return;
    }
    const CsvColumn& column = header.columns[i];
    Converted converted =
        column.list ? convert_list(cell, column.types) : convert_scalar(cell, column.types);
    if (!converted.error.empty()) {
      fail(record, row, i, &column, "csv.value", converted.error);
      return;
    }
    insert(sheet, column, std::move(converted.value));
    filled.push_back(i);
  }
  for (const std::size_t i : filled) {
    if (const std::string gap = gap_before(sheet, header.columns[i]); !gap.empty()) {
      fail(record, row, i, &header.columns[i], "csv.gap",
           gap + " has no filled cell, so this list would have a hole; fill the columns of " + gap +
               " first, or move these cells there");
      return;
    }
  }
  try {
    record.sheet_json = sheet.dump();
  } catch (const ordered_json::type_error&) {  // a cell that is not UTF-8 text
    for (const std::size_t i : filled) {
      try {
        (void)ordered_json(row.cells[i]).dump();
      } catch (const ordered_json::type_error&) {
        fail(record, row, i, &header.columns[i], "csv.encoding",
             "the cell is not UTF-8 text; save the file as \"CSV UTF-8\"");
        return;
      }
    }
    fail(record, row, 0, nullptr, "csv.encoding",
         "the header is not UTF-8 text; save the file as \"CSV UTF-8\"");
  }
}

}  // namespace noticekit::cli::batch
