// A JSON value read once and walked many times, in one flat array: a fact sheet is read per
// record, and a tree of nlohmann values (a map node and a string per member) cost more
// allocations than the sheet has fields. Strings are views into the JSON text where it holds
// them as they are, so the text must outlive the tree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <forward_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace noticekit::text {

class JsonTree {
 public:
  enum class Type : std::uint8_t {
    null,
    boolean,
    integer,           // a negative whole number, as nlohmann's number_integer
    unsigned_integer,  // any other whole number, as its number_unsigned
    floating,
    string,
    array,
    object,
  };

  struct Value {
    Type type = Type::null;
    // Set when a string (or, for a member, its key) may hold a control character, a character
    // of General Punctuation (U+2000–U+206F: bidi controls, invisible joiners), U+FEFF or a
    // tag character: the strings a scan for hidden characters has to read. Most text has none.
    bool unusual_text = false;
    bool unusual_key = false;
    bool boolean = false;
    std::string_view key = {};     // a member's key; empty for anything else
    std::string_view string = {};  // a string's text
    std::int64_t integer = 0;
    std::uint64_t unsigned_integer = 0;
    double floating = 0;
    std::uint32_t count = 0;        // an array's elements or an object's members
    std::uint32_t descendants = 0;  // the nodes right after it that are inside it

    bool is_null() const { return type == Type::null; }
    bool is_string() const { return type == Type::string; }
    bool is_array() const { return type == Type::array; }
    bool is_object() const { return type == Type::object; }
    bool is_structured() const { return is_array() || is_object(); }
    // Either kind of whole number, as nlohmann's is_number_integer.
    bool is_whole_number() const { return type == Type::integer || type == Type::unsigned_integer; }
    bool is_number() const { return is_whole_number() || type == Type::floating; }
    // A whole number as nlohmann's get<std::int64_t>() gives it (an unsigned one past the
    // signed range wraps).
    std::int64_t as_int64() const {
      return type == Type::unsigned_integer ? static_cast<std::int64_t>(unsigned_integer) : integer;
    }
    // A number as nlohmann's get<double>() gives it.
    double as_double() const {
      return type == Type::integer            ? static_cast<double>(integer)
             : type == Type::unsigned_integer ? static_cast<double>(unsigned_integer)
                                              : floating;
    }
  };

  // The elements of an array or the members of an object, as written: each child is followed
  // by its own descendants, which the walk steps over.
  class Children {
   public:
    class Iterator {
     public:
      using value_type = Value;
      using difference_type = std::ptrdiff_t;
      explicit Iterator(const Value* at) : at_(at) {}
      const Value& operator*() const { return *at_; }
      const Value* operator->() const { return at_; }
      Iterator& operator++() {
        at_ += 1 + at_->descendants;
        return *this;
      }
      bool operator==(const Iterator&) const = default;

     private:
      const Value* at_;
    };

    explicit Children(const Value& parent) : parent_(&parent) {}
    Iterator begin() const { return Iterator(parent_ + 1); }
    Iterator end() const { return Iterator(parent_ + 1 + parent_->descendants); }
    std::size_t size() const { return parent_->count; }

   private:
    const Value* parent_;
  };

  JsonTree() = default;
  // Strings that needed unescaping live in the tree and its values view them; a copy would view
  // the original's.
  JsonTree(const JsonTree&) = delete;
  JsonTree& operator=(const JsonTree&) = delete;
  JsonTree(JsonTree&&) = default;
  JsonTree& operator=(JsonTree&&) = default;

  const Value& root() const { return nodes_.front(); }
  // An array's elements, or an object's members in the order written.
  static Children children(const Value& v) { return Children(v); }
  // The children in the order findings about them come: an array's elements as written, an
  // object's members sorted by key (as nlohmann::json's std::map keeps them).
  static std::vector<const Value*> in_finding_order(const Value& v);
  // True when some string or key of the tree has its unusual flag set.
  bool any_unusual_text() const { return any_unusual_; }
  // The unescaped strings the values view, for a reader that keeps views of them past the tree.
  std::forward_list<std::string> release_strings() { return std::move(owned_); }

 private:
  friend class JsonTreeBuilder;
  std::vector<Value> nodes_;  // each container before what it holds; the root first
  // Unescaped strings: a list, as adding one moves none, and an empty one allocates nothing
  // (most sheets have no escape).
  std::forward_list<std::string> owned_;
  bool any_unusual_ = false;
};

// Builds a JsonTree from parse events, in document order: key() before each member's value.
// Gives up on a repeated key (a sheet's readers report it with its place).
class JsonTreeBuilder {
 public:
  explicit JsonTreeBuilder(std::size_t expected_values = 0);

  void key(std::string_view k, bool unusual);
  // Keeps a copy of a string that the JSON text does not hold as it is.
  std::string_view keep(std::string s);
  // Out of line, as both parsers call each: the WebAssembly module carries add() once.
  void string(std::string_view s, bool unusual);
  void null();
  void boolean(bool b);
  void integer(std::int64_t n);
  void unsigned_integer(std::uint64_t n);
  void floating(double d);
  void start(JsonTree::Type container);
  // Closes the innermost array or object; false when an object repeats a key.
  bool end();
  // The tree, once the one top-level value is complete.
  JsonTree finish();

 private:
  void add(JsonTree::Value v);

  JsonTree tree_;
  std::vector<std::uint32_t> open_;  // where each open container stands in the tree
  std::string_view key_;
  bool key_unusual_ = false;
};

}  // namespace noticekit::text
