// What a run works out alike again and again, kept on each thread: a batch's notices repeat their
// reasons and alternatives word for word, and the page checks every text of a sheet again at
// each keystroke.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace noticekit::text {

// The text kept for `key` on this thread, for the caller to read, or to write when `is_new` is
// set: none was kept for the key, and the text is empty. `key`, not empty, names all that the
// text is written from. Keys share the places of a small table, the last written for a place kept:
// the memory stays bounded however many keys a run has (a key longer than a kilobyte is not kept).
// Valid until the next call on this thread.
std::string& kept_text(std::string_view key, bool& is_new);

// Appends `field` after its length: no two different lists of fields make one key.
inline void append_field(std::string& to, std::string_view field) {
  const std::size_t size = field.size();
  to.append(reinterpret_cast<const char*>(&size), sizeof size);
  to += field;
}

// Forgets what every thread kept, as the data that texts are written from has changed (a
// language given): not to be called while another thread writes.
void forget_kept_texts();

}  // namespace noticekit::text
