// tocsin code: raw news text in, events out.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "builtin/dictionary_files.h"
#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "cli/input_loop.h"
#include "io/event_writer.h"
#include "pipeline/pipeline.h"

namespace tocsin::cli {

namespace {

struct CodeOptions {
  InputLoopOptions input;
  DictionaryOptions dictionaries;
  std::string format = "jsonl";
  pipeline::PrintOptions print;
};

}  // namespace

Runner AddCodeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("code", "Code news text into CAMEO/PLOVER events (JSON Lines, CSV or TSV)");
  auto o = std::make_shared<CodeOptions>();
  AddInputOptions(cmd, &o->input);
  cmd->add_option("--format", o->format, "Output: jsonl (one event per line), csv (RFC 4180) or tsv")
      ->check(CLI::IsMember({"jsonl", "csv", "tsv"}))
      ->capture_default_str();
  cmd->add_flag("--all-modalities", o->print.all_modalities,
                "Also print negated and hypothetical events (their 'modality' says which)");
  cmd->add_flag("--undirected", o->print.undirected,
                "Also print acts done to someone (roots 04-08, 14, 16-20) whose target was not found");
  cmd->add_option("--min-confidence", o->print.min_confidence, "Print only events at least this sure (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  AddDictionaryOptions(cmd, &o->dictionaries);
  return [o] {
    std::shared_ptr<const dict::Dictionaries> dictionaries;
    if (!LoadDictionariesOrReport(o->dictionaries, o->input.quiet, &dictionaries)) return 2;
    const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge(dictionaries.get()), o->print);
    const dict::Ontology& ontology = pipe.knowledge().ontology;
    pipeline::WorkerPool pool(o->input.threads);
    std::vector<pipeline::Workspace> workspaces(pool.size());
    std::vector<io::EventRecord> records(pool.size());
    auto append = o->format == "tsv" ? io::AppendEventTsv : o->format == "csv" ? io::AppendEventCsv : io::AppendEventJson;
    if (o->format == "tsv") std::fputs(io::EventTsvHeader().c_str(), stdout);
    if (o->format == "csv") std::fputs(io::EventCsvHeader().c_str(), stdout);
    InputSummary summary = RunInputLoop(o->input, pool, [&](const io::InputRecord& r, int worker, std::string* out) {
      pipeline::Workspace& ws = workspaces[worker];
      Status s = pipe.Run({r.id, r.date, r.text}, &ws);
      if (!s.ok()) return s;
      for (uint32_t i = 0; i < ws.events.size(); ++i) {
        io::FillEventRecord(ws.analyzed, ws.events[i], i, ontology, {r.title, r.source, r.url}, &records[worker]);
        append(records[worker], out);
      }
      return Status();
    });
    return summary.ExitStatus();
  };
}

}  // namespace tocsin::cli
