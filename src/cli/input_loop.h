// The read-process-write loop shared by the subcommands that take documents:
// reads every input (files or "-"), reports each bad record on stderr with
// file, line, id and reason, processes the good ones in batches on the
// pipeline's worker pool, writes each record's output to stdout in input
// order, shows progress on long runs and ends with a summary line.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/status.h"
#include "io/input.h"
#include "pipeline/worker_pool.h"

namespace tocsin::cli {

struct InputLoopOptions {
  std::vector<std::string> inputs;
  std::string format = "auto";
  std::string date;
  size_t max_record_bytes = 4u << 20;
  int threads = 0;
  bool progress = false;
  bool quiet = false;
};

struct InputSummary {
  size_t read = 0, coded = 0, rejected = 0;
  int ExitStatus() const { return rejected ? 1 : 0; }
};

void AddInputOptions(CLI::App* cmd, InputLoopOptions* options);
// -j/--threads: the pool's size, 0 for one per core; a negative number is refused.
void AddThreadsOption(CLI::App* cmd, int* threads);

// `process` runs on pool worker `worker` (0 .. pool.size()-1) and appends the
// record's output to `out`; a failed Status rejects the record.
using ProcessFn = std::function<Status(const io::InputRecord& record, int worker, std::string* out)>;

InputSummary RunInputLoop(const InputLoopOptions& options, pipeline::WorkerPool& pool, const ProcessFn& process);

}  // namespace tocsin::cli
