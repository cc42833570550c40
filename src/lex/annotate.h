// Runs the lexical stage over a segmented document: tags every sentence and
// sets every token's lemma. One correction follows the model: an -ing word
// read as a noun right after a verb of starting, stopping or continuing is a
// gerund ("have not stopped bombing positions").
#pragma once

#include <vector>

#include "lex/lexicon.h"
#include "lex/tagger.h"
#include "text/document.h"

namespace tocsin::lex {

// Reusable buffers, one per thread, so tagging allocates nothing once warm.
struct AnnotateScratch {
  std::vector<TaggerToken> tokens;
  std::vector<TokenFacts> facts;
  std::vector<Tag> tags;
};

void Annotate(const Tagger& tagger, const Lexicon& lexicon, text::Document* doc, AnnotateScratch* scratch);

}  // namespace tocsin::lex
