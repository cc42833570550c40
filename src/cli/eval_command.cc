// tocsin eval: scores tocsin's events against gold standards.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "base/file.h"
#include "builtin/dictionary_files.h"
#include "coder/confidence.h"
#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "cli/eval_geo.h"
#include "cli/input_loop.h"
#include "eval/gold.h"
#include "eval/run.h"
#include "eval/score.h"
#include "io/json_writer.h"
#include "pipeline/pipeline.h"

namespace tocsin::cli {
namespace {

struct EvalOptions {
  std::vector<std::string> gold;
  std::string format = "auto";
  std::string errors = "dyad_root";
  bool json = false;
  pipeline::PrintOptions print;
  bool no_errors = false;
  bool geo = false;
  int threads = 0;
  std::string calibrate;  // where to write the confidence table, or ""
  DictionaryOptions dictionaries;
};

// How well confidence predicts being right: the printed events in bins of
// confidence, with the share of each bin right at the dyad + root level.
void PrintReliability(const eval::Scorer& s) {
  size_t events[5] = {}, right[5] = {};
  double sum[5] = {};
  for (const eval::CalibrationSample& c : s.calibration()) {
    int bin = std::min(4, int(c.confidence * 5));
    ++events[bin];
    right[bin] += c.right;
    sum[bin] += c.confidence;
  }
  std::printf("\nreliability (dyad_root level):\n%-12s %7s %7s %9s %15s\n", "confidence", "events", "right",
              "observed", "mean confidence");
  for (int b = 0; b < 5; ++b) {
    if (!events[b]) continue;
    std::printf("%.1f-%.1f      %7zu %7zu %9.3f %15.3f\n", b / 5.0, (b + 1) / 5.0, events[b], right[b],
                double(right[b]) / double(events[b]), sum[b] / double(events[b]));
  }
}

// Writes the confidence table measured on these gold sets.
bool WriteCalibration(const eval::Scorer& s, const std::string& path, const std::vector<std::string>& gold) {
  // One count per sample: the table adds up those of a class.
  std::vector<coder::CalibrationCount> counts;
  for (const eval::CalibrationSample& c : s.calibration()) counts.push_back({c.evidence_class, 1, c.right ? 1u : 0u});
  std::string header =
      "# tocsin: the confidence of each evidence class (coder/confidence.h): the share of its\n"
      "# printed events right at the dyad + root level, smoothed toward the overall share ('*').\n"
      "# Written by `tocsin eval --calibrate` from:";
  for (const std::string& g : gold) header += " " + g;
  header += "\n# Columns: class (source|target|pattern|modality), predicted, right, confidence.\n";
  Status st = WriteFile(path, coder::ConfidenceTable::Calibrate(counts).Write(header));
  if (!st.ok()) std::fprintf(stderr, "tocsin: %s\n", st.message().c_str());
  return st.ok();
}

std::string Fmt(const char* f, double a, double b, double c) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
}

std::string EventText(const eval::ScoredEvent& e) {
  return (e.source.empty() ? "-" : e.source) + " " + (e.target.empty() ? "-" : e.target) + " " +
         (e.cameo.empty() ? e.plover : e.cameo);
}

void PrintText(const eval::Scorer& s, const eval::GoldSet& gold, const EvalOptions& o) {
  std::printf("tocsin eval: %zu records scored, %zu skipped; %zu gold events, %zu predicted\n\n",
              s.outcomes().size(), gold.skipped.size(), s.gold_events(), s.predicted_events());
  std::printf("%-16s %7s %7s %7s %6s %6s %6s %8s\n", "level", "P", "R", "F1", "TP", "FP", "FN", "records");
  for (int l = 0; l < eval::kLevelCount; ++l) {
    const eval::Counts& c = s.level(eval::Level(l));
    std::printf("%-16s %s %6zu %6zu %6zu %8zu\n", std::string(eval::LevelName(eval::Level(l))).c_str(),
                Fmt("%7.3f %7.3f %7.3f", c.Precision(), c.Recall(), c.F1()).c_str(), c.tp, c.fp, c.fn,
                s.records(eval::Level(l)));
  }
  std::printf("\nper CAMEO root (root level):\n%-6s %7s %7s %7s %6s %6s\n", "root", "P", "R", "F1", "gold", "pred");
  for (const auto& [root, c] : s.by_root())
    std::printf("%-6s %s %6zu %6zu\n", root.c_str(), Fmt("%7.3f %7.3f %7.3f", c.Precision(), c.Recall(), c.F1()).c_str(),
                c.tp + c.fn, c.tp + c.fp);
  if (!s.by_tag().empty()) {
    std::printf("\nper tag (dyad_root level):\n%-12s %7s %7s %7s %6s %6s\n", "tag", "P", "R", "F1", "gold", "pred");
    for (const auto& [tag, c] : s.by_tag())
      std::printf("%-12s %s %6zu %6zu\n", tag.c_str(),
                  Fmt("%7.3f %7.3f %7.3f", c.Precision(), c.Recall(), c.F1()).c_str(), c.tp + c.fn, c.tp + c.fp);
  }
  PrintReliability(s);
  if (!gold.skipped.empty()) {
    std::printf("\nskipped records:\n");
    for (const eval::GoldSkip& k : gold.skipped)
      std::printf("  %s%s%s: %s\n", k.origin.c_str(), k.id.empty() ? "" : " ", k.id.c_str(), k.reason.c_str());
  }
  if (o.no_errors) return;
  std::printf("\nmisses and false alarms at the %s level:\n", o.errors.c_str());
  for (const eval::RecordOutcome& r : s.outcomes()) {
    if (r.ok()) continue;
    std::printf("\n[%s] %s (%s)\n  %s\n", r.gold->id.c_str(), r.gold->date.c_str(), r.gold->origin.c_str(),
                r.gold->text.c_str());
    for (size_t i = 0; i < r.gold->events.size(); ++i) {
      const char* mark = r.gold_matched[i] ? "ok  " : r.gold->events[i].optional ? "opt " : "MISS";
      std::printf("  %s gold  %s\n", mark, EventText(s.FromGold(r.gold->events[i])).c_str());
    }
    for (size_t i = 0; i < r.predicted.size(); ++i)
      if (!r.predicted_matched[i])
        std::printf("  %s  %s\n", r.predicted_repeat[i] ? "repeat     " : "FALSE ALARM", EventText(r.predicted[i]).c_str());
    if (r.gold->events.empty() && r.predicted.empty()) std::printf("  (no events)\n");
  }
}

void PrintJson(const eval::Scorer& s, const eval::GoldSet& gold) {
  std::string out;
  io::JsonWriter w(&out);
  auto counts = [&](const eval::Counts& c) {
    w.BeginObject();
    w.Key("precision").Double(c.Precision(), 4);
    w.Key("recall").Double(c.Recall(), 4);
    w.Key("f1").Double(c.F1(), 4);
    w.Key("tp").Int(int64_t(c.tp));
    w.Key("fp").Int(int64_t(c.fp));
    w.Key("fn").Int(int64_t(c.fn));
    w.EndObject();
  };
  w.BeginObject();
  w.Key("records").Int(int64_t(s.outcomes().size()));
  w.Key("skipped").Int(int64_t(gold.skipped.size()));
  w.Key("gold_events").Int(int64_t(s.gold_events()));
  w.Key("predicted_events").Int(int64_t(s.predicted_events()));
  w.Key("levels").BeginObject();
  for (int l = 0; l < eval::kLevelCount; ++l) {
    w.Key(eval::LevelName(eval::Level(l)));
    counts(s.level(eval::Level(l)));
  }
  w.EndObject();
  w.Key("roots").BeginObject();
  for (const auto& [root, c] : s.by_root()) {
    w.Key(root);
    counts(c);
  }
  w.EndObject();
  w.Key("tags").BeginObject();
  for (const auto& [tag, c] : s.by_tag()) {
    w.Key(tag);
    counts(c);
  }
  w.EndObject();
  w.Key("errors").BeginArray();
  for (const eval::RecordOutcome& r : s.outcomes()) {
    if (r.ok()) continue;
    w.BeginObject();
    w.Key("id").String(r.gold->id);
    w.Key("text").String(r.gold->text);
    w.Key("missed").BeginArray();
    for (size_t i = 0; i < r.gold->events.size(); ++i)
      if (!r.gold_matched[i] && !r.gold->events[i].optional) w.String(EventText(s.FromGold(r.gold->events[i])));
    w.EndArray();
    w.Key("false_alarms").BeginArray();
    for (size_t i = 0; i < r.predicted.size(); ++i)
      if (!r.predicted_matched[i] && !r.predicted_repeat[i]) w.String(EventText(r.predicted[i]));
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("skipped_records").BeginArray();
  for (const eval::GoldSkip& k : gold.skipped) w.String(k.origin + (k.id.empty() ? "" : " " + k.id) + ": " + k.reason);
  w.EndArray();
  w.EndObject();
  out.push_back('\n');
  std::fputs(out.c_str(), stdout);
}

}  // namespace

Runner AddEvalCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("eval", "Score tocsin against gold standards (tocsin .gold, PETRARCH XML, PLOVER JSON; --geo: places, dates, counts)");
  auto o = std::make_shared<EvalOptions>();
  cmd->add_option("gold", o->gold, "Gold files")->required();
  cmd->add_option("--gold-format", o->format, "auto | own | xml | json")
      ->check(CLI::IsMember({"auto", "own", "xml", "json"}))
      ->capture_default_str();
  cmd->add_option("--errors", o->errors, "Level at which misses and false alarms are listed")
      ->check(CLI::IsMember({"root", "code", "plover", "source_country", "target_country", "dyad_root", "triple"}))
      ->capture_default_str();
  cmd->add_flag("--no-errors", o->no_errors, "Do not list misses and false alarms");
  cmd->add_flag("--json", o->json, "Machine-readable scores on stdout");
  cmd->add_flag("--geo", o->geo,
                "The gold files are geo gold (places, times or quantities; docs/eval.md): score places, event "
                "dates and counts");
  cmd->add_flag("--all-modalities", o->print.all_modalities, "Count negated and hypothetical events as predictions too");
  cmd->add_flag("--undirected", o->print.undirected,
                "Count acts done to someone (roots 04-08, 14, 16-20) whose target was not found too");
  cmd->add_option("--min-confidence", o->print.min_confidence, "Count only events at least this sure (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--calibrate", o->calibrate,
                  "Write the confidence of each evidence class, measured on these gold sets, to this file "
                  "(data/model/confidence.tsv; use development sets only)");
  AddThreadsOption(cmd, &o->threads);
  AddDictionaryOptions(cmd, &o->dictionaries);
  return [o] {
    if (o->geo) return RunGeoEval(o->gold, o->json, !o->no_errors);
    std::shared_ptr<const dict::Dictionaries> dictionaries;
    if (!LoadDictionariesOrReport(o->dictionaries, /*quiet=*/false, &dictionaries)) return 2;
    eval::GoldFormat format = o->format == "own"    ? eval::GoldFormat::kOwn
                              : o->format == "xml"  ? eval::GoldFormat::kPetrarchXml
                              : o->format == "json" ? eval::GoldFormat::kJson
                                                    : eval::GoldFormat::kAuto;
    eval::GoldSet gold;
    for (const std::string& path : o->gold) eval::ReadGoldFile(path, format, &gold);
    for (const eval::GoldSkip& k : gold.skipped)
      std::fprintf(stderr, "tocsin: %s%s%s: skipped: %s\n", k.origin.c_str(), k.id.empty() ? "" : " record ",
                   k.id.c_str(), k.reason.c_str());
    // The predictions are the events `tocsin code` prints under the same options.
    const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge(dictionaries.get()), pipeline::PrintOptions::All());
    const dict::Ontology& ontology = pipe.knowledge().ontology;
    eval::Level level;
    eval::ParseLevel(o->errors, &level);
    eval::Scorer scorer(ontology, level);
    int status = gold.skipped.empty() ? 0 : 1;
    for (const eval::RunFailure& f :
         eval::ScoreGold(pipe, pipeline::EventFilter(ontology, o->print), gold, o->threads, &scorer)) {
      std::fprintf(stderr, "tocsin: %s record %s: %s\n", f.record->origin.c_str(), f.record->id.c_str(),
                   f.reason.c_str());
      status = 1;
    }
    if (!o->calibrate.empty() && !WriteCalibration(scorer, o->calibrate, o->gold)) status = 2;
    if (o->json) PrintJson(scorer, gold);
    else PrintText(scorer, gold, *o);
    return status;
  };
}

}  // namespace tocsin::cli
