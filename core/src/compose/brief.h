// The brief: the notice in the few sentences a channel with a hard size limit sends (the SMS,
// and the short posts of X and Weibo), and its shorter wordings, each giving up one more part.
// Worded only when a channel asks (Document::briefs), the shorter ones only when the whole brief
// does not fit.
#pragma once

#include <vector>

#include "compose/document.h"
#include "compose/facts.h"
#include "compose/opening.h"

namespace noticekit::compose {

class BriefWriter {
 public:
  // The facts and the opening must outlive the writer.
  BriefWriter(const MessageFacts& facts, const Opening& opening) : m_(facts), opening_(opening) {}

  // The whole brief of a document whose windows are `windows` (Document::windows).
  Brief brief(const std::vector<TimedWindow>& windows) const;

  // Shorter briefs for an SMS that would otherwise be too long, shortest last (see ShorterBrief).
  std::vector<ShorterBrief> shorter_briefs(const Document& d) const;

 private:
  struct Cuts;
  Brief brief(const std::vector<TimedWindow>& windows, const Cuts& cuts) const;
  const model::Contact* sms_contact() const;

  const MessageFacts& m_;
  const Opening& opening_;
};

}  // namespace noticekit::compose
