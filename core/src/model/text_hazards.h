// Characters in a sheet's text that would make a notice show something other than what the
// person typed: bidirectional controls (a U+202E reverses the text after it, the "Trojan
// Source" trick, CVE-2021-42574) and control characters (NUL, ESC …: invisible, or able
// to drive a terminal that prints the notice).
#pragma once

#include <vector>

#include "model/finding.h"
#include "text/json_tree.h"

namespace noticekit::model {

// One error finding per string value of `root` holding such a character, at its JSON
// pointer (arrays in order, object members by key): `text.bidi_control` or
// `text.control_character`, naming the character ("U+202E"). Tab, line feed and carriage return are
// ordinary text; so are the bidi marks U+200E, U+200F and U+061C, which only hint the direction of
// neutral characters and cannot reorder what was typed. A string with none of these but an
// invisible character (zero width space, joiners, word joiner, U+FEFF, tag characters) gets
// the warning `text.invisible_character`.
// Only the strings and keys the tree flags as unusual are read: the others hold none of these.
void report_text_hazards(const text::JsonTree& tree, std::vector<Finding>& findings);

}  // namespace noticekit::model
