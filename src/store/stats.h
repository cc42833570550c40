// Aggregates over the store (docs/store.md): event counts, summed and mean
// Goldstein scores and QuadClass counts per period and group, the top groups
// of a window, and an escalation signal per dyad. Shared by `tocsin stats`,
// the HTTP API and the Python module; the SQL runs inside SQLite, so only
// the aggregates leave the store.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/query.h"
#include "store/store.h"

namespace tocsin::store {

struct StatsQuery {
  EventQuery filter;       // which events count (limit, offset and cursor are ignored)
  std::string by = "all";  // day | week (labelled by its Monday) | month | all (the whole window)
  std::string group = "dyad";  // dyad | source | target | root | quad | plover | none
  int top = 0;             // only the N groups with most events in the window (0: all)
};

// Actors are grouped by country when they have one, else by their code
// (IGOUNO, ---REB); a dyad is "SOURCE>TARGET", and events without both sides
// are not part of any dyad.
struct StatsRow {
  std::string period;  // "2024-03-14", "2024-03-11" (a week's Monday), "2024-03", or "" for all
  std::string group;   // "RUS>UKR", "RUS", "19", "4", "ASSAULT", or "" for none
  int64_t events = 0;
  double goldstein_sum = 0, goldstein_mean = 0;  // over events with a Goldstein score
  std::array<int64_t, 4> quad{};                 // events of QuadClass 1..4
};

std::vector<QueryProblem> Check(const StatsQuery& q);
// Rows ordered by period, then events (most first), then group.
Result<std::vector<StatsRow>> ComputeStats(Store& store, const StatsQuery& q);

// The escalation signal: for each dyad, its mean Goldstein score in the
// recent window (the `recent` days up to and including the end date: the
// filter's `to`, else the store's last event date) against its own baseline
// (the `baseline` days before that window), as z = (baseline mean - recent
// mean) / (baseline sd / sqrt(recent events)), the sd floored at 1 so that a
// quiet, uniform baseline does not make every change look extreme. Positive
// z: more conflictual than usual.
struct EscalationQuery {
  EventQuery filter;
  int recent = 7, baseline = 90;         // days
  int min_recent = 3, min_baseline = 5;  // events needed on each side to say anything
  int top = 20;                          // the N highest z (0: all)
};

struct EscalationRow {
  std::string dyad;
  int64_t recent_events = 0, baseline_events = 0;
  double recent_mean = 0, baseline_mean = 0, baseline_sd = 0, z = 0;
  std::string window_begin, window_end;  // the recent window
};

std::vector<QueryProblem> Check(const EscalationQuery& q);
// Rows ordered by z, highest first.
Result<std::vector<EscalationRow>> ComputeEscalation(Store& store, const EscalationQuery& q);

}  // namespace tocsin::store
