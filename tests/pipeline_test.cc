// Tests of the pipeline layer: the worker pool, the filter, and the stages
// run together and one by one.
#include <gtest/gtest.h>

#include <atomic>
#include <set>

#include "pipeline/pipeline.h"
#include "pipeline/worker_pool.h"
#include "test_util.h"

namespace tocsin::pipeline {
namespace {

TEST(WorkerPool, RunsEveryIndexOnceOnEveryCall) {
  WorkerPool pool(3);
  EXPECT_EQ(pool.size(), 3);
  for (size_t n : {0u, 1u, 2u, 1000u}) {
    std::vector<std::atomic<int>> runs(n);
    std::vector<std::set<int>> workers(3);
    std::atomic<bool> bad_worker{false};
    pool.ForEach(n, [&](size_t i, int worker) {
      runs[i].fetch_add(1);
      if (worker < 0 || worker >= 3) bad_worker = true;
    });
    for (size_t i = 0; i < n; ++i) EXPECT_EQ(runs[i].load(), 1) << "index " << i << " of " << n;
    EXPECT_FALSE(bad_worker);
  }
}

TEST(WorkerPool, ZeroMeansOnePerCore) {
  EXPECT_GE(WorkerPool::Resolve(0), 1);
  EXPECT_EQ(WorkerPool::Resolve(2), 2);
  WorkerPool one(1);
  size_t sum = 0;  // one worker: the calling thread alone, no data race
  one.ForEach(100, [&](size_t i, int worker) {
    EXPECT_EQ(worker, 0);
    sum += i;
  });
  EXPECT_EQ(sum, 4950u);
}

TEST(Pipeline, RunIsAnalyzeThenCode) {
  const Pipeline pipe(BuiltinKnowledge(), PrintOptions::All());
  Workspace whole, staged;
  const char* text = "Belarus sends troops to Ukrainian border";
  ASSERT_TRUE(pipe.Run({"a", "2022-05-26", text}, &whole).ok());
  ASSERT_TRUE(pipe.Analyze({"a", "2022-05-26", text}, &staged).ok());
  EXPECT_TRUE(staged.events.empty());
  pipe.Code(&staged);
  ASSERT_EQ(whole.events.size(), 1u);
  ASSERT_EQ(staged.events.size(), 1u);
  EXPECT_EQ(testing::Brief(whole.events[0]), testing::Brief(staged.events[0]));
  EXPECT_FALSE(pipe.Run({"bad", "", "\xff\xfe"}, &whole).ok());
}

TEST(Pipeline, TheFilterKeepsWhatTheOptionsAsk) {
  const char* text = "Russia did not attack Ukraine. Russia shelled the village.";
  Workspace ws;
  const Pipeline printed(BuiltinKnowledge());
  ASSERT_TRUE(printed.Run({"a", "2022-05-26", text}, &ws).ok());
  EXPECT_TRUE(ws.events.empty()) << testing::Brief(ws.events[0]);  // negated; no target
  const Pipeline all(BuiltinKnowledge(), PrintOptions::All());
  ASSERT_TRUE(all.Run({"a", "2022-05-26", text}, &ws).ok());
  EXPECT_EQ(testing::Briefs(ws.events, /*printed_only=*/false), (std::vector<std::string>{"RUS UKR 190", "RUS - 194"}));
  EXPECT_EQ(ws.events[0].modality, coder::EventModality::kNegated);
  EXPECT_FALSE(printed.filter().Keeps(ws.events[0]));
  EXPECT_TRUE(EventFilter(BuiltinKnowledge().ontology, {.all_modalities = true}).Keeps(ws.events[0]));
  EXPECT_FALSE(printed.filter().Keeps(ws.events[1]));
  EXPECT_TRUE(EventFilter(BuiltinKnowledge().ontology, {.undirected = true}).Keeps(ws.events[1]));
}

}  // namespace
}  // namespace tocsin::pipeline
