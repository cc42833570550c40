#include "pipeline/pipeline.h"

#include <algorithm>
#include <chrono>

#include "builtin/builtin.h"

namespace tocsin::pipeline {

Knowledge BuiltinKnowledge(const dict::Dictionaries* dictionaries) {
  return Knowledge{BuiltinLexicon(), BuiltinTagger(), BuiltinWordClasses(), BuiltinOntology(),
                   dictionaries ? *dictionaries : BuiltinDictionaries(), BuiltinConfidence()};
}

Pipeline::Pipeline(const Knowledge& knowledge, PrintOptions keep)
    : knowledge_(knowledge),
      analyzer_(knowledge.lexicon, knowledge.tagger, knowledge.words),
      coder_(knowledge.dictionaries, knowledge.ontology, knowledge.words),
      filter_(knowledge.ontology, keep) {}

Status Pipeline::Analyze(const Document& d, Workspace* ws, StageTimes* times) const {
  return analyzer_.Analyze(d.id, d.date, d.text, &ws->analyzed, times ? &times->analysis : nullptr);
}

void Pipeline::Code(Workspace* ws, StageTimes* times) const {
  auto start = times ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point();
  ws->events.clear();
  coder_.Code(ws->analyzed, &ws->events, &ws->coder);
  for (coder::Event& e : ws->events) e.confidence = knowledge_.confidence.Of(e);
  ws->events.erase(std::remove_if(ws->events.begin(), ws->events.end(),
                                  [&](const coder::Event& e) { return !filter_.Keeps(e); }),
                   ws->events.end());
  if (times) times->code += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Status Pipeline::Run(const Document& d, Workspace* ws, StageTimes* times) const {
  ws->events.clear();
  Status s = Analyze(d, ws, times);
  if (!s.ok()) return s;
  Code(ws, times);
  return Status();
}

}  // namespace tocsin::pipeline
