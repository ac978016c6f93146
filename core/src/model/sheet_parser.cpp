#include "model/sheet_parser.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <iterator>
#include <span>
#include <tuple>
#include <utility>

#include <nlohmann/json.hpp>

#include "model/json_text.h"
#include "model/notice_language.h"
#include "model/sheet_fields.h"
#include "model/text_hazards.h"
#include "noticekit/noticekit.h"
#include "text/ascii.h"
#include "text/json_string.h"
#include "text/json_tree.h"

namespace noticekit::model {
namespace {

using sheet_fields::Field;
using Value = text::JsonTree::Value;

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// The line break (CR, LF, U+2028, U+2029) at byte `i` of `text`: its length, 0 if none.
std::size_t line_break_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  if (text[i] == '\r' || text[i] == '\n') return 1;
  if (text[i] != '\xE2') return 0;
  const std::string_view rest = text.substr(i + 1, 2);
  return rest == "\x80\xA8" || rest == "\x80\xA9" ? 3 : 0;
}

// Whether `text` holds a line break: a search (memchr) for each byte that can start one, as
// most texts have none.
bool has_line_break(std::string_view text) {
  if (text.find('\n') != std::string_view::npos || text.find('\r') != std::string_view::npos)
    return true;
  for (auto i = text.find('\xE2'); i != std::string_view::npos; i = text.find('\xE2', i + 1))
    if (line_break_at(text, i)) return true;
  return false;
}

// `text` with each run of line breaks replaced with one space and the ends trimmed; nullopt
// when it has none (as most texts: nothing copied then).
std::optional<std::string> without_line_breaks(std::string_view text) {
  if (!has_line_break(text)) return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t run = 0;
    while (std::size_t n = line_break_at(text, i + run)) run += n;
    if (run == 0) {
      out += text[i++];
      continue;
    }
    if (!out.empty() && out.back() != ' ') out += ' ';
    i += run;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The members of an object, each at its field's index (sheet_fields: Field::index), nullptr
// for a field the object lacks.
using Found = std::span<const Value* const>;

// An object's members matched to the fields of `Fields` (one of sheet_fields' objects) in one
// pass: the reader then takes each field from its place, without looking its key up.
template <typename Fields>
struct Members {
  std::array<const Value*, std::tuple_size_v<decltype(Fields::keys)>> at{};
  bool any_known = false;
  bool any_unknown = false;

  operator Found() const { return at; }
};

// Walks the JSON with a JSON pointer in hand, so that every complaint says where.
class SheetReader {
 public:
  SheetReader(ParsedSheet& out, const text::JsonTree& tree) : out_(out), tree_(tree) {}

  // `expected` names what the field takes (type.expected.<expected> in each language's
  // findings, "a string", "一个字符串"); `bounds` are the numbers that wording names.
  void type_error(const SheetPointer& path, std::string_view expected, Finding::Args bounds = {}) {
    type_error(path.str(), expected, std::move(bounds));
  }
  void type_error(std::string path, std::string_view expected, Finding::Args bounds = {}) {
    out_.usable = false;
    bounds.emplace(bounds.begin(), "expected", std::string(expected));
    out_.findings.push_back({"type.mismatch", Severity::error, std::move(path), std::move(bounds)});
  }

  // Warns about keys this schema version does not know (usually a typo), by key.
  template <typename Fields>
  void warn_unknown(const Value& object, const SheetPointer& path, const Members<Fields>& found) {
    if (found.any_unknown) warn_unknown(object, path, &Fields::index_of);
  }

  template <typename Fields>
  Members<Fields> members(const Value& object) const {
    Members<Fields> found;
    match(object, &Fields::index_of, found.at, found.any_known, found.any_unknown);
    return found;
  }

  static const Value* member(Found parent, const Field& field) { return parent[field.index]; }

  // An object member that must be an object; nullptr when absent, null or mistyped.
  const Value* object_at(Found parent, const SheetPointer& path, const Field& field) {
    const Value* v = member(parent, field);
    if (!v || v->is_null()) return nullptr;
    if (!v->is_object()) {
      type_error(path / field.key, "object");
      return nullptr;
    }
    return v;
  }

  std::string string_at(Found parent, const SheetPointer& path, const Field& field) {
    const Value* v = member(parent, field);
    if (!v || v->is_null()) return {};
    if (!v->is_string()) {
      type_error(path / field.key, "string");
      return {};
    }
    return std::string(v->string);
  }

  // A whole number within the schema's bounds for the field; nullopt when absent or null, and
  // (with a type error naming the bounds) when it is anything else.
  std::optional<std::int64_t> whole_number_at(Found parent, const SheetPointer& path,
                                              const Field& field) {
    const Value* v = member(parent, field);
    if (!v || v->is_null()) return std::nullopt;
    const std::int64_t min = field.minimum.value_or(0), max = field.maximum.value_or(0);
    if (v->is_whole_number() && v->as_int64() >= min && v->as_int64() <= max) return v->as_int64();
    type_error(path / field.key, "whole_number",
               {{"min", std::to_string(min)}, {"max", std::to_string(max)}});
    return std::nullopt;
  }

  // A number of at least the schema's minimum for the field; nullopt when absent or null, and
  // (with a type error) when it is anything else.
  std::optional<double> number_at(Found parent, const SheetPointer& path, const Field& field) {
    const Value* v = member(parent, field);
    if (!v || v->is_null()) return std::nullopt;
    const std::int64_t min = field.minimum.value_or(0);
    if (v->is_number() && v->as_double() >= static_cast<double>(min)) return v->as_double();
    type_error(path / field.key, "number", {{"min", std::to_string(min)}});
    return std::nullopt;
  }

  bool bool_at(Found parent, const SheetPointer& path, const Field& field, bool absent) {
    const Value* v = member(parent, field);
    if (!v || v->is_null()) return absent;
    if (v->type != text::JsonTree::Type::boolean) {
      type_error(path / field.key, "boolean");
      return absent;
    }
    return v->boolean;
  }

  // Several lists of texts of one object, each into its member of the Notice.
  void texts_into(Found parent, const SheetPointer& path,
                  std::initializer_list<std::pair<std::vector<LocalizedText>*, Field>> lists) {
    for (const auto& [into, field] : lists) *into = texts_at(parent, path, field);
  }

  // An array: calls read(item, item's path) for each element; a type error saying `expected`
  // when the field is anything but an array, null or absent.
  // The number of elements of an array member, to reserve room for them; 0 for anything else.
  std::size_t count_at(Found parent, const Field& field) const {
    const Value* v = member(parent, field);
    return v && v->is_array() ? v->count : 0;
  }

  template <typename Read>
  void items_at(Found parent, const SheetPointer& path, const Field& field,
                std::string_view expected, Read read) {
    const Value* v = member(parent, field);
    if (!v || v->is_null()) return;
    const SheetPointer here = path / field.key;
    if (!v->is_array()) {
      type_error(here, expected);
      return;
    }
    std::size_t i = 0;
    for (const auto& item : tree_.children(*v)) read(item, here / i++);
  }

  // The first string of an array member, as the sheet holds it; empty when it has none.
  std::string_view first_string_at(Found parent, const Field& field) const {
    const Value* v = member(parent, field);
    if (v && v->is_array())
      for (const auto& item : tree_.children(*v))
        if (item.is_string()) return item.string;
    return {};
  }

  std::vector<std::string> strings_at(Found parent, const SheetPointer& path, const Field& field) {
    std::vector<std::string> out;
    out.reserve(count_at(parent, field));
    items_at(parent, path, field, "strings", [&](const Value& item, const SheetPointer& item_path) {
      if (!item.is_string())
        type_error(item_path, "string");
      else
        out.emplace_back(item.string);
    });
    return out;
  }

  SheetTime time_at(Found parent, const SheetPointer& path, const Field& field) {
    SheetTime t;
    t.path = path / field.key;
    const Value* v = member(parent, field);
    if (!v || v->is_null()) return t;
    if (!v->is_string()) {
      type_error(t.path, "local_time");
      return t;
    }
    t.present = true;
    const std::string_view s = v->string;
    t.value = time::parse_local_datetime(s);
    if (!t.value)
      out_.findings.push_back(
          {"time.invalid", Severity::error, t.path.str(), {{"value", std::string(s)}}});
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
  LocalizedText text(const Value& v, const SheetPointer& path) {
    LocalizedText t;
    t.path = path;
    if (v.is_null()) return t;
    if (v.is_string()) {
      if (!is_blank(v.string)) t.by_language.emplace_back(first_language_, v.string);
      return t;
    }
    if (!v.is_object()) {
      type_error(t.path, "text");
      return t;
    }
    // By language tag, as findings about members come.
    for (const Value* s : text::JsonTree::in_finding_order(v)) {
      const std::string_view lang = s->key;
      if (!is_language_tag(lang)) {
        // {"text": "…"} where a plain string was meant would otherwise stand in for
        // every language; the schema allows language tags only.
        out_.usable = false;
        out_.findings.push_back({"text.language_tag",
                                 Severity::error,
                                 pointer_append(t.path.str(), lang),
                                 {{"key", std::string(lang)}}});
      } else if (!s->is_string())
        type_error(pointer_append(t.path.str(), lang), "string");
      else if (!is_blank(s->string))
        t.by_language.emplace_back(lang, s->string);
    }
    return t;
  }

  // A name, a label or a signature goes into one-line places (a subject, a title, a mail
  // header, a payload's name): a line break there splits the line, and in a header lets the
  // text after it pass for a header of its own. Each run of CR, LF, U+2028 and U+2029 becomes
  // one space, with a warning at the field.
  void one_line(LocalizedText& t) {
    bool folded = false;
    for (auto& entry : t.by_language) {
      if (auto one = without_line_breaks(entry.second)) {
        entry.second = out_.texts.emplace_front(std::move(*one));
        folded = true;
      }
    }
    if (folded) out_.findings.push_back({"text.line_break", Severity::warning, t.path.str(), {}});
  }

  void fold_to_one_line(std::string& text, const SheetPointer& path) {
    if (auto one = without_line_breaks(text)) {
      text = std::move(*one);
      out_.findings.push_back({"text.line_break", Severity::warning, path.str(), {}});
    }
  }

  LocalizedText one_line_text_at(Found parent, const SheetPointer& path, const Field& field) {
    LocalizedText t = text_at(parent, path, field);
    one_line(t);
    return t;
  }

  std::vector<LocalizedText> one_line_texts_at(Found parent, const SheetPointer& path,
                                               const Field& field) {
    std::vector<LocalizedText> out = texts_at(parent, path, field);
    for (auto& t : out) one_line(t);
    return out;
  }

  LocalizedText text_at(Found parent, const SheetPointer& path, const Field& field) {
    static constexpr Value absent;
    const Value* v = member(parent, field);
    return text(v ? *v : absent, path / field.key);
  }

  std::vector<LocalizedText> texts_at(Found parent, const SheetPointer& path, const Field& field) {
    std::vector<LocalizedText> out;
    out.reserve(count_at(parent, field));
    items_at(parent, path, field, "texts", [&](const Value& item, const SheetPointer& item_path) {
      LocalizedText t = text(item, item_path);
      if (!t.empty()) out.push_back(std::move(t));
    });
    return out;
  }

  // An object member, its keys checked against `fields` (one of sheet_fields' objects), then
  // read(its members, its path, fields); nothing more when it is absent, null or mistyped.
  template <typename Fields, typename Read>
  void object_at(Found parent, const SheetPointer& path, const Field& field, const Fields& fields,
                 Read read) {
    if (const Value* v = object_at(parent, path, field)) {
      const SheetPointer here = path / field.key;
      const auto found = members<Fields>(*v);
      warn_unknown(*v, here, found);
      read(found, here, fields);
    }
  }

  // An array of objects: each element as object_at reads one.
  template <typename Fields, typename Read>
  void objects_at(Found parent, const SheetPointer& path, const Field& field, const Fields& fields,
                  Read read) {
    items_at(parent, path, field, "objects", [&](const Value& item, const SheetPointer& item_path) {
      if (!item.is_object()) {
        type_error(item_path, "object");
        return;
      }
      const auto found = members<Fields>(item);
      warn_unknown(item, item_path, found);
      read(found, item_path, fields);
    });
  }

  // The language plain strings belong to: a view, as the texts are.
  void set_first_language(std::string_view lang) { first_language_ = lang; }

 private:
  using IndexOf = int (*)(std::string_view key);

  // The loops behind members and warn_unknown, written once rather than once per object of
  // the sheet (code the WebAssembly module would carry for each).
  void match(const Value& object, IndexOf index_of, std::span<const Value*> at, bool& any_known,
             bool& any_unknown) const {
    for (const auto& member : tree_.children(object)) {
      const int index = index_of(member.key);
      if (index < 0) {
        any_unknown = true;
      } else {
        at[static_cast<std::size_t>(index)] = &member;
        any_known = true;
      }
    }
  }
  void warn_unknown(const Value& object, const SheetPointer& path, IndexOf index_of) {
    for (const Value* member : text::JsonTree::in_finding_order(object)) {
      const std::string_view key = member->key;
      if (index_of(key) < 0) {
        out_.findings.push_back({"field.unknown",
                                 Severity::warning,
                                 pointer_append(path.str(), key),
                                 {{"field", std::string(key)}}});
      }
    }
  }

  ParsedSheet& out_;
  const text::JsonTree& tree_;
  std::string_view first_language_ = "en";
};

// audience.roles: each a text (the role's name: "taxpayers", or a map of languages), or an
// object with a name and what is particular to the role. An object naming languages is a
// text; one with a "name" is a role (no language tag is spelled "name").
std::vector<Role> read_roles(Found audience, SheetReader& r) {
  constexpr const auto& f = sheet_fields::role;
  std::vector<Role> out;
  r.items_at(audience, SheetPointer() / sheet_fields::sheet.audience.key,
             sheet_fields::audience.roles, "roles",
             [&](const Value& item, const SheetPointer& path) {
               Role role;
               role.path = path;
               const auto found = item.is_object() ? r.members<sheet_fields::RoleFields>(item)
                                                   : Members<sheet_fields::RoleFields>{};
               const bool role_object = found.any_known;
               if (role_object && !SheetReader::member(found, f.name)) {
                 r.type_error(path / f.name.key, "role_name");
               } else if (role_object) {
                 r.warn_unknown(item, path, found);
                 role.name = r.one_line_text_at(found, path, f.name);
                 role.actions_before = r.texts_at(found, path, f.actions_before);
                 role.actions_after = r.texts_at(found, path, f.actions_after);
                 role.channels = r.strings_at(found, path, f.channels);
               } else {
                 role.name = r.text(item, path);
               }
               if (!role.name.empty()) out.push_back(std::move(role));
             });
  return out;
}

void read_sheet(const Value& object, const Members<sheet_fields::SheetFields>& root, SheetReader& r,
                Notice& n) {
  constexpr const auto& f = sheet_fields::sheet;
  const SheetPointer top;
  r.warn_unknown(object, top, root);
  // Languages first: plain strings anywhere else belong to the first of them (to the primary
  // language of a bilingual first entry, "zh-CN" of "zh-CN+en").
  n.languages = r.strings_at(root, top, f.languages);
  if (!n.languages.empty()) r.set_first_language(primary_tag(r.first_string_at(root, f.languages)));

  n.kind = sheet_name(r.string_at(root, top, f.kind), &message_kind_named);
  n.time_zone = r.string_at(root, top, f.time_zone);
  n.issued = r.time_at(root, top, f.issued);
  n.sent = n.issued;
  n.reference = r.string_at(root, top, f.reference);
  r.fold_to_one_line(n.reference, top / f.reference.key);
  n.next_update = r.time_at(root, top, f.next_update);
  n.early_finish = r.bool_at(root, top, f.early_finish, false);
  n.may_change = r.bool_at(root, top, f.may_change, false);
  n.channels_available = r.strings_at(root, top, f.channels_available);
  n.alternatives = r.texts_at(root, top, f.alternatives);

  r.object_at(root, top, f.organization, sheet_fields::organization,
              [&](Found org, const SheetPointer& p, const auto& o) {
                n.organization_name = r.one_line_text_at(org, p, o.name);
                n.organization_unit = r.one_line_text_at(org, p, o.unit);
                n.sms_signature = r.one_line_text_at(org, p, o.sms_signature);
              });
  r.object_at(root, top, f.audience, sheet_fields::audience,
              [&](Found aud, const SheetPointer& p, const auto& a) {
                if (auto kind = r.string_at(aud, p, a.kind); !kind.empty())
                  n.audience.kind = sheet_name(std::move(kind), &audience_kind_named);
                // The schema's bound: more people than live on Earth is a typo. It also keeps
                // the plan's costs (segments × size × sends) far inside 64 bits.
                n.audience.size = r.whole_number_at(aud, p, a.size);
                n.audience.roles = read_roles(aud, r);
                n.audience.time_zones = r.strings_at(aud, p, a.time_zones);
                n.audience.preferred_channels = r.strings_at(aud, p, a.preferred_channels);
              });
  auto read_window = [&](std::vector<Window>& into) {
    return [&r, &into](Found w, const SheetPointer& p, const auto& wf) {
      Window window;
      window.path = p;
      window.systems = r.one_line_texts_at(w, p, wf.systems);
      window.regions = r.one_line_texts_at(w, p, wf.regions);
      window.start = r.time_at(w, p, wf.start);
      window.end = r.time_at(w, p, wf.end);
      window.end_is_estimate = r.bool_at(w, p, wf.end_is_estimate, false);
      into.push_back(std::move(window));
    };
  };
  // Room for the lists of objects most sheets have, so that none of their elements is moved.
  n.windows.reserve(r.count_at(root, f.windows));
  n.contacts.reserve(r.count_at(root, f.contacts));
  r.objects_at(root, top, f.windows, sheet_fields::window, read_window(n.windows));
  r.object_at(root, top, f.change, sheet_fields::change,
              [&](Found change, const SheetPointer& p, const auto& c) {
                n.change.reason = r.text_at(change, p, c.reason);
                r.objects_at(change, p, c.original_windows, sheet_fields::window,
                             read_window(n.change.original_windows));
              });
  r.object_at(root, top, f.restoration, sheet_fields::restoration,
              [&](Found restored, const SheetPointer& p, const auto& rf) {
                n.restoration.actual_end = r.time_at(restored, p, rf.actual_end);
                r.texts_into(restored, p,
                             {{&n.restoration.work_done, rf.work_done},
                              {&n.restoration.follow_up, rf.follow_up},
                              {&n.restoration.data, rf.data}});
              });
  r.objects_at(root, top, f.service_halls, sheet_fields::service_hall,
               [&](Found h, const SheetPointer& p, const auto& hf) {
                 n.service_halls.push_back({r.text_at(h, p, hf.name), r.text_at(h, p, hf.address),
                                            r.text_at(h, p, hf.hours)});
               });
  r.objects_at(root, top, f.updates, sheet_fields::update,
               [&](Found u, const SheetPointer& p, const auto& uf) {
                 n.updates.push_back({r.time_at(u, p, uf.at), r.text_at(u, p, uf.text)});
               });
  r.object_at(root, top, f.incident, sheet_fields::incident,
              [&](Found incident, const SheetPointer& p, const auto& i) {
                n.incident.root_cause = r.text_at(incident, p, i.root_cause);
                n.incident.mitigation = r.text_at(incident, p, i.mitigation);
                n.incident.prevention = r.text_at(incident, p, i.prevention);
              });
  n.remedy = r.texts_at(root, top, f.remedy);
  // The schema's bound is far above any real outage's count; it keeps the calendar SEQUENCE
  // (RFC 5545 INTEGER) in range.
  n.revision = static_cast<int>(r.whole_number_at(root, top, f.revision).value_or(0));
  r.object_at(root, top, f.sms, sheet_fields::sms,
              [&](Found sms, const SheetPointer& p, const auto& sf) {
                n.sms.price_per_segment = r.number_at(sms, p, sf.price_per_segment);
                n.sms.currency = r.string_at(sms, p, sf.currency);
                // The schema's bound, 255: the most parts a concatenated SMS can have (3GPP TS
                // 23.040 §9.2.3.24.1, one octet).
                if (const auto segments = r.whole_number_at(sms, p, sf.max_segments))
                  n.sms.max_segments = static_cast<int>(*segments);
              });
  r.object_at(root, top, f.reason, sheet_fields::reason,
              [&](Found reason, const SheetPointer& p, const auto& rf) {
                n.reason_category = r.string_at(reason, p, rf.category);
                n.reason = r.text_at(reason, p, rf.text);
              });
  r.object_at(root, top, f.impact, sheet_fields::impact,
              [&](Found impact, const SheetPointer& p, const auto& i) {
                r.texts_into(impact, p,
                             {{&n.unavailable, i.unavailable},
                              {&n.degraded, i.degraded},
                              {&n.still_available, i.still_available}});
              });
  r.object_at(
      root, top, f.actions, sheet_fields::actions,
      [&](Found actions, const SheetPointer& p, const auto& af) {
        r.texts_into(actions, p, {{&n.actions_before, af.before}, {&n.actions_after, af.after}});
      });
  r.objects_at(root, top, f.contacts, sheet_fields::contact,
               [&](Found c, const SheetPointer& p, const auto& cf) {
                 Contact contact;
                 contact.path = p;
                 contact.kind = sheet_name(r.string_at(c, p, cf.kind), &contact_kind_named);
                 contact.value = r.string_at(c, p, cf.value);
                 r.fold_to_one_line(contact.value, p / cf.value.key);
                 contact.label = r.one_line_text_at(c, p, cf.label);
                 contact.name = r.one_line_text_at(c, p, cf.name);
                 contact.hours = r.text_at(c, p, cf.hours);
                 n.contacts.push_back(std::move(contact));
               });
}

// A value that is neither array nor object as JSON text, as nlohmann's dump writes it.
std::string scalar_json(const Value& v) {
  switch (v.type) {
    case text::JsonTree::Type::boolean: return v.boolean ? "true" : "false";
    case text::JsonTree::Type::integer: return std::to_string(v.integer);
    case text::JsonTree::Type::unsigned_integer: return std::to_string(v.unsigned_integer);
    case text::JsonTree::Type::floating: {
      std::string out;
      text::append_json_number(out, v.floating);
      return out;
    }
    case text::JsonTree::Type::string: {
      std::string out;
      text::append_json_string(out, v.string);
      return out;
    }
    default: return "null";
  }
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
  const text::JsonTree& tree = parsed.value;
  const Value& root = tree.root();
  SheetReader reader(out, tree);
  if (!root.is_object()) {
    reader.type_error("", "sheet");
    return out;
  }
  const auto found = reader.members<sheet_fields::SheetFields>(root);
  if (const Value* schema = SheetReader::member(found, sheet_fields::sheet.schema); !schema) {
    out.findings.push_back({"schema.missing", Severity::error, "/schema", {}});
  } else if (!schema->is_string() || schema->string != sheet_fields::sheet.schema.values.front()) {
    out.usable = false;
    // An array or object is named by its type: printing it could mean 10,000 nested brackets.
    out.findings.push_back({"schema.unsupported",
                            Severity::error,
                            "/schema",
                            {{"value", schema->is_object()  ? std::string("object")
                                       : schema->is_array() ? std::string("array")
                                                            : scalar_json(*schema)}}});
    return out;
  }
  read_sheet(root, found, reader, out.notice);
  report_text_hazards(tree, out.findings);
  out.texts.splice_after(out.texts.before_begin(), parsed.value.release_strings());
  return out;
}

}  // namespace noticekit::model
