// A small planned sheet that passes every rule cleanly: one window on the night of 5 December,
// announced on 1 December. Tests change one thing in it and look at what that changes.
#pragma once

#include <nlohmann/json.hpp>

inline nlohmann::json base_sheet() {
  return nlohmann::json::parse(R"({
    "schema": "noticekit/1", "kind": "planned",
    "organization": {"name": "Acme Cloud", "sms_signature": "Acme"},
    "issued": "2026-12-01T10:00", "time_zone": "Asia/Shanghai", "languages": ["en"],
    "windows": [{"systems": ["Dashboard"], "start": "2026-12-05T22:00", "end": "2026-12-06T06:00"}],
    "reason": {"text": "an upgrade"},
    "impact": {"unavailable": ["Signing in"]},
    "alternatives": ["Use the API"],
    "contacts": [{"kind": "phone", "value": "12366"}]
  })");
}
