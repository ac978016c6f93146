#include "batch/sheet_schema.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "batch/sheet_schema_text.h"

namespace noticekit::cli::batch {
namespace {

using nlohmann::json;

bool is_index(const std::string& segment) {
  return !segment.empty() &&
         std::all_of(segment.begin(), segment.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// JSON Schema's type names, each with the flag it sets.
constexpr std::pair<std::string_view, bool FieldTypes::*> kTypeNames[] = {
    {"string", &FieldTypes::string},   {"number", &FieldTypes::number},
    {"integer", &FieldTypes::integer}, {"boolean", &FieldTypes::boolean},
    {"null", &FieldTypes::null},       {"array", &FieldTypes::array},
    {"object", &FieldTypes::object}};

void add_type(std::string_view type, FieldTypes& types) {
  for (const auto& [name, flag] : kTypeNames)
    if (name == type) types.*flag = true;
}

void add_value_type(const json& value, FieldTypes& types) {
  if (value.is_string())
    types.string = true;
  else if (value.is_number_integer())
    types.integer = true;
  else if (value.is_number())
    types.number = true;
  else if (value.is_boolean())
    types.boolean = true;
  else if (value.is_null())
    types.null = true;
}

const json* member(const json& node, const char* key) {
  if (!node.is_object()) return nullptr;
  const auto it = node.find(key);
  return it == node.end() ? nullptr : &*it;
}

}  // namespace

SheetSchema::SheetSchema(std::string_view schema_json)
    : root_(json::parse(schema_json, nullptr, /*allow_exceptions=*/false)) {
  if (root_.is_discarded()) root_ = json::object();
}

const SheetSchema& SheetSchema::embedded() {
  static const SheetSchema schema(kSheetSchemaJson);  // read once, thread-safe (C++11 statics)
  return schema;
}

// Resolves references and alternatives, so that `out` holds plain schemas only. The depth
// limit stops a schema that refers to itself.
void SheetSchema::expand(const json& node, Nodes& out, int depth) const {
  if (depth > 16 || !node.is_object()) return;
  if (const json* ref = member(node, "$ref"); ref && ref->is_string()) {
    const std::string& target = ref->get_ref<const std::string&>();
    if (target.rfind("#", 0) == 0) {
      const json::json_pointer pointer(target.substr(1));
      if (root_.contains(pointer)) expand(root_.at(pointer), out, depth + 1);
    }
  }
  for (const char* key : {"oneOf", "anyOf", "allOf"})
    if (const json* alternatives = member(node, key); alternatives && alternatives->is_array())
      for (const auto& alternative : *alternatives) expand(alternative, out, depth + 1);
  out.push_back(&node);
}

SheetSchema::Nodes SheetSchema::nodes_at(const std::vector<std::string>& path) const {
  Nodes nodes;
  expand(root_, nodes, 0);
  for (const auto& segment : path) {
    Nodes children;
    for (const json* node : nodes) {
      if (const json* items = member(*node, "items"); items && is_index(segment)) {
        expand(*items, children, 0);
      }
      if (const json* properties = member(*node, "properties")) {
        if (const json* property = member(*properties, segment.c_str())) {
          expand(*property, children, 0);
          continue;
        }
      }
      if (const json* extra = member(*node, "additionalProperties"); extra && extra->is_object()) {
        expand(*extra, children, 0);
      }
    }
    nodes = std::move(children);
  }
  return nodes;
}

FieldTypes SheetSchema::types_of(const Nodes& nodes) {
  FieldTypes types;
  for (const json* node : nodes) {
    if (const json* type = member(*node, "type")) {
      if (type->is_string()) add_type(type->get_ref<const std::string&>(), types);
      if (type->is_array())
        for (const auto& t : *type)
          if (t.is_string()) add_type(t.get_ref<const std::string&>(), types);
    }
    if (const json* constant = member(*node, "const")) add_value_type(*constant, types);
    if (const json* values = member(*node, "enum"); values && values->is_array())
      for (const auto& value : *values) add_value_type(value, types);
    if (member(*node, "properties")) types.object = true;
    if (member(*node, "items")) types.array = true;
  }
  return types;
}

FieldTypes SheetSchema::types_at(const std::vector<std::string>& path) const {
  return types_of(nodes_at(path));
}

bool SheetSchema::is_text_at(const std::vector<std::string>& path) const {
  static const json::json_pointer text_definition("/$defs/text");
  if (!root_.contains(text_definition)) return false;
  const json* text = &root_.at(text_definition);
  const Nodes nodes = nodes_at(path);
  return std::find(nodes.begin(), nodes.end(), text) != nodes.end();
}

FieldTypes SheetSchema::item_types_at(const std::vector<std::string>& path) const {
  std::vector<std::string> item_path = path;
  item_path.emplace_back("0");
  return types_at(item_path);
}

}  // namespace noticekit::cli::batch
