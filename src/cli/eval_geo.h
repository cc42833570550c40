// `tocsin eval --geo`: scores places, event dates and counts against geo
// gold (eval/geo_gold.h) and prints the scores, then the errors.
#pragma once

#include <string>
#include <vector>

namespace tocsin::cli {

// The exit status: 0, or 1 when records were skipped or refused.
int RunGeoEval(const std::vector<std::string>& gold_files, bool json, bool list_errors);

}  // namespace tocsin::cli
