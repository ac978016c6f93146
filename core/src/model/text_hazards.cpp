#include "model/text_hazards.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "text/digits.h"

namespace noticekit::model {
namespace {

using text::JsonTree;

struct Hazard {
  std::string_view code;
  char32_t character;
  Severity severity = Severity::error;
};

// An invisible character a copy from a web page or document leaves in text (U+200B zero width
// space, U+200C/U+200D zero width (non-)joiners, U+2060 word joiner, U+FEFF inside the text):
// readers cannot see it, but it breaks search, copying and matching of names. A joiner between
// emoji (👨‍👩‍👧) is how those are written, and is left alone.
std::optional<char32_t> invisible_at(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) -> unsigned {
    return k < s.size() ? static_cast<unsigned char>(s[k]) : 0;
  };
  if (byte(i) == 0xE2 && byte(i + 1) == 0x80 && byte(i + 2) >= 0x8B && byte(i + 2) <= 0x8D) {
    const char32_t c = 0x2000 + (byte(i + 2) - 0x80);
    const bool emoji_next =
        byte(i + 3) == 0xF0 || (byte(i + 3) == 0xE2 && byte(i + 4) >= 0x98 && byte(i + 4) <= 0x9E);
    if (c == 0x200D && emoji_next) return std::nullopt;
    return c;
  }
  if (byte(i) == 0xE2 && byte(i + 1) == 0x81 && byte(i + 2) == 0xA0) return 0x2060;
  if (byte(i) == 0xEF && byte(i + 1) == 0xBB && byte(i + 2) == 0xBF) return 0xFEFF;
  // Tag characters U+E0000–U+E007F (F3 A0 80 80 – F3 A0 81 BF): invisible text that some
  // programs read ("ASCII smuggling").
  if (byte(i) == 0xF3 && byte(i + 1) == 0xA0 && (byte(i + 2) == 0x80 || byte(i + 2) == 0x81))
    return 0xE0000 + ((byte(i + 2) - 0x80) << 6) + (byte(i + 3) - 0x80);
  return std::nullopt;
}

// Scans the bytes once: the parser has already checked the string is well-formed UTF-8, so
// each lead byte below starts exactly the sequence it looks like. Printable ASCII, most of a
// sheet, is passed over at once.
std::optional<Hazard> first_hazard(std::string_view s) {
  const auto byte = [&](std::size_t i) -> char32_t {
    return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
  };
  // Invisible characters are only warned about (the notice still says what was meant), so
  // the first one counts only when no error follows.
  std::optional<Hazard> invisible;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char32_t c = byte(i);
    if (c >= 0x20 && c < 0x7F) continue;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
      return Hazard{"text.control_character", c};
    if (c == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F)  // C1 controls U+0080–U+009F
      return Hazard{"text.control_character", byte(i + 1)};
    if (c == 0xE2 && byte(i + 1) == 0x80 && byte(i + 2) >= 0xAA &&
        byte(i + 2) <= 0xAE)  // U+202A–U+202E
      return Hazard{"text.bidi_control", char32_t{0x2000} + (byte(i + 2) - 0x80)};
    if (c == 0xE2 && byte(i + 1) == 0x81 && byte(i + 2) >= 0xA6 &&
        byte(i + 2) <= 0xA9)  // U+2066–U+2069
      return Hazard{"text.bidi_control", char32_t{0x2040} + (byte(i + 2) - 0x80)};
    if (!invisible)
      if (const auto character = invisible_at(s, i))
        invisible = Hazard{"text.invisible_character", *character, Severity::warning};
  }
  return invisible;
}

// A value met while walking the sheet, and how it hangs from its parent (a key or an index).
struct Node {
  const JsonTree::Value* value;
  std::size_t parent;  // index into the node list; npos for the root
  bool member;         // of an object: named by value->key, else by index
  std::size_t index;
};
constexpr std::size_t kRoot = static_cast<std::size_t>(-1);

std::string pointer_to(const std::vector<Node>& nodes, std::size_t at) {
  std::vector<std::size_t> chain;
  for (std::size_t i = at; i != kRoot; i = nodes[i].parent) chain.push_back(i);
  std::string path;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Node& n = nodes[*it];
    if (n.parent == kRoot) continue;
    path = n.member ? pointer_append(path, n.value->key) : pointer_append(path, n.index);
  }
  return path;
}

}  // namespace

void report_text_hazards(const JsonTree& tree, std::vector<Finding>& findings) {
  if (!tree.any_unusual_text()) return;
  // An explicit stack, not recursion: the WebAssembly build has a small stack.
  std::vector<Node> nodes{{&tree.root(), kRoot, false, 0}};
  std::vector<std::size_t> to_visit{0};
  const auto report = [&](const Hazard& hazard, std::size_t node) {
    findings.push_back({std::string(hazard.code),
                        hazard.severity,
                        pointer_to(nodes, node),
                        {{"character", "U+" + text::hex(hazard.character, 4, true)}}});
  };
  while (!to_visit.empty()) {
    const std::size_t at = to_visit.back();
    to_visit.pop_back();
    const JsonTree::Value& v = *nodes[at].value;
    if (v.is_string()) {
      if (v.unusual_text)
        if (const auto hazard = first_hazard(v.string)) report(*hazard, at);
      continue;
    }
    // Children pushed in reverse, so they are visited (and reported) in order: array
    // elements as written, object members by key (as findings about members come).
    const std::size_t first_child = nodes.size();
    std::size_t index = 0;
    for (const auto* child : JsonTree::in_finding_order(v)) {
      nodes.push_back({child, at, v.is_object(), index++});
      // A key is echoed too ("Unknown field …"), and shown by the page.
      if (child->unusual_key)
        if (const auto hazard = first_hazard(child->key)) report(*hazard, nodes.size() - 1);
    }
    for (std::size_t i = nodes.size(); i > first_child; --i) to_visit.push_back(i - 1);
  }
}

}  // namespace noticekit::model
