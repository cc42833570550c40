// Runs the lexical stage over a segmented document: tags every sentence and
// sets every token's lemma. A few corrections follow the model where a word's
// context settles what the greedy tagger cannot see (annotate.cc lists them:
// gerunds after verbs of stopping, subjunctives after "demanded that",
// headline verbs and nouns, participles before "by", initialisms, floating
// quantifiers).
#pragma once

#include <vector>

#include "lex/lexicon.h"
#include "lex/tagger.h"
#include "lex/word_classes.h"
#include "text/document.h"

namespace tocsin::lex {

// Reusable buffers, one per thread, so tagging allocates nothing once warm.
struct AnnotateScratch {
  std::vector<TaggerToken> tokens;
  TaggerScratch tagger;
  std::vector<Tag> tags;
};

void Annotate(const Tagger& tagger, const Lexicon& lexicon, const WordClasses& words, text::Document* doc,
              AnnotateScratch* scratch);

}  // namespace tocsin::lex
