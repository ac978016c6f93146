#include "channels/mime.h"

#include <cstddef>
#include <string_view>

#include "text/stable_hash.h"
#include "text/utf8.h"
#include "time/utc_format.h"

namespace noticekit::channels {
namespace {

// RFC 2045 §6.8: base64 output lines are at most 76 characters.
constexpr std::size_t base64_line_limit = 76;
// RFC 2047 §2: "An 'encoded-word' may not be more than 75 characters long, including
// 'charset', 'encoding', 'encoded-text', and delimiters", and a header line holding
// encoded-words is at most 76 characters.
constexpr std::size_t encoded_word_limit = 75;
constexpr std::size_t header_line_limit = 76;
// RFC 5322 §2.1.1: header lines SHOULD be at most 78 characters (excluding CRLF); folding at 76
// keeps every line of the file within the limit of the encoded bodies too.
constexpr std::size_t plain_header_line_limit = 76;

constexpr std::string_view crlf = "\r\n";

std::string base64(std::string_view bytes) {
  static constexpr char alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::size_t n = bytes.size() - i < 3 ? bytes.size() - i : 3;
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (n > 1) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (n > 2) v |= static_cast<unsigned char>(bytes[i + 2]);
    out += alphabet[(v >> 18) & 63];
    out += alphabet[(v >> 12) & 63];
    out += n > 1 ? alphabet[(v >> 6) & 63] : '=';
    out += n > 2 ? alphabet[v & 63] : '=';
  }
  return out;
}

std::string with_crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 40);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) out += '\r';
    out += text[i];
  }
  return out;
}

// A body part's content in base64, folded at 76 characters.
std::string base64_body(std::string_view content) {
  const std::string encoded = base64(with_crlf(content));
  std::string out;
  for (std::size_t i = 0; i < encoded.size(); i += base64_line_limit)
    out.append(encoded, i, base64_line_limit).append(crlf);
  return out;
}

bool is_plain_header_text(std::string_view s) {
  for (const char c : s)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) return false;
  return s.find("=?") == std::string_view::npos;
}

// Whether an ASCII subject folds at its spaces into lines of the limit: a word longer than a
// line (a 1,200-character system name) would leave a line past RFC 5322's 998 octets, so
// such a subject is written as encoded-words, which may split anywhere.
bool folds_at_spaces(std::string_view s, std::size_t line_limit) {
  std::size_t word = 0;
  for (const char c : s) {
    word = c == ' ' ? 0 : word + 1;
    if (word + 1 > line_limit) return false;
  }
  return true;
}

// "Subject: …" as RFC 2047 B encoded-words of UTF-8, each holding whole characters (§5: an
// encoded-word must not split a multi-octet character) and each on its own folded line.
std::string encoded_subject(std::string_view subject) {
  constexpr std::string_view name = "Subject: ", open = "=?UTF-8?B?", close = "?=";
  // The first word shares its line with the field name; later lines start with one space.
  const std::size_t first_room = header_line_limit - name.size() - open.size() - close.size();
  const std::size_t later_room = encoded_word_limit - open.size() - close.size();
  static_assert(encoded_word_limit <= header_line_limit - 1);
  std::string out(name);
  std::size_t i = 0;
  bool first = true;
  while (i < subject.size()) {
    const std::size_t max_bytes = (first ? first_room : later_room) / 4 * 3;
    std::size_t end = i;
    while (end < subject.size()) {
      const std::size_t n = text::utf8_sequence_length(subject[end]);
      if (end + n - i > max_bytes) break;
      end += n;
    }
    if (!first) out.append(crlf).append(" ");
    out.append(open).append(base64(subject.substr(i, end - i))).append(close);
    i = end;
    first = false;
  }
  return out + std::string(crlf);
}

// "Subject: …" in ASCII, folded before a space where a line would pass 78 characters.
std::string folded_subject(std::string_view subject) {
  constexpr std::string_view name = "Subject:";
  std::string out(name);
  std::size_t line = out.size();
  std::size_t i = 0;
  while (i < subject.size()) {
    std::size_t next = subject.find(' ', i + 1);
    if (next == std::string_view::npos) next = subject.size();
    const std::string_view word = subject.substr(i, next - i);  // with its leading space, if any
    std::string piece(i == 0 ? " " : "");
    piece.append(word);
    // Never fold right after the field name: a header's first line must hold some text.
    if (line + piece.size() > plain_header_line_limit && line > name.size()) {
      out.append(crlf);
      line = 0;
    }
    out += piece;
    line += piece.size();
    i = next;
  }
  return out + std::string(crlf);
}

std::string part(std::string_view boundary, std::string_view type, std::string_view content) {
  std::string out = "--" + std::string(boundary) + std::string(crlf);
  out.append("Content-Type: ").append(type).append("; charset=UTF-8").append(crlf);
  out.append("Content-Transfer-Encoding: base64").append(crlf).append(crlf);
  return out + base64_body(content);
}

}  // namespace

std::string eml_message(const EmlParts& p) {
  // "=_" can never occur in base64 text, so this boundary cannot collide with a body
  // (RFC 2046 §5.1.1 asks for a boundary that does not appear in the encapsulated parts).
  const std::string boundary =
      "=_noticekit_" + text::stable_hash_hex(p.subject + '\0' + p.text + '\0' + p.html);
  std::string out;
  if (p.issued) {
    const auto zone = time::Zone::find(p.time_zone);
    const int offset = zone ? zone->offset_at(*p.issued).utc_offset_seconds : 0;
    out.append("Date: ").append(time::format_rfc5322(*p.issued, offset)).append(crlf);
  }
  out += is_plain_header_text(p.subject) && folds_at_spaces(p.subject, plain_header_line_limit)
             ? folded_subject(p.subject)
             : encoded_subject(p.subject);
  out.append("MIME-Version: 1.0").append(crlf);
  if (!p.language.empty()) out.append("Content-Language: ").append(p.language).append(crlf);
  // Outlook and other clients open a message carrying X-Unsent: 1 as an unsent draft, so the
  // sender can address it; there is no From or To on purpose.
  out.append("X-Unsent: 1").append(crlf);
  out.append("Content-Type: multipart/alternative; boundary=\"")
      .append(boundary)
      .append("\"")
      .append(crlf);
  out.append(crlf);
  // RFC 2046 §5.1.4: alternatives in increasing order of preference, plain text first.
  out += part(boundary, "text/plain", p.text);
  out += part(boundary, "text/html", p.html);
  out.append("--").append(boundary).append("--").append(crlf);
  return out;
}

}  // namespace noticekit::channels
