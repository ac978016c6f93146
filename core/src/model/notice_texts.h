// Every localized text of a Notice, visited once each in one fixed order: the one walk over
// the sheet's texts that every rule about texts uses, so a text field added to the model is
// added here and every such rule sees it (tests/schema/sheet-agreement.test.mjs checks that
// each text of the schema is visited).
#pragma once

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
  const auto each = [&](const std::vector<LocalizedText>& texts, TextKind kind) {
    for (const auto& t : texts) visit(t, kind);
  };
  visit(n.organization_name, TextKind::name);
  visit(n.organization_unit, TextKind::name);
  visit(n.sms_signature, TextKind::name);
  for (const auto& role : n.audience.roles) {
    visit(role.name, TextKind::name);
    each(role.actions_before, TextKind::prose);
    each(role.actions_after, TextKind::prose);
  }
  for (const auto& w : n.windows) {
    each(w.systems, TextKind::name);
    each(w.regions, TextKind::name);
  }
  visit(n.reason, TextKind::prose);
  each(n.unavailable, TextKind::prose);
  each(n.degraded, TextKind::prose);
  each(n.still_available, TextKind::prose);
  each(n.alternatives, TextKind::prose);
  each(n.actions_before, TextKind::prose);
  each(n.actions_after, TextKind::prose);
  for (const auto& c : n.contacts) {
    visit(c.label, TextKind::name);
    visit(c.hours, TextKind::name);
  }
  visit(n.change.reason, TextKind::prose);
  for (const auto& c : n.contacts) visit(c.name, TextKind::name);
  for (const auto& h : n.service_halls) {
    visit(h.name, TextKind::name);
    visit(h.address, TextKind::name);
    visit(h.hours, TextKind::name);
  }
  for (const auto& u : n.updates) visit(u.text, TextKind::prose);
  visit(n.incident.root_cause, TextKind::prose);
  visit(n.incident.mitigation, TextKind::prose);
  visit(n.incident.prevention, TextKind::prose);
  each(n.remedy, TextKind::prose);
  each(n.restoration.work_done, TextKind::prose);
  each(n.restoration.follow_up, TextKind::prose);
  each(n.restoration.data, TextKind::prose);
}

}  // namespace noticekit::model
