#include "coder/rules.h"

#include <algorithm>

#include "base/strings.h"
#include "coder/answers.h"
#include "coder/targets.h"

namespace tocsin::coder {

using lex::WordClass;
using syntax::NounPhrase;

namespace {

template <typename F>
bool All(const std::vector<CodedActor>& actors, F f) {
  return !actors.empty() && std::all_of(actors.begin(), actors.end(), f);
}

// The lemma of the verb the event comes from, not every alternative of its pattern line.
std::string_view VerbLemma(const SentenceContext& s, const Draft& d) {
  return d.verb_vg >= 0 ? s.Lemma(s.a.vgs[d.verb_vg].main) : std::string_view();
}

// An act of force by one party on another: 190-193 (not artillery, air
// strikes or weapons of mass destruction), with its victims named.
bool PlainForce(const Draft& d) { return d.target_np >= 0 && d.code.starts_with("19") && d.code < "194"; }

// Whether noun phrase `np` names one person: a name from the dictionary, or
// a title before a name ("Lieutenant General Igor Kirillov").
bool NamesAPerson(const SentenceContext& s, int32_t np) {
  const NounPhrase& phrase = s.a.nps[np];
  if (phrase.next_conjunct >= 0) return false;
  const std::vector<Mention>& mentions = s.resolver.mentions();
  // "Iran's top nuclear scientist, Mohsen Fakhrizadeh,": a role renamed by a
  // name, known to the dictionary or not.
  if (phrase.appositive >= 0) {
    if (NamesAPerson(s, phrase.appositive)) return true;
    const NounPhrase& name = s.a.nps[phrase.appositive];
    bool all_names = name.end - name.begin >= 2 && name.end - name.begin <= 4;
    for (uint32_t t = name.begin; t < name.end && all_names; ++t) all_names = s.doc.tokens[t].tag == lex::NNP;
    bool role = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return m.agent >= 0 && m.begin >= phrase.begin && m.end <= phrase.end;
    });
    if (all_names && role) return true;
  }
  const auto& names = s.dict.actors.names();
  for (const Mention& m : mentions) {
    if (m.begin < phrase.begin || m.end > phrase.end) continue;
    if (m.name >= 0 && names[m.name].kind == dict::ActorKind::kPerson) return true;
    if (m.agent >= 0 && m.end <= phrase.head && s.doc.tokens[phrase.head].tag == lex::NNP &&
        s.doc.tokens[m.end].tag == lex::NNP)
      return true;
  }
  return false;
}

// "dozens of villagers", "at least 45 people", "more than 100 civilians".
bool IsMassCount(const SentenceContext& s, int32_t np) {
  for (int32_t p = np; p >= 0;) {
    const NounPhrase& phrase = s.a.nps[p];
    for (uint32_t t = phrase.begin; t < phrase.end; ++t) {
      if (s.Is(WordClass::kMassCounts, s.Lemma(t))) return true;
      if (s.doc.tokens[t].tag == lex::CD) {
        std::string digits;
        for (char ch : s.Text(t))
          if (IsAsciiDigit(ch)) digits += ch;
        if (!digits.empty() && digits.size() < 9 && std::stoi(digits) >= 20) return true;
      }
    }
    int32_t counted = -1;  // "hundreds of civilians": what the count counts
    for (const syntax::PrepPhrase& pp : s.a.pps)
      if (pp.modifies_np == p && pp.np >= 0 && s.Lower(pp.prep) == "of") counted = pp.np;
    p = counted;
  }
  return false;
}

// A named public figure, alone, as the victim.
bool NamedFigure(const SentenceContext& s, const Draft& d, const Cast& c) {
  return c.targets.size() == 1 && NamesAPerson(s, d.target_np) && !c.targets[0].sector.empty() &&
         !s.SectorIs(c.targets[0].sector, dict::kCivilian);
}

bool Kills(const SentenceContext& s, const Draft& d) { return s.Is(WordClass::kKillingVerbs, VerbLemma(s, d)); }

// "Thousands of Cubans took to the streets": people of a nation protesting
// are its opposition, and a protest that names no target is against the
// government.
bool ProtestersAndTheirGovernment(const SentenceContext& s, Draft*, Cast* c) {
  for (CodedActor& a : c->sources) {
    if (a.code.size() != 3 || a.country.empty() || a.token_end == 0) continue;
    if (s.doc.tokens[a.token_end - 1].tag != lex::NNPS) continue;  // a plural demonym, not "Cuba"
    a.code += "OPP";
    a.evidence.push_back(Evidence::Note("protesting people of a country: its opposition"));
    DescribeCode(s.dict, &a);
  }
  if (!c->targets.empty() || c->sources.size() != 1 || c->sources[0].country.empty()) return true;
  // Only a society's groups protest against their government; a state that
  // "boycotts" or "protests" is doing something else.
  std::string_view sector = c->sources[0].sector;
  if (sector.empty() || s.SectorIs(sector, dict::kOrgan)) return true;
  c->targets.push_back(
      OwnCountry(s, c->sources[0], "GOV", Evidence::Note("target: the government (a protest that names no target)")));
  return true;
}

// "would not withdraw", "refused to release", "will never recognise": a
// side's negated commitment about its own conduct is a refusal, CAMEO's 12x
// (the ontology's refusal column). "did not withdraw" is no commitment: no event.
bool NegatedCommitment(const SentenceContext& s, const Draft& d, const Cast& c) {
  if (d.modality != EventModality::kNegated || d.verb_vg < 0 || c.sources.empty()) return false;
  const dict::EventInfo* e = s.ontology.Event(d.code);
  if (!e || e->refusal.empty()) return false;
  const syntax::VerbGroup& vg = s.a.vgs[d.verb_vg];
  if (vg.conditional) return false;
  if (vg.modality == syntax::Modality::kIntended && vg.governor < 0) return true;
  return vg.governor >= 0 && s.Is(WordClass::kRefusing, s.Lemma(s.a.vgs[vg.governor].main));
}

bool Refuse(const SentenceContext& s, Draft* d, Cast*) {
  d->code = s.ontology.Event(d->code)->refusal;
  d->modality = s.a.vgs[d->verb_vg].reported ? EventModality::kReported : EventModality::kAsserted;
  return true;
}

// "Germany said Russia must hand over the suspects": Germany's demand of Russia.
bool Obligation(const SentenceContext& s, const Draft& d, const Cast& c) {
  const dict::EventInfo* e = s.ontology.Event(d.code);
  return d.modality == EventModality::kHypothetical && e && !e->demand.empty() &&
         ObligingSpeaker(s, d, c.sources) >= 0;
}

bool DemandOfTheObliged(const SentenceContext& s, Draft* d, Cast* c) {
  int32_t speaker = ObligingSpeaker(s, *d, c->sources);
  c->targets = c->sources;
  c->sources = s.Actors(speaker);
  d->code = s.ontology.Event(d->code)->demand;
  d->modality = EventModality::kAsserted;
  return true;
}

// "condemned the attack on the Syrian capital": the target found is the
// victim named in the act's own phrase, not whom the reaction answers.
bool VictimOfTheActAnswered(const SentenceContext& s, const Draft& d) {
  if (d.verb_vg < 0 || d.target_np < 0) return false;
  int32_t object = s.a.vgs[d.verb_vg].object;
  if (object < 0 || d.target_np == object || !s.Is(WordClass::kActNouns, s.Lemma(s.a.nps[object].head))) return false;
  return std::any_of(s.a.pps.begin(), s.a.pps.end(), [&](const syntax::PrepPhrase& pp) {
    return pp.np == d.target_np && pp.modifies_np == object;
  });
}

bool AnswersSomeone(const SentenceContext& s, const Draft& d, const Cast& c) {
  return (c.targets.empty() || VictimOfTheActAnswered(s, d)) && AnsweredAuthor(s, d, c.sources).has_value();
}

bool TargetTheAuthor(const SentenceContext& s, Draft* d, Cast* c) {
  c->targets = {*AnsweredAuthor(s, *d, c->sources)};
  return true;
}

// "a drone attack on Kyiv": force against a capital falls on the country
// as a place, not on its government (which "Kyiv rejected the plan" names).
bool CapitalAsGovernment(const CodedActor& a) {
  return a.sector == "GOV" && a.code.size() == 6 &&
         std::any_of(a.evidence.begin(), a.evidence.end(), [](const Evidence& e) { return e.IsName("capital"); });
}

bool ForceOnACapital(const SentenceContext& s, const Draft& d, const Cast& c) {
  return s.IsViolent(d.code) && std::any_of(c.targets.begin(), c.targets.end(), CapitalAsGovernment);
}

bool TheCapitalIsAPlace(const SentenceContext& s, Draft*, Cast* c) {
  for (CodedActor& t : c->targets)
    if (CapitalAsGovernment(t)) {
      t.code = t.country;
      t.evidence.push_back(Evidence::Note("a capital under attack: the country as a place"));
      DescribeCode(s.dict, &t);
    }
  return true;
}

bool Drop(const SentenceContext&, Draft*, Cast*) { return false; }

template <const char* kCode>
bool Recode(const SentenceContext&, Draft* d, Cast*) {
  d->code = kCode;
  return true;
}

constexpr char k175[] = "175", k185[] = "185", k186[] = "186", k190[] = "190", k202[] = "202", k145[] = "145";

}  // namespace

bool IsMutual(const SentenceContext& s, const Draft& d, const std::vector<CodedActor>& sources) {
  if (sources.size() < 2) return false;
  if (s.IsSymmetric(d.code)) return true;
  if (!d.pattern) return false;
  for (const std::string& v : d.pattern->main.verbs)
    if (s.Is(WordClass::kReciprocalVerbs, v)) return true;
  return false;
}

const std::vector<PostRule>& PostRules() {
  static const std::vector<PostRule> kRules = {
      {"refusal", NegatedCommitment, Refuse, "a negated commitment about its own conduct: a refusal"},
      {"an obligation in another side's words", Obligation, DemandOfTheObliged,
       "what another side says must be done: a demand"},
      {"geography, not a meeting", [](const SentenceContext& s, const Draft& d, const Cast&) {
         return GeographicMeeting(s, d);
       },
       Drop, nullptr},
      {"the author of what it answers", AnswersSomeone, TargetTheAuthor, nullptr},
      {"a capital attacked is a place", ForceOnACapital, TheCapitalIsAPlace, nullptr},
      // A state's forces killing or shooting protesters: violent repression.
      {"repression",
       [](const SentenceContext& s, const Draft& d, const Cast& c) {
         return PlainForce(d) && s.Is(WordClass::kProtesterNouns, s.Lemma(s.a.nps[d.target_np].head)) &&
                All(c.sources, [&](const CodedActor& a) { return s.SectorIs(a.sector, dict::kOrgan); });
       },
       Recode<k175>, "force against protesters: repression"},
      // Killing or shooting a named public figure: an assassination, or an attempt on their life.
      {"assassination",
       [](const SentenceContext& s, const Draft& d, const Cast& c) {
         return PlainForce(d) && NamedFigure(s, d, c) &&
                (Kills(s, d) || s.Is(WordClass::kAssassinatingVerbs, VerbLemma(s, d)));
       },
       Recode<k186>, "a named figure killed: assassination"},
      {"attempted assassination",
       [](const SentenceContext& s, const Draft& d, const Cast& c) {
         return PlainForce(d) && NamedFigure(s, d, c) && s.Is(WordClass::kAttackingVerbs, VerbLemma(s, d));
       },
       Recode<k185>, "a named figure attacked: attempted assassination"},
      // Killing many civilians: a mass killing.
      {"mass killing",
       [](const SentenceContext& s, const Draft& d, const Cast& c) {
         return PlainForce(d) && Kills(s, d) &&
                All(c.targets,
                    [&](const CodedActor& a) { return a.sector.empty() || s.SectorIs(a.sector, dict::kCivilian); }) &&
                IsMassCount(s, d.target_np);
       },
       Recode<k202>, "many civilians killed: a mass killing"},
      // Militants or soldiers who storm a police station attack it; they do not riot.
      {"armed violence is an attack",
       [](const SentenceContext& s, const Draft& d, const Cast& c) {
         return d.code.starts_with("145") &&
                All(c.sources, [&](const CodedActor& a) { return s.SectorIs(a.sector, dict::kArmed); });
       },
       Recode<k190>, "violence by an armed actor: an attack"},
      // Protesters who storm, torch or fight are rioting (but artillery, air
      // strikes and mass killing stay what they are).
      {"violent protest",
       [](const SentenceContext& s, const Draft& d, const Cast& c) {
         return (d.code == "1712" || (s.IsViolent(d.code) && (d.code.starts_with("18") || d.code < "194"))) &&
                All(c.sources, [](const CodedActor& a) { return a.sector == "OPP"; });
       },
       Recode<k145>, "violence by protesters: a violent protest"},
      // A violent act with no one named happens somewhere: its place is the target.
      {"the theatre is the target",
       [](const SentenceContext& s, const Draft& d, const Cast& c) {
         return c.targets.empty() && s.IsViolent(d.code) && !c.sources.empty() && !IsMutual(s, d, c.sources);
       },
       [](const SentenceContext& s, Draft*, Cast* c) {
         PlaceTarget(s, c->sources, &c->targets);
         return true;
       },
       nullptr},
      // Actors known only by a role on both sides ("troops attacked police"): no event.
      {"no named actor",
       [](const SentenceContext&, const Draft&, const Cast& c) {
         return AllGeneric(c.sources) && AllGeneric(c.targets);
       },
       Drop, nullptr},
      // An order to one's own troops or police is command, not a demand on anyone.
      {"an order to one's own forces",
       [](const SentenceContext& s, const Draft& d, const Cast& c) {
         return d.code.starts_with("10") && !c.targets.empty() && OwnForces(s, c.targets, c.sources);
       },
       Drop, nullptr},
      // Troops marching through a town are not demonstrating.
      {"troops marching",
       [](const SentenceContext&, const Draft& d, const Cast& c) {
         return d.code == "141" && All(c.sources, [](const CodedActor& a) { return a.sector == "MIL"; });
       },
       Drop, nullptr},
      {"protesters and their government",
       [](const SentenceContext&, const Draft& d, const Cast&) { return d.code.starts_with("14"); },
       ProtestersAndTheirGovernment, nullptr},
      // A curfew, martial law, a ban: coercion with no one named falls on the source's own country.
      {"coercion at home",
       [](const SentenceContext&, const Draft& d, const Cast& c) {
         return c.targets.empty() && d.code.starts_with("17") && c.sources.size() == 1 &&
                !c.sources[0].country.empty();
       },
       [](const SentenceContext& s, Draft*, Cast* c) {
         c->targets.push_back(OwnCountry(s, c->sources[0], "",
                                         Evidence::Note("target: the source's own country (coercion with no one named)")));
         return true;
       },
       nullptr},
  };
  return kRules;
}

bool ApplyPostRules(const SentenceContext& s, Draft* d, Cast* c, std::vector<std::string>* trace) {
  for (const PostRule& rule : PostRules()) {
    if (!rule.applies(s, *d, *c)) continue;
    std::string before = d->code;
    bool keep = rule.rewrite(s, d, c);
    if (trace)
      trace->push_back("  rule '" + std::string(rule.name) + "' on " + before + ": " +
                       (!keep ? "dropped" : d->code != before ? "now " + d->code : "actors changed"));
    if (!keep) return false;
    if (rule.note && d->code != before) d->AddNote(std::string(rule.note) + " (" + before + " -> " + d->code + ")");
  }
  return true;
}

}  // namespace tocsin::coder
