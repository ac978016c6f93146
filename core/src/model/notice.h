// The Notice: the facts of one downtime, as read from a "noticekit/1" fact sheet.
// Parsing fills it; validation judges it; composition turns it into a Document per language.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/audience_kind.h"
#include "model/contact_kind.h"
#include "model/localized_text.h"
#include "model/message_kind.h"
#include "model/names.h"
#include "model/sheet_pointer.h"
#include "time/zone.h"

namespace noticekit::model {

// A sheet time: the text as written, and its value when the text is a valid time.
struct SheetTime {
  SheetPointer path;                         // for findings
  std::optional<time::LocalDateTime> value;  // nullopt: absent, null or invalid
  bool present = false;                      // the key exists and is not null
};

struct Window {
  SheetPointer path;
  std::vector<LocalizedText> systems;
  std::vector<LocalizedText> regions;
  SheetTime start;
  SheetTime end;  // end.present == false: the end is unknown ("until further notice")
  bool end_is_estimate = false;
};

struct Contact {
  SheetPointer path;
  SheetName<ContactKind> kind;
  std::string value;  // the number, address or URL, as written
  LocalizedText label;
  LocalizedText name;  // a named contact person, optional
  LocalizedText hours;
};

// A place where the service can be had in person (办税服务厅, a branch).
struct ServiceHall {
  LocalizedText name;
  LocalizedText address;
  LocalizedText hours;
};

// One entry of the timestamped update log that an outage's later notices repeat.
struct UpdateEntry {
  SheetTime at;
  LocalizedText text;
};

// What went wrong and what is done about it, for emergencies and their restoration.
struct Incident {
  LocalizedText root_cause;
  LocalizedText mitigation;  // what is being done now
  LocalizedText prevention;  // what will stop it happening again
};

// A group of readers with its own version of the notice (taxpayers, withholding agents).
// A role written as plain text has only a name; its version differs only in the greeting.
struct Role {
  SheetPointer path;  // of the role, for findings
  LocalizedText name;
  // What this role must do, said after what everyone must do (actions.before / .after).
  std::vector<LocalizedText> actions_before, actions_after;
  std::vector<std::string> channels;  // channel ids that reach this role; empty: the plan's
};

struct Audience {
  SheetName<AudienceKind> kind = {{}, AudienceKind::public_};  // the public when not said
  std::optional<std::int64_t> size;
  std::vector<Role> roles;
  std::vector<std::string> time_zones;
  // Channel ids the organisation or its readers prefer, most preferred first.
  std::vector<std::string> preferred_channels;
};

// What changed, for an extension, a reschedule or a cancellation.
struct Change {
  LocalizedText reason;
  std::vector<Window> original_windows;  // the windows as first announced
};

// How the outage ended, for the restoration notice.
struct Restoration {
  SheetTime actual_end;
  std::vector<LocalizedText> work_done;
  std::vector<LocalizedText> follow_up;  // what readers should do now
  std::vector<LocalizedText> data;       // held, delayed or lost data, and what happens to it
};

// The sheet field "sms": what one segment costs, for the plan's cost estimate, and how many
// segments the SMS may take before a short version is written.
struct SmsPricing {
  std::optional<double> price_per_segment;
  std::string currency;
  std::optional<int> max_segments;  // nullopt: the SMS channel's default
};

struct Notice {
  SheetName<MessageKind> kind;  // the sheet's own kind: the message it first calls for
  LocalizedText organization_name;
  LocalizedText organization_unit;
  LocalizedText sms_signature;
  SheetTime issued;
  std::string reference;  // the notice's reference number (文号), as written; may be empty
  // When the message being written is sent: `issued` for the sheet's own message, else
  // Request::at or model::default_moment (set by the API once the message is known). Its date
  // heads the notice; the plan and the findings about what has begun count from it.
  SheetTime sent;
  std::string time_zone;
  std::vector<std::string> languages;
  Audience audience;
  std::vector<Window> windows;
  std::string reason_category;
  LocalizedText reason;
  std::vector<LocalizedText> unavailable;
  std::vector<LocalizedText> degraded;
  std::vector<LocalizedText> still_available;
  std::vector<LocalizedText> alternatives;
  std::vector<LocalizedText> actions_before;
  std::vector<LocalizedText> actions_after;
  bool early_finish = false;  // "service may come back early"
  bool may_change = true;     // "the end may move; we will tell you"
  std::vector<Contact> contacts;
  SheetTime next_update;
  std::vector<std::string> channels_available;
  SmsPricing sms;
  Change change;
  // How many times the windows were changed after the first announcement (sheet "revision");
  // calendar events carry it as their SEQUENCE.
  int revision = 0;
  Restoration restoration;
  std::vector<ServiceHall> service_halls;
  std::vector<UpdateEntry> updates;
  Incident incident;
  std::vector<LocalizedText> remedy;  // what affected readers are offered (fees waived, …)
};

}  // namespace noticekit::model
