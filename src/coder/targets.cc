#include "coder/targets.h"

#include <algorithm>

namespace tocsin::coder {

using lex::WordClass;
using syntax::VerbGroup;
using syntax::Voice;

namespace {

// The country of a mention that names a place, a capital or a country; "" otherwise.
std::string PlaceMentionCountry(const dict::Dictionaries& dict, const Mention& m) {
  if (m.name < 0) return "";
  const dict::ActorName& name = dict.actors.names()[m.name];
  if (name.kind != dict::ActorKind::kPlace && name.kind != dict::ActorKind::kCapital &&
      name.kind != dict::ActorKind::kCountry)
    return "";
  return std::string(dict.actors.actors()[name.actor].code).substr(0, 3);
}

// A place as a target: the mention that names it (its first word as the
// text), or, without one, only its code.
CodedActor PlaceActor(const SentenceContext& s, std::string code, const Mention* where, Evidence evidence) {
  CodedActor t;
  t.code = std::move(code);
  if (where) {
    t.text_begin = where->begin;
    t.text_end = where->begin + 1;
    t.token_begin = where->begin;
    t.token_end = where->end;
  }
  t.evidence.push_back(evidence);
  DescribeCode(s.dict, &t);
  return t;
}

}  // namespace

int32_t CandidateTarget(const SentenceContext& s, int32_t v, const Candidate& c, int32_t source, bool* locative) {
  const VerbGroup& vg = s.a.vgs[v];
  bool passive = vg.voice == Voice::kPassive;
  int32_t target = -1;
  const FrameMatch* designated = c.complement.designated ? &c.complement : (c.main.designated ? &c.main : nullptr);
  if (designated) {
    target = designated->target;
  } else if (c.main.source >= 0) {
    // "received assurances from the government": the giver is the source, the subject the target.
    target = passive ? vg.agent : vg.subject;
  } else {
    const VerbGroup& tv = c.complement_vg >= 0 ? s.a.vgs[c.complement_vg] : vg;
    const dict::Frame& frame = c.complement_vg >= 0 ? c.pattern->complement : c.pattern->main;
    bool tv_passive = tv.voice == Voice::kPassive;
    int32_t object = tv_passive ? tv.subject : tv.object;
    if (frame.object.empty()) {
      target = tv_passive ? tv.subject : (tv.indirect_object >= 0 ? tv.indirect_object : tv.object);
    } else if (!tv_passive && tv.indirect_object >= 0) {
      target = tv.indirect_object;
    } else if (object >= 0) {
      // "released 95 captured Ukrainian soldiers", "freed 18 political prisoners": the
      // constrained object names the target (but "formed a military command" names no one).
      const std::vector<CodedActor>& objects = s.Actors(object);
      if (!objects.empty() && (!AllGeneric(objects) || AllPeople(s, objects)) &&
          !OwnForces(s, objects, s.Actors(source)))
        target = object;
    }
  }
  // No one in the target slot: a prepositional phrase may name the target
  // ("appealed to Israel for a ceasefire", "declared a truce in Ukraine").
  *locative = false;
  if (s.Actors(target).empty()) {
    int32_t tv = c.complement_vg >= 0 ? c.complement_vg : v;
    const std::vector<CodedActor>& sources = s.Actors(source);
    int32_t fallback = FallbackTarget(s, tv, target, sources);
    if (fallback < 0 && tv != v) fallback = FallbackTarget(s, v, target, sources);
    if (fallback >= 0) {
      target = fallback;
      for (const syntax::PrepPhrase& pp : s.a.pps)
        if (pp.np == fallback && s.Is(WordClass::kLocativePrepositions, s.Lower(pp.prep))) *locative = true;
    }
  }
  return target;
}

int32_t FallbackTarget(const SentenceContext& s, int32_t v, int32_t target_np, const std::vector<CodedActor>& sources) {
  auto own = [&](const CodedActor& t) { return IsOwn(t, sources); };
  int32_t best = -1;
  int best_rank = 1000;  // generic phrases rank from 100
  for (const syntax::PrepPhrase& pp : s.a.pps) {
    if (pp.np < 0) continue;
    bool on_verb = pp.vg == v && pp.modifies_np < 0;
    bool on_target = target_np >= 0 && pp.modifies_np == target_np;
    bool on_object = pp.vg == v && pp.modifies_np >= 0 && pp.modifies_np == s.a.vgs[v].object;
    // One level down: "in exchange for peace with Russia".
    bool nested = false;
    if (pp.vg == v && pp.modifies_np >= 0)
      for (const syntax::PrepPhrase& outer : s.a.pps)
        if (outer.np == pp.modifies_np && outer.vg == v) nested = true;
    if (!on_verb && !on_target && !on_object && !nested) continue;
    std::string_view prep = s.Lower(pp.prep);
    // "brokered the deal together with the United States": a partner in the act, not its target.
    if (pp.prep > s.sentence().token_begin && s.Is(WordClass::kCoAgentAdverbs, s.Lower(pp.prep - 1))) continue;
    int rank = s.words.Rank(WordClass::kTargetPrepositions, prep);
    if (on_target && prep == "of") rank = 0;  // "an investigation into the conduct of Russian troops"
    if (rank < 0 || rank >= best_rank) continue;
    const std::vector<CodedActor>& actors = s.Actors(pp.np);
    if (actors.empty() || std::all_of(actors.begin(), actors.end(), own)) continue;
    // Role-only actors ("into a deputy minister") only where the preposition
    // points at a target, and after any named one.
    if (AllGeneric(actors)) {
      if (rank > 7) continue;
      rank += 100;
      if (rank >= best_rank) continue;
    }
    best = pp.np;
    best_rank = rank;
  }
  return best;
}

std::vector<CodedActor> TargetActors(const SentenceContext& s, int32_t verb_vg, int32_t target_np,
                                     const std::vector<CodedActor>& sources) {
  const std::vector<CodedActor>& targets = s.Actors(target_np);
  if (target_np < 0 || sources.empty()) return targets;
  auto own = [&](const CodedActor& t) { return IsOwn(t, sources); };
  // "positions held by Pakistani-backed infiltrators", "bases used by the rebels":
  // a place or thing that names no one is hit as its holder's.
  if (targets.empty()) {
    const std::vector<CodedActor>& holder = s.ParticipleAgent(target_np);
    if (!holder.empty() && !std::all_of(holder.begin(), holder.end(), own)) return holder;
  }
  if (!std::all_of(targets.begin(), targets.end(), own)) return targets;
  if (verb_vg >= 0) {
    int32_t other = FallbackTarget(s, verb_vg, target_np, sources);
    if (other >= 0 && other != target_np) return s.Actors(other);
  }
  for (const syntax::PrepPhrase& pp : s.a.pps) {
    if (pp.modifies_np != target_np) continue;
    if (!s.Is(WordClass::kTargetAttachments, s.Lower(pp.prep))) continue;
    const std::vector<CodedActor>& other = s.Actors(pp.np);
    if (!other.empty() && !std::all_of(other.begin(), other.end(), own)) return other;
  }
  return targets;
}

void PlaceTarget(const SentenceContext& s, const std::vector<CodedActor>& sources, std::vector<CodedActor>* targets) {
  std::string own = sources[0].country;
  // A foreign place first; failing that, for an armed group or a state's
  // forces at home ("M23 attacked Goma", "the army shelled Homs"), its own country.
  const Mention* home = nullptr;
  for (const Mention& m : s.resolver.mentions()) {
    std::string country = PlaceMentionCountry(s.dict, m);
    // Only a town or region at home, never the capital ("helping Moscow" is
    // the government) and never for the bare country itself.
    if (!country.empty() && country == own && !home && sources[0].code != own &&
        s.dict.actors.names()[m.name].kind == dict::ActorKind::kPlace)
      home = &m;
    if (country.empty() || country == own) continue;
    targets->push_back(PlaceActor(s, country, &m, Evidence::Note("target: the place named in the sentence")));
    return;
  }
  if (home) {
    targets->push_back(PlaceActor(
        s, own, home, Evidence::Note("target: the place named in the sentence, in the source's own country")));
    return;
  }
  std::string theatre;
  Evidence why;
  if (!s.dateline_country.empty() && s.dateline_country != own) {
    theatre = s.dateline_country;
    why = Evidence::Note("target: the story's dateline");
  } else {
    // The country the story names most often, other than the source's own,
    // when it has been named at least twice.
    int best = 1;
    for (const auto& [country, count] : s.story_countries)
      if (country != own && count > best) {
        best = count;
        theatre = country;
      }
    why = Evidence::Note("target: the country the story is about (named {n} times so far)", uint32_t(best));
  }
  if (theatre.empty()) return;
  targets->push_back(PlaceActor(s, theatre, nullptr, why));
}

}  // namespace tocsin::coder
