#include "eval/score.h"

#include <algorithm>

namespace tocsin::eval {
namespace {

constexpr std::string_view kLevelNames[kLevelCount] = {"root", "code", "plover", "source_country",
                                                       "target_country", "dyad_root", "triple"};

std::string Country(const std::string& code) { return code.substr(0, std::min<size_t>(3, code.size())); }

bool NeedsCameo(Level l) { return l == kRoot || l == kCode || l == kDyadRoot || l == kTriple; }

// Matches gold and predicted keys as multisets: first hypothetical gold with
// hypothetical predictions, then the rest with printed predictions. Returns
// the number matched and sets the matched flags of each side.
size_t Match(const std::vector<std::string>& gold, const std::vector<ScoredEvent>& g,
             const std::vector<std::string>& pred, const std::vector<ScoredEvent>& p, std::vector<bool>* gm,
             std::vector<bool>* pm) {
  gm->assign(gold.size(), false);
  pm->assign(pred.size(), false);
  size_t matched = 0;
  for (int pass = 0; pass < 2; ++pass)
    for (size_t i = 0; i < gold.size(); ++i) {
      if ((*gm)[i] || (pass == 0 && !g[i].hypothetical)) continue;
      for (size_t j = 0; j < pred.size(); ++j) {
        bool eligible = pass == 0 ? p[j].hypothetical : p[j].printed;
        if (!(*pm)[j] && eligible && gold[i] == pred[j]) {
          (*gm)[i] = (*pm)[j] = true;
          ++matched;
          break;
        }
      }
    }
  return matched;
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
  return std::all_of(gold_matched.begin(), gold_matched.end(), [](bool b) { return b; }) &&
         std::all_of(predicted_matched.begin(), predicted_matched.end(), [](bool b) { return b; });
}

ScoredEvent Scorer::FromGold(const GoldEvent& g) const {
  ScoredEvent e{g.source, g.target, g.cameo, g.plover};
  e.hypothetical = g.modality == "possible" || g.modality == "conditional" || g.modality == "hypothetical";
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
  gold_events_ += g.size();
  for (const ScoredEvent& p : predicted) predicted_events_ += p.printed;
  RecordOutcome outcome;
  outcome.gold = &gold;
  for (int li = 0; li < kLevelCount; ++li) {
    Level l = Level(li);
    if (plover_only && NeedsCameo(l)) continue;
    std::vector<std::string> gk, pk;
    for (const auto& e : g) gk.push_back(Key(l, e));
    for (const auto& e : predicted) pk.push_back(Key(l, e));
    std::vector<bool> gm, pm;
    size_t matched = Match(gk, g, pk, predicted, &gm, &pm);
    size_t unmatched_printed = 0;
    for (size_t j = 0; j < pk.size(); ++j) unmatched_printed += !pm[j] && predicted[j].printed;
    ++records_[l];
    levels_[l].tp += matched;
    levels_[l].fp += unmatched_printed;
    levels_[l].fn += gk.size() - matched;
    if (l == error_level_ || (plover_only && error_level_ != kPlover && l == kPlover)) {
      outcome.gold_matched = gm;
      outcome.predicted_matched = pm;
    }
    if (l == kRoot) {
      for (size_t i = 0; i < gk.size(); ++i) (gm[i] ? by_root_[gk[i]].tp : by_root_[gk[i]].fn)++;
      for (size_t j = 0; j < pk.size(); ++j)
        if (!pm[j] && predicted[j].printed) by_root_[pk[j]].fp++;
    }
    if (l == kDyadRoot) {
      for (const std::string& tag : gold.tags) {
        Counts& t = by_tag_[tag];
        t.tp += matched;
        t.fp += unmatched_printed;
        t.fn += gk.size() - matched;
      }
    }
  }
  // Keep the predictions a reader needs to see: printed ones and matched ones.
  std::vector<bool> kept_matched;
  for (size_t j = 0; j < predicted.size(); ++j)
    if (predicted[j].printed || (j < outcome.predicted_matched.size() && outcome.predicted_matched[j])) {
      outcome.predicted.push_back(predicted[j]);
      kept_matched.push_back(j < outcome.predicted_matched.size() && outcome.predicted_matched[j]);
    }
  outcome.predicted_matched = std::move(kept_matched);
  outcomes_.push_back(std::move(outcome));
}

}  // namespace tocsin::eval
