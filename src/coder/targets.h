// Stage 2 of coding a sentence: target finding. The target is the phrase the
// pattern designates; else, for a pattern that constrains the object, an
// object that names someone; else a prepositional phrase that names an
// actor, by the rank of its preposition ("appealed to Israel for a
// ceasefire"); when the target found is only the source's own country ("to
// his country's border with Ukraine"), a phrase attached to it that names
// someone else; and for a violent act with no one named, the place it
// happened (the sentence's place, the dateline's country, or the country
// the story has named most).
#pragma once

#include <cstdint>
#include <vector>

#include "coder/patterns.h"
#include "coder/sentence.h"

namespace tocsin::coder {

// The target phrase of the event verb group `v` codes with candidate `c`
// and source phrase `source`; -1 when none. Sets *locative when the phrase
// found only says where the act happened ("negotiated in Jeddah").
int32_t CandidateTarget(const SentenceContext& s, int32_t v, const Candidate& c, int32_t source, bool* locative);

// The best prepositional phrase of verb group `v` (or of its target phrase)
// that names an actor other than the source, or -1.
int32_t FallbackTarget(const SentenceContext& s, int32_t v, int32_t target_np, const std::vector<CodedActor>& sources);

// The target phrase's actors; when they are only the source's own, the
// actors of a phrase attached to it (or to verb group `verb_vg`) that names
// someone else.
std::vector<CodedActor> TargetActors(const SentenceContext& s, int32_t verb_vg, int32_t target_np,
                                     const std::vector<CodedActor>& sources);

// A violent act with no target named: the place it happened, from a place
// named in the sentence, the story's dateline or the country the story is
// about, is the target. Appends at most one actor to `targets`.
void PlaceTarget(const SentenceContext& s, const std::vector<CodedActor>& sources, std::vector<CodedActor>* targets);

}  // namespace tocsin::coder
