// tocsin's own dictionary formats: actors, agents, verb patterns.
#include <cstdint>
#include <string>
#include <vector>

#include "builtin/builtin.h"
#include "dict/actors.h"
#include "dict/agents.h"
#include "dict/verbs.h"

namespace {
bool Valid(std::string_view code) { return tocsin::BuiltinOntology().IsEventCode(code); }
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> errors;
  tocsin::dict::ActorDictionary actors;
  tocsin::dict::ReadActors(text, "fuzz.actors", &actors, &errors);
  for (const auto& a : actors.actors()) (void)a.CodeOn(20220526);
  tocsin::dict::AgentDictionary agents;
  tocsin::dict::ReadAgents(text, "fuzz.agents", tocsin::BuiltinLexicon(), &agents, &errors);
  tocsin::dict::VerbDictionary verbs;
  tocsin::dict::ReadVerbPatterns(text, "fuzz.verbs", tocsin::BuiltinLexicon(), Valid, &verbs, &errors);
  return 0;
}
