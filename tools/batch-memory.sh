#!/usr/bin/env bash
# Peak memory (maximum resident set size, GNU time's %M) of `noticekit batch` over generated
# records streamed on standard input, so the input never sits in a file or in memory:
#   JSONL  sheets from bench/generate.mjs (zh-CN and en, planned outages)
#   CSV    examples/batch/sample.csv's rows repeated (one bad row in four: the failure path too)
# Every record renders the email and the SMS, on two threads; the results go to /dev/null.
#
#   tools/batch-memory.sh [CLI] [COUNT...]     (default build/native/noticekit, 100000 1000000)
#
# Measured on the 2-core development machine (Release build, --jobs 2, a busy machine, so the
# wall times say little; CPU is the steadier figure):
#   records     JSONL peak RSS, CPU   CSV peak RSS, CPU
#   100,000     9.4 MiB,  35 s        8.5 MiB,  41 s
#   1,000,000   9.7 MiB, 272 s        8.4 MiB, 294 s
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cli=${1:-build/native/noticekit}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100000 1000000)

# The header, then the data rows again and again until `count` rows are written.
repeat_csv_rows() {
  node -e '
    const fs = require("fs");
    const [file, count] = [process.argv[1], Number(process.argv[2])];
    const text = fs.readFileSync(file, "utf8");
    const header = text.slice(0, text.indexOf("\n") + 1);
    // Rows end at a line break outside quotes: an even number of quotes before it.
    const rows = [];
    let start = header.length, quotes = 0;
    for (let i = start; i < text.length; i++) {
      if (text[i] === "\"") quotes++;
      else if (text[i] === "\n" && quotes % 2 === 0) { rows.push(text.slice(start, i + 1)); start = i + 1; }
    }
    let out = header;
    for (let n = 0; n < count; n++) {
      out += rows[n % rows.length];
      if (out.length > 1 << 20) { fs.writeSync(1, out); out = ""; }
    }
    fs.writeSync(1, out);
  ' examples/batch/sample.csv "$1"
}

measure() {
  local label=$1 count=$2
  shift 2
  local report
  report=$(mktemp)
  "$@" | /usr/bin/time -f '%M %e %U %S' -o "$report" "$cli" batch - --jobs 2 --channel email,sms \
    >/dev/null 2>/dev/null || true  # exit 1: the CSV's bad rows
  # The last line: before it, time notes a non-zero exit (the CSV's bad rows exit 1).
  tail -n 1 "$report" | awk -v label="$label" -v count="$count" '{
    printf "%-6s %9d records: peak RSS %6.1f MiB, wall %6.1f s, CPU %6.1f s\n", label, count, $1 / 1024, $2, $3 + $4
  }'
  rm -f "$report"
}

for count in "${counts[@]}"; do
  measure JSONL "$count" node bench/generate.mjs --count "$count"
  measure CSV "$count" repeat_csv_rows "$count"
done
