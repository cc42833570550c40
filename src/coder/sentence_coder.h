// Coding one sentence: the stages in order.
//
//   1. patterns   each verb group's best verb pattern, with and without a
//                 complement frame (coder/patterns.h)
//   2. passes     a) patterns spanning a verb and its complement ("vowed to
//                    send weapons");
//                 b) complements governed by a threat, an intention, an
//                    order or an appeal: CAMEO's threat and intent codes, the
//                    orderer's act, or the appeal refined by what is asked;
//                 c) every other verb with a pattern (a bare verb of saying
//                    whose content is reported is no event)
//      each event found goes through targets (coder/targets.h), context
//      (coder/context.h) and the post-rules (coder/rules.h) as it is written
//      (coder/emit.h);
//   3. nouns      event nouns no verb event used (coder/emit.h).
#pragma once

#include <string>
#include <vector>

#include "coder/sentence.h"

namespace tocsin::coder {

// Appends the events of sentence s.index to st->out. With st->trace, a line
// for each step: dictionary matches, actors of each phrase, patterns tried,
// post-rules applied.
void CodeSentence(const SentenceContext& s, SentenceState* st);

}  // namespace tocsin::coder
