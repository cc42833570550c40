// The event coder: from an analysed document to events. For each verb group
// it finds the most specific matching verb pattern (or a noun-event pattern
// for phrases like "Israeli air strikes on Gaza"), takes the source from the
// subject (the by-agent in a passive) and the target from the slot the pattern
// names, expands coordinated actors into one event each, turns threats and
// intentions into CAMEO's threat and intent codes, and marks each event's
// modality from the analysis (negated, hypothetical, intended, reported).
#pragma once

#include <vector>

#include "coder/actors.h"
#include "coder/event.h"
#include "dict/dictionaries.h"
#include "dict/ontology.h"
#include "lex/word_classes.h"
#include "syntax/analyzer.h"

namespace tocsin::coder {

// Per-thread state reused across documents.
struct CoderScratch {
  EntityMemory memory;
  // The last violent act with a named source, for the agent of an agentless
  // passive that follows it ("the Russians kept bombing ... 40 towns have been bombed").
  struct Recent {
    bool valid = false;
    uint32_t sentence = 0;
    CodedActor source;
  } last_violence;
  // How often each country has been named so far in the story (places,
  // capitals, countries): the theatre of a violent act whose
  // sentence names no target ("the Russians have not stopped bombing").
  std::vector<std::pair<std::string, int>> story_countries;
  // When set, the coder appends a line for each step it takes (dictionary
  // matches, actors of each phrase, patterns tried): `tocsin explain`.
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
  void CountStoryCountries(const ActorResolver& resolver, std::vector<std::pair<std::string, int>>* counts) const;

  const dict::Dictionaries& dict_;
  const dict::Ontology& ontology_;
  const lex::WordClasses& words_;
};

// A document without a date is read as of the dictionaries' latest roles
// (never as of the day the program runs: the same input codes the same way
// on any day).
constexpr int kUndated = 99991231;
// "2022-05-26" -> 20220526; kUndated when empty or malformed.
int DateNumber(std::string_view date);

}  // namespace tocsin::coder
