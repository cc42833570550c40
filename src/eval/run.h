// Runs gold records through the pipeline and scores what `tocsin code` would
// print for each, the way `tocsin eval` does: each record's text is one
// document with the record's date; records run in parallel.
#pragma once

#include <string>
#include <vector>

#include "eval/gold.h"
#include "eval/score.h"
#include "pipeline/filter.h"
#include "pipeline/pipeline.h"

namespace tocsin::eval {

struct RunFailure {
  const GoldRecord* record;
  std::string reason;
};

// Codes every record of `gold` with `pipe` (which must keep every event:
// PrintOptions::All()), keeps the events `printed` keeps, and adds each
// record to `scorer` in file order. Records the pipeline refuses are not
// scored and are returned.
std::vector<RunFailure> ScoreGold(const pipeline::Pipeline& pipe, const pipeline::EventFilter& printed,
                                  const GoldSet& gold, int threads, Scorer* scorer);

}  // namespace tocsin::eval
