#!/usr/bin/python3
"""Document outputs read back by real parsers, for every golden case.

Each case's sheet is rendered in the case's languages and message kind (request.json) on
EVERY channel, whatever request.json lists: the request picks which golden files the case
keeps, but a German calendar or a Korean .eml is as much a download as a Chinese one, and
narrowing to the request's channels left 21 of the 43 cases with no calendar to check.

  .ics   python3-icalendar (Debian's, so run this with /usr/bin/python3), every calendar of
         every language: CRLF line endings, lines <= 75 octets, no parse error, one VEVENT per
         window, each with DTSTART/SUMMARY/UID (unique in the calendar, and the same for a
         window in every language, so a later message updates the event), DTEND after
         DTSTART iff the window has an end; DTSTART/DTEND = the sheet's local times converted
         to UTC here with zoneinfo (independently of the C++ zone table); SUMMARY names every
         system of its own window (in each language of a bilingual notice that the sheet
         names it in); DESCRIPTION = the letter (so escaping round-trips), TEXT values
         escaped as §3.3.11 says; SEQUENCE from the sheet's revision and the message kind
         (expected_sequence).
  plan   the send plan's calendar (`noticekit plan`, its "ics" field) in each language: the
         same file rules, one VEVENT per timed step of the schedule at that step's time, an
         end (DTEND or DURATION) after the start, a SUMMARY, unique UIDs.
  .eml   Python's email package: the Subject decodes to the title, X-Unsent is 1, the
         multipart/alternative holds text/plain and text/html whose decoded bodies equal the
         text and html outputs, Date iff the sheet has an issue time, CRLF and lines <= 76.
  HTML   html.parser over every html and page field (email, web banner and page, WeChat
         article): no <script>, no on* attribute, no javascript: URL, whatever the sheet holds.

Every check counts what it parsed. A case fails when its result holds a document of a kind
(an ics output, an eml/html/page field, a plan ics) that was not parsed and checked, or when
its golden folder holds outputs but the render gives none, or when a kind is rendered in some
of its languages only. A case that renders nothing (bad input), or no document of some kind,
is reported as "skip" and is not counted as passed; a run that checks no document of a kind
fails.

Usage: /usr/bin/python3 tests/channels/check_outputs.py [CASE_DIR...]
The CLI comes from NOTICEKIT_CLI (default build/native/noticekit). Prints one line per case,
then the totals, and last "channels: N passed, M failed"; exits 1 on any failure.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

ROOT = Path(__file__).resolve().parents[2]
CLI = os.environ.get("NOTICEKIT_CLI", str(ROOT / "build" / "native" / "noticekit"))

# The kinds of document counted, in the order the totals name them (singular, plural).
KINDS = {
    "email": ("email", "emails"),
    "calendar": ("calendar", "calendars"),
    "plan calendar": ("plan calendar", "plan calendars"),
    "HTML": ("HTML document", "HTML documents"),
}
# Output fields that hold an HTML document or fragment.
HTML_FIELDS = ("html", "page")
# Files of a golden folder that are not outputs.
NOT_OUTPUTS = {"sheet.json", "request.json", "findings.txt"}
# RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break".
ICS_LINE_OCTETS = 75
# Single-valued TEXT properties the writers use (RFC 5545 §3.8.1.5, §3.8.1.12, §3.8.1.7, §3.8.1.4).
TEXT_PROPERTIES = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT"}
# RFC 2045 §6.8: base64 lines are at most 76 characters; the core folds its headers there too.
EML_LINE_OCTETS = 76


def run_cli(args: list) -> dict:
    done = subprocess.run([CLI, *args], capture_output=True, check=False)
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError as error:
        raise RuntimeError(f"noticekit {' '.join(args[:1])} exited {done.returncode} without JSON "
                           f"({error}); stderr ends: {done.stderr.decode(errors='replace')[-300:]}")


def request_of(case: Path) -> dict:
    request_file = case / "request.json"
    return json.loads(request_file.read_text()) if request_file.exists() else {}


def render(case: Path, request: dict) -> dict:
    """Every channel: see the module's docstring for why the request's channels are not used."""
    args = ["render", str(case / "sheet.json"), "--format", "json"]
    if request.get("languages"):
        args += ["--lang", ",".join(request["languages"])]
    if request.get("kind"):
        args += ["--kind", request["kind"]]
    return run_cli(args)


def plan(case: Path, lang: str, request: dict) -> dict:
    args = ["plan", str(case / "sheet.json"), "--format", "json", "--lang", lang]
    if request.get("kind"):
        args += ["--kind", request["kind"]]
    return run_cli(args)


def local_to_utc(text: str, zone: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone)).astimezone(timezone.utc)


def expected_sequence(kind: str, revision: int) -> int:
    """The schema's rule for "revision": a calendar keeps the copy with the highest SEQUENCE."""
    if kind == "cancellation":
        return revision + 1
    if kind in ("extension", "reschedule"):
        return max(revision, 1)
    return revision


def documents(result: dict) -> list:
    """(kind, where, output, field) for every document the render result holds."""
    found = []
    for o in result.get("outputs", []):
        stem = f"{o.get('lang')}.{o.get('channel')}"
        if o.get("channel") == "ics":
            found.append(("calendar", f"{o.get('lang')}.ics", o, "text"))
        if o.get("channel") == "email" or "eml" in o:
            found.append(("email", f"{stem}.eml", o, "eml"))
        for field, value in o.items():
            if field == "ics":
                found.append(("calendar", f"{stem}.ics", o, field))
            elif field in HTML_FIELDS or (
                    isinstance(value, str) and value.lstrip()[:9].lower() == "<!doctype"):
                found.append(("HTML", f"{stem}.{field}", o, field))
    return found


class Case:
    """What one case found wrong and how many documents (and calendar events) it checked."""

    def __init__(self):
        self.problems = []
        self.present = Counter()
        self.checked = Counter()
        self.events = Counter()  # per calendar kind


def text_escaping_problems(raw: str) -> list:
    """RFC 5545 §3.3.11: in a TEXT value, ";" "," and "\\" are escaped and a backslash starts
    only \\\\ \\; \\, \\n or \\N. Both parsers here read an unescaped comma back unchanged,
    so only the file itself shows one."""
    found = []
    unfolded = re.sub(r"\r\n[ \t]", "", raw)
    for number, line in enumerate(unfolded.split("\r\n"), 1):
        name = re.split(r"[;:]", line, maxsplit=1)[0].upper()
        if name not in TEXT_PROPERTIES or ":" not in line:
            continue
        value = line.split(":", 1)[1]
        i = 0
        while i < len(value):
            if value[i] == "\\":
                if value[i + 1:i + 2] not in ("\\", ";", ",", "n", "N"):
                    found.append((number, f"{name} has a bare backslash before {value[i + 1:i + 2]!r}"))
                i += 2
                continue
            if value[i] in ";,":
                found.append((number, f"{name} has an unescaped {value[i]!r}"))
            i += 1
    return found


def check_ics_file(where: str, raw: str, problems: list) -> list:
    """The rules every .ics file keeps (problems go to `problems`); returns its VEVENTs."""
    if not raw.endswith("\r\n"):
        problems.append(f"{where}: does not end with CRLF")
    if "\n" in raw.replace("\r\n", "") or "\r" in raw.replace("\r\n", ""):
        problems.append(f"{where}: a line ends without CRLF")
    for number, line in enumerate(raw.split("\r\n"), 1):
        if len(line.encode()) > ICS_LINE_OCTETS:
            problems.append(f"{where}: line {number} has {len(line.encode())} octets "
                            f"(limit {ICS_LINE_OCTETS})")
    for (number, problem), count in Counter(text_escaping_problems(raw)).items():
        problems.append(f"{where}: unfolded line {number}: {problem}"
                        + (f" ({count} times)" if count > 1 else ""))
    calendar = icalendar.Calendar.from_ical(raw)
    for component in calendar.walk():
        # icalendar 4 keeps going past a property it cannot parse and lists it here.
        for error in getattr(component, "errors", []):
            problems.append(f"{where}: {component.name} does not parse: {error}")
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    uids = Counter(str(e.get("UID")) for e in events)
    for uid, count in uids.items():
        if count > 1:
            problems.append(f"{where}: UID {uid} on {count} events")
    for n, event in enumerate(events, 1):
        for name in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if name not in event:
                problems.append(f"{where}: event {n} has no {name}")
        if "SUMMARY" in event and not str(event["SUMMARY"]).strip():
            problems.append(f"{where}: event {n} has an empty SUMMARY")
        start = decoded_time(event, "DTSTART", where, n, problems)
        end = decoded_time(event, "DTEND", where, n, problems)
        if "DURATION" in event:
            if end is not None:
                problems.append(f"{where}: event {n} has both DTEND and DURATION")
            elif start is not None:
                end = start + event.decoded("DURATION")
        if start is not None and end is not None and not end > start:
            problems.append(f"{where}: event {n} ends at {end}, not after its start {start}")
    return events


def ical_value(event, name: str) -> str:
    """The property's value as written in the file, for messages."""
    if name not in event:
        return "missing"
    try:
        return event[name].to_ical().decode()
    except Exception:  # pylint: disable=broad-except
        return repr(event[name])


def decoded_time(event, name: str, where: str, n: int, problems: list):
    """The property as an aware UTC datetime, or None (with a problem when it is malformed)."""
    if name not in event:
        return None
    try:
        value = event.decoded(name)
    except Exception as error:  # pylint: disable=broad-except
        problems.append(f"{where}: event {n} {name} does not parse: {error}")
        return None
    if not isinstance(value, datetime) or value.utcoffset() != timedelta(0):
        problems.append(f"{where}: event {n} {name} {value!r} is not a UTC date-time")
        return None
    return value


def calendar_windows(sheet: dict, kind: str) -> list:
    """The windows a notice's calendar holds an event for: the sheet's, but in a cancellation
    that names the windows first announced (change.original_windows), those it cancels: the
    originals the sheet's windows no longer hold (same systems, start and end)."""
    originals = sheet.get("change", {}).get("original_windows", [])
    if kind != "cancellation" or not originals:
        return sheet["windows"]
    kept = [(w.get("systems"), w.get("start"), w.get("end")) for w in sheet["windows"]]
    cancelled = [w for w in originals if (w.get("systems"), w.get("start"), w.get("end")) not in kept]
    return cancelled or sheet["windows"]


def check_calendar(where: str, output: dict, raw: str, sheet: dict, email, case: Case,
                   uids: dict) -> None:
    """One notice's calendar; keeps its events' UIDs in window order in uids[where]."""
    problems = case.problems
    events = check_ics_file(where, raw, problems)
    case.checked["calendar"] += 1
    case.events["calendar"] += len(events)
    uids[where] = [str(e.get("UID")) for e in events]
    windows = calendar_windows(sheet, output["kind"])
    if len(events) != len(windows):
        problems.append(f"{where}: {len(events)} events for {len(windows)} windows")
        return
    if email is None:
        problems.append(f"{where}: no email in {output['lang']} to hold DESCRIPTION against")
    for n, (event, window) in enumerate(zip(events, windows), 1):
        start = local_to_utc(window["start"], sheet["time_zone"])
        if decoded_time(event, "DTSTART", where, n, []) != start:
            problems.append(f"{where}: event {n} DTSTART {ical_value(event, 'DTSTART')} != {start}")
        if window.get("end"):
            end = local_to_utc(window["end"], sheet["time_zone"])
            if decoded_time(event, "DTEND", where, n, []) != end:
                problems.append(f"{where}: event {n} DTEND {ical_value(event, 'DTEND')} != {end}")
        elif "DTEND" in event or "DURATION" in event:
            problems.append(f"{where}: event {n} has an end for a window without one")
        summary = str(event.get("SUMMARY"))
        for name in unnamed_systems(summary, window, output["lang"]):
            problems.append(f"{where}: event {n} SUMMARY {summary!r} does not name {name!r}")
        if email is not None:
            if not str(event.get("DESCRIPTION")).endswith(email["text"]):
                problems.append(f"{where}: event {n} DESCRIPTION is not the letter")
        if not str(event.get("UID")).endswith("@noticekit"):
            problems.append(f"{where}: event {n} UID {event.get('UID')}")
        sequence = expected_sequence(output["kind"], sheet.get("revision", 0))
        if event.get("SEQUENCE") != sequence:
            problems.append(f"{where}: event {n} SEQUENCE {event.get('SEQUENCE')} != {sequence}")


def unnamed_systems(summary: str, window: dict, lang: str) -> list:
    """The window's systems its event's SUMMARY does not name. Each event is titled by its own
    window: a system is named in every language of the notice ("zh-CN+en") the sheet gives a
    name in, and otherwise in any of them (the core's fallback, e.g. zh-TW to zh-CN, is its own)."""
    missing = []
    for system in window.get("systems", []):
        if isinstance(system, str):
            wanted = [system] if system not in summary else []
        else:
            names = [system[part] for part in lang.split("+") if part in system]
            wanted = [n for n in names if n not in summary] if names else (
                [] if any(n in summary for n in system.values()) else [" or ".join(system.values())])
        missing.extend(wanted)
    return missing


def check_plan_calendar(where: str, result: dict, case: Case) -> None:
    events = check_ics_file(where, result["ics"], case.problems)
    case.checked["plan calendar"] += 1
    case.events["plan calendar"] += len(events)
    timed = [s for s in result.get("schedule", []) if s.get("at_utc")]
    if len(events) != len(timed):
        case.problems.append(f"{where}: {len(events)} events for {len(timed)} timed steps")
        return
    for n, (event, step) in enumerate(zip(events, timed), 1):
        at = datetime.fromisoformat(step["at_utc"].replace("Z", "+00:00"))
        if decoded_time(event, "DTSTART", where, n, []) != at:
            case.problems.append(f"{where}: event {n} DTSTART {ical_value(event, 'DTSTART')} != "
                                 f"{step['step']} at {at}")


def check_eml(where: str, output: dict, sheet: dict, case: Case) -> None:
    problems = case.problems
    if "eml" not in output:
        problems.append(f"{where}: the email output has no eml field")
        return
    raw = output["eml"].encode()
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append(f"{where}: a line ends without CR")
    for line in raw.split(b"\r\n"):
        if len(line) > EML_LINE_OCTETS:
            problems.append(f"{where}: line of {len(line)} characters")
    for word in re.findall(rb"=\?[^?]+\?[BbQq]\?[^?]*\?=", raw):
        if len(word) > 75:
            problems.append(f"{where}: encoded-word of {len(word)} characters")
    message = BytesParser(policy=policy.default).parsebytes(raw)
    case.checked["email"] += 1
    for defect in message.defects:
        problems.append(f"{where}: {type(defect).__name__}")
    if message["Subject"] != output.get("subject"):
        problems.append(f"{where}: Subject {message['Subject']!r} != {output.get('subject')!r}")
    if message["X-Unsent"] != "1":
        problems.append(f"{where}: X-Unsent is {message['X-Unsent']!r}")
    if message["MIME-Version"] != "1.0":
        problems.append(f"{where}: MIME-Version is {message['MIME-Version']!r}")
    if (message["Date"] is not None) != bool(sheet.get("issued")):
        problems.append(f"{where}: Date header {message['Date']!r} for issued {sheet.get('issued')!r}")
    if message["Date"] is not None:
        issued = local_to_utc(sheet["issued"], sheet["time_zone"])
        if message["Date"].datetime != issued:
            problems.append(f"{where}: Date {message['Date'].datetime} != {issued}")
    if message["From"] is not None or message["To"] is not None:
        problems.append(f"{where}: a draft has no From or To")
    if message.get_content_type() != "multipart/alternative":
        problems.append(f"{where}: {message.get_content_type()}")
        return
    parts = {p.get_content_type(): p for p in message.iter_parts()}
    for kind, expected in (("text/plain", output.get("text")), ("text/html", output.get("html"))):
        if kind not in parts:
            problems.append(f"{where}: no {kind} part")
            continue
        if parts[kind].get_content_charset() != "utf-8":
            problems.append(f"{where}: {kind} charset {parts[kind].get_content_charset()}")
        if parts[kind].get_content().replace("\r\n", "\n") != expected:
            problems.append(f"{where}: {kind} body differs from the output")


class ActiveContentFinder(HTMLParser):
    """Collects what could run: script elements, on* handlers, javascript: URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.elements = 0

    def handle_starttag(self, tag, attrs):
        self.elements += 1
        if tag in ("script", "iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.found.append(f"{tag} {name}=")
            if value and "javascript:" in value.replace(" ", "").lower() and name.lower() in (
                    "href", "src", "action", "formaction", "xlink:href", "style"):
                self.found.append(f"{tag} {name}={value!r}")

    handle_startendtag = handle_starttag


def check_html(where: str, html, case: Case) -> None:
    if not isinstance(html, str):
        case.problems.append(f"{where}: not a string but {type(html).__name__}")
        return
    finder = ActiveContentFinder()
    finder.feed(html)
    finder.close()
    case.checked["HTML"] += 1
    if finder.elements == 0:
        case.problems.append(f"{where}: no HTML element in {len(html)} characters")
    case.problems.extend(f"{where}: executable content {f}" for f in finder.found)


def guarded(case: Case, where: str, check, *args) -> None:
    """Runs one document's check; a parser refusing the document is a problem, not a crash."""
    try:
        check(*args)
    except Exception as error:  # pylint: disable=broad-except
        case.problems.append(f"{where}: {type(error).__name__}: {error}")


def golden_outputs(case: Path) -> list:
    return sorted(p.name for p in case.iterdir() if p.is_file() and p.name not in NOT_OUTPUTS)


def check_case(case_dir: Path) -> Case:
    case = Case()
    request = request_of(case_dir)
    result = render(case_dir, request)
    if not result.get("outputs"):
        expected = golden_outputs(case_dir)
        if expected:
            case.problems.append(f"renders nothing, but the golden folder holds {len(expected)} "
                                 f"outputs ({', '.join(expected[:3])}, …)")
        return case
    sheet = json.loads((case_dir / "sheet.json").read_text())
    emails = {o["lang"]: o for o in result["outputs"] if o["channel"] == "email"}
    uids = {}
    languages = {kind: set() for kind in KINDS}
    for kind, where, output, field in documents(result):
        case.present[kind] += 1
        languages[kind].add(output.get("lang"))
        if kind == "calendar":
            guarded(case, where, check_calendar, where, output, output[field], sheet,
                    emails.get(output["lang"]), case, uids)
        elif kind == "email":
            guarded(case, where, check_eml, where, output, sheet, case)
        else:
            guarded(case, where, check_html, where, output[field], case)
    # One event per window across languages: a later message in any language updates it.
    if len({tuple(u) for u in uids.values()}) > 1:
        case.problems.append("the calendars' UIDs differ between languages: " + "; ".join(
            f"{where} {' '.join(u)}" for where, u in uids.items()))
    for lang in sorted({o["lang"] for o in result["outputs"]}):
        where = f"{lang}.plan.ics"
        try:
            planned = plan(case_dir, lang, request)
        except Exception as error:  # pylint: disable=broad-except
            case.problems.append(f"{where}: {error}")
            continue
        if planned.get("ics"):
            case.present["plan calendar"] += 1
            languages["plan calendar"].add(lang)
            guarded(case, where, check_plan_calendar, where, planned, case)
    # Every channel is rendered, so a kind one language has, every language has: a calendar
    # dropped for German alone would otherwise look like a case without calendars.
    rendered = {o["lang"] for o in result["outputs"]}
    for kind, (one, _) in KINDS.items():
        missing = sorted(rendered - languages[kind])
        if languages[kind] and missing:
            case.problems.append(f"renders a {one} in {', '.join(sorted(languages[kind]))} "
                                 f"but none in {', '.join(missing)}")
    # The golden folder is a second witness of what the case renders.
    golden = golden_outputs(case_dir)
    for kind, pattern in (("calendar", ".ics."), ("email", ".eml"), ("HTML", ".html")):
        if not case.present[kind] and any(pattern in name for name in golden):
            case.problems.append(f"renders no {KINDS[kind][0]}, but the golden folder has one")
    for kind, (one, many) in KINDS.items():
        expected = case.present[kind]
        if case.checked[kind] < expected:
            case.problems.append(f"expected {expected} {one if expected == 1 else many}, "
                                 f"checked {case.checked[kind]}")
    return case


def tally(counts: Counter, events: Counter) -> str:
    parts = []
    for kind, (one, many) in KINDS.items():
        n = counts[kind]
        text = f"{n} {one if n == 1 else many}"
        if kind in ("calendar", "plan calendar"):
            text += f" ({events[kind]} event{'' if events[kind] == 1 else 's'})"
        parts.append(text)
    return ", ".join(parts)


def main() -> int:
    cases = [Path(a) for a in sys.argv[1:]] or sorted(
        p for p in (ROOT / "tests" / "golden").iterdir() if (p / "sheet.json").exists())
    passed = failed = skipped = 0
    checked, events = Counter(), Counter()
    for case_dir in cases:
        try:
            case = check_case(case_dir)
        except Exception as error:  # pylint: disable=broad-except
            case = Case()
            case.problems.append(f"{type(error).__name__}: {error}")
        checked.update(case.checked)
        events.update(case.events)
        if case.problems:
            failed += 1
            print(f"FAIL {case_dir.name}")
            for p in case.problems:
                print(f"  {p}")
        elif not sum(case.present.values()):
            skipped += 1
            print(f"skip {case_dir.name}: renders no email, calendar or HTML (no outputs)")
        elif any(not case.present[k] for k in KINDS):
            # Checked what it has, but not every kind: not a pass.
            skipped += 1
            none = [KINDS[k][0] for k in KINDS if not case.present[k]]
            print(f"skip {case_dir.name}: renders no {', no '.join(none)} "
                  f"(checked {tally(case.checked, case.events)})")
        else:
            passed += 1
            print(f"ok   {case_dir.name}: {tally(case.checked, case.events)}")
    print(f"channels: {len(cases)} cases, {failed} failed, {skipped} skipped "
          f"(render no outputs, or not every kind); checked {tally(checked, events)}")
    for kind, (_, many) in KINDS.items():
        if not checked[kind]:
            failed += 1
            print(f"FAIL the whole run checked no {many}")
    print(f"channels: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
