#include "coder/answers.h"

#include <algorithm>

namespace tocsin::coder {

using lex::WordClass;

namespace {

bool SharesCountry(const CodedActor& a, const std::vector<CodedActor>& side) {
  return std::any_of(side.begin(), side.end(), [&](const CodedActor& b) {
    return a.code == b.code || (!a.country.empty() && a.country == b.country);
  });
}

// Actors of the from/by phrase after `np`, or of the agent of a participle
// that modifies it ("the request made by Egypt").
const std::vector<CodedActor>* AuthorPhrase(const SentenceContext& s, int32_t np) {
  for (const syntax::PrepPhrase& pp : s.a.pps) {
    if (pp.modifies_np != np || pp.np < 0) continue;
    std::string_view prep = s.Lower(pp.prep);
    if (prep != "from" && prep != "by") continue;
    if (!s.Actors(pp.np).empty()) return &s.Actors(pp.np);
  }
  const std::vector<CodedActor>& agent = s.ParticipleAgent(np);
  return agent.empty() ? nullptr : &agent;
}

// The latest earlier event of the story that `head` can refer to.
const Event* EarlierAct(const SentenceContext& s, std::string_view head, const std::vector<CodedActor>& sources) {
  bool act = s.Is(WordClass::kActNouns, head), charge = s.Is(WordClass::kChargeNouns, head);
  if (!act && !charge) return nullptr;
  for (size_t i = s.story_events.size(); i-- > s.story_begin;) {
    const Event& e = s.story_events[i];
    if (!e.has_source || e.source.code.starts_with("---")) continue;
    const dict::EventInfo* info = s.ontology.Event(e.cameo);
    if (!info) continue;
    if (act && info->quad_class != 4) continue;
    if (charge && !(dict::Ontology::Root(e.cameo) == "11" && e.has_target && SharesCountry(e.target, sources)))
      continue;
    if (SharesCountry(e.source, sources)) continue;  // one's own act is not answered this way
    return &e;
  }
  return nullptr;
}

// The phrase naming what the event answers: its object ("rejected the
// proposal"), else, for a reaction, the cause after "over", "for" or
// "against" ("recalled its ambassador over Addis Ababa's port deal"); -1.
int32_t AnsweredPhrase(const SentenceContext& s, const Draft& d, bool reaction) {
  const syntax::VerbGroup& vg = s.a.vgs[d.verb_vg];
  if (vg.object >= 0) return vg.object;
  if (!reaction) return -1;
  for (const syntax::PrepPhrase& pp : s.a.pps) {
    if (pp.vg != d.verb_vg || pp.modifies_np >= 0 || pp.np < 0) continue;
    std::string_view prep = s.Lower(pp.prep);
    if (prep == "over" || prep == "for" || prep == "against") return pp.np;
  }
  return -1;
}

}  // namespace

std::optional<CodedActor> AnsweredAuthor(const SentenceContext& s, const Draft& d,
                                         const std::vector<CodedActor>& sources) {
  if (d.verb_vg < 0 || sources.empty()) return std::nullopt;
  std::string_view root = dict::Ontology::Root(d.code);
  bool reaction = root == "09" || root == "11" || root == "12" || root == "13" || root == "16" || d.code == "016";
  int32_t phrase = AnsweredPhrase(s, d, reaction);
  if (phrase < 0) return std::nullopt;
  std::string_view head = s.Lemma(s.a.nps[phrase].head);
  bool answerable = s.Is(WordClass::kProposalNouns, head) || s.Is(WordClass::kActNouns, head) ||
                    s.Is(WordClass::kChargeNouns, head);
  auto author = [&](const std::vector<CodedActor>& named) -> std::optional<CodedActor> {
    for (const CodedActor& a : named)
      if (!SharesCountry(a, sources)) {
        CodedActor out = a;
        out.evidence.push_back(Evidence::Note("target: the author of what it answers"));
        return out;
      }
    return std::nullopt;
  };
  // "rejects U.S. calls to step down", "over Addis Ababa's port deal": the
  // author named in the phrase itself, else in its from/by phrase.
  // "over Addis Ababa's port deal, an agreement the cabinet denounced": the phrase it renames too.
  int32_t renamed = s.a.nps[phrase].appositive_of;
  if (answerable)
    for (int32_t p : {phrase, renamed}) {
      if (p < 0) continue;
      if (auto found = author(s.Actors(p))) return found;
      if (const std::vector<CodedActor>* by = AuthorPhrase(s, p))
        if (auto found = author(*by)) return found;
    }
  if (!reaction) return std::nullopt;
  const Event* earlier = EarlierAct(s, head, sources);
  if (!earlier) return std::nullopt;
  CodedActor out = earlier->source;
  out.evidence.push_back(Evidence::Note("target: the author of the act or charge it answers, told earlier"));
  out.resolved_from_context = true;
  return out;
}

bool GeographicMeeting(const SentenceContext& s, const Draft& d) {
  if (d.verb_vg < 0) return false;
  const syntax::VerbGroup& vg = s.a.vgs[d.verb_vg];
  if (!s.Is(WordClass::kMeetingPoints, s.Lemma(vg.main)) || vg.subject < 0) return false;
  int32_t first = s.a.nps[vg.subject].first_conjunct >= 0 ? s.a.nps[vg.subject].first_conjunct : vg.subject;
  // "the borders of Poland, the Czech Republic and Germany meet": the phrase the countries belong to.
  for (const syntax::PrepPhrase& pp : s.a.pps)
    if (pp.np == first && pp.modifies_np >= 0 && s.Lower(pp.prep) == "of") first = pp.modifies_np;
  const syntax::NounPhrase& subject = s.a.nps[first];
  bool where = subject.begin > s.sentence().token_begin && s.Lower(subject.begin - 1) == "where";
  return where || s.Is(WordClass::kGeographicFeatures, s.Lemma(subject.head)) ||
         s.Is(WordClass::kGeographicFeatures, s.Lemma(s.a.nps[vg.subject].head));
}

int32_t ObligingSpeaker(const SentenceContext& s, const Draft& d, const std::vector<CodedActor>& doers) {
  if (d.verb_vg < 0 || doers.empty()) return -1;
  const syntax::VerbGroup& vg = s.a.vgs[d.verb_vg];
  if (vg.speaker < 0 || vg.negated || vg.conditional) return -1;
  bool obliged = false;
  for (uint32_t t = vg.begin; t < vg.main && !obliged; ++t) obliged = s.Is(WordClass::kObliging, s.Lemma(t));
  if (!obliged) return -1;
  const std::vector<CodedActor>& speakers = s.Actors(vg.speaker);
  if (speakers.empty()) return -1;
  for (const CodedActor& a : speakers)
    if (SharesCountry(a, doers)) return -1;
  return vg.speaker;
}

}  // namespace tocsin::coder
