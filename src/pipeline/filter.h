// The pipeline's last stage: which coded events a caller keeps. By default:
// asserted, reported, intended and attempted events, except acts done to
// someone (an event whose CAMEO code "needs a target", a column of
// data/ontology/cameo_events.tsv) whose target was not found: an analyst's
// dyadic series cannot use "Russia attacked -". Optionally, only events of at
// least a given confidence.
#pragma once

#include "coder/event.h"
#include "dict/ontology.h"

namespace tocsin::pipeline {

struct PrintOptions {
  bool all_modalities = false;  // negated and hypothetical events too
  bool undirected = false;      // acts whose target was not found too
  float min_confidence = 0;     // events at least this sure (coder/confidence.h)
  // Everything the coder finds.
  static PrintOptions All() { return {true, true, 0}; }
};

class EventFilter {
 public:
  EventFilter(const dict::Ontology& ontology, PrintOptions options) : ontology_(ontology), options_(options) {}
  bool Keeps(const coder::Event& event) const;
  const PrintOptions& options() const { return options_; }

 private:
  const dict::Ontology& ontology_;
  PrintOptions options_;
};

}  // namespace tocsin::pipeline
