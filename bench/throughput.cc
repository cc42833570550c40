// throughput: codes a corpus (JSON Lines, e.g. from make_corpus) with the
// whole pipeline and reports documents, sentences and tokens per second on
// one thread and on all cores (median of --repeat runs), dictionary load
// time, peak memory, the share of single-thread time spent in each stage, and
// the speed of the language analysis (normalise + tokenise + tag + chunk +
// clauses) run alone and inside the pipeline, where the coder's data competes
// for the cache.
//
//   throughput CORPUS.jsonl [--repeat N] [--threads N]
//              [--verbs F --actors F,F --agents F --discards F]
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "base/strings.h"
#include "builtin/builtin.h"
#include "builtin/dictionary_files.h"
#include "coder/coder.h"
#include "io/input.h"
#include "lex/annotate.h"
#include "pipeline/analyzer.h"
#include "syntax/chunker.h"
#include "syntax/clauses.h"
#include "text/normalize.h"
#include "text/segmenter.h"

using namespace tocsin;
using Clock = std::chrono::steady_clock;

namespace {

double Since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

struct Totals {
  size_t docs = 0, sentences = 0, tokens = 0, events = 0;
};

// One pass on this thread, timing each stage as the Analyzer and Coder run it.
Totals StagedPass(const std::vector<io::InputRecord>& records, const coder::Coder& coder, double stage[5]) {
  Totals t;
  AnalyzedDocument a;
  coder::CoderScratch scratch;
  std::vector<coder::Event> events;
  text::NormalizedText normalized;
  for (const io::InputRecord& r : records) {
    auto t0 = Clock::now();
    if (!text::Normalize(r.text, &normalized).ok()) continue;
    a.doc.Clear();
    a.doc.id = r.id;
    a.doc.date = r.date;
    a.doc.text.swap(normalized.text);
    a.doc.to_original.swap(normalized.to_original);
    text::Segment(&a.doc);
    auto t1 = Clock::now();
    lex::Annotate(BuiltinTagger(), BuiltinLexicon(), &a.doc, &a.scratch);
    auto t2 = Clock::now();
    a.sentences.resize(a.doc.sentences.size());
    for (size_t i = 0; i < a.doc.sentences.size(); ++i) syntax::ChunkSentence(a.doc, a.doc.sentences[i], &a.sentences[i]);
    auto t3 = Clock::now();
    for (auto& s : a.sentences) syntax::AnalyzeClauses(a.doc, &s);
    auto t4 = Clock::now();
    events.clear();
    coder.Code(a, &events, &scratch);
    auto t5 = Clock::now();
    stage[0] += std::chrono::duration<double>(t1 - t0).count();
    stage[1] += std::chrono::duration<double>(t2 - t1).count();
    stage[2] += std::chrono::duration<double>(t3 - t2).count();
    stage[3] += std::chrono::duration<double>(t4 - t3).count();
    stage[4] += std::chrono::duration<double>(t5 - t4).count();
    ++t.docs;
    t.sentences += a.doc.sentences.size();
    t.tokens += a.doc.tokens.size();
    t.events += events.size();
  }
  return t;
}

// The language analysis alone (as `tocsin analyze` runs it, without output)
// over the whole corpus on this thread; returns seconds.
double AnalysisPass(const std::vector<io::InputRecord>& records) {
  Analyzer analyzer(BuiltinLexicon(), BuiltinTagger());
  AnalyzedDocument a;
  auto start = Clock::now();
  for (const io::InputRecord& r : records) (void)analyzer.Analyze(r.id, r.date, r.text, &a);
  return Since(start);
}

// The pipeline as `tocsin code` runs it, on `threads` workers.
double ParallelPass(const std::vector<io::InputRecord>& records, const coder::Coder& coder, int threads) {
  Analyzer analyzer(BuiltinLexicon(), BuiltinTagger());
  std::atomic<size_t> next{0};
  auto start = Clock::now();
  std::vector<std::thread> pool;
  for (int w = 0; w < threads; ++w)
    pool.emplace_back([&] {
      AnalyzedDocument a;
      coder::CoderScratch scratch;
      std::vector<coder::Event> events;
      for (size_t i; (i = next.fetch_add(1)) < records.size();) {
        if (!analyzer.Analyze(records[i].id, records[i].date, records[i].text, &a).ok()) continue;
        events.clear();
        coder.Code(a, &events, &scratch);
      }
    });
  for (auto& t : pool) t.join();
  return Since(start);
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus;
  int repeat = 5;
  int threads = int(std::max(1u, std::thread::hardware_concurrency()));
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
    else corpus = a;
  }
  if (corpus.empty()) {
    std::fprintf(stderr, "usage: throughput CORPUS.jsonl [--repeat N] [--threads N] [--verbs F ...]\n");
    return 2;
  }
  // Load time: everything a run needs before its first document.
  auto load_start = Clock::now();
  BuiltinLexicon();
  BuiltinTagger();
  BuiltinOntology();
  std::vector<std::string> summary;
  auto dictionaries = LoadDictionaries(files, &summary);
  if (!dictionaries.ok()) {
    std::fprintf(stderr, "throughput: %s\n", dictionaries.status().message().c_str());
    return 1;
  }
  double load = Since(load_start);
  coder::Coder coder(**dictionaries, BuiltinOntology());

  std::vector<io::InputRecord> records;
  io::InputCallbacks cb;
  cb.record = [&](io::InputRecord&& r) { records.push_back(std::move(r)); };
  cb.error = [](const io::InputError& e) { std::fprintf(stderr, "throughput: %s\n", e.Message().c_str()); };
  io::InputOptions in;
  io::ReadInput(corpus, in, cb);
  if (records.empty()) return 1;

  std::vector<double> single, multi, analysis, analysis_alone;
  double stage[5] = {};
  Totals totals;
  for (int r = 0; r < repeat; ++r) {
    double s[5] = {};
    auto start = Clock::now();
    totals = StagedPass(records, coder, s);
    single.push_back(Since(start));
    for (int k = 0; k < 5; ++k) stage[k] += s[k];
    analysis.push_back(s[0] + s[1] + s[2] + s[3]);
    multi.push_back(ParallelPass(records, coder, threads));
    analysis_alone.push_back(AnalysisPass(records));
  }
  double one = Median(single), all = Median(multi);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double stage_total = 0;
  for (double s : stage) stage_total += s;
  const char* names[5] = {"normalise + segment + tokenise", "tag + lemmatise", "chunk", "clauses",
                          "actors + patterns + events"};
  std::printf("corpus: %zu documents, %zu sentences, %zu tokens, %zu events (all modalities)\n", totals.docs,
              totals.sentences, totals.tokens, totals.events);
  std::printf("dictionaries: %s\n", files.any() ? "from files" : "built-in");
  for (const auto& line : summary) std::printf("  %s\n", line.c_str());
  std::printf("dictionary and model load: %.3f s\n", load);
  std::printf("1 thread   (median of %d): %8.0f docs/s %9.0f sentences/s %10.0f tokens/s\n", repeat,
              totals.docs / one, totals.sentences / one, totals.tokens / one);
  std::printf("%d threads  (median of %d): %8.0f docs/s %9.0f sentences/s %10.0f tokens/s  (%.2fx)\n", threads,
              repeat, totals.docs / all, totals.sentences / all, totals.tokens / all, one / all);
  std::printf("language analysis, 1 thread (median of %d): %.2f M tokens/s run alone, %.2f M tokens/s inside the "
              "pipeline\n",
              repeat, totals.tokens / Median(analysis_alone) / 1e6, totals.tokens / Median(analysis) / 1e6);
  std::printf("peak resident memory: %.1f MB\n", ru.ru_maxrss / 1024.0);
  std::printf("share of single-thread time by stage:\n");
  for (int k = 0; k < 5; ++k) std::printf("  %-32s %5.1f%%\n", names[k], 100 * stage[k] / stage_total);
  return 0;
}
