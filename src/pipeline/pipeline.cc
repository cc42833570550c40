#include "pipeline/pipeline.h"

#include <algorithm>
#include <chrono>

#include "builtin/builtin.h"

namespace tocsin::pipeline {

Knowledge BuiltinKnowledge(const dict::Dictionaries* dictionaries) {
  return Knowledge{BuiltinLexicon(), BuiltinTagger(), BuiltinWordClasses(), BuiltinOntology(),
                   dictionaries ? *dictionaries : BuiltinDictionaries(), BuiltinConfidence(), BuiltinGazetteer()};
}

Pipeline::Pipeline(const Knowledge& knowledge, PrintOptions keep)
    : knowledge_(knowledge),
      analyzer_(knowledge.lexicon, knowledge.tagger, knowledge.words),
      coder_(knowledge.dictionaries, knowledge.ontology, knowledge.words),
      filter_(knowledge.ontology, keep),
      geoparser_(knowledge.gazetteer, knowledge.words) {}

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
  Locate(ws, times);
}

void Pipeline::Locate(Workspace* ws, StageTimes* times) const {
  auto start = times ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point();
  ActorCountries(knowledge_.gazetteer, ws->events, &ws->actor_countries);
  geo::ReadDocument(geoparser_, knowledge_.words, ws->analyzed, ws->actor_countries, &ws->geo);
  LocateEvents(knowledge_.gazetteer, ws->analyzed, ws->geo, &ws->events);
  if (times) times->locate += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Status Pipeline::Run(const Document& d, Workspace* ws, StageTimes* times) const {
  ws->events.clear();
  Status s = Analyze(d, ws, times);
  if (!s.ok()) return s;
  Code(ws, times);
  return Status();
}

}  // namespace tocsin::pipeline
