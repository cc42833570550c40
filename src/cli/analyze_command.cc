// tocsin analyze: prints the language analysis of each sentence as JSON Lines.
#include <cstdio>
#include <string>
#include <vector>

#include "builtin/builtin.h"
#include "cli/commands.h"
#include "cli/input_loop.h"
#include "pipeline/analysis_json.h"
#include "pipeline/analyzer.h"

namespace tocsin::cli {

Runner AddAnalyzeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("analyze", "Print tokens, tags, lemmas, chunks and verb groups as JSON Lines");
  auto options = std::make_shared<InputLoopOptions>();
  AddInputOptions(cmd, options.get());
  return [options] {
    Analyzer analyzer(BuiltinLexicon(), BuiltinTagger());
    std::vector<AnalyzedDocument> workspaces(WorkerCount(*options));
    InputSummary summary =
        RunInputLoop(*options, [&](const io::InputRecord& r, int worker, std::string* out) -> Status {
          AnalyzedDocument& analyzed = workspaces[worker];
          Status s = analyzer.Analyze(r.id, r.date, r.text, &analyzed);
          if (!s.ok()) return s;
          for (size_t i = 0; i < analyzed.doc.sentences.size(); ++i) AppendAnalysisJson(analyzed, i, out);
          return Status();
        });
    return summary.ExitStatus();
  };
}

}  // namespace tocsin::cli
