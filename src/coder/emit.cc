#include "coder/emit.h"

#include <algorithm>

#include "coder/context.h"
#include "coder/rules.h"
#include "coder/targets.h"
#include "dict/words.h"

namespace tocsin::coder {

using lex::WordClass;
using syntax::NounPhrase;
using syntax::VerbGroup;
using syntax::Voice;

namespace {

// One event of the draft, from `source` to `target` (either may be absent).
void Push(const SentenceContext& s, SentenceState* st, const Draft& d, const CodedActor* source,
          const CodedActor* target) {
  Event e;
  e.sentence_index = s.index;
  if (source) {
    e.has_source = true;
    e.source = *source;
  }
  if (target) {
    e.has_target = true;
    e.target = *target;
  }
  if (e.has_source && e.has_target && e.source.code == e.target.code) return;
  e.cameo = d.code;
  e.modality = d.modality;
  e.verb = d.verb;
  if (d.pattern) {
    e.pattern = d.pattern->text;
    e.pattern_origin = d.pattern->origin;
    e.specific_pattern = d.pattern->specificity > 0;
  }
  e.note = d.note;
  const text::Sentence& sentence = s.sentence();
  e.span_begin = s.doc.tokens[d.span_begin].bytes.begin - sentence.bytes.begin;
  e.span_end = s.doc.tokens[d.span_end - 1].bytes.end - sentence.bytes.begin;
  // One event per distinct action. The sentence's events are the last ones
  // written: the look back stops at the previous sentence's.
  for (auto o = st->out->rbegin(); o != st->out->rend() && o->sentence_index == s.index; ++o)
    if (o->cameo == e.cameo && o->source.code == e.source.code && o->target.code == e.target.code &&
        o->has_source == e.has_source && o->has_target == e.has_target)
      return;
  if (e.has_source && s.IsViolent(e.cameo) && !e.source.code.starts_with("---") &&
      (e.modality == EventModality::kAsserted || e.modality == EventModality::kReported))
    *st->last_violence = {true, s.index, e.source};
  st->out->push_back(std::move(e));
}

// "each other", "one another".
bool IsReciprocal(const SentenceContext& s, int32_t np) {
  const NounPhrase& phrase = s.a.nps[np];
  std::string_view first = s.Lower(phrase.begin);
  return (first == "each" || first == "one") && phrase.end > phrase.begin + 1 &&
         (s.Lower(phrase.end - 1) == "other" || s.Lower(phrase.end - 1) == "another");
}

void DropWeapons(std::vector<CodedActor>* targets) {
  // What is delivered, bought or hit is not an actor even when it is a weapon.
  targets->erase(std::remove_if(targets->begin(), targets->end(), [](const CodedActor& t) { return t.weapon; }),
                 targets->end());
}

}  // namespace

void Emit(const SentenceContext& s, SentenceState* st, Draft d) {
  Cast c;
  c.sources = s.Actors(d.source_np);
  // "Shells fired by Russian forces hit ...": a weapon with no actor of its own is its firer's.
  if (c.sources.empty() && s.IsViolent(d.code)) c.sources = s.ParticipleAgent(d.source_np);
  // A subject that names no actor ("an earthquake struck", "Chinese stocks
  // rallied"): the act is not an actor's.
  if (d.source_np >= 0 && !NamesAnActor(s, d.source_np, c.sources)) return;
  c.targets = TargetActors(s, d.verb_vg, d.target_np, c.sources);
  DropWeapons(&c.targets);
  // "Russia and Ukraine accused each other": each side towards the other.
  if (d.target_np >= 0 && IsReciprocal(s, d.target_np) && c.sources.size() >= 2) {
    for (size_t i = 0; i < c.sources.size(); ++i)
      for (size_t j = 0; j < c.sources.size(); ++j)
        if (i != j) Push(s, st, d, &c.sources[i], &c.sources[j]);
    return;
  }
  bool violent = s.IsViolent(d.code);
  Contextualize(s, d.verb_vg, &c.sources, c.targets, violent, /*is_target=*/false);
  Contextualize(s, d.verb_vg, &c.targets, c.sources, violent, /*is_target=*/true);
  if (!ApplyPostRules(s, &d, &c, st->trace)) return;
  if (d.source_np >= 0) {
    d.span_begin = std::min(d.span_begin, s.a.nps[d.source_np].begin);
    d.span_end = std::max(d.span_end, s.a.nps[d.source_np].end);
  }
  if (d.target_np >= 0) {
    d.span_begin = std::min(d.span_begin, s.a.nps[d.target_np].begin);
    d.span_end = std::max(d.span_end, s.a.nps[d.target_np].end);
  }
  // "Ukraine and the United States negotiated": a mutual act between the
  // members of a compound subject, each towards the others.
  if ((c.targets.empty() || d.locative_target) && IsMutual(s, d, c.sources)) {
    for (size_t i = 0; i < c.sources.size(); ++i)
      for (size_t j = 0; j < c.sources.size(); ++j)
        if (i != j && c.sources[i].code != c.sources[j].code) Push(s, st, d, &c.sources[i], &c.sources[j]);
    return;
  }
  size_t ns = std::max<size_t>(c.sources.size(), 1), nt = std::max<size_t>(c.targets.size(), 1);
  for (size_t i = 0; i < ns; ++i)
    for (size_t j = 0; j < nt; ++j)
      Push(s, st, d, i < c.sources.size() ? &c.sources[i] : nullptr, j < c.targets.size() ? &c.targets[j] : nullptr);
}

void EmitWithActor(const SentenceContext& s, SentenceState* st, Draft d, const CodedActor& source) {
  d.note.clear();
  std::vector<CodedActor> sources = {source};
  std::vector<CodedActor> targets = TargetActors(s, d.verb_vg, d.target_np, sources);
  DropWeapons(&targets);
  bool violent = s.IsViolent(d.code);
  Contextualize(s, d.verb_vg, &targets, sources, violent, /*is_target=*/true);
  if (targets.empty() && violent) PlaceTarget(s, sources, &targets);
  if (d.target_np >= 0) d.span_end = std::max(d.span_end, s.a.nps[d.target_np].end);
  if (targets.empty()) {
    Push(s, st, d, &source, nullptr);
    return;
  }
  for (const CodedActor& t : targets) Push(s, st, d, &source, &t);
}

void EmitFromCandidate(const SentenceContext& s, SentenceState* st, int32_t v, const Candidate& c,
                       const std::string& code, const std::string& note, int32_t modality_vg, int32_t commander) {
  const VerbGroup& vg = s.a.vgs[v];
  bool passive = vg.voice == Voice::kPassive;
  int32_t source = c.main.source >= 0 ? c.main.source : (passive ? vg.agent : vg.subject);
  if (commander >= 0) source = commander;
  // ", killing 14 people" after a strike is the strike itself, not a second act.
  if (vg.adverbial_of >= 0 && s.IsViolent(code) && st->violent_vg[vg.adverbial_of]) return;
  Draft d;
  d.code = code;
  d.note = note;
  d.verb_vg = v;
  d.modality = s.ModalityOf(modality_vg);
  d.pattern = c.pattern;
  d.verb = s.Text(vg.main);
  d.target_np = CandidateTarget(s, v, c, source, &d.locative_target);
  if (c.main.object >= 0) st->used_np[c.main.object] = true;
  if (c.complement.object >= 0) st->used_np[c.complement.object] = true;
  if (d.target_np >= 0) st->used_np[d.target_np] = true;
  d.span_begin = vg.begin;
  d.span_end = vg.end;
  if (c.complement_vg >= 0) d.span_end = std::max(d.span_end, s.a.vgs[c.complement_vg].end);
  bool violent = s.IsViolent(code);
  // "killed in Israeli tank shelling": with no by-agent, an event noun after
  // "in"/"by" names who did it.
  if (passive && source < 0 && violent) {
    for (const syntax::PrepPhrase& pp : s.a.pps) {
      if (pp.vg != v || pp.np < 0 || !s.Is(WordClass::kEventPrepositions, s.Lower(pp.prep))) continue;
      uint32_t noun_start = 0;
      const dict::VerbPattern* p = NounPatternOf(s, pp.np, &noun_start);
      CodedActor inside;
      const NounPhrase& phrase = s.a.nps[pp.np];
      if (!p || noun_start <= phrase.begin || !s.resolver.ActorInSpan(s.doc, phrase.begin, noun_start, &inside))
        continue;
      st->used_np[pp.np] = true;
      d.span_begin = std::min(vg.begin, phrase.begin);
      d.span_end = std::max(vg.end, phrase.end);
      EmitWithActor(s, st, d, inside);
      return;
    }
  }
  // An agentless passive right after a violent act by a named actor is that
  // actor's doing ("the Russians have not stopped bombing positions ... 40
  // towns have been bombed").
  const RecentViolence& last = *st->last_violence;
  if (passive && source < 0 && violent && last.valid && s.index <= last.sentence + 1) {
    CodedActor implicit = last.source;
    implicit.resolved_from_context = true;
    implicit.evidence.insert(implicit.evidence.begin(), Evidence::Note("implicit agent from sentence {n}", last.sentence));
    d.span_begin = vg.begin;
    d.span_end = vg.end;
    EmitWithActor(s, st, d, implicit);
    return;
  }
  // "A roadside bomb killed five soldiers", "an Israeli air strike killed 12":
  // a violent act whose subject is itself an event noun takes the noun's
  // more specific code, and the source is whoever the noun phrase names.
  if (!passive && source >= 0 && violent) {
    uint32_t noun_start = 0;
    const dict::VerbPattern* p = NounPatternOf(s, source, &noun_start);
    if (p && p->code != "---" && s.IsViolent(p->code)) {
      st->used_np[source] = true;
      CodedActor inside;
      const NounPhrase& phrase = s.a.nps[source];
      bool has_inside = noun_start > phrase.begin && s.resolver.ActorInSpan(s.doc, phrase.begin, noun_start, &inside);
      d.code = p->code;
      d.pattern = p;
      d.span_begin = std::min(vg.begin, phrase.begin);
      d.span_end = vg.end;
      // "Shells fired by Russian forces hit ...": the firer.
      const std::vector<CodedActor>& firer = s.ParticipleAgent(source);
      if (!has_inside && firer.size() == 1) {
        inside = firer[0];
        has_inside = true;
      }
      if (has_inside) {
        EmitWithActor(s, st, d, inside);
      } else {
        d.note.clear();
        d.source_np = -1;
        Emit(s, st, d);
      }
      return;
    }
  }
  if (c.pattern->reverse_only) std::swap(source, d.target_np);
  d.source_np = source;
  size_t before = st->out->size();
  Emit(s, st, d);
  if (st->out->size() > before && violent) st->violent_vg[v] = true;
  if (!c.pattern->reverse_code.empty() && note.empty()) {
    Draft reverse = d;
    reverse.code = c.pattern->reverse_code;
    reverse.note = "reverse of " + code;
    std::swap(reverse.source_np, reverse.target_np);
    Emit(s, st, reverse);
  }
}

void EmitNounEvents(const SentenceContext& s, SentenceState* st) {
  for (size_t np = 0; np < s.a.nps.size(); ++np) {
    if (st->used_np[np]) continue;
    const NounPhrase& phrase = s.a.nps[np];
    if (!s.dict.verbs.ForNoun(dict::NounForm(s.doc, s.doc.tokens[phrase.head]))) continue;
    // Where the phrase stands: subject, object of a verb, or after "in"/"by"/"after".
    int32_t governing_vg = -1, subject_of = -1;
    bool subject = false;
    for (size_t v = 0; v < s.a.vgs.size(); ++v) {
      if (s.a.vgs[v].object == int32_t(np)) governing_vg = int32_t(v);
      if (s.a.vgs[v].subject == int32_t(np)) {
        subject = true;
        subject_of = int32_t(v);
      }
    }
    bool light_object = governing_vg >= 0 && s.Is(WordClass::kLightVerbs, s.Lemma(s.a.vgs[governing_vg].main));
    // Nouns for a state of affairs are background ("the war in Ukraine", "amid the conflict").
    if (s.Is(WordClass::kBackgroundNouns, s.Lemma(phrase.head)) && !light_object) continue;
    bool after_event_prep = false;
    if (phrase.object_of_preposition)
      for (const syntax::PrepPhrase& pp : s.a.pps)
        if (pp.np == int32_t(np) && s.Is(WordClass::kEventPrepositions, s.Lower(pp.prep))) after_event_prep = true;
    if (governing_vg < 0 && !subject && !after_event_prep) continue;
    uint32_t noun_start = phrase.end;
    const dict::VerbPattern* best = NounPatternOf(s, int32_t(np), &noun_start);
    if (!best || best->code == "---") continue;
    // Target: a prepositional phrase on the noun; "between X and Y" gives both sides.
    int32_t target = -1;
    int32_t between = -1;
    for (const dict::PrepSlot& slot : best->noun_targets) {
      for (const syntax::PrepPhrase& pp : s.a.pps) {
        std::string_view prep = s.Lower(pp.prep);
        if (pp.modifies_np != int32_t(np) || !PrepMatches(s, slot, pp.prep)) continue;
        if (prep == "between" || prep == "among") between = pp.np;
        else if (slot.target) target = pp.np;
        break;
      }
      if (target >= 0 || between >= 0) break;
    }
    Draft d;
    d.code = best->code;
    d.pattern = best;
    d.verb = s.Text(phrase.head);
    d.modality = governing_vg >= 0 ? s.ModalityOf(governing_vg)
                 : subject_of >= 0 ? s.ModalityOf(subject_of)
                                   : EventModality::kAsserted;
    d.verb_vg = governing_vg >= 0 ? governing_vg : subject_of;
    d.span_begin = phrase.begin;
    d.span_end = phrase.end;
    if (between >= 0) {
      std::vector<int32_t> sides;
      for (int32_t p = between; p >= 0; p = s.a.nps[p].next_conjunct) sides.push_back(p);
      for (size_t i = 0; i < sides.size(); ++i)
        for (size_t j = 0; j < sides.size(); ++j)
          if (i != j) {
            Draft pair = d;
            pair.source_np = sides[i];
            pair.target_np = sides[j];
            Emit(s, st, pair);
          }
      continue;
    }
    d.target_np = target;
    // Source: an actor inside the phrase before the event noun, else the light verb's subject.
    CodedActor inside;
    bool has_inside = noun_start > phrase.begin && s.resolver.ActorInSpan(s.doc, phrase.begin, noun_start, &inside);
    if (has_inside) {
      EmitWithActor(s, st, d, inside);
    } else if (light_object) {
      const VerbGroup& vg = s.a.vgs[governing_vg];
      d.source_np = vg.voice == Voice::kPassive ? vg.agent : vg.subject;
      d.span_begin = std::min(vg.begin, phrase.begin);
      Emit(s, st, d);
    }
  }
}

}  // namespace tocsin::coder
