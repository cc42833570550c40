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
  auto* cmd = app.add_subcommand("code", "Code news text into CAMEO/PLOVER events (JSON Lines or TSV)");
  auto o = std::make_shared<CodeOptions>();
  AddInputOptions(cmd, &o->input);
  cmd->add_option("--format", o->format, "Output: jsonl (one event per line) or tsv")
      ->check(CLI::IsMember({"jsonl", "tsv"}))
      ->capture_default_str();
  cmd->add_flag("--all-modalities", o->print.all_modalities,
                "Also print negated and hypothetical events (their 'modality' says which)");
  cmd->add_flag("--undirected", o->print.undirected,
                "Also print acts done to someone (roots 04-08, 14, 16-20) whose target was not found");
  cmd->add_option("--min-confidence", o->print.min_confidence, "Print only events at least this sure (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  AddDictionaryOptions(cmd, &o->dictionaries);
  return [o] {
    std::vector<std::string> loaded;
    auto dictionaries = LoadDictionaries(o->dictionaries, &loaded);
    if (!dictionaries.ok()) {
      std::fprintf(stderr, "tocsin: cannot use the dictionaries:\n%s\n", dictionaries.status().message().c_str());
      return 2;
    }
    if (!o->input.quiet)
      for (const std::string& line : loaded) std::fprintf(stderr, "tocsin: %s\n", line.c_str());
    const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge(dictionaries->get()), o->print);
    const dict::Ontology& ontology = pipe.knowledge().ontology;
    pipeline::WorkerPool pool(o->input.threads);
    std::vector<pipeline::Workspace> workspaces(pool.size());
    bool tsv = o->format == "tsv";
    if (tsv) std::fputs(io::EventTsvHeader().c_str(), stdout);
    InputSummary summary = RunInputLoop(o->input, pool, [&](const io::InputRecord& r, int worker, std::string* out) {
      pipeline::Workspace& ws = workspaces[worker];
      Status s = pipe.Run({r.id, r.date, r.text}, &ws);
      if (!s.ok()) return s;
      for (const coder::Event& e : ws.events) {
        if (tsv) io::AppendEventTsv(ws.analyzed, e, ontology, out);
        else io::AppendEventJson(ws.analyzed, e, ontology, out);
      }
      return Status();
    });
    return summary.ExitStatus();
  };
}

}  // namespace tocsin::cli
