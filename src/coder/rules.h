// Stage 4 of coding a sentence: the post-rules. Once an event has its code
// and its actors, an ordered table of rules refines it: each has a name, a
// predicate on the event, a rewrite (a new code, added actors, or dropping
// the event) and a note that says why, added to the event's note when the
// rule changes the code ("force against protesters: repression (190 -> 175)").
// docs/coder.md lists the table; adding a rule is adding a row.
#pragma once

#include <vector>

#include "coder/sentence.h"

namespace tocsin::coder {

// The two sides of an event in the making.
struct Cast {
  std::vector<CodedActor> sources, targets;
};

struct PostRule {
  const char* name;
  bool (*applies)(const SentenceContext& s, const Draft& d, const Cast& c);
  // Rewrites the event; returns false to drop it.
  bool (*rewrite)(const SentenceContext& s, Draft* d, Cast* c);
  const char* note;  // why; nullptr for rules that only drop or only add actors
};

// The rules, in the order they are tried.
const std::vector<PostRule>& PostRules();

// Tries every rule in order on the event; false when a rule drops it. When
// `trace` is given, a line for each rule that applied.
bool ApplyPostRules(const SentenceContext& s, Draft* d, Cast* c, std::vector<std::string>* trace = nullptr);

// Whether two or more sources do the act with each other: a symmetric act
// ("Ukraine and the United States negotiated") or a reciprocal verb
// ("Ethiopia and Eritrea traded accusations").
bool IsMutual(const SentenceContext& s, const Draft& d, const std::vector<CodedActor>& sources);

}  // namespace tocsin::coder
