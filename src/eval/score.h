// Scoring coded events against gold. Each event is projected to a key at
// each level (CAMEO root, full code, PLOVER event, source country, target
// country, dyad + root, full triple); per record, predicted and gold keys are
// matched (required gold first, then acceptable gold); precision, recall and
// F1 are micro-averaged. Predictions are what `tocsin code` prints. A record's
// events are a set: a prediction repeating the key of one already counted (a
// second mention of the same event) is neither a hit nor a false alarm.
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

#include "dict/ontology.h"
#include "eval/gold.h"

namespace tocsin::eval {

enum Level { kRoot, kCode, kPlover, kSourceCountry, kTargetCountry, kDyadRoot, kTriple, kLevelCount };
std::string_view LevelName(Level l);
bool ParseLevel(std::string_view name, Level* out);

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double Recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// An event as the scorer sees it.
struct ScoredEvent {
  std::string source, target, cameo, plover;
  // Gold only: acceptable but not required (`=>?`, or an action the gold marks
  // possible or conditional, which tocsin does not print by default). Matched,
  // it counts toward neither precision nor recall; unmatched, it is no miss.
  bool optional = false;
  // Predicted only: the event's evidence class and confidence (coder/confidence.h).
  std::string evidence_class;
  float confidence = 1;
};

// A prediction as the calibration of confidences sees it: right or wrong at
// the dyad + root level (repeated mentions left out).
struct CalibrationSample {
  std::string evidence_class;
  float confidence = 0;
  bool right = false;
};

// A record's outcome: which gold and predicted events matched at the level
// used for error listings.
struct RecordOutcome {
  const GoldRecord* gold = nullptr;
  std::vector<ScoredEvent> predicted;
  std::vector<bool> gold_matched, predicted_matched;
  std::vector<bool> predicted_repeat;  // a repeated mention, not counted
  bool ok() const;
};

class Scorer {
 public:
  Scorer(const dict::Ontology& ontology, Level error_level) : ontology_(ontology), error_level_(error_level) {}

  void Add(const GoldRecord& gold, std::vector<ScoredEvent> predicted);

  const Counts& level(Level l) const { return levels_[l]; }
  // Records each level covered (records with PLOVER-only gold skip the CAMEO levels).
  size_t records(Level l) const { return records_[l]; }
  const std::map<std::string, Counts>& by_root() const { return by_root_; }
  const std::map<std::string, Counts>& by_tag() const { return by_tag_; }
  const std::vector<RecordOutcome>& outcomes() const { return outcomes_; }
  size_t gold_events() const { return gold_events_; }
  size_t predicted_events() const { return predicted_events_; }
  const std::vector<CalibrationSample>& calibration() const { return calibration_; }

  std::string Key(Level l, const ScoredEvent& e) const;
  ScoredEvent FromGold(const GoldEvent& g) const;

 private:
  const dict::Ontology& ontology_;
  Level error_level_;
  std::array<Counts, kLevelCount> levels_{};
  std::array<size_t, kLevelCount> records_{};
  std::map<std::string, Counts> by_root_;
  std::map<std::string, Counts> by_tag_;  // at the dyad + root level
  std::vector<RecordOutcome> outcomes_;
  size_t gold_events_ = 0, predicted_events_ = 0;
  std::vector<CalibrationSample> calibration_;
};

}  // namespace tocsin::eval
