// PETRARCH / TABARI dictionary formats: actors, agents, verbs, discards.
#include <cstdint>
#include <string>
#include <vector>

#include "builtin/builtin.h"
#include "dict/petrarch.h"

namespace {
bool Valid(std::string_view code) { return tocsin::BuiltinOntology().IsEventCode(code); }
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tocsin::dict;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> errors;
  LoadReport report;
  ActorDictionary actors;
  ReadPetrarchActors(text, "fuzz", &actors, &errors, &report);
  AgentDictionary agents;
  ReadPetrarchAgents(text, "fuzz", tocsin::BuiltinLexicon(), &agents, &errors, &report);
  VerbDictionary verbs;
  ReadPetrarchVerbs(text, "fuzz", tocsin::BuiltinLexicon(), Valid, &verbs, &errors, &report);
  PhraseIndex sentence, story;
  ReadPetrarchDiscards(text, "fuzz", &sentence, &story, &errors, &report);
  return 0;
}
