#include "cli/input_loop.h"

#include <unistd.h>

#include <chrono>
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
  Loop(const InputLoopOptions& o, pipeline::WorkerPool& pool, const ProcessFn& process)
      : o_(o), pool_(pool), process_(process) {
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
      batch_.push_back(std::move(r));
      if (batch_.size() >= kBatch) Flush();
    };
    callbacks.error = [this](const io::InputError& e) {
      ++summary_.read;
      ++summary_.rejected;
      std::fprintf(stderr, "tocsin: %s\n", e.Message().c_str());
    };
    for (const std::string& path : o_.inputs) io::ReadInput(path, in, callbacks);
    Flush();
    if (progress_) std::fputc('\n', stderr);
    if (!o_.quiet) {
      double secs = Seconds();
      std::fprintf(stderr, "tocsin: %zu documents read, %zu coded, %zu rejected (%.2f s)\n", summary_.read,
                   summary_.coded, summary_.rejected, secs);
    }
    return summary_;
  }

 private:
  static constexpr size_t kBatch = 512;

  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

  void Flush() {
    if (batch_.empty()) return;
    outputs_.assign(batch_.size(), std::string());
    statuses_.assign(batch_.size(), Status());
    pool_.ForEach(batch_.size(), [&](size_t i, int worker) { statuses_[i] = process_(batch_[i], worker, &outputs_[i]); });
    for (size_t i = 0; i < batch_.size(); ++i) {
      if (!statuses_[i].ok()) {
        ++summary_.rejected;
        std::fprintf(stderr, "%s", progress_ ? "\n" : "");
        std::fprintf(stderr, "tocsin: %s: record %s: %s\n", batch_[i].origin.c_str(), batch_[i].id.c_str(),
                     statuses_[i].message().c_str());
        continue;
      }
      ++summary_.coded;
      std::fwrite(outputs_[i].data(), 1, outputs_[i].size(), stdout);
    }
    std::fflush(stdout);
    batch_.clear();
    auto now = std::chrono::steady_clock::now();
    if (progress_ && now - last_report_ > std::chrono::seconds(1)) {
      last_report_ = now;
      double secs = Seconds();
      std::fprintf(stderr, "\rtocsin: %zu documents, %.0f documents/s", summary_.read, double(summary_.read) / secs);
    }
  }

  const InputLoopOptions& o_;
  pipeline::WorkerPool& pool_;
  const ProcessFn& process_;
  bool progress_ = false;
  InputSummary summary_;
  std::vector<io::InputRecord> batch_;
  std::vector<std::string> outputs_;
  std::vector<Status> statuses_;
  std::chrono::steady_clock::time_point start_, last_report_;
};

}  // namespace

InputSummary RunInputLoop(const InputLoopOptions& options, pipeline::WorkerPool& pool, const ProcessFn& process) {
  return Loop(options, pool, process).Run();
}

}  // namespace tocsin::cli
