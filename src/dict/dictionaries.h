// The dictionaries the coder works with, bundled: actors, agents, verb
// patterns and discard phrases, each either tocsin's own (compiled in) or
// loaded from PETRARCH files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/actors.h"
#include "dict/agents.h"
#include "dict/phrase_index.h"
#include "dict/verbs.h"

namespace tocsin::dict {

// The three-letter codes of states: a set looked up at every actor the coder
// describes, so one bit per possible code rather than a hash table.
class CountryCodes {
 public:
  void insert(std::string_view code);
  // Whether `code` (three upper-case letters) is a state's code.
  bool count(std::string_view code) const {
    int i = Index(code);
    return i >= 0 && bits_[size_t(i)];
  }
  size_t size() const { return size_; }

 private:
  static int Index(std::string_view code);
  std::vector<bool> bits_ = std::vector<bool>(26 * 26 * 26);
  size_t size_ = 0;
};

struct Dictionaries {
  ActorDictionary actors;
  AgentDictionary agents;
  VerbDictionary verbs;
  PhraseIndex sentence_discards;  // a sentence containing one of these yields no event
  PhraseIndex story_discards;     // a document containing one yields no event
  CountryCodes country_codes;                     // three-letter codes of states
  std::vector<std::string> summary;               // one line per loaded file: what it held
};

}  // namespace tocsin::dict
