// The event coder: from an analysed document to events. Sentence by
// sentence it finds the actors (coder/actors.h), then codes the sentence in
// named stages (coder/sentence_coder.h): pattern matching, target finding,
// actors in context, post-rules, and events out, each event with its
// modality (negated, hypothetical, intended, reported) and its evidence.
// docs/coder.md explains the stages and the rule order with a worked example.
#pragma once

#include <string>
#include <vector>

#include "coder/actors.h"
#include "coder/event.h"
#include "coder/sentence.h"
#include "dict/dictionaries.h"
#include "dict/ontology.h"
#include "lex/word_classes.h"
#include "syntax/analyzer.h"

namespace tocsin::coder {

// Per-thread state reused across documents; what the story has said so far
// is reset at the start of each document.
struct CoderScratch {
  EntityMemory memory;
  RecentViolence last_violence;
  CountryCounts story_countries;
  // When set, the coder appends a line for each step it takes (dictionary
  // matches, actors of each phrase, patterns tried, post-rules): `tocsin explain`.
  std::vector<std::string>* trace = nullptr;
};

class Coder {
 public:
  Coder(const dict::Dictionaries& dictionaries, const dict::Ontology& ontology, const lex::WordClasses& words)
      : dict_(dictionaries), ontology_(ontology), words_(words) {}

  // Appends the events of `analyzed` to `out` (all modalities; callers filter).
  void Code(const syntax::AnalyzedDocument& analyzed, std::vector<Event>* out, CoderScratch* scratch) const;

  const dict::Dictionaries& dictionaries() const { return dict_; }
  const dict::Ontology& ontology() const { return ontology_; }

 private:
  const dict::Dictionaries& dict_;
  const dict::Ontology& ontology_;
  const lex::WordClasses& words_;
};

}  // namespace tocsin::coder
