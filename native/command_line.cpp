#include "command_line.h"

#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace noticekit::cli {
namespace {

// Far more threads than this machine or any other has cores; a larger number is a typo.
constexpr unsigned kMaxJobs = 256;

std::string join(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string joined;
  for (const auto& item : items) {
    if (!joined.empty()) joined += separator;
    joined += item;
  }
  return joined;
}

// CLI11 puts the option's name before a validator's message: "--format: must be text or json,
// not 'xml'".
CLI::Validator one_of(std::vector<std::string> allowed, std::string why = "") {
  return {[allowed, why](std::string& value) {
            return std::ranges::find(allowed, value) != allowed.end()
                       ? std::string()
                       : "must be " + join(allowed, " or ") + why + ", not '" + value + "'";
          },
          ""};
}

// An item of a comma-separated list, which CLI11 splits: spaces around it are dropped
// ("zh-CN, en").
CLI::Validator list_item(std::string example) {
  return {[example](std::string& item) {
            item.erase(0, item.find_first_not_of(' '));
            item.erase(item.find_last_not_of(' ') + 1);
            return item.empty() ? "needs a comma-separated list such as " + example : std::string();
          },
          ""};
}

const CLI::Validator kThreads{
    [](std::string& value) {
      unsigned jobs = 0;
      const char* const end = value.data() + value.size();
      const auto [stop, error] = std::from_chars(value.data(), end, jobs);
      const bool fine = error == std::errc() && stop == end && jobs >= 1 && jobs <= kMaxJobs;
      return fine ? std::string()
                  : fmt::format("must be a number of threads from 1 to {}, not '{}'", kMaxJobs,
                                value);
    },
    ""};

const CLI::Validator kFolder{
    [](std::string& value) { return value.empty() ? "needs a folder name" : ""; }, ""};

std::string see_help(std::string_view verb) {
  return "; run 'noticekit " + std::string(verb) + (verb.empty() ? "" : " ") +
         "--help' to see the options";
}

}  // namespace

ParsedCommandLine parse_command_line(std::span<const std::string_view> args) {
  ParsedCommandLine parsed;
  Invocation& invocation = parsed.invocation;
  Request& request = invocation.request;
  bool help = false;
  bool version = false;
  std::string format = "text";

  CLI::App app("", "noticekit");
  app.set_help_flag();  // usage_text, not CLI11's generated help, is what --help prints
  app.allow_extras();   // unknown commands and options are reported below, saying what to run
  // One command: a later word named like one (a file called `check`) is the file.
  app.require_subcommand(0, 1);
  // `--kind a … --kind b`: the last counts, so a script can override what it was given.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  const auto add_flags = [&](CLI::App& command) {
    command.add_flag("-h,--help", help);
    command.add_flag("-V,--version", version);
  };
  add_flags(app);
  app.add_subcommand("help")->add_option("verb", invocation.verb);
  app.add_subcommand("version");

  const auto add_list = [](CLI::App& command, const char* name, std::vector<std::string>& list,
                           const char* example) {
    // One item per comma; a repeated option adds to the list.
    command.add_option(name, list)
        ->delimiter(',')
        ->allow_extra_args(false)
        ->transform(list_item(example));
  };
  for (const std::string name : {"render", "check", "plan", "batch"}) {
    CLI::App& command = *app.add_subcommand(name);
    add_flags(command);
    command.add_option("file", invocation.file);
    add_list(command, "--lang", request.languages, "zh-CN,en");
    add_list(command, "--channel", request.channels, "email,sms");
    if (name == "render" || name == "batch")
      add_list(command, "--fields", request.fields, "subject,text");
    command.add_option("--kind", request.kind);
    command.add_option("--role", request.role);
    command.add_option("--at", request.at);
    command.add_option("--messages-lang", request.messages_language);
    // batch writes one JSON line per record, nothing else; the option is for scripts that say so.
    command.add_option("--format", format)
        ->check(name == "batch" ? one_of({"jsonl"}) : one_of({"text", "json"}));
    if (name == "batch") {
      command.add_option("--input", invocation.batch.input)->check(one_of({"jsonl", "csv"}));
      command.add_option("--jobs", invocation.batch.jobs)->check(kThreads);
      command.add_option("--out", invocation.batch.out_dir)->check(kFolder);
    }
  }
  CLI::App& convert = *app.add_subcommand("convert");
  add_flags(convert);
  convert.add_option("file", invocation.file);
  // The languages OpenCC's s2twp writes (zh-TW-u-ca-roc is zh-TW text with Republic of China
  // years).
  convert.add_option("--to", invocation.convert_to)
      ->check(
          one_of({"zh-TW", "zh-TW-u-ca-roc"}, " (convert writes traditional Chinese from zh-CN)"));

  const auto parsed_verb = [&]() -> std::string {
    const std::vector<CLI::App*> commands = app.get_subcommands();
    return commands.empty() ? "" : commands.front()->get_name();
  };
  try {
    app.parse(std::vector<std::string>(args.rbegin(), args.rend()));  // CLI11 takes them last first
  } catch (const CLI::ArgumentMismatch& error) {  // "--at: 1 required TEXT missing"
    const std::string message = error.what();
    parsed.error = "option " + message.substr(0, message.find(':')) + " needs a value";
    parsed.error += see_help(parsed_verb());
    return parsed;
  } catch (const CLI::ParseError& error) {  // "--jobs: must be …" from a check above
    parsed.error = error.what() + see_help(parsed_verb());
    return parsed;
  }

  const std::string verb = parsed_verb();
  if (help || verb == "help") {
    invocation.action = Action::help;
    if (verb != "help") invocation.verb = verb;
    return parsed;
  }
  if (version || verb == "version") {
    invocation.action = Action::version;
    return parsed;
  }
  // What CLI11 could not place: before the command, a word that is none; after it, an unknown
  // option or a second file (CLI11 hands words after "--" back once the file is filled).
  const std::vector<std::string> words = app.remaining();
  if (verb.empty()) {
    parsed.error = words.empty() ? "no command given; run 'noticekit --help' to see the commands"
                                 : "unknown command '" + words.front() +
                                       "'; the commands are render, check, plan, batch and "
                                       "convert (run 'noticekit --help')";
    return parsed;
  }
  if (!words.empty()) {
    parsed.error = "more than one input file ('" + invocation.file + "' and '" + words.front() +
                   "'); give one fact sheet per run" + see_help(verb);
    return parsed;
  }
  invocation.action = Action::run;
  invocation.verb = verb;
  invocation.format = verb == "batch"    ? Format::jsonl
                      : format == "json" ? Format::json
                                         : Format::text;
  for (const std::string& extra : app.get_subcommands().front()->remaining()) {
    if (extra == "--") continue;  // it ended the options; what follows is the file
    parsed.error = extra.size() > 1 && extra.front() == '-'
                       ? "unknown option '" + extra.substr(0, extra.find('=')) + "' for " + verb
                       : "more than one input file ('" + invocation.file + "' and '" + extra +
                             "'); give one fact sheet per run";
    parsed.error += see_help(verb);
    break;
  }
  return parsed;
}

// The help texts. {languages} and {channels} come from the core, so help never lists a
// language or channel this build cannot render.
constexpr std::string_view kRenderHelp =
    R"(Usage: noticekit render [FILE|-] [--lang L[,L...]] [--channel C[,C...]]
                        [--kind K] [--at T] [--messages-lang L] [--format text|json]

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
  --messages-lang L   the findings' language (default: the first of --lang)
  --format text       subject and text of each notice; findings on stderr (default)
  --format json       the full result: outputs (with html and metrics) and findings

{input_note}
{exit_note})";

constexpr std::string_view kCheckHelp =
    R"(Usage: noticekit check [FILE|-] [--lang L[,L...]] [--channel C[,C...]]
                       [--kind K] [--at T] [--messages-lang L] [--format text|json]

Checks a fact sheet and lists its findings, one per line, on standard output.

  --lang L[,L...]     languages as for render; messages use the first
                      available: {languages}
  --messages-lang L   the messages' language instead (e.g. en for a Chinese sheet)
  --channel C[,C...]  channels as for render, so check reports what render would
  --kind K, --at T    the message and its moment, as for render
  --format text|json  one finding per line (default), or the result as JSON

{input_note}
{exit_note})";

constexpr std::string_view kPlanHelp =
    R"(Usage: noticekit plan [FILE|-] [--lang L] [--kind K] [--at T] [--messages-lang L]
                      [--format text|json]

Recommends channels for a fact sheet, best first, each with its score and reasons,
and lays out the send schedule: announcement, reminders (T-24 h, T-1 h), start,
updates, restoration; with costs, reach, temporary support and an .ics calendar.

  --lang L            language of the reasons and notes (default: the sheet's first);
                      the first language also measures the SMS
                      available: {languages}
  --messages-lang L   the reasons and notes in L, the SMS still measured in --lang
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
                       [--fields F[,F...]] [--messages-lang L]

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
  --lang, --channel, --kind, --at, --fields, --messages-lang
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
