// The event filters shared by `tocsin query`, `stats` and `export`
// (docs/store.md), and how their problems are reported.
#pragma once

#include <vector>

#include <CLI/CLI.hpp>

#include "store/query.h"

namespace tocsin::cli {

void AddFilterOptions(CLI::App* cmd, store::EventQuery* query);
// Prints each problem as "tocsin: --FIELD: reason"; true when there were any.
bool ReportProblems(const std::vector<store::QueryProblem>& problems);

}  // namespace tocsin::cli
