// throughput: codes a corpus with the whole pipeline and reports documents,
// sentences and tokens per second on one thread and on all cores (median of
// --repeat runs), dictionary load time, peak memory, the share of
// single-thread time spent in each stage, and the speed of the language
// analysis run alone and inside the pipeline, where the coder's data competes
// for the cache. The corpus is JSON Lines (e.g. from make_corpus) or, for a
// file ending in .gold, the texts of a gold standard.
//
//   throughput CORPUS [--repeat N] [--threads N]
//              [--verbs F --actors F,F --agents F --discards F]
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "base/strings.h"
#include "builtin/builtin.h"
#include "builtin/dictionary_files.h"
#include "eval/gold.h"
#include "io/input.h"
#include "pipeline/pipeline.h"
#include "pipeline/worker_pool.h"

using namespace tocsin;
using Clock = std::chrono::steady_clock;

namespace {

double Since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// CPU time of the calling thread: on a shared machine, time other programs
// (or other virtual machines) take from this one does not count.
double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

struct Totals {
  size_t docs = 0, sentences = 0, tokens = 0, events = 0;
};

std::vector<pipeline::Document> Documents(const std::vector<io::InputRecord>& records) {
  std::vector<pipeline::Document> docs;
  for (const io::InputRecord& r : records) docs.push_back({r.id, r.date, r.text});
  return docs;
}

// One pass on this thread, timing each stage.
Totals StagedPass(const std::vector<pipeline::Document>& docs, const pipeline::Pipeline& pipe,
                  pipeline::StageTimes* times) {
  Totals t;
  pipeline::Workspace ws;
  for (const pipeline::Document& d : docs) {
    if (!pipe.Run(d, &ws, times).ok()) continue;
    ++t.docs;
    t.sentences += ws.analyzed.doc.sentences.size();
    t.tokens += ws.analyzed.doc.tokens.size();
    t.events += ws.events.size();
  }
  return t;
}

// The language analysis alone over the whole corpus on this thread; returns seconds.
double AnalysisPass(const std::vector<pipeline::Document>& docs, const pipeline::Pipeline& pipe) {
  pipeline::Workspace ws;
  auto start = Clock::now();
  for (const pipeline::Document& d : docs) (void)pipe.Analyze(d, &ws);
  return Since(start);
}

// The pipeline as `tocsin code` runs it, on the pool's workers.
double ParallelPass(const std::vector<pipeline::Document>& docs, const pipeline::Pipeline& pipe,
                    pipeline::WorkerPool& pool) {
  std::vector<pipeline::Workspace> workspaces(pool.size());
  auto start = Clock::now();
  pool.ForEach(docs.size(), [&](size_t i, int worker) { (void)pipe.Run(docs[i], &workspaces[worker]); });
  return Since(start);
}

std::vector<io::InputRecord> ReadCorpus(const std::string& path) {
  std::vector<io::InputRecord> records;
  if (EndsWith(path, ".gold")) {
    eval::GoldSet gold;
    eval::ReadGoldFile(path, eval::GoldFormat::kOwn, &gold);
    for (const eval::GoldRecord& g : gold.records) {
      io::InputRecord r;
      r.id = g.id;
      r.date = g.date;
      r.text = g.text;
      records.push_back(std::move(r));
    }
    return records;
  }
  io::InputCallbacks cb;
  cb.record = [&](io::InputRecord&& r) { records.push_back(std::move(r)); };
  cb.error = [](const io::InputError& e) { std::fprintf(stderr, "throughput: %s\n", e.Message().c_str()); };
  io::ReadInput(path, io::InputOptions{}, cb);
  return records;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> corpora;
  int repeat = 5;
  int threads = 0;
  DictionaryFiles files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--repeat") repeat = std::max(1, std::stoi(next()));
    else if (a == "--threads") threads = std::max(1, std::stoi(next()));
    else if (a == "--verbs") files.verbs = next();
    else if (a == "--agents") files.agents = next();
    else if (a == "--discards") files.discards = next();
    else if (a == "--actors") {
      std::string list = next();
      for (auto p : Split(list, ',')) files.actors.emplace_back(p);
    }
    else corpora.push_back(a);
  }
  if (corpora.empty()) {
    std::fprintf(stderr, "usage: throughput CORPUS... [--repeat N] [--threads N] [--verbs F ...]\n");
    return 2;
  }
  // Load time: everything a run needs before its first document.
  auto load_start = Clock::now();
  BuiltinLexicon();
  BuiltinTagger();
  BuiltinOntology();
  BuiltinWordClasses();
  std::vector<std::string> summary;
  auto dictionaries = LoadDictionaries(files, &summary);
  if (!dictionaries.ok()) {
    std::fprintf(stderr, "throughput: %s\n", dictionaries.status().message().c_str());
    return 1;
  }
  double load = Since(load_start);
  const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge(dictionaries->get()));
  pipeline::WorkerPool pool(threads);

  std::vector<io::InputRecord> records;
  for (const std::string& c : corpora) {
    std::vector<io::InputRecord> more = ReadCorpus(c);
    std::move(more.begin(), more.end(), std::back_inserter(records));
  }
  if (records.empty()) return 1;
  std::vector<pipeline::Document> docs = Documents(records);

  std::vector<double> single, single_cpu, multi, analysis, analysis_alone;
  pipeline::StageTimes stages;
  Totals totals;
  for (int r = 0; r < repeat; ++r) {
    pipeline::StageTimes s;
    auto start = Clock::now();
    double cpu_start = ThreadCpuSeconds();
    totals = StagedPass(docs, pipe, &s);
    single.push_back(Since(start));
    single_cpu.push_back(ThreadCpuSeconds() - cpu_start);
    const syntax::AnalysisTimes& a = s.analysis;
    analysis.push_back(a.segment + a.tag + a.chunk + a.clauses);
    stages.analysis.segment += a.segment;
    stages.analysis.tag += a.tag;
    stages.analysis.chunk += a.chunk;
    stages.analysis.clauses += a.clauses;
    stages.code += s.code;
    stages.locate += s.locate;
    multi.push_back(ParallelPass(docs, pipe, pool));
    analysis_alone.push_back(AnalysisPass(docs, pipe));
  }
  double one = Median(single), one_cpu = Median(single_cpu), all = Median(multi);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  const double stage[6] = {stages.analysis.segment, stages.analysis.tag, stages.analysis.chunk,
                           stages.analysis.clauses, stages.code, stages.locate};
  double stage_total = 0;
  for (double s : stage) stage_total += s;
  const char* names[6] = {"normalise + segment + tokenise", "tag + lemmatise", "chunk", "clauses",
                          "actors + patterns + events", "places + dates + counts"};
  std::printf("corpus: %zu documents, %zu sentences, %zu tokens (%.1f per sentence), %zu events printed\n",
              totals.docs, totals.sentences, totals.tokens, double(totals.tokens) / double(totals.sentences),
              totals.events);
  std::printf("dictionaries: %s\n", files.any() ? "from files" : "built-in");
  for (const auto& line : summary) std::printf("  %s\n", line.c_str());
  std::printf("dictionary and model load: %.3f s\n", load);
  std::printf("1 thread   (median of %d): %8.0f docs/s %9.0f sentences/s %10.0f tokens/s\n", repeat,
              totals.docs / one, totals.sentences / one, totals.tokens / one);
  std::printf("1 thread, per CPU-second (median of %d): %9.0f sentences %10.0f tokens\n", repeat,
              totals.sentences / one_cpu, totals.tokens / one_cpu);
  std::printf("%d threads  (median of %d): %8.0f docs/s %9.0f sentences/s %10.0f tokens/s  (%.2fx)\n", pool.size(),
              repeat, totals.docs / all, totals.sentences / all, totals.tokens / all, one / all);
  std::printf("language analysis, 1 thread (median of %d): %.2f M tokens/s run alone, %.2f M tokens/s inside the "
              "pipeline\n",
              repeat, totals.tokens / Median(analysis_alone) / 1e6, totals.tokens / Median(analysis) / 1e6);
  std::printf("peak resident memory: %.1f MB\n", ru.ru_maxrss / 1024.0);
  std::printf("share of single-thread time by stage:\n");
  for (int k = 0; k < 6; ++k) std::printf("  %-32s %5.1f%%\n", names[k], 100 * stage[k] / stage_total);
  return 0;
}
