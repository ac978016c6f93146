#!/usr/bin/env bash
# Regenerates core/src/time/zone_table.inc: one line per IANA zone name (links and aliases
# included under their own names, e.g. PRC, US/Eastern, Etc/UTC, UTC), mapping it to the
# POSIX TZ rule in the footer of its TZif file (RFC 8536 §3.3: the text between the file's
# final two newlines).
#
#   tools/gen-zones.sh [OUTPUT]    OUTPUT defaults to core/src/time/zone_table.inc; "-" = stdout
#   ZONEINFO=/path/to/zoneinfo tools/gen-zones.sh      (default /usr/share/zoneinfo)
#
# The table is checked in, so native and wasm builds on every machine agree on every offset:
# rerun this after a tzdata update and commit the diff. Lines are sorted in byte order
# (LC_ALL=C) so zone.cpp can binary-search them and diffs stay small.
#
# Needs only bash, find, sort and awk (mawk or gawk: the TZif files are read by one awk
# process, which is binary-safe for these checks).
set -euo pipefail
export LC_ALL=C

zoneinfo="${ZONEINFO:-/usr/share/zoneinfo}"
zoneinfo="${zoneinfo%/}"
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$(dirname "$script_dir")/core/src/time/zone_table.inc}"

if [[ ! -d "$zoneinfo" ]]; then
  echo "gen-zones.sh: $zoneinfo is not a directory (set ZONEINFO)" >&2
  exit 2
fi

version="unknown"
if [[ -r "$zoneinfo/tzdata.zi" ]]; then
  first_line="$(head -n 1 "$zoneinfo/tzdata.zi")"
  if [[ "$first_line" =~ ^#\ version\ ([0-9A-Za-z.]+)$ ]]; then
    version="${BASH_REMATCH[1]}"
  fi
fi

# Candidate files: regular files and links to them, minus the non-zone files of a zoneinfo
# directory. posix/ and right/ are pruned before find descends into them.
paths=()
skipped=()
while IFS= read -r -d '' path; do
  name="${path#"$zoneinfo"/}"
  case "$name" in
    posixrules | localtime | Factory | *.tab | *.zi | leapseconds | leap-seconds.list) continue ;;
  esac
  # Names end up in a C++ string literal: allow only what IANA uses.
  if [[ ! "$name" =~ ^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$ ]]; then
    skipped+=("$name (unexpected characters in the name)")
    continue
  fi
  paths+=("$path")
done < <(find -L "$zoneinfo" -mindepth 1 \
           \( -path "$zoneinfo/posix" -o -path "$zoneinfo/right" \) -prune \
           -o -type f -print0)

# Reads each file whole (RS never matches in a TZif file in practice; if it does, the
# record is rejoined) and prints "E<TAB>name<TAB>footer" or "S<TAB>name (reason)".
# Files that are not TZif (+VERSION, SECURITY, ...) are ignored silently.
read -r -d '' awk_program <<'AWK' || true
BEGIN { RS = "\001\002\003\004\005\006\007" }
FNR == 1 { if (NR > 1) finish(); file = FILENAME; content = $0; next }
{ content = content RS $0 }
END { if (NR > 0) finish() }
function finish(  name, n, body, footer) {
  name = substr(file, length(prefix) + 2)
  if (substr(content, 1, 4) != "TZif") return
  # Version 1 files (version byte NUL) carry no footer.
  if (substr(content, 5, 1) !~ /^[2-9]$/) { print "S\t" name " (TZif version 1, no footer)"; return }
  n = length(content)
  if (substr(content, n, 1) != "\n") { print "S\t" name " (no footer newline)"; return }
  body = substr(content, 1, n - 1)
  if (!match(body, /\n[^\n]*$/)) { print "S\t" name " (no footer newline)"; return }
  footer = substr(body, RSTART + 1)
  # An empty footer means no POSIX rule describes the times after the last transition.
  if (footer == "") { print "S\t" name " (empty footer)"; return }
  if (footer !~ /^[A-Za-z0-9<>+,.:\/-]+$/) { print "S\t" name " (unexpected characters in the footer)"; return }
  print "E\t" name "\t" footer
}
AWK

entries=()
if ((${#paths[@]} > 0)); then
  while IFS=$'\t' read -r kind a b; do
    case "$kind" in
      E) entries+=("{\"$a\", \"$b\"},") ;;
      S) skipped+=("$a") ;;
    esac
  done < <(awk -v prefix="$zoneinfo" "$awk_program" "${paths[@]}")
fi

if ((${#entries[@]} == 0)); then
  echo "gen-zones.sh: no TZif files with footers under $zoneinfo" >&2
  exit 1
fi
sorted="$(printf '%s\n' "${entries[@]}" | sort -u)"
if ((${#skipped[@]} > 0)); then
  mapfile -t skipped < <(printf '%s\n' "${skipped[@]}" | sort -u)
fi
count="$(printf '%s\n' "$sorted" | wc -l | tr -d ' ')"

emit() {
  echo "// GENERATED FILE - do not edit. Regenerate with tools/gen-zones.sh."
  echo "// Source: tzdata $version (the footers of the TZif files under a zoneinfo directory)."
  echo "// IANA zone name (links and aliases included) -> POSIX TZ rule from the TZif footer."
  echo "// Checked in so that native and wasm builds, on every machine, use the same rules."
  echo "// Sorted in byte order (LC_ALL=C) so zone.cpp can binary-search it. $count entries."
  local s
  for s in ${skipped[@]+"${skipped[@]}"}; do
    echo "// Skipped: $s"
  done
  printf '%s\n' "$sorted"
}

if [[ "$out" == "-" ]]; then
  emit
else
  tmp_out="$(mktemp "$(dirname "$out")/.zone_table.XXXXXX")"
  trap 'rm -f "$tmp_out"' EXIT
  emit > "$tmp_out"
  chmod 644 "$tmp_out"
  mv -f "$tmp_out" "$out"
  echo "gen-zones.sh: wrote $count zones (tzdata $version) to $out" >&2
fi
for s in ${skipped[@]+"${skipped[@]}"}; do
  echo "gen-zones.sh: skipped $s" >&2
done
