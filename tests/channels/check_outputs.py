#!/usr/bin/python3
"""Document channels read back by real parsers, for every golden case.

  .ics   python3-icalendar (Debian's, so run this with /usr/bin/python3): one VEVENT per
         window, SUMMARY = the title, DTSTART/DTEND = the sheet's local times converted to UTC
         here with zoneinfo (independently of the C++ zone table), DESCRIPTION = the letter,
         SEQUENCE from the sheet's revision and the message kind (expected_sequence).
  .eml   Python's email package: the Subject decodes to the title, X-Unsent is 1, the
         multipart/alternative holds text/plain and text/html whose decoded bodies equal the
         text and html outputs, Date iff the sheet has an issue time, CRLF and lines <= 76.
  HTML   html.parser over the email HTML, the web banner and the web page: no <script>, no
         on* attribute, no javascript: URL, whatever the sheet holds.

Usage: /usr/bin/python3 tests/channels/check_outputs.py [CASE_DIR...]
The CLI comes from NOTICEKIT_CLI (default build/native/noticekit). Prints one line per case
and, last, "channels: N passed, M failed"; exits 1 on any failure.
"""
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

ROOT = Path(__file__).resolve().parents[2]
CLI = os.environ.get("NOTICEKIT_CLI", str(ROOT / "build" / "native" / "noticekit"))


def render(case: Path) -> dict:
    args = [CLI, "render", str(case / "sheet.json"), "--format", "json"]
    request_file = case / "request.json"
    if request_file.exists():
        request = json.loads(request_file.read_text())
        if request.get("languages"):
            args += ["--lang", ",".join(request["languages"])]
        if request.get("channels"):
            args += ["--channel", ",".join(request["channels"])]
        if request.get("kind"):
            args += ["--kind", request["kind"]]
    done = subprocess.run(args, capture_output=True, check=False)
    return json.loads(done.stdout)


def local_to_utc(text: str, zone: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone)).astimezone(timezone.utc)


def titles(result: dict) -> dict:
    """The document title per language, as the email subject gives it."""
    return {o["lang"]: o["subject"] for o in result["outputs"] if o["channel"] == "email"}


def letters(result: dict) -> dict:
    return {o["lang"]: o["text"] for o in result["outputs"] if o["channel"] == "email"}


def expected_sequence(kind: str, revision: int) -> int:
    """The schema's rule for "revision": a calendar keeps the copy with the highest SEQUENCE."""
    if kind == "cancellation":
        return revision + 1
    if kind in ("extension", "reschedule"):
        return max(revision, 1)
    return revision


def check_ics(output: dict, sheet: dict, title: str, letter: str, problems: list) -> None:
    where = f"{output['lang']}.ics"
    raw = output["text"]
    if "\n" in raw.replace("\r\n", ""):
        problems.append(f"{where}: a line ends without CR")
    for line in raw.split("\r\n"):
        if len(line.encode()) > 75:
            problems.append(f"{where}: line of {len(line.encode())} octets")
    calendar = icalendar.Calendar.from_ical(raw)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    windows = sheet["windows"]
    if len(events) != len(windows):
        problems.append(f"{where}: {len(events)} events for {len(windows)} windows")
        return
    for event, window in zip(events, windows):
        start = local_to_utc(window["start"], sheet["time_zone"])
        if event.decoded("DTSTART") != start:
            problems.append(f"{where}: DTSTART {event.decoded('DTSTART')} != {start}")
        if window.get("end"):
            end = local_to_utc(window["end"], sheet["time_zone"])
            if "DTEND" not in event or event.decoded("DTEND") != end:
                problems.append(f"{where}: DTEND {event.get('DTEND')} != {end}")
        elif "DTEND" in event:
            problems.append(f"{where}: DTEND for a window without an end")
        summary = str(event["SUMMARY"])
        if not (summary == title if len(windows) == 1 else summary.startswith(title)):
            problems.append(f"{where}: SUMMARY {summary!r} is not the title {title!r}")
        if not str(event["DESCRIPTION"]).endswith(letter):
            problems.append(f"{where}: DESCRIPTION is not the letter")
        if not str(event["UID"]).endswith("@noticekit"):
            problems.append(f"{where}: UID {event['UID']}")
        sequence = expected_sequence(output["kind"], sheet.get("revision", 0))
        if event.get("SEQUENCE") != sequence:
            problems.append(f"{where}: SEQUENCE {event.get('SEQUENCE')} != {sequence}")


def check_eml(output: dict, sheet: dict, problems: list) -> None:
    where = f"{output['lang']}.email.eml"
    raw = output["eml"].encode()
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append(f"{where}: a line ends without CR")
    for line in raw.split(b"\r\n"):
        if len(line) > 76:
            problems.append(f"{where}: line of {len(line)} characters")
    for word in re.findall(rb"=\?[^?]+\?[BbQq]\?[^?]*\?=", raw):
        if len(word) > 75:
            problems.append(f"{where}: encoded-word of {len(word)} characters")
    message = BytesParser(policy=policy.default).parsebytes(raw)
    if message["Subject"] != output["subject"]:
        problems.append(f"{where}: Subject {message['Subject']!r} != {output['subject']!r}")
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
    for kind, expected in (("text/plain", output["text"]), ("text/html", output["html"])):
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

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.found.append(f"{tag} {name}=")
            if value and "javascript:" in value.replace(" ", "").lower() and name.lower() in (
                    "href", "src", "action", "formaction", "xlink:href", "style"):
                self.found.append(f"{tag} {name}={value!r}")

    handle_startendtag = handle_starttag


def check_html(where: str, html: str, problems: list) -> None:
    finder = ActiveContentFinder()
    finder.feed(html)
    finder.close()
    problems.extend(f"{where}: executable content {f}" for f in finder.found)


def check_case(case: Path) -> tuple:
    """The problems found and how many files were checked."""
    result = render(case)
    problems = []
    checked = 0
    if not result["outputs"]:
        return problems, checked
    sheet = json.loads((case / "sheet.json").read_text())
    title = titles(result)
    letter = letters(result)
    for o in result["outputs"]:
        lang, channel = o["lang"], o["channel"]
        if channel == "email":
            check_html(f"{lang}.email.html", o["html"], problems)
            check_eml(o, sheet, problems)
            checked += 2
        elif channel == "web":
            check_html(f"{lang}.web.html", o["html"], problems)
            check_html(f"{lang}.web.page", o["page"], problems)
            checked += 2
        elif channel == "ics" and lang in title:
            check_ics(o, sheet, title[lang], letter[lang], problems)
            checked += 1
    return problems, checked


def main() -> int:
    cases = [Path(a) for a in sys.argv[1:]] or sorted(
        p for p in (ROOT / "tests" / "golden").iterdir() if (p / "sheet.json").exists())
    passed = failed = 0
    for case in cases:
        try:
            problems, checked = check_case(case)
        except Exception as error:  # a parser refusing the file is a failure, not a crash
            problems, checked = [f"{type(error).__name__}: {error}"], 0
        if problems:
            failed += 1
            print(f"FAIL {case.name}")
            for p in problems:
                print(f"  {p}")
        else:
            passed += 1
            print(f"ok   {case.name} ({checked} files checked)")
    print(f"channels: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
