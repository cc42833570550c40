// Tests of the pipeline layer: the worker pool, the filter, and the stages
// run together and one by one.
#include <gtest/gtest.h>

#include <algorithm>
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

// "brief -> place (method) date [counts]" for each printed event.
std::vector<std::string> Located(const Workspace& ws) {
  std::vector<std::string> out;
  for (const coder::Event& e : ws.events) {
    std::string line = testing::Brief(e) + " -> " + (e.location ? e.location->name : "none") +
                       (e.location ? " (" + std::string(geo::LocationMethodName(e.location->method)) + ")" : "") + " " +
                       (e.event_date ? e.event_date->Value() : "undated");
    for (const geo::Quantity& q : e.quantities)
      line += " " + std::string(geo::QuantityKindName(q.kind)) + ":" + std::to_string(q.min.value_or(-1));
    out.push_back(line);
  }
  return out;
}

TEST(Locate, AnEventsPlaceIsItsClausesElseTheDatelineElseTheStorysElseItsActors) {
  const Pipeline pipe(BuiltinKnowledge());
  Workspace ws;
  ASSERT_TRUE(pipe.Run({"a", "2024-05-03", "Russian forces shelled Kharkiv on Tuesday, killing 14 people."}, &ws).ok());
  EXPECT_EQ(Located(ws), std::vector<std::string>{"RUSMIL UKR 194 -> Kharkiv (clause) 2024-04-30 killed:14"});
  ASSERT_TRUE(pipe.Run({"b", "2024-05-03", "GOMA, May 3 (Reuters) - Rwanda accused Congo of arming rebels."}, &ws).ok());
  EXPECT_EQ(Located(ws), std::vector<std::string>{"RWA COD 112 -> Goma (dateline) 2024-05-03"});
  ASSERT_TRUE(pipe.Run({"c", "2024-05-03", "Protesters rallied in Tbilisi. Georgia's opposition accused the "
                                           "government of fraud."},
                       &ws)
                  .ok());
  ASSERT_FALSE(ws.events.empty());
  EXPECT_EQ(ws.events.back().sentence_index, 1u);
  EXPECT_EQ(ws.events.back().location->name, "Tbilisi");
  EXPECT_EQ(ws.events.back().location->method, geo::LocationMethod::kDocument);
  ASSERT_TRUE(pipe.Run({"d", "2024-05-03", "Japan criticised China."}, &ws).ok());
  EXPECT_EQ(Located(ws), std::vector<std::string>{"JPN CHN 111 -> China (actor) 2024-05-03"});
}

TEST(Locate, UndatedTextIsNeverDatedByTheClock) {
  const Pipeline pipe(BuiltinKnowledge());
  Workspace ws;
  ASSERT_TRUE(pipe.Run({"a", "", "Russian forces shelled Kharkiv on Tuesday."}, &ws).ok());
  ASSERT_EQ(ws.events.size(), 1u);
  EXPECT_FALSE(ws.events[0].event_date) << ws.events[0].event_date->Value();
  ASSERT_TRUE(pipe.Run({"b", "", "Russian forces shelled Kharkiv on 24 February 2022."}, &ws).ok());
  ASSERT_EQ(ws.events.size(), 1u);
  ASSERT_TRUE(ws.events[0].event_date);
  EXPECT_EQ(ws.events[0].event_date->Value(), "2022-02-24");
}

// The measure of done: the seed article's places, the deployment on
// the border, and its counts.
TEST(Locate, TheSeedArticle) {
  TOCSIN_REQUIRE_SHARED(path, "examples/seed-article.txt");
  const Pipeline pipe(BuiltinKnowledge());
  Workspace ws;
  const std::string text = testing::ReadOrDie(path);
  ASSERT_TRUE(pipe.Run({"seed", "2022-05-26", text}, &ws).ok());
  const geo::Gazetteer& g = pipe.knowledge().gazetteer;
  std::set<std::string> named;
  for (const geo::PlaceMention& m : ws.geo.places.mentions) {
    const geo::Place& p = g.place(m.place);
    named.insert(std::string(g.Name(p)) + "/" + std::string(g.Iso3(p)));
  }
  for (const char* place : {"Minsk/BLR", "Bucha/UKR", "Irpin/UKR", "Kharkiv/UKR", "Donbas/UKR"})
    EXPECT_TRUE(named.count(place)) << place;
  EXPECT_FALSE(named.count("Bucha/DEU"));
  bool southern_border = false;
  for (const geo::BorderMention& b : ws.geo.places.borders)
    southern_border |= b.countries[0] == g.CountryIndex("UKR") &&
                       ws.analyzed.doc.TokenLower(ws.analyzed.doc.tokens[b.token_begin + 1]) == "southern";
  EXPECT_TRUE(southern_border);
  int on_border = 0;
  for (const coder::Event& e : ws.events)
    if (e.source.country == "BLR" && e.cameo.starts_with("15") && e.location) {
      EXPECT_EQ(e.location->name, "Belarus-Ukraine border") << testing::Brief(e);
      EXPECT_EQ(e.location->method, geo::LocationMethod::kClause);
      const double km = geo::DistanceKm(e.location->lat, e.location->lon, 51.5, 27.0);
      EXPECT_LT(km, 400) << "the border point is " << km << " km from the middle of the border";
      ++on_border;
    }
  EXPECT_GE(on_border, 2);
  std::vector<std::string> counts;
  for (const geo::Quantity& q : ws.geo.quantities)
    counts.push_back(std::string(geo::QuantityKindName(q.kind)) + " " + std::to_string(q.min.value_or(-1)) + " " +
                     std::string(q.unit) + " " + std::string(q.qualifier));
  EXPECT_NE(std::find(counts.begin(), counts.end(), "attacked 40 towns "), counts.end());
  EXPECT_NE(std::find(counts.begin(), counts.end(), "destroyed 4000 vehicles more than"), counts.end());
}

}  // namespace
}  // namespace tocsin::pipeline
