// Statistics as JSON and CSV, written the same way by `tocsin stats` and
// the HTTP API (docs/store.md shows both).
#pragma once

#include <string>
#include <vector>

#include "store/stats.h"

namespace tocsin::store {

// {"by":..., "group":..., "rows":[{"period","group","events","goldstein_sum",
// "goldstein_mean","quad":[n1,n2,n3,n4],"quad_share":[...]}, ...]}
std::string StatsJson(const StatsQuery& q, const std::vector<StatsRow>& rows);
// Header period,group,events,goldstein_sum,goldstein_mean,quad1..quad4, then a row each (RFC 4180).
std::string StatsCsv(const std::vector<StatsRow>& rows);

// {"window":[begin,end], "rows":[{"dyad","z","recent_events","recent_mean",
// "baseline_events","baseline_mean","baseline_sd"}, ...]}
std::string EscalationJson(const std::vector<EscalationRow>& rows);
std::string EscalationCsv(const std::vector<EscalationRow>& rows);

}  // namespace tocsin::store
