#include "pipeline/filter.h"

namespace tocsin::pipeline {

bool EventFilter::Keeps(const coder::Event& e) const {
  if (e.confidence < options_.min_confidence) return false;
  if (!options_.all_modalities &&
      (e.modality == coder::EventModality::kNegated || e.modality == coder::EventModality::kHypothetical))
    return false;
  if (options_.undirected || e.has_target) return true;
  const dict::EventInfo* info = ontology_.Event(e.cameo);
  return !(info && info->needs_target);
}

}  // namespace tocsin::pipeline
