// A notice composed in one language, before any channel formats it. Channels decide layout
// and markup; every word comes from here, so all channels say the same thing.
#pragma once

#include <string>
#include <vector>

namespace noticekit::compose {

struct ScheduleRow {
  std::string systems;
  std::string when;
};

struct Section {
  std::string heading;             // already numbered where the language numbers sections
  std::string intro;               // an optional sentence before the lines
  std::vector<std::string> lines;  // sentences or list items, plain text
  std::vector<ScheduleRow> table;  // the per-system schedule, for channels that draw tables
  std::string systems_column, when_column;
};

// The pieces short channels (SMS) assemble: no headings, one sentence per fact.
struct Brief {
  std::string signature;               // sender name, e.g. 某某税务
  std::string greeting;                // may be empty
  std::vector<std::string> sentences;  // each ends with its punctuation
  std::string contact;                 // e.g. 详询12366。
};

struct Document {
  std::string message_kind;  // "announcement", "emergency"
  std::string language;
  std::string title;  // also the email subject; kept within the subject limit where possible
  std::string greeting;
  std::string lead;
  std::vector<Section> sections;
  std::vector<std::string> closing;  // apology, closing formula
  std::string issuer;
  std::string date;  // the issue date, empty when the sheet has none
  Brief brief;
};

}  // namespace noticekit::compose
