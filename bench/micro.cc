// Micro-benchmarks of the hot stages: tokeniser, tagger, dictionary lookup,
// the coder on one analysed sentence, the gazetteer's load and the locate
// stage on one analysed document.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "builtin/builtin.h"
#include "builtin/embedded.h"
#include "dict/words.h"
#include "pipeline/pipeline.h"
#include "text/tokenizer.h"

namespace {

using namespace tocsin;

const std::string kSentence =
    "Belarusian President Alexander Lukashenko has announced that he will form a military command and send a "
    "battalion tactical group to his country's border with Ukraine, the state news agency BelTA said on Tuesday.";

void BM_Tokenize(benchmark::State& state) {
  std::vector<text::Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    text::Tokenize(kSentence, {0, uint32_t(kSentence.size())}, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetItemsProcessed(int64_t(state.iterations() * tokens.size()));
}
BENCHMARK(BM_Tokenize);

void BM_Tag(benchmark::State& state) {
  const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge());
  pipeline::Workspace ws;
  (void)pipe.Analyze({"b", "2022-05-26", kSentence}, &ws);
  const syntax::AnalyzedDocument& a = ws.analyzed;
  std::vector<lex::TaggerToken> tokens;
  for (const auto& t : a.doc.tokens) tokens.push_back({a.doc.TokenLower(t), t.shape});
  std::vector<lex::Tag> tags(tokens.size());
  lex::TaggerScratch scratch;
  for (auto _ : state) {
    BuiltinTagger().Tag(tokens.data(), tokens.size(), tags.data(), &scratch);
    benchmark::DoNotOptimize(tags.data());
  }
  state.SetItemsProcessed(int64_t(state.iterations() * tokens.size()));
}
BENCHMARK(BM_Tag);

void BM_ActorLookup(benchmark::State& state) {
  const auto& index = BuiltinDictionaries().actors.index();
  std::vector<std::string> words = {"belarusian", "president", "alexander", "lukashenko", "has", "announced"};
  std::vector<std::string_view> views(words.begin(), words.end());
  std::vector<uint64_t> hashes;
  for (auto w : views) hashes.push_back(dict::WordHash(w));
  dict::PhraseIndex::Match m;
  for (auto _ : state) {
    for (size_t i = 0; i < views.size(); ++i) benchmark::DoNotOptimize(index.LongestMatch(&views[i], &hashes[i], views.size() - i, &m));
  }
  state.SetItemsProcessed(int64_t(state.iterations() * views.size()));
}
BENCHMARK(BM_ActorLookup);

// The whole language analysis (normalise, segment, tokenise, tag, chunk,
// clauses) of one sentence; items are tokens.
void BM_Analyze(benchmark::State& state) {
  const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge());
  pipeline::Workspace ws;
  for (auto _ : state) benchmark::DoNotOptimize(pipe.Analyze({"b", "2022-05-26", kSentence}, &ws).ok());
  state.SetItemsProcessed(int64_t(state.iterations() * ws.analyzed.doc.tokens.size()));
}
BENCHMARK(BM_Analyze);

void BM_CodeSentence(benchmark::State& state) {
  const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge());
  pipeline::Workspace ws;
  (void)pipe.Analyze({"b", "2022-05-26", kSentence}, &ws);
  for (auto _ : state) {
    pipe.Code(&ws);
    benchmark::DoNotOptimize(ws.events.data());
  }
  state.SetItemsProcessed(int64_t(state.iterations()));
}
BENCHMARK(BM_CodeSentence);

// Loading the embedded gazetteer: checking every offset of the blob once.
void BM_GazetteerLoad(benchmark::State& state) {
  const std::string_view blob = *EmbeddedFile("gazetteer.bin");
  for (auto _ : state) {
    auto g = geo::Gazetteer::FromBlob(blob);
    benchmark::DoNotOptimize(g.ok());
  }
  state.SetBytesProcessed(int64_t(state.iterations() * blob.size()));
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

}  // namespace
