// The HTTP API's query parameters into the store's queries. Each endpoint
// takes the event filters (source, target, actor, cameo, plover, quad,
// modality, from, to, text, doc) plus its own; a parameter it does not take,
// one given twice, or a number that is not an integer is a problem naming
// that parameter, and so is everything store::Check finds. Problems come in
// the order of the parameters as written; none means the query can run.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "store/query.h"
#include "store/stats.h"

namespace tocsin::serve {

using Params = std::vector<std::pair<std::string, std::string>>;

// Pages of at most kMaxLimit events; kDefaultLimit when `limit` is not given.
inline constexpr int64_t kDefaultLimit = 100;
inline constexpr int64_t kMaxLimit = 1000;

// /v1/events: the filters, limit (1 or more, capped at kMaxLimit) and cursor
// (into q->after).
std::vector<store::QueryProblem> ParseEventsParams(const Params& params, store::EventQuery* q);
// /v1/stats: the filters, by, group, top.
std::vector<store::QueryProblem> ParseStatsParams(const Params& params, store::StatsQuery* q);
// /v1/escalation: the filters, recent, baseline, min_recent, min_baseline, top.
std::vector<store::QueryProblem> ParseEscalationParams(const Params& params, store::EscalationQuery* q);

}  // namespace tocsin::serve
