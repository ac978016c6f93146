// The public API: parse → validate → compose → render, and the JSON result.
#include <algorithm>
#include <iterator>
#include <optional>

#include "channels/channel.h"
#include "channels/over_limit.h"
#include "compose/compose.h"
#include "compose/role_version.h"
#include "locale/language_index.h"
#include "locale/locale.h"
#include "model/message_kind.h"
#include "model/notice_language.h"
#include "model/notice_texts.h"
#include "model/request_reader.h"
#include "model/sheet_parser.h"
#include "noticekit/noticekit.h"
#include "plan/message_moment.h"
#include "plan/plan.h"
#include "text/json_string.h"
#include "text/json_writer.h"
#include "text/kept_text.h"
#include "validate/completeness.h"
#include "validate/validate.h"

namespace noticekit {
namespace {

using model::Finding;
using model::Severity;

// Every locale the notices are written in, once each: {"zh-CN", "en"} for {"zh-CN+en", "en"}.
std::vector<std::string> edition_languages(const std::vector<std::string>& notice_languages) {
  std::vector<std::string> out;
  for (const auto& l : notice_languages)
    for (auto& tag : model::edition_tags(l))
      if (std::find(out.begin(), out.end(), tag) == out.end()) out.push_back(std::move(tag));
  return out;
}

// A language's name as the message's language writes it; the languages of a bilingual
// "zh-CN+en" as a list ("Chinese (Simplified) and English").
std::string language_name(const locale::Locale& loc, const std::string& tag) {
  std::vector<std::string> names;
  for (const auto& edition : model::edition_tags(tag)) names.push_back(loc.language_name(edition));
  return loc.list(names);
}

// A finding as the result lists it, written straight into `out`: a JSON tree of each finding
// would be built only to be written.
void append_finding(std::string& out, const Finding& f, const locale::Locale& loc) {
  locale::Args args;
  args.reserve(f.args.size());
  for (const auto& [name, value] : f.args) {
    // Language tags in messages are shown by name: "英文", "English"; so is the channel of an
    // output finding ("短信").
    if (name == "language" || name == "used")
      args.emplace_back(name, language_name(loc, value));
    else if (name == "channel" && f.output)
      args.emplace_back(name, loc.phrase("plan.channel." + value));
    // What a field takes, in the reader's words ("a string", "一个字符串"), with its bounds.
    else if (name == "expected")
      args.emplace_back(name, loc.finding_message("type.expected." + value,
                                                  locale::Args(f.args.begin(), f.args.end())));
    else
      args.emplace_back(name, value);
  }
  text::JsonWriter w(out);
  w.open_object()
      .key("code")
      .string(f.code)
      .key("severity")
      .string(model::severity_name(f.severity))
      .key("path")
      .string(f.path)
      .key("message")
      .string(loc.finding_message(f.code, args));
  if (f.output) {
    w.key("channel").string(f.output->channel).key("lang").string(f.output->lang);
  } else if (const auto about =
                 std::find_if(f.args.begin(), f.args.end(),
                              [](const auto& arg) { return arg.first == "language"; });
             about != f.args.end()) {
    // A finding about one language's text (untranslated, in another language, half-width
    // punctuation) names it, so that a reader can tell two findings at one path apart.
    w.key("lang").string(about->second);
  }
  w.close_object();
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// Everything render and check share: the sheet read and judged, the languages decided.
struct Judged {
  model::ParsedSheet sheet;
  std::vector<std::string> languages;
  std::vector<channels::ChannelId> channels;
  // The message being written; nullopt when neither the request nor the sheet names one (the
  // sheet then has a finding that says so).
  std::optional<model::MessageKind> kind;
  std::optional<std::size_t> role;  // index into audience.roles: write that role's version
  channels::Fields fields;          // the output fields to write; empty: all
  // The language of the words for the reader of the tool: findings, completeness, the plan.
  std::string messages_language;
  bool bad_request = false;
  // Languages, and parts of their zone names, that the call reads whose data is not there yet
  // (add_language); the call then writes nothing, so that no notice or message is written with
  // holes.
  std::vector<std::string> missing_languages;

  bool has_error() const {
    return std::any_of(sheet.findings.begin(), sheet.findings.end(),
                       [](const Finding& f) { return f.severity == Severity::error; });
  }
  Status status() const {
    if (bad_request || !sheet.usable) return Status::unusable;
    return has_error() ? Status::invalid : Status::ok;
  }
};

// The messages' language, as its data reads.
const locale::Locale& message_locale(const Judged& j) {
  if (const auto* loc = locale::Locale::find(j.messages_language)) return *loc;
  return *locale::Locale::find("en");
}

// A language or channel listed twice is rendered once: `"languages": ["en", "en", …]`
// must not multiply the work (or the outputs) by the length of the list.
template <typename Item>
void add_once(std::vector<Item>& list, const Item& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

// Whether the core can write `lang`: a supported tag, or several different ones joined by "+"
// (a bilingual notice, "zh-CN+en"). If not, adds the finding that says why, at `path`.
bool is_writable(Judged& j, const std::string& lang, const std::string& path) {
  const auto& supported = supported_languages();
  const auto tags = model::edition_tags(lang);
  for (const auto& tag : tags) {
    if (tag.empty() || std::find(supported.begin(), supported.end(), tag) != supported.end())
      continue;
    j.sheet.findings.push_back({"language.unsupported",
                                Severity::error,
                                path,
                                {{"value", tag}, {"supported", join_names(supported)}}});
    return false;
  }
  for (auto t = tags.begin(); t != tags.end(); ++t) {
    if (!t->empty() && std::find(tags.begin(), t, *t) == t) continue;
    j.sheet.findings.push_back({"language.combination", Severity::error, path, {{"value", lang}}});
    return false;
  }
  return true;
}

// The languages written, counting each of a bilingual notice's.
std::size_t edition_count(const std::vector<std::string>& languages) {
  std::size_t count = 0;
  for (const auto& l : languages) count += model::edition_tags(l).size();
  return count;
}

// Each language is a whole set of notices, so their number bounds the work and the output.
bool within_language_limit(Judged& j, const std::string& path) {
  const std::size_t count = edition_count(j.languages);
  if (count <= max_languages) return true;
  j.sheet.findings.push_back(
      {"languages.too_many",
       Severity::error,
       path,
       {{"count", std::to_string(count)}, {"limit", std::to_string(max_languages)}}});
  return false;
}

void choose_languages(Judged& j, const Request& request) {
  if (!request.languages.empty()) {
    for (const auto& l : request.languages) {
      if (is_writable(j, l, ""))
        add_once(j.languages, l);
      else
        j.bad_request = true;
    }
    if (!within_language_limit(j, "")) j.bad_request = true;
    return;
  }
  const auto& sheet_languages = j.sheet.notice.languages;
  for (std::size_t i = 0; i < sheet_languages.size(); ++i)
    if (is_writable(j, sheet_languages[i], model::pointer_append("/languages", i)))
      add_once(j.languages, sheet_languages[i]);
  within_language_limit(j, "/languages");
  if (sheet_languages.empty() && j.sheet.usable) {
    j.languages.push_back("en");
    j.sheet.findings.push_back(
        {"languages.missing", Severity::warning, "/languages", {{"fallback", "en"}}});
  }
}

// Adds each of `asked` to `chosen` once, as `named` reads it; a name it does not know makes the
// request bad, with the finding `code` that lists the `supported` names.
template <typename Item, typename Named>
void choose_supported(Judged& j, const std::vector<std::string>& asked, Named named,
                      const std::vector<std::string>& supported, const char* code,
                      std::vector<Item>& chosen) {
  for (const auto& name : asked) {
    if (const std::optional<Item> item = named(name)) {
      add_once(chosen, *item);
      continue;
    }
    j.bad_request = true;
    j.sheet.findings.push_back(
        {code, Severity::error, "", {{"value", name}, {"supported", join_names(supported)}}});
  }
}

void choose_channels(Judged& j, const Request& request) {
  if (request.channels.empty()) {
    for (const auto& c : channels::all_channels()) j.channels.push_back(c.id);
    return;
  }
  choose_supported(j, request.channels, channels::channel_named, supported_channels(),
                   "channel.unsupported", j.channels);
}

// For choose_supported: a name `known` holds, as it is written; nullopt for another.
template <typename Names>
auto one_of(const Names& known) {
  return [&known](const std::string& name) -> std::optional<std::string> {
    if (std::find(known.begin(), known.end(), name) == known.end()) return std::nullopt;
    return name;
  };
}

void choose_fields(Judged& j, const Request& request) {
  choose_supported(j, request.fields, one_of(channels::output_fields), supported_fields(),
                   "field.unsupported", j.fields);
}

// The language the messages are in: the request's, else the first language written (the
// primary one of a bilingual notice), else English.
void choose_messages_language(Judged& j, const Request& request) {
  if (!request.messages_language.empty()) {
    std::vector<std::string> asked;
    choose_supported(j, {request.messages_language}, one_of(supported_languages()),
                     supported_languages(), "language.unsupported", asked);
    if (!asked.empty()) {
      j.messages_language = asked.front();
      return;
    }
  }
  j.messages_language = "en";
  for (const auto& l : j.languages.empty() ? j.sheet.notice.languages : j.languages)
    if (locale::language_facts(model::primary_tag(l))) {
      j.messages_language = model::primary_tag(l);
      return;
    }
}

// The request's kind, else the one the sheet's own kind calls for.
void choose_kind(Judged& j, const Request& request) {
  if (request.kind.empty()) {
    j.kind = j.sheet.notice.kind.member;
  } else if (const auto kind = model::message_kind_named(request.kind)) {
    j.kind = kind;
  } else {
    j.bad_request = true;
    j.sheet.findings.push_back(
        {"kind.unsupported", Severity::error, "", {{"value", request.kind}}});
  }
}

// The role whose version is asked for, by its name in any of the sheet's languages.
void choose_role(Judged& j, const Request& request) {
  if (request.role.empty() || !j.sheet.usable) return;
  const auto& roles = j.sheet.notice.audience.roles;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < roles.size(); ++i) {
    for (const auto& [lang, text] : roles[i].name.by_language)
      if (text == request.role) j.role = i;
    names.emplace_back(roles[i].name.by_language.front().second);
  }
  if (j.role) return;
  j.bad_request = true;
  j.sheet.findings.push_back(
      {"role.unknown",
       Severity::error,
       "",
       {{"value", request.role}, {"roles", names.empty() ? "-" : join_names(names)}}});
}

// When the message is sent: the request's moment, else the one its kind defaults to.
void choose_moment(Judged& j, const Request& request) {
  auto& notice = j.sheet.notice;
  if (request.at.empty()) {
    if (!j.bad_request && j.kind) notice.sent = planner::default_moment(notice, *j.kind);
    return;
  }
  notice.sent = {{}, time::parse_local_datetime(request.at), true};
  if (notice.sent.value) return;
  j.bad_request = true;
  j.sheet.findings.push_back({"at.invalid", Severity::error, "", {{"value", request.at}}});
}

// Every language whose data the call reads: English (the last resort of the sheet's texts),
// those it writes, the one its messages are in, those the sheet's texts are typed in (each read
// against its own language's rules), and the languages each of these derives from or stands
// in with (text_fallbacks).
std::vector<std::string> languages_read(const Judged& j) {
  std::vector<std::string> read;
  const auto add = [&read](std::string_view tag) {
    // A language already listed came with the ones it derives from: most texts are in the
    // sheet's first language.
    if (std::find(read.begin(), read.end(), tag) != read.end() || !locale::language_facts(tag))
      return;
    for (const auto& derived : locale::lineage(tag)) add_once(read, derived);
  };
  add("en");
  for (const auto& l : j.languages)
    for (const auto& tag : model::edition_tags(l)) add(tag);
  add(j.messages_language);
  for (const auto& l : j.sheet.notice.languages) add(model::primary_tag(l));
  // Most texts are in the language of the text before them: that one is listed already.
  std::string_view previous;
  model::for_each_text(j.sheet.notice, [&](const model::LocalizedText& t, model::TextKind) {
    for (const auto& [lang, text] : t.by_language)
      if (lang != previous) add(previous = lang);
  });
  // Stand-ins after the rest: the list grows while it is walked.
  for (std::size_t i = 0; i < read.size(); ++i)
    for (const auto& stand_in : locale::language_facts(read[i])->text_fallbacks) add(stand_in);
  return read;
}

// The sheet read and the request's choices made: what a call needs before judging.
Judged read(std::string_view sheet_json, const Request& request) {
  Judged j;
  j.sheet = model::parse_sheet(sheet_json, request.first_line);
  choose_languages(j, request);
  choose_channels(j, request);
  choose_fields(j, request);
  choose_kind(j, request);
  choose_role(j, request);
  choose_moment(j, request);
  choose_messages_language(j, request);
  const std::vector<std::string> languages = languages_read(j);
  for (const auto& tag : languages)
    if (!locale::Locale::has_data(tag)) j.missing_languages.push_back(tag);
  // The messages' own words only in the language they are in (and those it derives from).
  for (const auto& tag : locale::lineage(j.messages_language))
    if (auto part = locale::Locale::missing_messages_part(tag))
      j.missing_languages.push_back(*part);
  // Each language read may name any zone the sheet names (its own, its readers'): the part of
  // its zone names that each of them is in.
  const auto add_part = [&j](const std::string& tag, std::string_view zone) {
    if (auto part = locale::Locale::missing_zone_part(tag, zone))
      add_once(j.missing_languages, *part);
  };
  for (const auto& tag : languages) {
    add_part(tag, j.sheet.notice.time_zone);
    for (const auto& zone : j.sheet.notice.audience.time_zones) add_part(tag, zone);
  }
  return j;
}

Judged judge(std::string_view sheet_json, const Request& request) {
  Judged j = read(sheet_json, request);
  if (j.sheet.usable && !j.bad_request && j.missing_languages.empty()) {
    auto rule_findings = validate::validate(j.sheet.notice, edition_languages(j.languages), j.kind);
    j.sheet.findings.insert(j.sheet.findings.end(), std::make_move_iterator(rule_findings.begin()),
                            std::make_move_iterator(rule_findings.end()));
  }
  return j;
}

// The first max_findings findings, then one that counts the rest with the gravest severity
// among them, so an error is never hidden behind the limit. 160,000 unknown keys are one
// mistake made many times, not 160,000 lines to read.
void append_findings(std::string& out, const Judged& j) {
  const auto& loc = message_locale(j);
  const auto& findings = j.sheet.findings;
  text::JsonWriter w(out);
  w.open_array();
  const std::size_t listed = std::min(findings.size(), max_findings);
  for (std::size_t i = 0; i < listed; ++i) append_finding(out, findings[i], loc);
  if (listed < findings.size()) {
    Severity gravest = Severity::info;
    for (std::size_t i = listed; i < findings.size(); ++i)
      gravest = std::max(gravest, findings[i].severity);
    append_finding(
        out, {"findings.more", gravest, "", {{"count", std::to_string(findings.size() - listed)}}},
        loc);
  }
  w.close_array();
}

// {"score":85,"missing":[{"item":"alternatives","label":"what to do instead"}]}, or null when
// the sheet could not be read.
void append_completeness(std::string& out, const Judged& j) {
  text::JsonWriter w(out);
  if (!j.sheet.usable) {
    w.null();
    return;
  }
  const auto& loc = message_locale(j);
  const auto c = validate::completeness(j.sheet.notice);
  w.open_object().key("score").integer(c.score).key("missing").open_array();
  for (const auto& item : c.missing)
    w.open_object()
        .key("item")
        .string(item)
        .key("label")
        .string(loc.phrase("completeness." + item))
        .close_object();
  w.close_array().close_object();
}

// `"findings":[…],"completeness":{…}}`: what every result but a plan's ends with, after the
// members before it (or the opening brace).
void append_findings_and_completeness(std::string& out, const Judged& j) {
  text::JsonWriter(out).key("findings");
  append_findings(out, j);
  text::JsonWriter(out).key("completeness");
  append_completeness(out, j);
  out += '}';
}

// Calls visit(field, text) for each text field of the output that is asked for, in the order
// the result lists them.
template <typename Visit>
void for_each_text(const channels::Output& o, const channels::Fields& fields, Visit visit) {
  const auto put = [&](std::string_view field, const std::string& text) {
    if (channels::wants(fields, field)) visit(field, text);
  };
  if (o.subject) put("subject", *o.subject);
  put("text", o.text);
  if (o.html) put("html", *o.html);
  for (const auto& [field, content] : o.files) put(field, content);
}

// One output as the result lists it: kind, channel and lang, then the fields asked for,
// written straight into `out` (an output can be megabytes).
void append_output(std::string& out, const channels::Output& o, model::MessageKind kind,
                   const std::string& lang, const channels::Fields& fields) {
  text::JsonWriter w(out);
  w.open_object()
      .key("kind")
      .string(model::name(kind))
      .key("channel")
      .string(channels::name(o.channel))
      .key("lang")
      .string(lang);
  for_each_text(o, fields, [&](std::string_view field, const std::string& text) {
    w.key(field).string(text);
  });
  if (channels::wants(fields, "metrics")) {
    w.key("metrics");
    text::append_json(out, o.metrics);
  }
  w.close_object();
}

// A call refused before it read the sheet's languages: the one finding that says what to fix,
// in English (the request's language is unknown, or its data is not there).
std::string refusal(std::string_view code, const std::string& path, const std::string& message) {
  std::string out;
  text::JsonWriter(out)
      .open_array()
      .open_object()
      .key("code")
      .string(code)
      .key("severity")
      .string("error")
      .key("path")
      .string(path)
      .key("message")
      .string(message)
      .close_object()
      .close_array();
  return out;
}

std::string request_invalid(const model::RequestProblem& problem) {
  return refusal("request.invalid", problem.path, problem.message);
}

std::string languages_not_loaded(const Judged& j) {
  return refusal("language.not_loaded", "",
                 "The data of " + join_names(j.missing_languages) +
                     " is not loaded: give it with add_language first (missing_languages "
                     "lists what a call needs).");
}

}  // namespace

// The outputs are written straight into the result text, not kept as a JSON tree first, and
// past max_output_bytes they are dropped for one finding: memory stays near that limit
// whatever the sheet and the request multiply (windows × languages × channels).
Result render(std::string_view sheet_json, const Request& request) {
  Judged j = judge(sheet_json, request);
  if (!j.missing_languages.empty())
    return {Status::unusable, "{\"outputs\":[],\"findings\":" + languages_not_loaded(j) + "}"};
  std::vector<Finding> over_limit;  // after the sheet's own findings, in output order
  const std::string_view opening = "{\"outputs\":[";
  std::string out(opening);
  const auto over_limit_with = [&](std::size_t more) {
    return out.size() - opening.size() + more > max_output_bytes;
  };
  bool too_large = false;
  if (j.status() == Status::ok) {
    const std::optional<model::Notice> version =
        j.role ? std::optional(
                     compose::role_version(j.sheet.notice, j.sheet.notice.audience.roles[*j.role]))
               : std::nullopt;
    const model::Notice& notice = version ? *version : j.sheet.notice;
    for (const auto& lang : j.languages) {
      if (too_large) break;
      const auto& loc = *locale::Locale::find(model::primary_tag(lang));
      const compose::Document doc = compose::compose(notice, lang, *j.kind);
      for (const auto channel : j.channels) {
        channels::Output o = channels::find_channel(channel).render(doc, loc, j.fields);
        if (auto finding = channels::over_limit_finding(o, lang))
          over_limit.push_back(std::move(*finding));
        std::size_t text_bytes = 0;
        for_each_text(o, j.fields, [&](std::string_view, const std::string& text) {
          text_bytes += text.size();
        });
        // Stop before the text grows past the limit where its size says so: growing is what
        // costs. JSON escapes can still take it over, hence the check after.
        too_large = over_limit_with(text_bytes);
        if (too_large) break;
        append_output(out, o, *j.kind, lang, j.fields);
        too_large = over_limit_with(0);
        if (too_large) break;
      }
    }
  }
  if (too_large) {
    out.resize(opening.size());
    over_limit = {{"outputs.too_large",
                   Severity::error,
                   "",
                   {{"limit", std::to_string(max_output_bytes >> 20)},
                    {"languages", std::to_string(edition_count(j.languages))},
                    {"channels", std::to_string(j.channels.size())}}}};
  }
  j.sheet.findings.insert(j.sheet.findings.end(), over_limit.begin(), over_limit.end());
  out += ']';
  append_findings_and_completeness(out, j);
  return {j.status(), std::move(out)};
}

Result check(std::string_view sheet_json, const Request& request) {
  const Judged j = judge(sheet_json, request);
  if (!j.missing_languages.empty())
    return {Status::unusable, "{\"findings\":" + languages_not_loaded(j) + "}"};
  std::string out = "{";
  append_findings_and_completeness(out, j);
  return {j.status(), std::move(out)};
}

// The plan's text without its closing brace, then "findings" and what the caller appends.
std::string plan_opening_findings(std::string plan) {
  plan.pop_back();
  text::JsonWriter(plan).key("findings");
  return plan;
}

Result plan(std::string_view sheet_json, const Request& request) {
  Judged j = judge(sheet_json, request);
  if (!j.missing_languages.empty())
    return {Status::unusable, plan_opening_findings(std::string(planner::empty_plan)) +
                                  languages_not_loaded(j) + "}"};
  std::string json;
  if (j.status() == Status::ok)
    planner::append_plan(json, j.sheet.notice, *j.kind, j.languages, message_locale(j),
                         j.sheet.findings);
  else
    json = planner::empty_plan;
  // The findings come last.
  json = plan_opening_findings(std::move(json));
  append_findings(json, j);
  json += '}';
  return {j.status(), std::move(json)};
}

Result render(std::string_view sheet_json, std::string_view request_json) {
  Request request;
  if (const auto problem = model::read_request(request_json, request))
    return {Status::unusable, "{\"outputs\":[],\"findings\":" + request_invalid(*problem) + "}"};
  return render(sheet_json, request);
}

Result check(std::string_view sheet_json, std::string_view request_json) {
  Request request;
  if (const auto problem = model::read_request(request_json, request))
    return {Status::unusable, "{\"findings\":" + request_invalid(*problem) + "}"};
  return check(sheet_json, request);
}

Result plan(std::string_view sheet_json, std::string_view request_json) {
  Request request;
  if (const auto problem = model::read_request(request_json, request))
    return {Status::unusable, plan_opening_findings(std::string(planner::empty_plan)) +
                                  request_invalid(*problem) + "}"};
  return plan(sheet_json, request);
}

std::vector<std::string> missing_languages(std::string_view sheet_json,
                                           std::string_view request_json) {
  Request request;
  // A bad request is refused before any language is read.
  if (model::read_request(request_json, request)) return {};
  return read(sheet_json, request).missing_languages;
}

std::string add_language(std::string_view name, std::string_view data_json) {
  std::string problem = locale::Locale::give(name, data_json);
  // A language read again with a part given may judge a text otherwise than what was kept of
  // it (validate's plain-language rules keep which texts have nothing to find).
  if (problem.empty()) text::forget_kept_texts();
  return problem;
}

const std::vector<std::string>& supported_languages() { return locale::Locale::tags(); }

const std::vector<std::string>& supported_fields() {
  static const std::vector<std::string> names(channels::output_fields.begin(),
                                              channels::output_fields.end());
  return names;
}

const std::vector<std::string>& supported_channels() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& c : channels::all_channels()) out.emplace_back(channels::name(c.id));
    return out;
  }();
  return names;
}

std::string_view version() { return NOTICEKIT_VERSION; }

}  // namespace noticekit
