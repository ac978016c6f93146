// What the fact sheet's JSON Schema (schema/notice.schema.json, compiled into the CLI by the
// build) allows at a path, so that a CSV cell becomes the JSON type the field takes: a
// number for audience/size, true/false for early_finish, text for everything textual. The
// schema stays the one place that says what a field is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace noticekit::cli::batch {

// The JSON types a field may have; all false for a path the schema does not know.
struct FieldTypes {
  bool string = false;
  bool number = false;   // any number
  bool integer = false;  // whole numbers only (and not `number`)
  bool boolean = false;
  bool null = false;
  bool array = false;
  bool object = false;

  bool known() const { return string || number || integer || boolean || null || array || object; }
};

class SheetSchema {
 public:
  // Reads a JSON Schema; an unreadable text gives a schema that knows no field.
  explicit SheetSchema(std::string_view schema_json);

  // The schema the CLI was built with.
  static const SheetSchema& embedded();

  // The types at `path` (object keys and array indexes, e.g. {"windows","0","start"}).
  FieldTypes types_at(const std::vector<std::string>& path) const;
  // The types of the items of the array at `path` (for a list column such as "languages[]").
  FieldTypes item_types_at(const std::vector<std::string>& path) const;
  // Whether a localized text ($defs/text: a string, or a map of language → string) may stand
  // at `path` (`noticekit convert` adds a language to each).
  bool is_text_at(const std::vector<std::string>& path) const;

 private:
  using Nodes = std::vector<const nlohmann::json*>;
  Nodes nodes_at(const std::vector<std::string>& path) const;
  void expand(const nlohmann::json& node, Nodes& out,
              int depth) const;  // $ref, oneOf, anyOf, allOf
  static FieldTypes types_of(const Nodes& nodes);

  nlohmann::json root_;
};

}  // namespace noticekit::cli::batch
