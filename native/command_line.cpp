#include "command_line.h"

#include <fmt/core.h>

#include <charconv>
#include <string>
#include <vector>

namespace noticekit::cli {
namespace {

bool is_verb(std::string_view word) {
  return word == "render" || word == "check" || word == "plan" || word == "batch" ||
         word == "convert";
}

bool is_batch_option(std::string_view name) {
  return name == "--input" || name == "--jobs" || name == "--out";
}

// Far more threads than this machine or any other has cores; a larger number is a typo.
constexpr unsigned kMaxJobs = 256;

// --input, --jobs or --out of `noticekit batch`; returns a usage error, or "" when fine.
std::string read_batch_option(std::string_view name, std::string_view value, BatchOptions& batch) {
  if (name == "--input") {
    if (value != "jsonl" && value != "csv")
      return "--input must be jsonl or csv, not '" + std::string(value) + "'";
    batch.input = std::string(value);
  } else if (name == "--jobs") {
    unsigned jobs = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), jobs);
    if (error != std::errc() || end != value.data() + value.size() || jobs == 0 || jobs > kMaxJobs)
      return "--jobs must be a number of threads from 1 to " + std::to_string(kMaxJobs) +
             ", not '" + std::string(value) + "'";
    batch.jobs = jobs;
  } else if (value.empty()) {
    return "--out needs a folder name";
  } else {
    batch.out_dir = std::string(value);
  }
  return "";
}

// `noticekit convert --to`: the languages OpenCC's s2twp writes (zh-TW-u-ca-roc is zh-TW
// text with Republic of China years).
std::string read_convert_target(std::string_view value, std::string& to) {
  if (value != "zh-TW" && value != "zh-TW-u-ca-roc")
    return "--to must be zh-TW or zh-TW-u-ca-roc (convert writes traditional Chinese from "
           "zh-CN), not '" +
           std::string(value) + "'";
  to = std::string(value);
  return "";
}

bool is_help_flag(std::string_view arg) { return arg == "--help" || arg == "-h"; }

bool is_version_flag(std::string_view arg) { return arg == "--version" || arg == "-V"; }

std::string join(const std::vector<std::string>& items) {
  std::string joined;
  for (const auto& item : items) {
    if (!joined.empty()) joined += ", ";
    joined += item;
  }
  return joined;
}

// "zh-CN,en" → {"zh-CN", "en"}, appending to `list` so that a repeated option adds to it.
// Spaces around items are dropped; an empty item is an error (returns false).
bool append_list(std::string_view value, std::vector<std::string>& list) {
  while (true) {
    const auto comma = value.find(',');
    std::string_view item = value.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.empty()) return false;
    list.emplace_back(item);
    if (comma == std::string_view::npos) return true;
    value.remove_prefix(comma + 1);
  }
}

std::string see_help(std::string_view verb) {
  return "; run 'noticekit " + std::string(verb) + " --help' to see the options";
}

}  // namespace

ParsedCommandLine parse_command_line(std::span<const std::string_view> args) {
  ParsedCommandLine parsed;
  Invocation& invocation = parsed.invocation;
  if (args.empty()) {
    parsed.error = "no command given; run 'noticekit --help' to see the commands";
    return parsed;
  }

  const std::string_view first = args[0];
  if (is_help_flag(first) || first == "help") {
    invocation.action = Action::help;
    if (args.size() > 1) invocation.verb = std::string(args[1]);
    return parsed;
  }
  if (is_version_flag(first) || first == "version") {
    invocation.action = Action::version;
    return parsed;
  }
  if (!is_verb(first)) {
    parsed.error = "unknown command '" + std::string(first) +
                   "'; the commands are render, check, plan, batch and convert (run 'noticekit "
                   "--help')";
    return parsed;
  }

  invocation.action = Action::run;
  invocation.verb = std::string(first);
  const std::string& verb = invocation.verb;
  if (verb == "batch") invocation.format = Format::jsonl;
  bool have_file = false;
  bool options_ended = false;

  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const bool is_option = !options_ended && arg.size() > 1 && arg.front() == '-';
    if (!is_option) {
      if (have_file) {
        parsed.error = "more than one input file ('" + invocation.file + "' and '" +
                       std::string(arg) + "'); give one fact sheet per run" + see_help(verb);
        return parsed;
      }
      invocation.file = std::string(arg);
      have_file = true;
      continue;
    }
    if (arg == "--") {
      options_ended = true;
      continue;
    }
    if (is_help_flag(arg)) {
      invocation.action = Action::help;
      return parsed;
    }
    if (is_version_flag(arg)) {
      invocation.action = Action::version;
      return parsed;
    }

    // --name value or --name=value
    std::string_view name = arg;
    std::string_view value;
    bool has_value = false;
    if (const auto equals = arg.find('='); equals != std::string_view::npos) {
      name = arg.substr(0, equals);
      value = arg.substr(equals + 1);
      has_value = true;
    }
    const bool converting = verb == "convert";
    const bool takes_value = converting
                                 ? name == "--to"
                                 : name == "--lang" || name == "--channel" || name == "--format" ||
                                       name == "--kind" || name == "--role" || name == "--at" ||
                                       (name == "--fields" && verb != "check" && verb != "plan") ||
                                       (verb == "batch" && is_batch_option(name));
    if (!takes_value) {
      parsed.error = "unknown option '" + std::string(name) + "' for " + verb + see_help(verb);
      return parsed;
    }
    if (!has_value) {
      if (i + 1 >= args.size()) {
        parsed.error = "option " + std::string(name) + " needs a value" + see_help(verb);
        return parsed;
      }
      value = args[++i];
    }

    if (converting) {
      parsed.error = read_convert_target(value, invocation.convert_to);
      if (!parsed.error.empty()) return parsed;
    } else if (verb == "batch" && is_batch_option(name)) {
      parsed.error = read_batch_option(name, value, invocation.batch);
      if (!parsed.error.empty()) return parsed;
    } else if (name == "--format" && verb == "batch") {
      // One JSON line per record is the only form; the option exists for scripts that say so.
      if (value != "jsonl") {
        parsed.error = "--format must be jsonl for batch, not '" + std::string(value) + "'";
        return parsed;
      }
      invocation.format = Format::jsonl;
    } else if (name == "--format") {
      if (value == "text") {
        invocation.format = Format::text;
      } else if (value == "json") {
        invocation.format = Format::json;
      } else {
        parsed.error = "--format must be text or json, not '" + std::string(value) + "'";
        return parsed;
      }
    } else if (name == "--kind") {
      invocation.request.kind = std::string(value);
    } else if (name == "--role") {
      invocation.request.role = std::string(value);
    } else if (name == "--at") {
      invocation.request.at = std::string(value);
    } else {
      auto& list = name == "--lang"     ? invocation.request.languages
                   : name == "--fields" ? invocation.request.fields
                                        : invocation.request.channels;
      if (!append_list(value, list)) {
        parsed.error = std::string(name) + " needs a comma-separated list such as " +
                       (name == "--lang"     ? "zh-CN,en"
                        : name == "--fields" ? "subject,text"
                                             : "email,sms") +
                       see_help(verb);
        return parsed;
      }
    }
  }
  return parsed;
}

// The help texts. {languages} and {channels} come from the core, so help never lists a
// language or channel this build cannot render.
constexpr std::string_view kRenderHelp =
    R"(Usage: noticekit render [FILE|-] [--lang L[,L...]] [--channel C[,C...]]
                        [--kind K] [--at T] [--format text|json]

Checks a fact sheet and writes every notice for each language and channel.

  --lang L[,L...]     languages to write (default: the sheet's "languages")
                      available: {languages}
  --channel C[,C...]  channels to write (default: all)
                      available: {channels}
  --kind K            the message to write from the sheet, e.g. reminder or
                      restoration (default: the one the sheet's kind calls for)
  --at YYYY-MM-DDTHH:MM
                      when the message is sent, in the sheet's time zone: its date
                      line and what has begun count from it (default: the sheet's
                      issued, or when the lifecycle sends a --kind message)
  --role R            write the version for one role of audience.roles (its name),
                      greeted by name and with its own actions
  --fields F[,F...]   with --format json, only these fields of each output (default:
                      all); the others are not built
                      available: {fields}
  --format text       subject and text of each notice; findings on stderr (default)
  --format json       the full result: outputs (with html and metrics) and findings

{input_note}
{exit_note})";

constexpr std::string_view kCheckHelp =
    R"(Usage: noticekit check [FILE|-] [--lang L[,L...]] [--channel C[,C...]]
                       [--kind K] [--at T] [--format text|json]

Checks a fact sheet and lists its findings, one per line, on standard output.

  --lang L[,L...]     languages as for render; messages use the first
                      available: {languages}
  --channel C[,C...]  channels as for render, so check reports what render would
  --kind K, --at T    the message and its moment, as for render
  --format text|json  one finding per line (default), or the result as JSON

{input_note}
{exit_note})";

constexpr std::string_view kPlanHelp =
    R"(Usage: noticekit plan [FILE|-] [--lang L] [--kind K] [--at T] [--format text|json]

Recommends channels for a fact sheet, best first, each with its score and reasons,
and lays out the send schedule: announcement, reminders (T-24 h, T-1 h), start,
updates, restoration; with costs, reach, temporary support and an .ics calendar.

  --lang L            language of the reasons and notes (default: the sheet's first);
                      the first language also measures the SMS
                      available: {languages}
  --kind K            plan this message of the lifecycle, e.g. emergency or
                      cancellation: its urgency ranks the channels, and the
                      schedule starts with it (default: the sheet's kind)
  --at YYYY-MM-DDTHH:MM
                      when that message is sent, as for render
  --format text       ranked channels with reasons, then the schedule as a timeline
                      (default)
  --format json       the full plan: channels, schedule, costs, support, audiences,
                      ics and findings

{input_note}
{exit_note})";

constexpr std::string_view kBatchHelp =
    R"(Usage: noticekit batch [FILE|-] [--input jsonl|csv] [--jobs N] [--out DIR]
                       [--lang L[,L...]] [--channel C[,C...]] [--kind K] [--at T]
                       [--fields F[,F...]]

Renders many fact sheets: a JSONL file (one sheet per line) or a CSV file (a header
row naming the fields, one sheet per row; see docs/batch.md). Writes one JSON line
per record, in input order: {{"record":N,"line":L,"status":S,"outputs":[...],
"findings":[...],"completeness":...}}. A record that cannot be read gets status 2
and a finding saying line and column; the run goes on. A summary goes to stderr.

  --input jsonl|csv   the input's form (default: from the extension .jsonl,
                      .ndjson or .csv, else JSONL when it starts with '{{')
  --jobs N            render on N threads (default: one per hardware thread);
                      the output is the same whatever N
  --out DIR           write files per record into DIR instead (NNNNNN-kind-
                      channel-lang.txt, .html, .eml, .json, .ics, NNNNNN-findings.json)
                      and one line per record to DIR/index.jsonl
  --lang, --channel, --kind, --at, --fields
                      as for render, for every record; --fields subject,text
                      for a mail merge skips building each email's HTML and .eml
                      languages: {languages}
                      channels:  {channels}
                      fields:    {fields}

Without FILE, or with '-', the records are read from standard input.
Exit status: 0 every record is fine, 1 a record has errors or cannot be read,
2 a usage error or an input that cannot be read at all (a bad CSV header).
)";

constexpr std::string_view kConvertHelp =
    R"(Usage: noticekit convert [FILE|-] [--to zh-TW|zh-TW-u-ca-roc]

Writes the fact sheet again with every zh-CN text also in traditional Chinese,
converted by OpenCC's s2twp (Taiwan characters and phrases: 软件 -> 軟體), and the
language added to "languages". A plain string counts as zh-CN text when zh-CN is
the sheet's first language. Text already in the target language is kept. Review
the converted text before sending: a converter does not know your organisation's
own names.

  --to zh-TW          the language to add (default); zh-TW-u-ca-roc for Republic
                      of China years

The converted sheet goes to standard output (JSON, keys in the input's order); a
summary, or what is wrong, to standard error. Needs Debian's opencc package.

{input_note}
Exit status: 0 converted, 2 the input cannot be used (not a fact sheet, no zh-CN)
or OpenCC cannot be loaded, or a usage error.
)";

constexpr std::string_view kToolHelp =
    R"(noticekit {version} - downtime notices for every language and channel from one fact sheet

Usage:
  noticekit render [FILE|-] [--lang L[,L...]] [--channel C[,C...]] [--format text|json]
  noticekit check  [FILE|-] [--lang L[,L...]] [--channel C[,C...]] [--format text|json]
  noticekit plan   [FILE|-] [--lang L] [--kind K] [--format text|json]
  noticekit batch  [FILE|-] [--input jsonl|csv] [--jobs N] [--out DIR] [--lang ...]
  noticekit convert [FILE|-] [--to zh-TW]   (zh-CN text → traditional Chinese, OpenCC)
  noticekit help [render|check|plan|batch|convert]
  noticekit --version

Languages: {languages}
           (join two with '+' for one notice in both, primary first: --lang zh-CN+en)
Channels:  {channels}

{input_note}
{exit_note}
Example:
  noticekit render examples/tax-bureau-planned.json --lang zh-CN --channel sms
)";

constexpr std::string_view kInputNote =
    R"(FILE is a fact sheet (JSON, schema "noticekit/1"); without FILE, or with '-',
it is read from standard input. Options may come before or after FILE.
)";

constexpr std::string_view kExitNote =
    R"(Exit status: 0 no error-level finding, 1 the sheet has errors,
2 the input is unusable (not JSON, wrong field types, bad request) or a usage error.
)";

std::string usage_text(std::string_view verb) {
  const std::string_view text = verb == "render"    ? kRenderHelp
                                : verb == "check"   ? kCheckHelp
                                : verb == "plan"    ? kPlanHelp
                                : verb == "batch"   ? kBatchHelp
                                : verb == "convert" ? kConvertHelp
                                                    : kToolHelp;
  return fmt::format(fmt::runtime(text), fmt::arg("version", version()),
                     fmt::arg("languages", join(supported_languages())),
                     fmt::arg("channels", join(supported_channels())),
                     fmt::arg("fields", join(supported_fields())),
                     fmt::arg("input_note", kInputNote), fmt::arg("exit_note", kExitNote));
}

}  // namespace noticekit::cli
