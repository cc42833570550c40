// The `tocsin` subcommands. Each registers its options on the CLI11 app and
// returns the function that runs it (exit status).
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace tocsin::cli {

using Runner = std::function<int()>;

Runner AddCodeCommand(CLI::App& app);
Runner AddAnalyzeCommand(CLI::App& app);
Runner AddEvalCommand(CLI::App& app);
Runner AddExplainCommand(CLI::App& app);
Runner AddIngestCommand(CLI::App& app);
Runner AddQueryCommand(CLI::App& app);
Runner AddStatsCommand(CLI::App& app);
Runner AddServeCommand(CLI::App& app);
Runner AddExportCommand(CLI::App& app);

}  // namespace tocsin::cli
