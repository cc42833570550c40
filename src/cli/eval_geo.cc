#include "cli/eval_geo.h"

#include <cstdio>

#include "eval/geo_score.h"
#include "io/json_writer.h"
#include "pipeline/pipeline.h"

namespace tocsin::cli {
namespace {

void PrintCounts(const char* name, const eval::GeoCounts& c) {
  if (!c.gold && !c.predicted) return;
  std::printf("%-12s %7.3f %7.3f %7.3f %6zu %6zu %6zu %6zu\n", name, c.Precision(), c.Recall(), c.F1(), c.gold,
              c.predicted, c.found, c.right);
}

void JsonCounts(io::JsonWriter& w, const char* name, const eval::GeoCounts& c) {
  w.Key(name).BeginObject();
  w.Key("precision").Double(c.Precision(), 4);
  w.Key("recall").Double(c.Recall(), 4);
  w.Key("f1").Double(c.F1(), 4);
  w.Key("gold").Int(int64_t(c.gold));
  w.Key("predicted").Int(int64_t(c.predicted));
  w.Key("found").Int(int64_t(c.found));
  w.Key("right").Int(int64_t(c.right));
  w.EndObject();
}

}  // namespace

int RunGeoEval(const std::vector<std::string>& gold_files, bool json, bool list_errors) {
  eval::GeoGoldSet gold;
  for (const std::string& path : gold_files) eval::ReadGeoGoldFile(path, &gold);
  int status = gold.skipped.empty() ? 0 : 1;
  for (const eval::GoldSkip& k : gold.skipped)
    std::fprintf(stderr, "tocsin: %s%s%s: skipped: %s\n", k.origin.c_str(), k.id.empty() ? "" : " record ",
                 k.id.c_str(), k.reason.c_str());
  const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge(), pipeline::PrintOptions::All());
  eval::GeoScorer scorer(pipe.knowledge().gazetteer);
  for (const eval::GeoRunFailure& f : eval::ScoreGeoGold(pipe, gold, &scorer)) {
    std::fprintf(stderr, "tocsin: %s record %s: %s\n", f.record->origin.c_str(), f.record->id.c_str(),
                 f.reason.c_str());
    status = 1;
  }
  const eval::GeoScores& s = scorer.scores();
  if (json) {
    std::string out;
    io::JsonWriter w(&out);
    w.BeginObject();
    w.Key("records").Int(int64_t(gold.records.size()));
    w.Key("skipped").Int(int64_t(gold.skipped.size()));
    JsonCounts(w, "places", s.places);
    w.Key("roles_right").Int(int64_t(s.roles_right));
    w.Key("locations").Int(int64_t(s.locations));
    w.Key("locations_right").Int(int64_t(s.locations_right));
    JsonCounts(w, "times", s.times);
    JsonCounts(w, "quantities", s.quantities);
    w.EndObject();
    out.push_back('\n');
    std::fputs(out.c_str(), stdout);
    return status;
  }
  std::printf("tocsin eval --geo: %zu records scored, %zu skipped\n\n", gold.records.size(), gold.skipped.size());
  std::printf("%-12s %7s %7s %7s %6s %6s %6s %6s\n", "reading", "P", "R", "F1", "gold", "pred", "found", "right");
  PrintCounts("places", s.places);
  PrintCounts("times", s.times);
  PrintCounts("quantities", s.quantities);
  if (s.places.found)
    std::printf("\nplace roles right: %zu of %zu found (%.3f)\n", s.roles_right, s.places.found,
                double(s.roles_right) / double(s.places.found));
  if (s.locations)
    std::printf("main action's place right: %zu of %zu records (%.3f)\n", s.locations_right, s.locations,
                double(s.locations_right) / double(s.locations));
  if (list_errors && !scorer.errors().empty()) {
    std::printf("\nerrors:\n");
    for (const eval::GeoError& e : scorer.errors())
      std::printf("  [%s] %-10s %s\n", e.id.c_str(), e.kind.c_str(), e.text.c_str());
  }
  return status;
}

}  // namespace tocsin::cli
