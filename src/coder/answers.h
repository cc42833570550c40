// What a post-rule needs to know about the act an event answers or the
// clause it sits in, beyond the sentence's own actors:
//
//   AnsweredAuthor   "Z condemned the shelling", "a charge Moscow denied",
//                    "rejected the offer from Turkey": whose act, claim or
//                    proposal the event responds to. The author is found in
//                    the object's own from/by phrase, else among the
//                    story's earlier events (the latest act of force for an
//                    attack noun, the latest accusation against the
//                    responding side for a charge noun).
//   GeographicMeeting  "near where Chad, Niger and Nigeria meet", "where
//                    Armenia's border meets Iran": geography, not a meeting.
//   ObligedDoer      "Germany said Russia must hand over the suspects": the
//                    speaker demands it of the one who must.
// The word lists are word classes (data/lexicon/word-classes.txt).
#pragma once

#include <optional>
#include <vector>

#include "coder/sentence.h"

namespace tocsin::coder {

// The author of what the event answers, for an event with no target whose
// object is an act, a charge or a proposal; nullopt when there is none.
std::optional<CodedActor> AnsweredAuthor(const SentenceContext& s, const Draft& d,
                                         const std::vector<CodedActor>& sources);

bool GeographicMeeting(const SentenceContext& s, const Draft& d);

// For an event whose verb is obliged ("must", "should") in speech reported
// by another side: the speaker's noun phrase, else -1.
int32_t ObligingSpeaker(const SentenceContext& s, const Draft& d, const std::vector<CodedActor>& doers);

}  // namespace tocsin::coder
