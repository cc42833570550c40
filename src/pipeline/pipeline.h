// The one path from raw text to events that every caller takes (`tocsin
// code`, `eval`, `explain`, `analyze`, the tests, benchmarks and fuzzers):
//
//   analyse  syntax::Analyzer   normalise, segment, tag, lemmatise, chunk, clauses
//   code     coder::Coder       actors, verb patterns, events
//   score    ConfidenceTable    each event's confidence from its evidence
//   filter   EventFilter        which events the caller keeps
//   locate   pipeline/locate.h  each kept event's place, date and counts
//
// A later stage (merge) joins here. One Pipeline is shared read-only by
// all threads; each thread owns a Workspace, which is reused from document
// to document so that a warm worker allocates little.
#pragma once

#include <string_view>
#include <vector>

#include "base/status.h"
#include "coder/coder.h"
#include "coder/confidence.h"
#include "dict/dictionaries.h"
#include "dict/ontology.h"
#include "geo/gazetteer.h"
#include "geo/places.h"
#include "lex/lexicon.h"
#include "lex/tagger.h"
#include "lex/word_classes.h"
#include "pipeline/filter.h"
#include "pipeline/locate.h"
#include "syntax/analyzer.h"

namespace tocsin::pipeline {

// Everything the stages read; all of it outlives the Pipeline.
struct Knowledge {
  const lex::Lexicon& lexicon;
  const lex::Tagger& tagger;
  const lex::WordClasses& words;
  const dict::Ontology& ontology;
  const dict::Dictionaries& dictionaries;
  const coder::ConfidenceTable& confidence;
  const geo::Gazetteer& gazetteer;
};

// The knowledge compiled into tocsin, with `dictionaries` in place of the
// built-in dictionaries when given.
Knowledge BuiltinKnowledge(const dict::Dictionaries* dictionaries = nullptr);

struct Document {
  std::string_view id;
  std::string_view date;  // YYYY-MM-DD, or empty
  std::string_view text;  // raw text as read
};

// Seconds spent in each stage, added to when a caller asks (benchmarks).
struct StageTimes {
  syntax::AnalysisTimes analysis;
  double code = 0;    // actors, patterns, events and the filter
  double locate = 0;  // places, dates and counts
};

struct Workspace {
  syntax::AnalyzedDocument analyzed;
  coder::CoderScratch coder;
  std::vector<coder::Event> events;  // the events the last Run kept
  geo::DocumentReadings geo;         // the last document's places, times and counts
  std::vector<uint16_t> actor_countries;  // scratch of the locate stage
};

class Pipeline {
 public:
  explicit Pipeline(const Knowledge& knowledge, PrintOptions keep = {});

  // The first stage alone: ws->analyzed. Fails only on text that cannot be
  // read (invalid UTF-8).
  Status Analyze(const Document& document, Workspace* ws, StageTimes* times = nullptr) const;
  // The later stages on ws->analyzed: in ws->events the events the filter
  // keeps, each located, dated and counted.
  void Code(Workspace* ws, StageTimes* times = nullptr) const;
  // The locate stage alone, on ws->analyzed and ws->events (which may be
  // empty: `tocsin analyze` reads places, times and counts without events).
  void Locate(Workspace* ws, StageTimes* times = nullptr) const;
  // Every stage: Analyze, then Code.
  Status Run(const Document& document, Workspace* ws, StageTimes* times = nullptr) const;

  const Knowledge& knowledge() const { return knowledge_; }
  const EventFilter& filter() const { return filter_; }

 private:
  Knowledge knowledge_;
  syntax::Analyzer analyzer_;
  coder::Coder coder_;
  EventFilter filter_;
  geo::Geoparser geoparser_;
};

}  // namespace tocsin::pipeline
