// How an SMS body is billed: its encoding and the number of parts it is sent as.
// GSM 03.38 (3GPP TS 23.038): the 7-bit default alphabet, 160 septets in one message and
// 153 per part when concatenated (the UDH takes 7); characters of the extension table
// (e.g. € [ ] { } ^ ~ \ |) take an escape plus the character, 2 septets, and an escape pair
// is never split across parts. Anything outside GSM-7 forces UCS-2: 70 UTF-16 code units in
// one message, 67 per part, and a surrogate pair is never split across parts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace noticekit::channels {

enum class SmsEncoding { gsm7, ucs2 };

struct SmsSegments {
  SmsEncoding encoding = SmsEncoding::gsm7;
  int characters = 0;    // Unicode code points
  int units = 0;         // septets (GSM-7) or UTF-16 code units (UCS-2)
  int segments = 0;      // parts the carrier sends; 0 for an empty body
  int single_limit = 0;  // units that fit in one message: 160 or 70
  int part_limit = 0;    // units per part of a concatenated message: 153 or 67
  // What made a mostly GSM-7 body UCS-2, so the writer knows what to change: the characters
  // outside GSM-7 ("ó", "ç", "…"), each once, first seen first, at most five. Empty for a
  // GSM-7 body, and for one mostly outside it (a Chinese SMS is UCS-2 by nature).
  std::vector<std::string> ucs2_characters;
};

SmsSegments count_sms_segments(std::string_view utf8_body);

}  // namespace noticekit::channels
