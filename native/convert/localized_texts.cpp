#include "convert/localized_texts.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "batch/sheet_schema.h"

namespace noticekit::cli::convert {
namespace {

using nlohmann::ordered_json;

// "zh-CN+en" → "zh-CN": a bilingual entry's primary language.
std::string primary_of(const std::string& entry) { return entry.substr(0, entry.find('+')); }

std::vector<std::string> entry_parts(const std::string& entry) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= entry.size()) {
    const std::size_t plus = std::min(entry.find('+', start), entry.size());
    parts.push_back(entry.substr(start, plus - start));
    start = plus + 1;
  }
  return parts;
}

// The shape the schema gives a text map's keys: ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$. It tells
// a map {"zh-CN": …} from an object that may stand in the same place (a role {"name": …}).
bool is_language_key(const std::string& key) {
  std::size_t i = 0;
  while (i < key.size() && key[i] >= 'a' && key[i] <= 'z') ++i;
  if (i < 2 || i > 3) return false;
  while (i < key.size()) {
    if (key[i] != '-') return false;
    const std::size_t start = ++i;
    while (i < key.size() && std::isalnum(static_cast<unsigned char>(key[i]))) ++i;
    if (i - start < 2 || i - start > 8) return false;
  }
  return true;
}

bool is_text_map(const ordered_json& value) {
  if (!value.is_object() || value.empty()) return false;
  return std::all_of(value.items().begin(), value.items().end(), [](const auto& item) {
    return is_language_key(item.key()) && item.value().is_string();
  });
}

std::string pointer(const std::vector<std::string>& path) {
  std::string text;
  for (const auto& segment : path) text += "/" + segment;
  return text.empty() ? "/" : text;
}

class Walker {
 public:
  Walker(std::string from, std::string to, bool plain_is_from, const TextConverter& convert)
      : from_(std::move(from)),
        to_(std::move(to)),
        plain_is_from_(plain_is_from),
        convert_(convert) {}

  void visit(ordered_json& value, std::vector<std::string>& path) {
    if (!result_.error.empty()) return;
    if (batch::SheetSchema::embedded().is_text_at(path)) {
      if (value.is_string() && plain_is_from_) {
        if (const auto converted = converted_text(value.get<std::string>(), path))
          value = ordered_json{{from_, value}, {to_, *converted}};
        return;
      }
      if (is_text_map(value)) {
        if (value.contains(to_)) {
          ++result_.kept;
        } else if (value.contains(from_)) {
          if (const auto converted = converted_text(value[from_].get<std::string>(), path))
            value[to_] = *converted;
        }
        return;
      }
    }
    if (value.is_object()) {
      for (auto& [key, member] : value.items()) {
        path.push_back(key);
        visit(member, path);
        path.pop_back();
      }
    } else if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        path.push_back(std::to_string(i));
        visit(value[i], path);
        path.pop_back();
      }
    }
  }

  Conversion result() const { return result_; }

 private:
  std::optional<std::string> converted_text(const std::string& text,
                                            const std::vector<std::string>& path) {
    std::string error;
    auto converted = convert_(text, error);
    if (!converted) {
      result_.error = "at " + pointer(path) + ": " + error;
      return std::nullopt;
    }
    ++result_.converted;
    return converted;
  }

  std::string from_;
  std::string to_;
  bool plain_is_from_;
  const TextConverter& convert_;
  Conversion result_;
};

}  // namespace

Conversion add_converted_language(ordered_json& sheet, const std::string& from,
                                  const std::string& to, const TextConverter& convert) {
  static const ordered_json none = ordered_json::array();
  const bool has_languages =
      sheet.is_object() && sheet.contains("languages") && sheet["languages"].is_array();
  const ordered_json& languages = has_languages ? sheet["languages"] : none;
  const std::string first =
      !languages.empty() && languages[0].is_string() ? languages[0].get<std::string>() : "";
  Walker walker(from, to, primary_of(first) == from, convert);
  std::vector<std::string> path;
  walker.visit(sheet, path);

  const bool listed = std::any_of(languages.begin(), languages.end(), [&](const auto& entry) {
    if (!entry.is_string()) return false;
    const auto parts = entry_parts(entry.template get<std::string>());
    return std::find(parts.begin(), parts.end(), to) != parts.end();
  });
  if (has_languages && !listed) sheet["languages"].push_back(to);
  return walker.result();
}

}  // namespace noticekit::cli::convert
