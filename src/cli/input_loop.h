// The read-process-write loop shared by the subcommands that take documents:
// reads every input (files or "-"), reports each bad record on stderr with
// file, line, id and reason, processes the good ones in batches on N threads,
// writes each record's output to stdout in input order, shows progress on
// long runs and ends with a summary line.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/status.h"
#include "io/input.h"

namespace tocsin::cli {

struct InputLoopOptions {
  std::vector<std::string> inputs;
  std::string format = "auto";
  std::string date;
  size_t max_record_bytes = 4u << 20;
  int threads = 1;
  bool progress = false;
  bool quiet = false;
};

struct InputSummary {
  size_t read = 0, coded = 0, rejected = 0;
  int ExitStatus() const { return rejected ? 1 : 0; }
};

void AddInputOptions(CLI::App* cmd, InputLoopOptions* options);

// The number of workers RunInputLoop will use (size per-worker state with it).
int WorkerCount(const InputLoopOptions& options);

// `process` runs on worker `worker` (0..threads-1) and appends the record's
// output to `out`; a failed Status rejects the record.
using ProcessFn = std::function<Status(const io::InputRecord& record, int worker, std::string* out)>;

InputSummary RunInputLoop(const InputLoopOptions& options, const ProcessFn& process);

}  // namespace tocsin::cli
