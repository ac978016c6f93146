// Every localized text of a Notice, visited once each in one fixed order: the one walk over
// the sheet's texts that every rule about texts uses, so a text field added to the model is
// added here and every such rule sees it (tests/schema/sheet-agreement.test.mjs checks that
// each text of the schema is visited).
#pragma once

#include <initializer_list>
#include <vector>

#include "model/localized_text.h"
#include "model/notice.h"

namespace noticekit::model {

enum class TextKind {
  prose,  // free text readers read (a reason, an action, an update): judged as writing
  name,   // a name, label, signature, address or hours: it is what it is
};

// Calls visit(text, kind) for each text of `n`, empty ones included. A change's original
// windows are left out: their systems and regions are the current windows' as first announced.
template <typename Visit>
void for_each_text(const Notice& n, Visit visit) {
  using Texts = std::vector<LocalizedText>;
  const auto lists = [&](std::initializer_list<const Texts*> each, TextKind kind) {
    for (const auto* list : each)
      for (const auto& t : *list) visit(t, kind);
  };
  const auto texts = [&](std::initializer_list<const LocalizedText*> each, TextKind kind) {
    for (const auto* t : each) visit(*t, kind);
  };
  texts({&n.organization_name, &n.organization_unit, &n.sms_signature}, TextKind::name);
  for (const auto& role : n.audience.roles) {
    visit(role.name, TextKind::name);
    lists({&role.actions_before, &role.actions_after}, TextKind::prose);
  }
  for (const auto& w : n.windows) lists({&w.systems, &w.regions}, TextKind::name);
  visit(n.reason, TextKind::prose);
  lists({&n.unavailable, &n.degraded, &n.still_available, &n.alternatives, &n.actions_before,
         &n.actions_after},
        TextKind::prose);
  for (const auto& c : n.contacts) texts({&c.label, &c.hours}, TextKind::name);
  visit(n.change.reason, TextKind::prose);
  for (const auto& c : n.contacts) visit(c.name, TextKind::name);
  for (const auto& h : n.service_halls) texts({&h.name, &h.address, &h.hours}, TextKind::name);
  for (const auto& u : n.updates) visit(u.text, TextKind::prose);
  texts({&n.incident.root_cause, &n.incident.mitigation, &n.incident.prevention}, TextKind::prose);
  lists({&n.remedy, &n.restoration.work_done, &n.restoration.follow_up, &n.restoration.data},
        TextKind::prose);
}

}  // namespace noticekit::model
