#include "eval/run.h"

#include "pipeline/worker_pool.h"

namespace tocsin::eval {

std::vector<RunFailure> ScoreGold(const pipeline::Pipeline& pipe, const pipeline::EventFilter& printed,
                                  const GoldSet& gold, int threads, Scorer* scorer) {
  std::vector<std::vector<ScoredEvent>> predicted(gold.records.size());
  std::vector<std::string> failures(gold.records.size());
  pipeline::WorkerPool pool(threads);
  std::vector<pipeline::Workspace> workspaces(pool.size());
  pool.ForEach(gold.records.size(), [&](size_t i, int worker) {
    pipeline::Workspace& ws = workspaces[worker];
    const GoldRecord& r = gold.records[i];
    Status st = pipe.Run({r.id, r.date, r.text}, &ws);
    if (!st.ok()) {
      failures[i] = st.message();
      return;
    }
    for (const coder::Event& e : ws.events) {
      if (!printed.Keeps(e)) continue;
      ScoredEvent p{e.has_source ? e.source.code : "", e.has_target ? e.target.code : "", e.cameo, ""};
      p.evidence_class = coder::ConfidenceClass(e);
      p.confidence = e.confidence;
      predicted[i].push_back(std::move(p));
    }
  });
  std::vector<RunFailure> out;
  for (size_t i = 0; i < gold.records.size(); ++i) {
    if (!failures[i].empty()) out.push_back({&gold.records[i], failures[i]});
    else scorer->Add(gold.records[i], std::move(predicted[i]));
  }
  return out;
}

}  // namespace tocsin::eval
