// Stage 5 of coding a sentence: events out. A draft event gets its actors
// (the source phrase's and the target's, in context), goes through the
// post-rules, and becomes one event for each source and target it has:
// coordinated actors give one event each, "each other" and a compound
// subject of a mutual act give each side towards the other. The same act
// is written once per sentence.
#pragma once

#include <cstdint>
#include <string>

#include "coder/patterns.h"
#include "coder/sentence.h"

namespace tocsin::coder {

// The event verb group `v` codes with candidate `c` and code `code`; the
// modality is that of verb group `modality_vg`. `commander` is the noun
// phrase of the one who ordered the act (its source), or -1.
void EmitFromCandidate(const SentenceContext& s, SentenceState* st, int32_t v, const Candidate& c,
                       const std::string& code, const std::string& note, int32_t modality_vg, int32_t commander);

// A draft whose source and target are noun phrases (either may be -1).
void Emit(const SentenceContext& s, SentenceState* st, Draft d);

// A draft whose source is an actor found inside a phrase ("Israeli air
// strikes") or carried over from an earlier sentence, not a noun phrase.
void EmitWithActor(const SentenceContext& s, SentenceState* st, Draft d, const CodedActor& source);

// Stage 6: noun events, from phrases no verb event used: "Israeli air strikes
// on Gaza", "launched an attack on ...", "killed in an air strike".
void EmitNounEvents(const SentenceContext& s, SentenceState* st);

}  // namespace tocsin::coder
