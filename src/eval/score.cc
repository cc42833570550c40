#include "eval/score.h"

#include <algorithm>

namespace tocsin::eval {
namespace {

constexpr std::string_view kLevelNames[kLevelCount] = {"root", "code", "plover", "source_country",
                                                       "target_country", "dyad_root", "triple"};

std::string Country(const std::string& code) { return code.substr(0, std::min<size_t>(3, code.size())); }

bool NeedsCameo(Level l) { return l == kRoot || l == kCode || l == kDyadRoot || l == kTriple; }

// Matches gold and predicted keys: required gold first, then acceptable
// gold, so an acceptable event never takes a match from a required one. Sets
// the matched flags of each side.
void Match(const std::vector<std::string>& gold, const std::vector<ScoredEvent>& g,
           const std::vector<std::string>& pred, std::vector<bool>* gm, std::vector<bool>* pm) {
  gm->assign(gold.size(), false);
  pm->assign(pred.size(), false);
  for (int pass = 0; pass < 2; ++pass)
    for (size_t i = 0; i < gold.size(); ++i) {
      if ((*gm)[i] || g[i].optional != (pass == 1)) continue;
      for (size_t j = 0; j < pred.size(); ++j)
        if (!(*pm)[j] && gold[i] == pred[j]) {
          (*gm)[i] = (*pm)[j] = true;
          break;
        }
    }
}

// Unmatched predictions whose key a matched or an earlier unmatched
// prediction of the record already has: repeated mentions of one event.
std::vector<bool> Repeats(const std::vector<std::string>& pred, const std::vector<bool>& pm) {
  std::vector<bool> repeat(pred.size(), false);
  for (size_t j = 0; j < pred.size(); ++j) {
    if (pm[j]) continue;
    for (size_t k = 0; k < pred.size() && !repeat[j]; ++k)
      repeat[j] = k != j && pred[k] == pred[j] && (pm[k] || k < j);
  }
  return repeat;
}

}  // namespace

std::string_view LevelName(Level l) { return kLevelNames[l]; }

bool ParseLevel(std::string_view name, Level* out) {
  for (int i = 0; i < kLevelCount; ++i)
    if (kLevelNames[i] == name) {
      *out = Level(i);
      return true;
    }
  return false;
}

bool RecordOutcome::ok() const {
  for (size_t i = 0; i < gold_matched.size(); ++i)
    if (!gold_matched[i] && !gold->events[i].optional) return false;
  for (size_t j = 0; j < predicted_matched.size(); ++j)
    if (!predicted_matched[j] && !predicted_repeat[j]) return false;
  return true;
}

ScoredEvent Scorer::FromGold(const GoldEvent& g) const {
  ScoredEvent e{g.source, g.target, g.cameo, g.plover};
  e.optional = g.optional || g.modality == "possible" || g.modality == "conditional" || g.modality == "hypothetical";
  if (e.plover.empty() && !e.cameo.empty())
    if (const dict::EventInfo* info = ontology_.Event(e.cameo)) e.plover = info->plover_event;
  return e;
}

std::string Scorer::Key(Level l, const ScoredEvent& e) const {
  switch (l) {
    case kRoot: return e.cameo.substr(0, 2);
    case kCode: return e.cameo;
    case kPlover: return e.plover.empty() ? "-" : e.plover;
    case kSourceCountry: return Country(e.source);
    case kTargetCountry: return Country(e.target);
    case kDyadRoot: return Country(e.source) + "|" + Country(e.target) + "|" + e.cameo.substr(0, 2);
    case kTriple: return e.source + "|" + e.target + "|" + e.cameo;
    default: return "";
  }
}

void Scorer::Add(const GoldRecord& gold, std::vector<ScoredEvent> predicted) {
  for (ScoredEvent& p : predicted)
    if (p.plover.empty())
      if (const dict::EventInfo* info = ontology_.Event(p.cameo)) p.plover = info->plover_event;
  std::vector<ScoredEvent> g;
  for (const GoldEvent& e : gold.events) g.push_back(FromGold(e));
  bool plover_only = std::any_of(g.begin(), g.end(), [](const ScoredEvent& e) { return e.cameo.empty(); });
  for (const ScoredEvent& e : g) gold_events_ += !e.optional;
  predicted_events_ += predicted.size();
  RecordOutcome outcome;
  outcome.gold = &gold;
  outcome.predicted = std::move(predicted);
  const std::vector<ScoredEvent>& pred = outcome.predicted;
  for (int li = 0; li < kLevelCount; ++li) {
    Level l = Level(li);
    if (plover_only && NeedsCameo(l)) continue;
    std::vector<std::string> gk, pk;
    for (const auto& e : g) gk.push_back(Key(l, e));
    for (const auto& e : pred) pk.push_back(Key(l, e));
    std::vector<bool> gm, pm;
    Match(gk, g, pk, &gm, &pm);
    std::vector<bool> repeat = Repeats(pk, pm);
    Counts c;
    for (size_t i = 0; i < gk.size(); ++i)
      if (!g[i].optional) (gm[i] ? c.tp : c.fn)++;
    for (size_t j = 0; j < pk.size(); ++j) c.fp += !pm[j] && !repeat[j];
    ++records_[l];
    levels_[l].tp += c.tp;
    levels_[l].fp += c.fp;
    levels_[l].fn += c.fn;
    if (l == error_level_ || (plover_only && error_level_ != kPlover && l == kPlover)) {
      outcome.gold_matched = gm;
      outcome.predicted_matched = pm;
      outcome.predicted_repeat = repeat;
    }
    if (l == kRoot) {
      for (size_t i = 0; i < gk.size(); ++i)
        if (!g[i].optional) (gm[i] ? by_root_[gk[i]].tp : by_root_[gk[i]].fn)++;
      for (size_t j = 0; j < pk.size(); ++j)
        if (!pm[j] && !repeat[j]) by_root_[pk[j]].fp++;
    }
    if (l == kDyadRoot)
      for (size_t j = 0; j < pk.size(); ++j)
        if (!repeat[j]) calibration_.push_back({pred[j].evidence_class, pred[j].confidence, bool(pm[j])});
    if (l == kDyadRoot)
      for (const std::string& tag : gold.tags) {
        Counts& t = by_tag_[tag];
        t.tp += c.tp;
        t.fp += c.fp;
        t.fn += c.fn;
      }
  }
  if (outcome.gold_matched.empty() && !g.empty()) outcome.gold_matched.assign(g.size(), false);
  if (outcome.predicted_matched.size() != pred.size()) {
    outcome.predicted_matched.assign(pred.size(), false);
    outcome.predicted_repeat.assign(pred.size(), false);
  }
  outcomes_.push_back(std::move(outcome));
}

}  // namespace tocsin::eval
