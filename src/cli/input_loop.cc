#include "cli/input_loop.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <cstdio>

namespace tocsin::cli {

void AddInputOptions(CLI::App* cmd, InputLoopOptions* o) {
  cmd->add_option("inputs", o->inputs, "Input files; '-' reads standard input")->required();
  cmd->add_option("--input-format", o->format, "auto | text | jsonl | xml (PETRARCH)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "xml"}))
      ->capture_default_str();
  cmd->add_option("--date", o->date, "Date (YYYY-MM-DD) for records that have none");
  cmd->add_option("--max-record-bytes", o->max_record_bytes, "Reject records longer than this")
      ->capture_default_str();
  AddThreadsOption(cmd, &o->threads);
  cmd->add_flag("--progress", o->progress, "Report progress on stderr (default when stderr is a terminal)");
  cmd->add_flag("-q,--quiet", o->quiet, "No summary line");
}

void AddThreadsOption(CLI::App* cmd, int* threads) {
  cmd->add_option("-j,--threads", *threads, "Worker threads (0 = one per core)")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            return !value.empty() && value[0] == '-' ? "the number of threads cannot be negative (0 = one per core)"
                                                     : "";
          },
          "N>=0"))
      ->capture_default_str();
}

namespace {

class Loop {
 public:
  Loop(const InputLoopOptions& o, pipeline::WorkerPool& pool, const BatchCallbacks& callbacks)
      : o_(o), pool_(pool), callbacks_(callbacks) {
    progress_ = o.progress || isatty(STDERR_FILENO);
    start_ = last_report_ = std::chrono::steady_clock::now();
  }

  InputSummary Run() {
    io::InputOptions in;
    if (!o_.date.empty() && !io::NormalizeDate(o_.date, &in.default_date)) {
      std::fprintf(stderr, "tocsin: --date %s is not a date (want YYYY-MM-DD)\n", o_.date.c_str());
      summary_.rejected = 1;
      return summary_;
    }
    io::InputFormat format;
    io::ParseInputFormat(o_.format, &format);
    in.format = format;
    in.max_record_bytes = o_.max_record_bytes;
    io::InputCallbacks callbacks;
    callbacks.record = [this](io::InputRecord&& r) {
      ++summary_.read;
      if (summary_.failed) return;
      batches_[current_].records.push_back(std::move(r));
      if (batches_[current_].records.size() >= kInputBatch) Flush();
    };
    callbacks.error = [this](const io::InputError& e) {
      ++summary_.read;
      ++summary_.rejected;
      std::fprintf(stderr, "%stocsin: %s\n", progress_shown_ ? "\n" : "", e.Message().c_str());
      progress_shown_ = false;
    };
    // The bar needs the size of every input; standard input has none.
    bool sizes_known = true;
    for (const std::string& path : o_.inputs) {
      struct stat st;
      sizes_known = sizes_known && path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
      if (sizes_known) total_bytes_ += static_cast<size_t>(st.st_size);
    }
    if (!sizes_known) total_bytes_ = 0;
    callbacks.progress = [this](size_t bytes) { current_bytes_ = bytes; };
    for (const std::string& path : o_.inputs) {
      if (summary_.failed) break;
      current_bytes_ = 0;
      io::ReadInput(path, in, callbacks);
      done_bytes_ += current_bytes_;
    }
    Flush();
    WaitForCommit();
    if (progress_shown_) std::fputc('\n', stderr);
    if (!o_.quiet) {
      double secs = Seconds();
      std::fprintf(stderr, "tocsin: %zu documents read, %zu coded, ", summary_.read, summary_.coded);
      if (summary_.skipped) std::fprintf(stderr, "%zu unchanged, ", summary_.skipped);
      std::fprintf(stderr, "%zu rejected (%.2f s)\n", summary_.rejected, secs);
    }
    return summary_;
  }

 private:
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

  // Codes the current batch on the pool while the previous one is being
  // committed on another thread, then hands this one to be committed.
  void Flush() {
    Batch& b = batches_[current_];
    if (b.records.empty() || summary_.failed) return;
    b.states.assign(b.records.size(), RecordState::kDone);
    statuses_.assign(b.records.size(), Status());
    work_.clear();
    for (size_t i = 0; i < b.records.size(); ++i) {
      if (callbacks_.skip && callbacks_.skip(b.records[i])) b.states[i] = RecordState::kSkipped;
      else work_.push_back(i);
    }
    const size_t base = current_ * kInputBatch;
    pool_.ForEach(work_.size(), [&](size_t k, int worker) {
      size_t i = work_[k];
      statuses_[i] = callbacks_.process(b.records[i], base + i, worker);
    });
    size_t done = 0;
    for (size_t i = 0; i < b.records.size(); ++i) {
      if (b.states[i] == RecordState::kSkipped) {
        ++summary_.skipped;
      } else if (!statuses_[i].ok()) {
        b.states[i] = RecordState::kRejected;
        ++summary_.rejected;
        std::fprintf(stderr, "%stocsin: %s: record %s: %s\n", progress_shown_ ? "\n" : "", b.records[i].origin.c_str(),
                     b.records[i].id.c_str(), statuses_[i].message().c_str());
        progress_shown_ = false;
      } else {
        ++done;
      }
    }
    WaitForCommit();
    if (summary_.failed) return;
    summary_.coded += done;
    pending_done_ = done;
    pending_ = std::async(std::launch::async, [this, &b, base] { return callbacks_.commit(b.records, b.states, base); });
    current_ ^= 1;
    batches_[current_].records.clear();
    auto now = std::chrono::steady_clock::now();
    if (progress_ && now - last_report_ > std::chrono::seconds(1)) {
      last_report_ = now;
      ShowProgress();
    }
  }

  // "[#######-------------]  35%  1834 documents  612 documents/s  ETA 0:07"
  // when the inputs' sizes are known, else the counts alone.
  void ShowProgress() {
    double secs = Seconds(), rate = double(summary_.read) / secs;
    std::fputs("\rtocsin: ", stderr);
    if (total_bytes_ > 0) {
      double done = std::min(1.0, double(done_bytes_ + current_bytes_) / double(total_bytes_));
      constexpr int kWidth = 20;
      int filled = static_cast<int>(done * kWidth);
      std::fprintf(stderr, "[%s%s] %3.0f%%  ", std::string(filled, '#').c_str(),
                   std::string(kWidth - filled, '-').c_str(), done * 100);
      long eta = done > 0 ? static_cast<long>(secs * (1 - done) / done) : 0;
      std::fprintf(stderr, "%zu documents  %.0f documents/s  ETA %ld:%02ld ", summary_.read, rate, eta / 60, eta % 60);
    } else {
      std::fprintf(stderr, "%zu documents, %.0f documents/s", summary_.read, rate);
    }
    progress_shown_ = true;
  }

  void WaitForCommit() {
    if (!pending_.valid()) return;
    if (Status s = pending_.get(); !s.ok()) {
      std::fprintf(stderr, "%stocsin: %s; stopped\n", progress_shown_ ? "\n" : "", s.message().c_str());
      progress_shown_ = false;
      summary_.coded -= pending_done_;
      summary_.failed = true;
    }
  }

  struct Batch {
    std::vector<io::InputRecord> records;
    std::vector<RecordState> states;
  };

  const InputLoopOptions& o_;
  pipeline::WorkerPool& pool_;
  const BatchCallbacks& callbacks_;
  bool progress_ = false, progress_shown_ = false;
  size_t total_bytes_ = 0;                     // of all inputs; 0: unknown (standard input)
  size_t done_bytes_ = 0, current_bytes_ = 0;  // of the inputs read, and of the one being read
  InputSummary summary_;
  Batch batches_[2];
  int current_ = 0;  // the batch being filled and coded; the other may be committing
  std::future<Status> pending_;
  size_t pending_done_ = 0;
  std::vector<size_t> work_;
  std::vector<Status> statuses_;
  std::chrono::steady_clock::time_point start_, last_report_;
};

}  // namespace

InputSummary RunBatches(const InputLoopOptions& options, pipeline::WorkerPool& pool, const BatchCallbacks& callbacks) {
  return Loop(options, pool, callbacks).Run();
}

InputSummary RunInputLoop(const InputLoopOptions& options, pipeline::WorkerPool& pool, const ProcessFn& process) {
  std::vector<std::string> outputs(2 * kInputBatch);
  BatchCallbacks callbacks;
  callbacks.process = [&](const io::InputRecord& record, size_t slot, int worker) {
    outputs[slot].clear();
    return process(record, worker, &outputs[slot]);
  };
  callbacks.commit = [&](const std::vector<io::InputRecord>& batch, const std::vector<RecordState>& states,
                        size_t base) {
    for (size_t i = 0; i < batch.size(); ++i)
      if (states[i] == RecordState::kDone) std::fwrite(outputs[base + i].data(), 1, outputs[base + i].size(), stdout);
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) return Status::Error("cannot write the output");
    return Status();
  };
  return RunBatches(options, pool, callbacks);
}

}  // namespace tocsin::cli
