// How a writer typed a free text such as a reason, so that the notice frames it as typed:
//   a phrase            "a database upgrade", "系统升级"         → after the frame's connector:
//                                                               "maintenance for …", "因…，"
//   a connected phrase  "due to a power cut", "由于机房电力改造",  → after no connector of ours:
//                       "システム更新のため"                         "maintenance due to …", "…，"
//   a sentence          "We are moving the database to new       → a sentence of its own
//                       hardware.", "为提升服务质量，我行将对核心
//                       系统进行升级。"
// The words that tell them apart are the language's (locale::TextShapes in notice.json).
#pragma once

#include <string>
#include <string_view>

#include "locale/locale.h"

namespace noticekit::compose {

enum class Shape { phrase, connected, sentence };

struct ShapedText {
  Shape shape = Shape::phrase;
  // A phrase without the full stop or comma typed after it; a sentence with its first letter
  // a capital and its full stop.
  std::string text;
  // A reason that names no more than the work the notice's own words name (TextShapes::
  // routine_work: "routine maintenance"), which the lead then leaves out.
  bool names_the_work = false;
};

// What the text is: a reason states why, so a verb of its own makes it a sentence even without
// a full stop ("the vendor has postponed the delivery"); an item of a list names a state under
// a label ("Degraded: API reads are slow"), so only a full stop or a sentence's opening does.
enum class Field { reason, item };

ShapedText shape_of(std::string_view typed, const locale::Locale& loc, Field field);

// The phrase key that frames a phrase of this shape: `key` ("reason.clause.announcement", "for
// …"), or `key`.connected for one with its own connector (" …", no connector of ours).
inline std::string frame_key(const std::string& key, Shape shape) {
  return shape == Shape::connected ? key + ".connected" : key;
}

// Ends a sentence with the language's full stop unless the writer already ended it.
std::string as_sentence(std::string text, const locale::Locale& loc);

}  // namespace noticekit::compose
