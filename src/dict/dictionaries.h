// The dictionaries the coder works with, bundled: actors, agents, verb
// patterns and discard phrases, each either tocsin's own (compiled in) or
// loaded from PETRARCH files.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "dict/actors.h"
#include "dict/agents.h"
#include "dict/phrase_index.h"
#include "dict/verbs.h"

namespace tocsin::dict {

struct Dictionaries {
  ActorDictionary actors;
  AgentDictionary agents;
  VerbDictionary verbs;
  PhraseIndex sentence_discards;  // a sentence containing one of these yields no event
  PhraseIndex story_discards;     // a document containing one yields no event
  std::unordered_set<std::string> country_codes;  // three-letter codes of states
  std::vector<std::string> summary;               // one line per loaded file: what it held
};

}  // namespace tocsin::dict
