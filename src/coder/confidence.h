// How sure tocsin is of an event, from its evidence: how each side was found
// (a name in the text, an agent word with a country, a reference back to an
// earlier mention, a bare role, none), whether the pattern asks for more than
// the verb, and the modality. Events are grouped by these into classes; a
// class's confidence is the share of its events that were right (dyad and
// CAMEO root) on the development gold sets, smoothed toward the overall
// share. The table is data (data/model/confidence.tsv), written by
// `tocsin eval --calibrate` (docs/eval.md); an unseen class gets the overall share.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "coder/event.h"

namespace tocsin::coder {

// "name|agent|specific|asserted": the event's evidence class.
std::string ConfidenceClass(const Event& e);

struct CalibrationCount {
  std::string event_class;
  size_t predicted = 0, right = 0;
};

class ConfidenceTable {
 public:
  static Result<ConfidenceTable> Parse(std::string_view tsv, std::string_view file);
  // The table for `counts` (several of one class add up), each class smoothed
  // toward the overall share with the weight of `prior_weight` events.
  static ConfidenceTable Calibrate(const std::vector<CalibrationCount>& counts, double prior_weight = 4);
  // The table as data/model/confidence.tsv holds it, with `header` comment lines.
  std::string Write(const std::string& header) const;

  float Of(const Event& e) const;

 private:
  struct Row {
    size_t predicted = 0, right = 0;
    float confidence = 0;
  };
  std::unordered_map<std::string, Row> rows_;
  Row overall_;
};

}  // namespace tocsin::coder
