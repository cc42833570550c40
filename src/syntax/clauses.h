// Clause analysis over a chunked sentence: finds each verb group's subject
// (through appositions, relative pronouns and coordination), direct and
// indirect object, by-agent and prepositional phrases; links infinitive and
// gerund complements to their governing verb with the modality and negation
// that verb implies ("tried to", "failed to", "have not stopped bombing");
// marks reported speech with its speaker ("X said (that) ...", "..., X said",
// "according to X") and conditional or interrogative clauses.
#pragma once

#include "lex/word_classes.h"
#include "syntax/analysis.h"
#include "text/document.h"

namespace tocsin::syntax {

struct ClauseState;

// `state` holds the passes' working buffers, reused from call to call.
void AnalyzeClauses(const text::Document& doc, const lex::WordClasses& words, Analysis* analysis,
                    ClauseState* state);

}  // namespace tocsin::syntax
