// Agent dictionary: role words that give an actor its sector ("troops" -> MIL,
// "police" -> COP). An agent after a country gives country + suffix
// ("Belarusian troops" -> BLRMIL); PETRARCH's prefix agents ("peacekeepers"
// -> IGO…) put their code first instead.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/phrase_index.h"
#include "lex/lexicon.h"

namespace tocsin::dict {

struct Agent {
  std::string code;     // "MIL", "GOVMIL", "IGO"
  bool prefix = false;  // PETRARCH "[IGO~]": the code goes before the actor's
  bool weapon = false;  // names a weapon: an actor only as the one that strikes
  std::string text;     // as written in the dictionary
  std::string origin;   // file:line
};

class AgentDictionary {
 public:
  uint32_t Add(Agent agent, const std::vector<std::string>& noun_words);
  const std::vector<Agent>& agents() const { return agents_; }
  const PhraseIndex& index() const { return index_; }

 private:
  std::vector<Agent> agents_;
  PhraseIndex index_;
};

// Reads tocsin's own agent format ("SUFFIX  word; word; ...", or "weapon
// SUFFIX  word; ..." for weapons); bad lines go to `errors` and are skipped.
void ReadAgents(std::string_view text, std::string_view file, const lex::Lexicon& lexicon, AgentDictionary* out,
                std::vector<std::string>* errors);

}  // namespace tocsin::dict
