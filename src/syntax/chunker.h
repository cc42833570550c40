// Chunking: groups a tagged sentence into noun phrases (with their heads,
// possessors and coordination), verb groups (auxiliaries, negation, particle,
// voice, the modality of their auxiliaries) and prepositional phrases, and
// lays the sentence out as a chunk sequence for the clause analysis.
#pragma once

#include "lex/word_classes.h"
#include "syntax/analysis.h"
#include "text/document.h"

namespace tocsin::syntax {

void ChunkSentence(const text::Document& doc, const text::Sentence& sentence, const lex::WordClasses& words,
                   Analysis* out);

}  // namespace tocsin::syntax
