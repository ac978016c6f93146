#include "model/sheet_parser.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>

#include "model/json_text.h"
#include "model/notice_language.h"
#include "model/text_hazards.h"
#include "noticekit/noticekit.h"
#include "text/ascii.h"

namespace noticekit::model {
namespace {

using nlohmann::json;

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Replaces each run of line breaks (CR, LF, U+2028, U+2029) with one space and trims the
// ends; true if there was one.
bool fold_line_breaks(std::string& text) {
  static constexpr std::string_view breaks[] = {"\r", "\n", "\u2028", "\u2029"};
  // Most texts have none: nothing to copy then.
  if (std::none_of(std::begin(breaks), std::end(breaks),
                   [&](std::string_view b) { return text.find(b) != std::string::npos; }))
    return false;
  const auto break_at = [&](std::size_t i) -> std::size_t {
    for (const auto b : breaks)
      if (text.compare(i, b.size(), b) == 0) return b.size();
    return 0;
  };
  std::string out;
  bool found = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t run = 0;
    while (std::size_t n = break_at(i + run)) run += n;
    if (run == 0) {
      out += text[i++];
      continue;
    }
    found = true;
    if (!out.empty() && out.back() != ' ') out += ' ';
    i += run;
  }
  if (!found) return false;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  text = std::move(out);
  return true;
}

// Walks the JSON with a JSON pointer in hand, so that every complaint says where.
class SheetReader {
 public:
  explicit SheetReader(ParsedSheet& out) : out_(out) {}

  void type_error(const std::string& path, std::string_view expected) {
    out_.usable = false;
    out_.findings.push_back(
        {"type.mismatch", Severity::error, path, {{"expected", std::string(expected)}}});
  }

  // Warns about keys this schema version does not know (usually a typo).
  void check_keys(const json& object, const std::string& path,
                  std::initializer_list<std::string_view> known) {
    for (const auto& [key, value] : object.items()) {
      bool found = false;
      for (auto k : known) found = found || k == key;
      if (!found) {
        out_.findings.push_back(
            {"field.unknown", Severity::warning, pointer_append(path, key), {{"field", key}}});
      }
    }
  }

  const json* member(const json& object, std::string_view key) {
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
  }

  // An object member that must be an object; nullptr when absent, null or mistyped.
  const json* object_at(const json& parent, const std::string& path, std::string_view key) {
    const json* v = member(parent, key);
    if (!v || v->is_null()) return nullptr;
    if (!v->is_object()) {
      type_error(pointer_append(path, key), "an object");
      return nullptr;
    }
    return v;
  }

  std::string string_at(const json& parent, const std::string& path, std::string_view key) {
    const json* v = member(parent, key);
    if (!v || v->is_null()) return {};
    if (!v->is_string()) {
      type_error(pointer_append(path, key), "a string");
      return {};
    }
    return v->get_ref<const std::string&>();
  }

  // A whole number in [min, max]; nullopt when absent or null, and (with a type error saying
  // `expected`) when it is anything else.
  std::optional<int> whole_number_at(const json& parent, const std::string& path,
                                     std::string_view key, int min, int max,
                                     std::string_view expected) {
    const json* v = member(parent, key);
    if (!v || v->is_null()) return std::nullopt;
    if (v->is_number_integer() && v->get<std::int64_t>() >= min && v->get<std::int64_t>() <= max)
      return static_cast<int>(v->get<std::int64_t>());
    type_error(pointer_append(path, key), expected);
    return std::nullopt;
  }

  bool bool_at(const json& parent, const std::string& path, std::string_view key, bool absent) {
    const json* v = member(parent, key);
    if (!v || v->is_null()) return absent;
    if (!v->is_boolean()) {
      type_error(pointer_append(path, key), "true or false");
      return absent;
    }
    return v->get<bool>();
  }

  std::vector<std::string> strings_at(const json& parent, const std::string& path,
                                      std::string_view key) {
    std::vector<std::string> out;
    const json* v = member(parent, key);
    if (!v || v->is_null()) return out;
    const std::string here = pointer_append(path, key);
    if (!v->is_array()) {
      type_error(here, "an array of strings");
      return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
      const json& item = (*v)[i];
      if (!item.is_string())
        type_error(pointer_append(here, i), "a string");
      else
        out.push_back(item.get_ref<const std::string&>());
    }
    return out;
  }

  SheetTime time_at(const json& parent, const std::string& path, std::string_view key) {
    SheetTime t;
    t.path = pointer_append(path, key);
    const json* v = member(parent, key);
    if (!v || v->is_null()) return t;
    if (!v->is_string()) {
      type_error(t.path, "a local date and time like \"2026-12-05T22:00\", or null");
      return t;
    }
    t.present = true;
    const auto& s = v->get_ref<const std::string&>();
    t.value = time::parse_local_datetime(s);
    if (!t.value)
      out_.findings.push_back({"time.invalid", Severity::error, t.path, {{"value", s}}});
    return t;
  }

  // The schema's pattern for a text map's keys: ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$.
  static bool is_language_tag(std::string_view key) {
    const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    std::size_t i = 0;
    while (i < key.size() && lower(key[i])) ++i;
    if (i < 2 || i > 3) return false;
    while (i < key.size()) {
      if (key[i++] != '-') return false;
      const std::size_t start = i;
      while (i < key.size() && text::is_ascii_alnum(key[i])) ++i;
      if (i - start < 2 || i - start > 8) return false;
    }
    return true;
  }

  // A plain string belongs to the sheet's first language; a map names its languages.
  LocalizedText text(const json& v, const std::string& path) {
    LocalizedText t;
    t.path = path;
    if (v.is_null()) return t;
    if (v.is_string()) {
      const auto& s = v.get_ref<const std::string&>();
      if (!is_blank(s)) t.by_language.emplace_back(first_language_, s);
      return t;
    }
    if (!v.is_object()) {
      type_error(path, "a string or a map of language to string");
      return t;
    }
    for (const auto& [lang, s] : v.items()) {
      if (!is_language_tag(lang)) {
        // {"text": "…"} where a plain string was meant would otherwise stand in for
        // every language; the schema allows language tags only.
        out_.usable = false;
        out_.findings.push_back(
            {"text.language_tag", Severity::error, pointer_append(path, lang), {{"key", lang}}});
      } else if (!s.is_string())
        type_error(pointer_append(path, lang), "a string");
      else if (!is_blank(s.get_ref<const std::string&>()))
        t.by_language.emplace_back(lang, s.get_ref<const std::string&>());
    }
    return t;
  }

  // A name, a label or a signature goes into one-line places (a subject, a title, a mail
  // header, a payload's name): a line break there splits the line, and in a header lets the
  // text after it pass for a header of its own. Each run of CR, LF, U+2028 and U+2029 becomes
  // one space, with a warning at the field.
  LocalizedText one_line(LocalizedText t) {
    bool folded = false;
    for (auto& [lang, text] : t.by_language) folded |= fold_line_breaks(text);
    if (folded) out_.findings.push_back({"text.line_break", Severity::warning, t.path, {}});
    return t;
  }

  void fold_to_one_line(std::string& text, const std::string& path) {
    if (fold_line_breaks(text))
      out_.findings.push_back({"text.line_break", Severity::warning, path, {}});
  }

  LocalizedText one_line_text_at(const json& parent, const std::string& path,
                                 std::string_view key) {
    return one_line(text_at(parent, path, key));
  }

  std::vector<LocalizedText> one_line_texts_at(const json& parent, const std::string& path,
                                               std::string_view key) {
    std::vector<LocalizedText> out = texts_at(parent, path, key);
    for (auto& t : out) t = one_line(std::move(t));
    return out;
  }

  LocalizedText text_at(const json& parent, const std::string& path, std::string_view key) {
    const json* v = member(parent, key);
    // Not `v ? *v : json()`: that copies the value, recursively, and 10,000 nested arrays
    // overflowed the stack.
    if (!v) return text(json(), pointer_append(path, key));
    return text(*v, pointer_append(path, key));
  }

  std::vector<LocalizedText> texts_at(const json& parent, const std::string& path,
                                      std::string_view key) {
    std::vector<LocalizedText> out;
    const json* v = member(parent, key);
    if (!v || v->is_null()) return out;
    const std::string here = pointer_append(path, key);
    if (!v->is_array()) {
      type_error(here, "an array of texts");
      return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
      LocalizedText t = text((*v)[i], pointer_append(here, i));
      if (!t.empty()) out.push_back(std::move(t));
    }
    return out;
  }

  // Arrays of objects: calls read(item, path) for each object element.
  template <typename Read>
  void objects_at(const json& parent, const std::string& path, std::string_view key, Read read) {
    const json* v = member(parent, key);
    if (!v || v->is_null()) return;
    const std::string here = pointer_append(path, key);
    if (!v->is_array()) {
      type_error(here, "an array of objects");
      return;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
      const std::string item_path = pointer_append(here, i);
      if (!(*v)[i].is_object())
        type_error(item_path, "an object");
      else
        read((*v)[i], item_path);
    }
  }

  void set_first_language(std::string lang) { first_language_ = std::move(lang); }

 private:
  ParsedSheet& out_;
  std::string first_language_ = "en";
};

// audience.roles: each a text (the role's name: "taxpayers", or a map of languages), or an
// object with a name and what is particular to the role. An object naming languages is a
// text; one with a "name" is a role (no language tag is spelled "name").
std::vector<Role> read_roles(const json& audience, SheetReader& r) {
  std::vector<Role> out;
  const json* v = r.member(audience, "roles");
  if (!v || v->is_null()) return out;
  const std::string here = "/audience/roles";
  if (!v->is_array()) {
    r.type_error(here, "an array of roles (texts, or objects with a name)");
    return out;
  }
  for (std::size_t i = 0; i < v->size(); ++i) {
    const json& item = (*v)[i];
    Role role;
    role.path = pointer_append(here, i);
    const bool role_object =
        item.is_object() && (item.contains("name") || item.contains("actions_before") ||
                             item.contains("actions_after") || item.contains("channels"));
    if (role_object && !item.contains("name")) {
      r.type_error(pointer_append(role.path, "name"), "the role's name (a text)");
    } else if (role_object) {
      r.check_keys(item, role.path, {"name", "actions_before", "actions_after", "channels"});
      role.name = r.one_line_text_at(item, role.path, "name");
      role.actions_before = r.texts_at(item, role.path, "actions_before");
      role.actions_after = r.texts_at(item, role.path, "actions_after");
      role.channels = r.strings_at(item, role.path, "channels");
    } else {
      role.name = r.text(item, role.path);
    }
    if (!role.name.empty()) out.push_back(std::move(role));
  }
  return out;
}

void read_sheet(const json& root, SheetReader& r, Notice& n) {
  const std::string top;
  r.check_keys(root, top, {"schema",
                           "kind",
                           "organization",
                           "issued",
                           "time_zone",
                           "languages",
                           "audience",
                           "windows",
                           "reason",
                           "impact",
                           "alternatives",
                           "actions",
                           "early_finish",
                           "may_change",
                           "contacts",
                           "next_update",
                           "channels_available",
                           "change",
                           "restoration",
                           "sms",
                           "service_halls",
                           "updates",
                           "incident",
                           "remedy",
                           "revision"});
  // Languages first: plain strings anywhere else belong to the first of them (to the primary
  // language of a bilingual first entry, "zh-CN" of "zh-CN+en").
  n.languages = r.strings_at(root, top, "languages");
  if (!n.languages.empty()) r.set_first_language(primary_tag(n.languages.front()));

  n.kind = sheet_name(r.string_at(root, top, "kind"), &message_kind_named);
  n.time_zone = r.string_at(root, top, "time_zone");
  n.issued = r.time_at(root, top, "issued");
  n.sent = n.issued;
  n.next_update = r.time_at(root, top, "next_update");
  n.early_finish = r.bool_at(root, top, "early_finish", false);
  n.may_change = r.bool_at(root, top, "may_change", false);
  n.channels_available = r.strings_at(root, top, "channels_available");
  n.alternatives = r.texts_at(root, top, "alternatives");

  if (const json* org = r.object_at(root, top, "organization")) {
    const std::string p = "/organization";
    r.check_keys(*org, p, {"name", "unit", "sms_signature"});
    n.organization_name = r.one_line_text_at(*org, p, "name");
    n.organization_unit = r.one_line_text_at(*org, p, "unit");
    n.sms_signature = r.one_line_text_at(*org, p, "sms_signature");
  }
  if (const json* aud = r.object_at(root, top, "audience")) {
    const std::string p = "/audience";
    r.check_keys(*aud, p, {"kind", "size", "roles", "time_zones", "preferred_channels"});
    if (auto kind = r.string_at(*aud, p, "kind"); !kind.empty())
      n.audience.kind = sheet_name(std::move(kind), &audience_kind_named);
    if (const json* size = r.member(*aud, "size"); size && !size->is_null()) {
      // More people than live on Earth is a typo; the bound also keeps the plan's costs
      // (segments × size × sends) far inside 64 bits.
      constexpr std::int64_t kMaxAudience = 10'000'000'000;
      if (size->is_number_integer() && size->get<std::int64_t>() >= 0 &&
          size->get<std::int64_t>() <= kMaxAudience)
        n.audience.size = size->get<std::int64_t>();
      else
        r.type_error(p + "/size", "a whole number from 0 to 10000000000");
    }
    n.audience.roles = read_roles(*aud, r);
    n.audience.time_zones = r.strings_at(*aud, p, "time_zones");
    n.audience.preferred_channels = r.strings_at(*aud, p, "preferred_channels");
  }
  auto read_window = [&](std::vector<Window>& into) {
    return [&r, &into](const json& w, const std::string& p) {
      r.check_keys(w, p, {"systems", "regions", "start", "end", "end_is_estimate"});
      Window window;
      window.path = p;
      window.systems = r.one_line_texts_at(w, p, "systems");
      window.regions = r.one_line_texts_at(w, p, "regions");
      window.start = r.time_at(w, p, "start");
      window.end = r.time_at(w, p, "end");
      window.end_is_estimate = r.bool_at(w, p, "end_is_estimate", false);
      into.push_back(std::move(window));
    };
  };
  r.objects_at(root, top, "windows", read_window(n.windows));
  if (const json* change = r.object_at(root, top, "change")) {
    r.check_keys(*change, "/change", {"reason", "original_windows"});
    n.change.reason = r.text_at(*change, "/change", "reason");
    r.objects_at(*change, "/change", "original_windows", read_window(n.change.original_windows));
  }
  if (const json* restored = r.object_at(root, top, "restoration")) {
    const std::string p = "/restoration";
    r.check_keys(*restored, p, {"actual_end", "work_done", "follow_up", "data"});
    n.restoration.actual_end = r.time_at(*restored, p, "actual_end");
    n.restoration.work_done = r.texts_at(*restored, p, "work_done");
    n.restoration.follow_up = r.texts_at(*restored, p, "follow_up");
    n.restoration.data = r.texts_at(*restored, p, "data");
  }
  r.objects_at(root, top, "service_halls", [&](const json& h, const std::string& p) {
    r.check_keys(h, p, {"name", "address", "hours"});
    n.service_halls.push_back(
        {r.text_at(h, p, "name"), r.text_at(h, p, "address"), r.text_at(h, p, "hours")});
  });
  r.objects_at(root, top, "updates", [&](const json& u, const std::string& p) {
    r.check_keys(u, p, {"at", "text"});
    n.updates.push_back({r.time_at(u, p, "at"), r.text_at(u, p, "text")});
  });
  if (const json* incident = r.object_at(root, top, "incident")) {
    r.check_keys(*incident, "/incident", {"root_cause", "mitigation", "prevention"});
    n.incident.root_cause = r.text_at(*incident, "/incident", "root_cause");
    n.incident.mitigation = r.text_at(*incident, "/incident", "mitigation");
    n.incident.prevention = r.text_at(*incident, "/incident", "prevention");
  }
  n.remedy = r.texts_at(root, top, "remedy");
  // Far above any real outage's count; keeps the calendar SEQUENCE (RFC 5545 INTEGER) in range.
  n.revision = r.whole_number_at(root, top, "revision", 0, 9999, "a whole number from 0 to 9999")
                   .value_or(0);
  if (const json* sms = r.object_at(root, top, "sms")) {
    r.check_keys(*sms, "/sms", {"price_per_segment", "currency", "max_segments"});
    if (const json* price = r.member(*sms, "price_per_segment"); price && !price->is_null()) {
      if (price->is_number() && price->get<double>() >= 0)
        n.sms.price_per_segment = price->get<double>();
      else
        r.type_error("/sms/price_per_segment", "a number of at least 0");
    }
    n.sms.currency = r.string_at(*sms, "/sms", "currency");
    // 255: the most parts a concatenated SMS can have (3GPP TS 23.040 §9.2.3.24.1, one octet).
    n.sms.max_segments =
        r.whole_number_at(*sms, "/sms", "max_segments", 1, 255, "a whole number from 1 to 255");
  }
  if (const json* reason = r.object_at(root, top, "reason")) {
    r.check_keys(*reason, "/reason", {"category", "text"});
    n.reason_category = r.string_at(*reason, "/reason", "category");
    n.reason = r.text_at(*reason, "/reason", "text");
  }
  if (const json* impact = r.object_at(root, top, "impact")) {
    r.check_keys(*impact, "/impact", {"unavailable", "degraded", "still_available"});
    n.unavailable = r.texts_at(*impact, "/impact", "unavailable");
    n.degraded = r.texts_at(*impact, "/impact", "degraded");
    n.still_available = r.texts_at(*impact, "/impact", "still_available");
  }
  if (const json* actions = r.object_at(root, top, "actions")) {
    r.check_keys(*actions, "/actions", {"before", "after"});
    n.actions_before = r.texts_at(*actions, "/actions", "before");
    n.actions_after = r.texts_at(*actions, "/actions", "after");
  }
  r.objects_at(root, top, "contacts", [&](const json& c, const std::string& p) {
    r.check_keys(c, p, {"kind", "value", "label", "name", "hours"});
    Contact contact;
    contact.path = p;
    contact.kind = sheet_name(r.string_at(c, p, "kind"), &contact_kind_named);
    contact.value = r.string_at(c, p, "value");
    r.fold_to_one_line(contact.value, pointer_append(p, "value"));
    contact.label = r.one_line_text_at(c, p, "label");
    contact.name = r.one_line_text_at(c, p, "name");
    contact.hours = r.text_at(c, p, "hours");
    n.contacts.push_back(std::move(contact));
  });
}

}  // namespace

ParsedSheet parse_sheet(std::string_view json_text, std::size_t first_line) {
  ParsedSheet out;
  if (json_text.size() > max_sheet_bytes) {
    out.usable = false;
    out.findings.push_back({"sheet.too_large",
                            Severity::error,
                            "",
                            {{"limit", std::to_string(max_sheet_bytes >> 10)}}});
    return out;
  }
  JsonText parsed = parse_json_text(json_text);
  if (!parsed.ok) {
    out.usable = false;
    out.findings.push_back({"json.syntax",
                            Severity::error,
                            "",
                            {{"line", std::to_string(parsed.line + first_line - 1)},
                             {"column", std::to_string(parsed.column)},
                             {"detail", parsed.error}}});
    return out;
  }
  if (!parsed.duplicate_key.empty()) {
    out.usable = false;
    out.findings.push_back({"json.duplicate_key", Severity::error, parsed.duplicate_key, {}});
    return out;
  }
  if (!parsed.value.is_object()) {
    SheetReader(out).type_error("", "an object (the fact sheet)");
    return out;
  }
  SheetReader reader(out);
  const json& root = parsed.value;
  if (const json* schema = reader.member(root, "schema"); !schema) {
    out.findings.push_back({"schema.missing", Severity::error, "/schema", {}});
  } else if (!schema->is_string() || schema->get_ref<const std::string&>() != "noticekit/1") {
    out.usable = false;
    // An array or object is named by its type: printing it could mean 10,000 nested brackets.
    out.findings.push_back(
        {"schema.unsupported",
         Severity::error,
         "/schema",
         {{"value", schema->is_structured() ? schema->type_name() : schema->dump()}}});
    return out;
  }
  read_sheet(root, reader, out.notice);
  report_text_hazards(root, out.findings);
  return out;
}

}  // namespace noticekit::model
