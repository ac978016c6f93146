// How a message opens: the greeting, and the lead that says what happens when, why, and which
// windows stay as announced. The SMS brief opens with the same sentences in compact form, so
// the lead's values and reason placement serve it too.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "compose/facts.h"

namespace noticekit::compose {

class Opening {
 public:
  // The facts must outlive the opening.
  explicit Opening(const MessageFacts& facts) : m_(facts) {}

  // The greeting by the phrases under `prefix` ("greeting.", "sms.greeting."): the audience's
  // roles where they have text in this language, else the audience's noun.
  std::string greeting(const std::string& prefix) const;

  // The lead: the message's own sentence, then a reason typed as a sentence, then what follows
  // from it (when service is back, the windows left as announced).
  std::string lead() const;

  // The SMS's values for its lead pattern `key` (see lead_args), the same for the brief and each
  // shorter one: worked out once per pattern.
  const locale::Args& compact_lead_args(const std::string& key) const;

  // The lead with the reason typed as a sentence, placed as the language places it
  // (lead.with_reason), unless the lead's frame (`key`) placed it itself; the lead alone when
  // there is no such sentence.
  std::string with_reason_sentence(std::string lead, std::string_view key = {}) const;

  // The windows the message leaves as announced, as a sentence of the lead (full) or of the SMS
  // (compact); empty when there are none.
  std::string standing_sentence(std::string_view key, Length length) const;

 private:
  static std::string without_trailing_marks(std::string name);
  std::vector<std::string> roles() const;
  std::string clause(const std::string& key, const ShapedText& reason) const;
  bool lead_names_the_work() const;
  std::string reason_clause() const;
  std::string change_reason_clause() const;
  const ShapedText* reason_sentence() const;
  std::string reason_sentence_slot(bool change) const;
  locale::Args lead_args(Length length, std::string_view key) const;
  std::string old_window(Length length) const;
  std::string window_clauses(const std::vector<ResolvedWindow>& windows, const std::string& key,
                             Length length) const;
  std::string lead_by_window() const;
  std::string after_reason() const;
  std::string outage_sentence() const;

  const MessageFacts& m_;
  mutable std::optional<std::pair<std::string, locale::Args>> compact_lead_args_;  // by key
};

}  // namespace noticekit::compose
