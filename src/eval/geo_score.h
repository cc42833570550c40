// Scores the geo layer's readings against geo gold (geo_gold.h):
//
//   places      a mention is found when its text matches a gold mention's
//               (case aside, one inside the other); right when it is put in
//               the right country and, for a city, within 50 km of the gold
//               point (150 km for a region); its role is scored apart
//   location    the sentence's main action's place: right when both are none,
//               or as a place is right
//   times       right when the resolved value is the gold value (both none
//               counts: "three days after the vote")
//   quantities  right when kind, minimum, maximum and unit (singular or
//               plural, any case) agree
//
// Precision is right / predicted, recall right / gold.
#pragma once

#include <string>
#include <vector>

#include "eval/geo_gold.h"
#include "pipeline/pipeline.h"

namespace tocsin::eval {

struct GeoCounts {
  size_t gold = 0, predicted = 0, found = 0, right = 0;
  double Precision() const { return predicted ? double(right) / double(predicted) : 0; }
  double Recall() const { return gold ? double(right) / double(gold) : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct GeoScores {
  GeoCounts places, times, quantities;
  size_t roles_right = 0;  // among found places
  size_t locations = 0, locations_right = 0;
};

// One miss, false alarm or wrong reading, for the error listing.
struct GeoError {
  std::string id, kind, text;  // kind: places, location, times, quantities
};

class GeoScorer {
 public:
  explicit GeoScorer(const geo::Gazetteer& gazetteer) : gazetteer_(gazetteer) {}
  // Scores one gold record against the workspace the pipeline ran it in.
  void Add(const GeoGoldRecord& gold, const pipeline::Workspace& ws);
  const GeoScores& scores() const { return scores_; }
  const std::vector<GeoError>& errors() const { return errors_; }

 private:
  void AddPlaces(const GeoGoldRecord& gold, const pipeline::Workspace& ws);
  void AddTimes(const GeoGoldRecord& gold, const pipeline::Workspace& ws);
  void AddQuantities(const GeoGoldRecord& gold, const pipeline::Workspace& ws);

  const geo::Gazetteer& gazetteer_;
  GeoScores scores_;
  std::vector<GeoError> errors_;
};

struct GeoRunFailure {
  const GeoGoldRecord* record;
  std::string reason;
};

// Runs each record through `pipe` (as one document with the record's date)
// and scores it; records the pipeline refuses are returned.
std::vector<GeoRunFailure> ScoreGeoGold(const pipeline::Pipeline& pipe, const GeoGoldSet& gold, GeoScorer* scorer);

}  // namespace tocsin::eval
