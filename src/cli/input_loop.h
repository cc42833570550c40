// The read-process-write loop shared by the subcommands that take documents:
// reads every input (files or "-"), reports each bad record on stderr with
// file, line, id and reason, processes the good ones in batches on the
// pipeline's worker pool, writes each record's output in input order (to
// stdout, or wherever the caller commits it), shows progress on long runs and
// ends with a summary line.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/status.h"
#include "io/input.h"
#include "pipeline/worker_pool.h"
#include "store/coding.h"

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
  size_t read = 0, coded = 0, skipped = 0, rejected = 0;
  bool failed = false;  // the output could not be written; the run stopped
  int ExitStatus() const { return failed ? 2 : rejected ? 1 : 0; }
};

void AddInputOptions(CLI::App* cmd, InputLoopOptions* options);
// -j/--threads: the pool's size, 0 for one per core; a negative number is refused.
void AddThreadsOption(CLI::App* cmd, int* threads);

// `process` runs on pool worker `worker` (0 .. pool.size()-1) and appends the
// record's output to `out`; a failed Status rejects the record.
using ProcessFn = std::function<Status(const io::InputRecord& record, int worker, std::string* out)>;

InputSummary RunInputLoop(const InputLoopOptions& options, pipeline::WorkerPool& pool, const ProcessFn& process);

// The general form, for outputs other than stdout. Records go in batches of
// at most kInputBatch; for each batch, on the calling thread, `skip` (if set)
// names the records that need no work (counted as skipped); `process` runs
// each other record on a worker, writing its result to slot `slot`; then
// `commit` gets the batch in input order with each record's state, record i's
// result being in slot `slot_base + i`. Slots run from 0 to 2 * kInputBatch:
// a batch is committed on another thread while the next one is coded, so
// `commit` must not share unguarded state with `skip` or `process`. A failed
// commit stops the run.
inline constexpr size_t kInputBatch = store::kDocumentsPerWrite;
enum class RecordState { kDone, kSkipped, kRejected };
struct BatchCallbacks {
  std::function<bool(const io::InputRecord& record)> skip;
  std::function<Status(const io::InputRecord& record, size_t slot, int worker)> process;
  std::function<Status(const std::vector<io::InputRecord>& batch, const std::vector<RecordState>& states,
                       size_t slot_base)>
      commit;
};
InputSummary RunBatches(const InputLoopOptions& options, pipeline::WorkerPool& pool, const BatchCallbacks& callbacks);

}  // namespace tocsin::cli
