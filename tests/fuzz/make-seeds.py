#!/usr/bin/env python3
"""Writes the fuzz targets' seed inputs, made from the tree's own inputs, into OUT/sheet and
OUT/batch. They are raw material: `-merge=1` keeps only those that add coverage to the
committed corpus (tests/fuzz/README.md, "Seeding the corpus again").

  sheet  every golden sheet and bad input behind the target's request prefix (one channel,
         in turn; the golden's request.json kind and languages, as far as the prefix can say
         them), and examples/*.json as they are (every channel)
  batch  examples/batch/*, the CSV cases of tests/cli, each golden sheet as a JSONL line and
         as a CSV header + row (every field its own column, lists as "x[]" columns), and the
         bad inputs as JSONL lines; each behind fuzz_batch.cpp's mode byte

usage: tests/fuzz/make-seeds.py OUT
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]

# The orders the targets index (noticekit --help; core/src/model/message_kind.h).
LANGUAGES = ["de", "en", "en-GB", "en-US", "es", "fr", "ja", "ko", "zh-CN", "zh-TW",
             "zh-TW-u-ca-roc"]
CHANNELS = ["email", "sms", "wecom", "dingtalk", "feishu", "slack", "teams", "x", "weibo",
            "wechat_oa", "web", "status_page", "ics", "phone", "report"]
KINDS = ["announcement", "reminder", "started", "extension", "reschedule", "cancellation",
         "emergency", "restoration"]

# fuzz_batch.cpp's mode byte: input type in bits 0-1, --out in bit 2, channel in bits 3-7.
CSV, JSONL, BY_CONTENT = 0, 1, 2
OUT_FILES = 4


def mode(input_type, channel, to_files=False):
    return bytes([input_type | (OUT_FILES if to_files else 0) | CHANNELS.index(channel) << 3])


# The CSV inputs of tests/cli (csv_reader_test.cpp, batch_cli_test.cpp), each a whole file.
CLI_TEST_CSV = [
    b"a,b,c\r\n1,,3\n4,5,6",
    b"name,note\n\"Acme, Inc.\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",x\nlast,\"\"\n",
    b"h\n\"a\nb\nc\"\nnext\n",
    b"\xEF\xBB\xBFschema,kind\nnoticekit/1,planned\n",
    b"a,b\n\n,\n\r\n1,2\n,,\n",
    b"a,b,c\n1\n1,2,3,4\n",
    b"a,b\nok,5\" screen\nnext,row\n",
    b"a,b\n1,\"x\"y\n2,3\n",
    b"a,b\n1,2\n3,\"open\nand on\n",
    b"kind,windows/start\nplanned,2026-12-05T22:00\n",
    # csv_sheet_test.cpp's headers and rows
    "schema,audience/size,sms/price_per_segment,early_finish,windows/0/start,windows/0/end,"
    "windows/0/systems[],reason/text/zh-CN,reason/text/en,languages[],contacts/0/value\n"
    "noticekit/1,120000,0.045,TRUE,2026-12-05T22:00,null,电子税务局 | 发票服务平台,核心系统升级,"
    "an upgrade,zh-CN|en,12366\n".encode(),
    b"kind,organization/unit,reason/text,windows/0/start,windows/1/start\n"
    b"planned,,[urgent] repairs,2026-12-05T22:00,\n",
    b"windows,contacts[]\n"
    b"\"[{\"\"systems\"\":[\"\"A\"\"],\"\"start\"\":\"\"2026-12-05T22:00\"\"}]\","
    b"\"[{\"\"kind\"\":\"\"phone\"\",\"\"value\"\":\"\"1\"\"}]\"\n",
    b"kind,audience/size\nplanned,about 5000\n",
    b"early_finish,sms/price_per_segment,windows,languages\nmaybe,\"0,045\",[{,zh-CN|en\n",
    b"kind\nplanned,stray\n",
    b"windows/0/start,windows/1/start\n,2026-12-05T22:00\n",
    b"kind\n\xC3(\n",
    b"kind,windows/start\n",
    b"kind,kind\nplanned,planned\n",
    b"reason,reason/text\nx,y\n",
    b"kind[]\nplanned\n",
    b"organization//name\nx\n",
    b"/organization/name,a~1b,c~0d,,\nAcme,1,2,,\n",
]


def request_prefix(request):
    """fuzz_sheet.cpp's request: 0xFF, kind, languages, channel (its first channel only)."""
    kind = request.get("kind")
    kind_byte = KINDS.index(kind) + 1 if kind in KINDS else 0
    language_bits = 0
    for language in request.get("languages", []):
        if language in LANGUAGES[:7]:
            language_bits |= 1 << LANGUAGES.index(language)
    channels = request.get("channels", [])
    channel_byte = CHANNELS.index(channels[0]) + 1 if channels else 0
    return bytes([0xFF, kind_byte, language_bits, channel_byte])


def is_scalar(value):
    return value is None or isinstance(value, (str, int, float, bool))


def flatten(value, path, columns):
    """The sheet as CSV columns: a header per leaf, lists of text as "x[]" columns."""
    if isinstance(value, dict) and value:
        for key, item in value.items():
            flatten(item, path + [key.replace("~", "~0").replace("/", "~1")], columns)
    elif isinstance(value, list) and value and all(isinstance(v, str) and "|" not in v
                                                   for v in value):
        columns.append(("/".join(path) + "[]", "|".join(value)))
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for i, item in enumerate(value):
            flatten(item, path + [str(i)], columns)
    elif is_scalar(value):
        if value is None:
            cell = "null"
        elif isinstance(value, bool):
            cell = "true" if value else "false"
        else:
            cell = str(value)
        columns.append(("/".join(path), cell))
    else:  # an empty group or a mixed list: the whole value as a JSON cell
        columns.append(("/".join(path), json.dumps(value, ensure_ascii=False)))


def csv_cell(text):
    if any(c in text for c in ',"\r\n') or text != text.strip(" \t"):
        return '"' + text.replace('"', '""') + '"'
    return text


def sheet_as_csv(sheet):
    columns = []
    flatten(sheet, [], columns)
    header = ",".join(csv_cell(name) for name, _ in columns)
    row = ",".join(csv_cell(cell) for _, cell in columns)
    return (header + "\n" + row + "\n").encode()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    sheet_dir, batch_dir = out / "sheet", out / "batch"
    sheet_dir.mkdir(parents=True, exist_ok=True)
    batch_dir.mkdir(parents=True, exist_ok=True)

    goldens = sorted((ROOT / "tests/golden").glob("*/sheet.json"))
    for n, path in enumerate(goldens):
        case = path.parent.name
        data = path.read_bytes()
        # One channel each, in turn: a sheet rendered on every channel is up to fifteen times
        # the work (a golden sheet took 1.5 s a run in build-asan/, 0.5 s on one channel), and
        # every seed is run again at the start of each fuzz run. The examples below are whole.
        channel = CHANNELS[n % len(CHANNELS)]
        request_file = path.parent / "request.json"
        request = json.loads(request_file.read_text()) if request_file.exists() else {}
        prefix = request_prefix(dict(request, channels=[channel]))
        (sheet_dir / f"golden-{case}.json").write_bytes(prefix + data)
        try:
            sheet = json.loads(data)
        except ValueError:
            (batch_dir / f"golden-{case}.jsonl").write_bytes(mode(JSONL, channel) + data)
            continue
        line = json.dumps(sheet, ensure_ascii=False, separators=(",", ":")).encode()
        (batch_dir / f"golden-{case}.jsonl").write_bytes(mode(JSONL, channel) + line + b"\n")
        if isinstance(sheet, dict):
            csv = sheet_as_csv(sheet)
            (batch_dir / f"golden-{case}.csv").write_bytes(mode(CSV, channel, n % 4 == 0) + csv)
    for path in sorted((ROOT / "examples").glob("*.json")):
        (sheet_dir / f"example-{path.stem}.json").write_bytes(path.read_bytes())
    for n, path in enumerate(sorted((ROOT / "tests/bad-input").glob("*.json"))):
        data = path.read_bytes()
        prefix = request_prefix({"channels": [CHANNELS[n % len(CHANNELS)]]})
        (sheet_dir / f"bad-{path.name}").write_bytes(prefix + data)
        (batch_dir / f"bad-{path.stem}.jsonl").write_bytes(mode(JSONL, "sms") + data)

    for path in sorted((ROOT / "examples/batch").iterdir()):
        data = path.read_bytes()
        input_type = CSV if path.suffix == ".csv" else JSONL
        (batch_dir / f"example-{path.name}").write_bytes(mode(input_type, "sms") + data)
        (batch_dir / f"example-{path.name}.out").write_bytes(mode(BY_CONTENT, "ics", True) + data)
    for n, data in enumerate(CLI_TEST_CSV):
        (batch_dir / f"cli-test-{n:02}.csv").write_bytes(mode(CSV, "sms") + data)


if __name__ == "__main__":
    main()
