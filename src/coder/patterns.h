// Stage 1 of coding a sentence: pattern matching. For each verb group, the
// most specific verb pattern whose frame the clause fills (the verb and its
// particle, the object and prepositional phrases the pattern names, the
// slot that holds the target), alone or together with an infinitive
// complement ("vow to send $WEAPONS"); for a noun phrase, the event-noun
// pattern it ends with ("roadside bomb", "air strike").
#pragma once

#include <cstdint>

#include "coder/sentence.h"
#include "dict/verbs.h"

namespace tocsin::coder {

// What a frame's match designates in the clause.
struct FrameMatch {
  int32_t target = -1;      // noun phrase designated as target
  bool designated = false;
  int32_t source = -1;      // noun phrase designated as source (PETRARCH '$')
  int32_t object = -1;      // the object the frame constrained
  size_t object_words = 0;  // how many words of the object the frame named ("water cannon": 2)
};

struct Candidate {
  const dict::VerbPattern* pattern = nullptr;
  FrameMatch main, complement;
  int32_t complement_vg = -1;
  // The pattern's specificity plus the words of the object it named beyond
  // the first: "fire water_cannon at T" beats "fire $ARTILLERY at T" on
  // "fired water cannon at", where $ARTILLERY matched only "cannon".
  int Score() const;
};

// The best pattern of verb group `v` without a complement frame (`simple`)
// and with one (`with_complement`); a candidate's pattern stays null when
// none matches.
void MatchVerbPatterns(const SentenceContext& s, int32_t v, Candidate* simple, Candidate* with_complement);

// The noun-event pattern noun phrase `np` ends with, longest compound first;
// sets *noun_start to the token where the event noun begins. Null if none.
const dict::VerbPattern* NounPatternOf(const SentenceContext& s, int32_t np, uint32_t* noun_start);

// Whether the preposition at token `at` is one of the slot's; a compound
// ("in_front_of") must be preceded in the text by its other words.
bool PrepMatches(const SentenceContext& s, const dict::PrepSlot& slot, uint32_t at);

// The noun phrase a pattern's object slot looks at: the patient of a passive.
int32_t PatternObject(const syntax::VerbGroup& vg);

}  // namespace tocsin::coder
