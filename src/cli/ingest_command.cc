// tocsin ingest: code documents into the event store. Documents whose
// content and coder are unchanged since they were stored are skipped; a
// changed one replaces its earlier events. Each batch is one transaction.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "cli/input_loop.h"
#include "cli/store_options.h"
#include "pipeline/pipeline.h"
#include "store/coding.h"
#include "store/store.h"

namespace tocsin::cli {

namespace {

struct IngestOptions {
  InputLoopOptions input;
  DictionaryOptions dictionaries;
  pipeline::PrintOptions print;
  std::string db;
  bool force = false;
};

}  // namespace

Runner AddIngestCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("ingest", "Code news text into the event store (see docs/store.md)");
  auto o = std::make_shared<IngestOptions>();
  AddStoreOption(cmd, &o->db);
  AddInputOptions(cmd, &o->input);
  cmd->add_flag("--force", o->force, "Code and store documents again even when unchanged");
  cmd->add_flag("--all-modalities", o->print.all_modalities, "Also store negated and hypothetical events");
  cmd->add_flag("--undirected", o->print.undirected, "Also store acts done to someone whose target was not found");
  cmd->add_option("--min-confidence", o->print.min_confidence, "Store only events at least this sure (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  AddDictionaryOptions(cmd, &o->dictionaries);
  return [o] {
    std::shared_ptr<const dict::Dictionaries> dictionaries;
    if (!LoadDictionariesOrReport(o->dictionaries, o->input.quiet, &dictionaries)) return 2;
    auto writer = OpenStoreOrReport(o->db, store::Store::Mode::kWrite);
    if (!writer) return 2;
    store::Store& db = *writer;
    // Lookups go through a connection of their own: they run while the
    // writer commits the previous batch.
    auto reader = OpenStoreOrReport(o->db, store::Store::Mode::kRead);
    if (!reader) return 2;
    const store::CoderInfo coder = store::DescribeCoder(DescribeDictionaries(o->dictionaries), o->print);
    const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge(dictionaries.get()), o->print);
    pipeline::WorkerPool pool(o->input.threads);
    std::vector<pipeline::Workspace> workspaces(pool.size());
    std::vector<store::StoredDocument> slots(2 * kInputBatch);
    std::vector<const store::StoredDocument*> done;
    Status lookup_failure;

    BatchCallbacks callbacks;
    callbacks.skip = [&](const io::InputRecord& r) {
      if (o->force || !lookup_failure.ok()) return false;
      auto current = reader->IsCurrent(r.id, store::ContentHash(r), coder);
      if (!current.ok()) lookup_failure = current.status();
      return current.ok() && *current;
    };
    callbacks.process = [&](const io::InputRecord& r, size_t slot, int worker) {
      return store::CodeRecord(pipe, r, &workspaces[worker], &slots[slot]);
    };
    callbacks.commit = [&](const std::vector<io::InputRecord>& batch, const std::vector<RecordState>& states,
                           size_t base) {
      done.clear();
      for (size_t i = 0; i < batch.size(); ++i)
        if (states[i] == RecordState::kDone) done.push_back(&slots[base + i]);
      return db.Write(done, coder);
    };
    InputSummary summary = RunBatches(o->input, pool, callbacks);
    if (!lookup_failure.ok()) {
      std::fprintf(stderr, "tocsin: %s\n", lookup_failure.message().c_str());
      summary.failed = true;
    }
    if (!o->input.quiet && !summary.failed) {
      auto s = db.Summary();
      if (s.ok())
        std::fprintf(stderr, "tocsin: %s holds %lld documents, %lld events\n", StorePath(o->db).c_str(),
                     static_cast<long long>(s->documents), static_cast<long long>(s->events));
    }
    return summary.ExitStatus();
  };
}

}  // namespace tocsin::cli
