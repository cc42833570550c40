// tocsin analyze: prints the language analysis of each sentence as JSON Lines.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/input_loop.h"
#include "io/analysis_writer.h"
#include "pipeline/pipeline.h"

namespace tocsin::cli {

Runner AddAnalyzeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("analyze", "Print tokens, tags, lemmas, chunks, verb groups, places, times and counts as JSON Lines");
  auto options = std::make_shared<InputLoopOptions>();
  AddInputOptions(cmd, options.get());
  return [options] {
    const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge());
    pipeline::WorkerPool pool(options->threads);
    std::vector<pipeline::Workspace> workspaces(pool.size());
    InputSummary summary =
        RunInputLoop(*options, pool, [&](const io::InputRecord& r, int worker, std::string* out) -> Status {
          pipeline::Workspace& ws = workspaces[worker];
          Status s = pipe.Analyze({r.id, r.date, r.text}, &ws);
          if (!s.ok()) return s;
          pipe.Locate(&ws);  // no events: the places, times and counts alone
          const io::GeoContext geo{pipe.knowledge().gazetteer, ws.geo};
          for (size_t i = 0; i < ws.analyzed.doc.sentences.size(); ++i)
            io::AppendAnalysisJson(ws.analyzed, i, &geo, out);
          return Status();
        });
    return summary.ExitStatus();
  };
}

}  // namespace tocsin::cli
