// noticekit — the whole public API of the core.
//
// Values in, values out: a fact sheet (JSON text, schema "noticekit/1") goes in, a JSON
// document comes out. No I/O, no globals the caller can see, no exception crosses this API.
// The native CLI and the WebAssembly module are both thin clients of these functions, which
// is what makes their output byte-identical.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace noticekit {

// What the caller wants rendered. Empty lists mean "what the sheet asks for": the sheet's
// `languages` and every channel the core can render.
struct Request {
  std::vector<std::string> languages;  // BCP 47 tags, e.g. "zh-CN", "en"
  std::vector<std::string> channels;   // e.g. "email", "sms"
  // The message to write from the sheet, e.g. "reminder" or "restoration"; empty: the one
  // the sheet's own kind calls for ("announcement" for a planned sheet).
  std::string kind;
  // render only: write the version for this role of audience.roles (its name as the sheet
  // writes it, in any language), greeted by name and with its own actions; empty: the
  // notice for everyone.
  std::string role = {};  // initialized: callers may list only the fields before it
  // The input line the sheet starts on when it is one record of a larger file (a line of a
  // `noticekit batch` JSONL file), so that a JSON syntax error names the line the user sees.
  std::size_t first_line = 1;
  // render only: the output fields to write besides kind, channel and lang, e.g.
  // {"subject", "text"} for a mail merge; empty: every field. A rendering nobody asked for is
  // not built (an email's HTML and .eml are most of a batch's work).
  std::vector<std::string> fields = {};
  // When the message is sent, as a local time in the sheet's zone ("2026-12-06T06:30"): its
  // date line, its e-mail Date and the plan count from it, and findings say what it finds
  // already begun or past. Empty: the sheet's `issued` for the message the sheet's own kind
  // calls for, else when the lifecycle sends that message (a restoration when service came
  // back, "started" at the start, a reminder a day before).
  std::string at = {};
  // The language the call's words for its reader are in (a supported tag, e.g. "en"): the
  // findings' messages, the completeness labels and the plan's words, as a page's interface
  // language would have them, whatever language the notices are in. Empty: the first language
  // written (the primary one of a bilingual notice), else English.
  std::string messages_language = {};
};

// The input limits every entry point shares (render, check and plan, each record of a batch,
// the page). Past them the input is refused with a finding that says which limit and what to
// shorten, so memory stays bounded whatever is sent. A real sheet is a few KB.
inline constexpr std::size_t max_sheet_bytes = 64 * 1024;  // a fact sheet's JSON text
inline constexpr std::size_t max_json_depth = 64;          // arrays and objects inside each other
inline constexpr std::size_t max_languages = 12;           // written at once; "zh-CN+en" counts two
inline constexpr std::size_t max_findings = 100;           // listed; the rest summed up in one more
inline constexpr std::size_t max_output_bytes = 4u << 20;  // render's outputs, all together

// Mirrors the CLI's exit codes.
enum class Status {
  ok = 0,        // no error-level finding
  invalid = 1,   // the sheet was read, but has error-level findings
  unusable = 2,  // the input could not be read at all (bad JSON, wrong field types, bad request)
};

struct Result {
  Status status = Status::ok;
  // {"outputs":[{"kind","channel","lang","subject"?,"text","html"?,"metrics"}…],
  //  "findings":[{"code","severity","path","message"}…],
  //  "completeness":{"score":0–100,"missing":[{"item","label"}…]} (null for unreadable input)}
  std::string json;
};

// Validates the sheet and renders every requested language × channel. Outputs are only
// produced when the sheet has no error-level finding. Finding messages use the first
// requested language.
Result render(std::string_view sheet_json, const Request& request = {});

// Validates the sheet only: {"findings":[…],"completeness":{…}}.
Result check(std::string_view sheet_json, const Request& request = {});

// The send plan: {"channels":[{"channel","name","score","recommended","reasons":[…]}…],
//  "schedule":[{"step","name","channels":[…],"at","at_utc","note"}…],"costs":{…},
//  "support":{…},"audiences":[…],"ics":"BEGIN:VCALENDAR…","findings":[…]}.
// Reasons, notes and findings use the first requested language. The plan is only filled in
// when the sheet has no error-level finding.
Result plan(std::string_view sheet_json, const Request& request = {});

// The same three with the request as JSON text, as the WebAssembly module is given it:
// {"languages":[…],"channels":[…],"fields":[…],"kind":"…","role":"…","at":"…",
// "messages_language":"…"}, every key
// optional (the members of Request); empty text or `null` is the default request. A request
// that is not such an object (bad JSON, an unknown key, a value of the wrong type) is not
// guessed at: the result is the call's shape, empty, with one "request.invalid" error finding
// whose path is a JSON pointer into the request, e.g. "/languages/0"; status unusable.
Result render(std::string_view sheet_json, std::string_view request_json);
Result check(std::string_view sheet_json, std::string_view request_json);
Result plan(std::string_view sheet_json, std::string_view request_json);

// Language data. The native build embeds every language's. The WebAssembly build embeds none,
// so that a page downloads only the languages its sheets use: its caller gives each language's
// data (the build's site/locales/<tag>.json) before the first call that reads it. A language's
// CLDR names of time zones are apart from the rest, in parts by the area of the zone's id
// (site/locales/<tag>.zones-<area>.json, e.g. zh-CN.zones-Asia for Asia/Shanghai), so that a
// page downloads only the names of the zones its sheets use; and so are its words for the
// reader of the tool (findings, completeness labels, the plan's words:
// site/locales/<tag>.messages.json), read only for the language a call's messages are in. A
// render, check or plan that would read a language, or a part of it, that is not given writes
// nothing: status unusable, with one "language.not_loaded" error finding.
//
// The names of the data a render, check or plan of this sheet and request would read and is
// not given yet, sorted as the call reads them: the languages it writes, the one its messages
// are in, English (their last resort), those the sheet's texts are typed in, and those each
// derives from (en-US: en) or stands in with (zh-TW: zh-CN); then the messages part of the
// language the messages are in and of each it derives from that has one ("zh-CN.messages");
// then, for each of these languages and each zone the sheet names (time_zone, audience.time_zones),
// the part of that language's zone names that holds the zone's ("zh-CN.zones-Asia"), where the
// language has names there. Each name is a file name of site/locales/ without ".json". Empty when
// the call can go ahead (always in the native build, and for a request that is refused anyway).
std::vector<std::string> missing_languages(std::string_view sheet_json,
                                           std::string_view request_json = {});
// Gives the data that `name`, a name missing_languages lists, stands for: the text of
// site/locales/<name>.json, a language ("zh-CN"), a part of its zone names
// ("zh-CN.zones-Asia") or its messages ("zh-CN.messages"), in any order. Empty when taken, else
// what is wrong: a tag or part no build knows, data given twice, a malformed file. Not to be called
// while another call of this API runs (a page or a Node program gives the data before the call that
// needs it).
std::string add_language(std::string_view name, std::string_view data_json);

// Languages and channels this build can render, in the order outputs are produced.
const std::vector<std::string>& supported_languages();
const std::vector<std::string>& supported_channels();
// Every output field render can write besides kind, channel and lang (Request::fields).
const std::vector<std::string>& supported_fields();

// The library version, e.g. "0.1.0".
std::string_view version();

}  // namespace noticekit
