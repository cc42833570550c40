#include "coder/coder.h"

#include <algorithm>

#include "base/strings.h"
#include "coder/governor.h"
#include "dict/words.h"
#include "lex/tagset.h"

namespace tocsin::coder {

int DateNumber(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return kUndated;
  int v = 0;
  for (char c : date) {
    if (c == '-') continue;
    if (!IsAsciiDigit(c)) return kUndated;
    v = v * 10 + (c - '0');
  }
  return v;
}

namespace {

using syntax::Analysis;
using syntax::NounPhrase;
using syntax::VerbGroup;
using syntax::Voice;

// The country of a mention that names a place, a capital or a country; "" otherwise.
std::string PlaceMentionCountry(const dict::Dictionaries& dict, const Mention& m) {
  if (m.name < 0) return "";
  const dict::ActorName& name = dict.actors.names()[m.name];
  if (name.kind != dict::ActorKind::kPlace && name.kind != dict::ActorKind::kCapital &&
      name.kind != dict::ActorKind::kCountry)
    return "";
  return std::string(dict.actors.actors()[name.actor].code).substr(0, 3);
}

using lex::WordClass;

struct FrameMatch {
  int32_t target = -1;  // noun phrase designated as target
  bool designated = false;
  int32_t source = -1;  // noun phrase designated as source (PETRARCH '$')
  int32_t object = -1;  // the object the frame constrained
  size_t object_words = 0;  // how many words of the object the frame named ("water cannon": 2)
};

struct Candidate {
  const dict::VerbPattern* pattern = nullptr;
  FrameMatch main, complement;
  int32_t complement_vg = -1;
  // The pattern's specificity plus the words of the object it named beyond
  // the first: "fire water_cannon at T" beats "fire $ARTILLERY at T" on
  // "fired water cannon at", where $ARTILLERY matched only "cannon".
  int Score() const {
    auto extra = [](const FrameMatch& m) { return m.object_words > 1 ? int(m.object_words) - 1 : 0; };
    return pattern->specificity + extra(main) + extra(complement);
  }
};

class SentenceCoder {
 public:
  SentenceCoder(const dict::Dictionaries& dict, const dict::Ontology& ontology, const lex::WordClasses& words,
                const text::Document& doc,
                uint32_t sentence_index, const Analysis& a, const ActorResolver& resolver,
                std::string_view dateline_country, CoderScratch* scratch)
      : last_violence_(&scratch->last_violence),
        story_countries_(scratch->story_countries),
        trace_(scratch->trace),
        dateline_country_(dateline_country),
        dict_(dict),
        ontology_(ontology),
        words_(words),
        doc_(doc),
        si_(sentence_index),
        s_(doc.sentences[sentence_index]),
        a_(a),
        resolver_(resolver) {}

  void Run(std::vector<Event>* out) {
    out_ = out;
    size_t n = a_.vgs.size();
    consumed_.assign(n, false);
    appeal_content_.assign(n, std::string());
    violent_vg_.assign(n, false);
    used_np_.assign(a_.nps.size(), false);
    std::vector<Candidate> simple(n), with_complement(n);
    for (size_t v = 0; v < n; ++v) Best(int32_t(v), &simple[v], &with_complement[v]);
    if (trace_) Trace(simple, with_complement);
    // 1. Patterns that span a verb and its complement ("vow to send weapons").
    for (size_t v = 0; v < n; ++v) {
      const Candidate& c = with_complement[v];
      if (!c.pattern) continue;
      if (simple[v].pattern && simple[v].Score() > c.Score()) continue;
      // "ordered his troops to withdraw" is the orderer's withdrawal (step 2),
      // not a demand that someone withdraw.
      if (GovernorKind(words_, Lemma(a_.vgs[v].main)) == Governor::kCommand && a_.vgs[v].object >= 0 &&
          OwnForces(resolver_.ChainActors(a_, a_.vgs[v].object), resolver_.ChainActors(a_, a_.vgs[v].subject)))
        continue;
      consumed_[v] = true;
      consumed_[c.complement_vg] = true;
      if (c.pattern->code != "---") EmitFromCandidate(int32_t(v), c, c.pattern->code, "", int32_t(v));
    }
    // 2. Complements governed by a threat or intention: CAMEO's threat and intent codes.
    for (size_t v = 0; v < n; ++v) {
      const VerbGroup& vg = a_.vgs[v];
      const Candidate& c = simple[v];
      if (consumed_[v] || !c.pattern || vg.governor < 0 || consumed_[vg.governor]) continue;
      Governor kind = GovernorKind(words_, Lemma(a_.vgs[vg.governor].main));
      if (kind == Governor::kNone && IsReadiness(vg.governor)) kind = Governor::kIntent;
      if (kind == Governor::kNone) continue;
      consumed_[v] = true;
      if (kind == Governor::kAppeal) {
        // The appeal is the event; its content did not happen but says what was asked.
        if (c.pattern->code != "---") appeal_content_[vg.governor] = c.pattern->code;
        continue;
      }
      consumed_[vg.governor] = true;
      if (c.pattern->code == "---") continue;
      std::string governor(Lemma(a_.vgs[vg.governor].main));
      if (kind == Governor::kCommand) {
        // The one who orders is the source; the one ordered is only the instrument.
        command_source_ = a_.vgs[vg.governor].voice == Voice::kPassive ? a_.vgs[vg.governor].agent
                                                                       : a_.vgs[vg.governor].subject;
        EmitFromCandidate(int32_t(v), c, c.pattern->code, "ordered (governed by '" + governor + "')", vg.governor);
        command_source_ = -1;
        continue;
      }
      std::string code = kind == Governor::kThreat ? ThreatCode(ontology_, c.pattern->code) : IntentCode(ontology_, c.pattern->code);
      std::string note = std::string(kind == Governor::kThreat ? "threat" : "intention") + " to " +
                         c.pattern->code + " (governed by '" + governor + "')";
      EmitFromCandidate(int32_t(v), c, code, note, vg.governor);
    }
    // 3. Everything else. A verb of saying whose content is reported is not
    // itself an event unless its pattern asks for more than the verb ("said"
    // vs "issued a statement").
    std::vector<bool> reports(n, false);
    for (const VerbGroup& vg : a_.vgs)
      if (vg.reporting >= 0) reports[vg.reporting] = true;
    for (size_t v = 0; v < n; ++v) {
      if (consumed_[v] || !simple[v].pattern) continue;
      if (simple[v].pattern->code == "---") continue;
      if (reports[v] && simple[v].pattern->specificity == 0 && simple[v].pattern->reverse_code.empty() &&
          Is(WordClass::kReporting, Lemma(a_.vgs[v].main)))
        continue;
      std::string code = simple[v].pattern->code, note;
      if (!appeal_content_[v].empty()) {
        code = AppealContentCode(ontology_, code, appeal_content_[v]);
        if (code != simple[v].pattern->code) note = "what is asked: " + appeal_content_[v];
      }
      EmitFromCandidate(int32_t(v), simple[v], code, note, int32_t(v));
    }
    NounEvents();
  }

 private:
  std::string_view Lemma(uint32_t token) const { return doc_.tokens[token].lemma; }
  std::string_view Lower(uint32_t token) const { return doc_.TokenLower(doc_.tokens[token]); }
  bool Is(WordClass c, std::string_view word) const { return words_.Has(c, word); }
  bool IsQuantityHead(std::string_view lemma) const { return Is(WordClass::kQuantityHeads, lemma); }
  bool IsLightVerb(std::string_view lemma) const { return Is(WordClass::kLightVerbs, lemma); }
  bool IsEventPreposition(std::string_view p) const { return Is(WordClass::kEventPrepositions, p); }
  bool IsLocative(std::string_view p) const { return Is(WordClass::kLocativePrepositions, p); }
  bool IsViolent(std::string_view code) const { return ontology_.IsViolent(code); }
  bool IsSymmetric(std::string_view code) const {
    const dict::EventInfo* e = ontology_.Event(code);
    return e && e->symmetric;
  }
  bool SectorIs(std::string_view sector, dict::ActorFlag flag) const { return ontology_.ActorIs(sector, flag); }

  // The noun phrase a pattern's object slot looks at: the patient of a passive.
  int32_t PatternObject(const VerbGroup& vg) const {
    return vg.voice == Voice::kPassive ? vg.subject : vg.object;
  }

  bool TailMatches(uint32_t begin, uint32_t end, const std::vector<std::string>& seq) const {
    if (seq.empty() || end - begin < seq.size()) return false;
    uint32_t start = end - uint32_t(seq.size());
    for (size_t k = 0; k < seq.size(); ++k)
      if (dict::NounForm(doc_, doc_.tokens[start + k]) != seq[k]) return false;
    return true;
  }

  // Whether noun phrase `np` (or a phrase coordinated with it, or what it
  // counts: "thousands of troops") ends with one of the word sequences.
  bool NpMatches(int32_t np, const dict::Words& words) const { return NpMatchLength(np, words) > 0; }

  // "Tuesday", "the weekend", "March 3": a phrase that says when, not who.
  bool IsTimePhrase(int32_t np) const {
    std::string_view head = Lower(a_.nps[np].head);
    if (doc_.tokens[a_.nps[np].head].tag == lex::CD && a_.nps[np].head > a_.nps[np].begin)
      head = Lower(a_.nps[np].head - 1);  // "March 3"
    return Is(WordClass::kTimeWords, head);
  }

  // The object of an of-phrase right after noun phrase `np`, or -1.
  int32_t OfPhraseAfter(int32_t np) const {
    for (const syntax::PrepPhrase& pp : a_.pps)
      if (pp.modifies_np == np && pp.np >= 0 && pp.prep == a_.nps[np].end && Lower(pp.prep) == "of") return pp.np;
    return -1;
  }

  // The length of the longest word sequence that noun phrase `np` matches, 0 if none.
  size_t NpMatchLength(int32_t np, const dict::Words& words) const {
    size_t best = 0;
    if (np < 0) return best;
    for (int32_t p = np; p >= 0; p = a_.nps[p].next_conjunct) {
      const NounPhrase& phrase = a_.nps[p];
      int32_t of_np = OfPhraseAfter(p);
      for (const auto& seq : words.sequences) {
        if (seq.size() <= best) continue;
        bool match = TailMatches(phrase.begin, phrase.end, seq);
        // "a six-month state of emergency": a compound with "of" spans the of-phrase.
        if (!match && of_np >= 0 && seq.size() >= 3 && std::find(seq.begin(), seq.end(), "of") != seq.end())
          match = TailMatches(phrase.begin, a_.nps[of_np].end, seq);
        if (words.anywhere)
          for (uint32_t e = phrase.begin + uint32_t(seq.size()); e < phrase.end && !match; ++e)
            match = TailMatches(phrase.begin, e, seq);
        if (match) best = seq.size();
      }
      std::string_view head = Lemma(phrase.head);
      if (IsQuantityHead(head) || doc_.tokens[phrase.head].tag == lex::CD) {
        for (const syntax::PrepPhrase& pp : a_.pps)
          if (pp.modifies_np == p && (Lower(pp.prep) == "of" || Lower(pp.prep) == "in"))
            best = std::max(best, NpMatchLength(pp.np, words));
      }
    }
    return best;
  }

  bool HasParticle(const VerbGroup& vg, const std::string& particle) const {
    if (particle.empty()) return true;
    auto parts = Split(particle, '_');
    auto at = [&](uint32_t t) {
      for (size_t k = 0; k < parts.size(); ++k)
        if (t + k >= s_.token_end || Lower(uint32_t(t + k)) != parts[k]) return false;
      return true;
    };
    if (vg.main + 1 < s_.token_end && at(vg.main + 1)) return true;
    if (vg.object >= 0 && a_.nps[vg.object].end < s_.token_end && at(a_.nps[vg.object].end)) return true;
    return false;
  }

  // Whether the preposition at token `at` is one of the slot's; a compound
  // ("in_front_of") must be preceded in the text by its other words.
  bool PrepMatches(const dict::PrepSlot& slot, uint32_t at) const {
    std::string_view prep = Lower(at);
    for (const std::string& p : slot.preps) {
      if (p == prep || (p == "toward" && prep == "towards") || (p == "towards" && prep == "toward")) return true;
      if (p.find('_') == std::string::npos) continue;
      auto parts = Split(p, '_');
      if (parts.back() != prep || at < s_.token_begin + parts.size() - 1) continue;
      bool ok = true;
      for (size_t k = 0; k + 1 < parts.size(); ++k)
        ok = ok && Lower(uint32_t(at - (parts.size() - 1) + k)) == parts[k];
      if (ok) return true;
    }
    return false;
  }

  // The noun phrase after preposition `slot` in the verb group's clause: a
  // prepositional phrase, or the object of a gerund clause it introduces
  // ("accused T of committing war crimes").
  int32_t FindPrepObject(const dict::PrepSlot& slot, int32_t v) const {
    int32_t object = PatternObject(a_.vgs[v]);
    // "fired tear gas and water cannon at protesters": the phrase after the
    // last conjunct of the object belongs to the verb too.
    auto modifies_object = [&](int32_t np) {
      for (int32_t p = object; p >= 0; p = a_.nps[p].next_conjunct)
        if (np == p || np == OfPhraseAfter(p)) return true;  // "declared a state of emergency in T"
      return false;
    };
    for (const syntax::PrepPhrase& pp : a_.pps) {
      bool attached = pp.vg == v || (pp.modifies_np >= 0 && modifies_object(pp.modifies_np));
      if (!attached || pp.np < 0 || !PrepMatches(slot, pp.prep)) continue;
      if (slot.noun.empty() && IsTimePhrase(pp.np)) continue;  // "called on Tuesday" is no "call on T"
      if (!slot.noun.empty() && !NpMatches(pp.np, slot.noun)) continue;
      return pp.np;
    }
    for (size_t w = 0; w < a_.vgs.size(); ++w) {
      const VerbGroup& g = a_.vgs[w];
      if (!g.gerund || g.begin == 0 || g.begin <= a_.vgs[v].main) continue;
      if (!PrepMatches(slot, g.begin - 1)) continue;
      if (g.object >= 0 && (slot.noun.empty() || NpMatches(g.object, slot.noun))) return g.object;
    }
    return -1;
  }

  bool FrameMatches(const dict::Frame& f, int32_t v, FrameMatch* m) const {
    const VerbGroup& vg = a_.vgs[v];
    std::string_view lemma = Lemma(vg.main);
    size_t which = 0;
    while (which < f.verbs.size() && f.verbs[which] != lemma) ++which;
    if (which == f.verbs.size()) return false;
    if (!HasParticle(vg, f.particles[which])) return false;
    bool passive = vg.voice == Voice::kPassive;
    int32_t object = PatternObject(vg);
    if (f.indirect_target) {
      // "granted Ukraine access": two objects, the first is the target.
      if (passive || vg.indirect_object < 0) return false;
      m->target = vg.indirect_object;
      m->designated = true;
    }
    if (!f.object.empty()) {
      m->object_words = NpMatchLength(object, f.object);
      if (m->object_words == 0) return false;
      m->object = object;
    }
    if (f.object_target) {
      if (object < 0) return false;
      m->target = object;
      m->designated = true;
    }
    for (const dict::PrepSlot& slot : f.preps) {
      int32_t np = FindPrepObject(slot, v);
      if (np < 0) return false;
      if (slot.target) {
        m->target = np;
        m->designated = true;
      }
      if (slot.source) m->source = np;
    }
    if (f.object_source) {
      if (object < 0) return false;
      m->source = object;
    }
    return true;
  }

  bool SubjectMatches(const dict::VerbPattern& p, const VerbGroup& vg) const {
    if (p.subject.empty()) return true;
    int32_t subject = vg.voice == Voice::kPassive ? vg.agent : vg.subject;
    if (subject < 0) return false;
    const NounPhrase& np = a_.nps[subject];
    for (const auto& seq : p.subject.sequences)
      for (uint32_t start = np.begin; start + seq.size() <= np.end; ++start)
        if (TailMatches(start, uint32_t(start + seq.size()), seq)) return true;
    return false;
  }

  void Best(int32_t v, Candidate* simple, Candidate* with_complement) const {
    const VerbGroup& vg = a_.vgs[v];
    const auto* ids = dict_.verbs.ForVerb(Lemma(vg.main));
    if (!ids) return;
    for (uint32_t id : *ids) {
      const dict::VerbPattern& p = dict_.verbs.patterns()[id];
      if (!SubjectMatches(p, vg)) continue;
      Candidate c;
      c.pattern = &p;
      if (!FrameMatches(p.main, v, &c.main)) continue;
      if (p.has_complement) {
        bool ok = false;
        for (size_t w = 0; w < a_.vgs.size() && !ok; ++w) {
          const VerbGroup& comp = a_.vgs[w];
          if (comp.governor != v) continue;
          FrameMatch cm;
          if (!FrameMatches(p.complement, int32_t(w), &cm)) continue;
          c.complement = cm;
          c.complement_vg = int32_t(w);
          ok = true;
        }
        if (!ok) continue;
        if (!with_complement->pattern || c.Score() > with_complement->Score()) *with_complement = c;
      } else if (!simple->pattern || c.Score() > simple->Score()) {
        *simple = c;
      }
    }
  }

  EventModality ModalityOf(int32_t v) const {
    const VerbGroup& vg = a_.vgs[v];
    if (vg.negated) return EventModality::kNegated;
    if (vg.conditional || vg.modality == syntax::Modality::kPossible ||
        vg.modality == syntax::Modality::kHypothetical)
      return EventModality::kHypothetical;
    if (vg.modality == syntax::Modality::kIntended) return EventModality::kIntended;
    if (vg.reported) return EventModality::kReported;
    return EventModality::kAsserted;
  }

  void EmitFromCandidate(int32_t v, const Candidate& c, const std::string& code, const std::string& note,
                         int32_t modality_vg) {
    const VerbGroup& vg = a_.vgs[v];
    bool passive = vg.voice == Voice::kPassive;
    int32_t source = c.main.source >= 0 ? c.main.source : (passive ? vg.agent : vg.subject);
    if (command_source_ >= 0) source = command_source_;
    // ", killing 14 people" after a strike is the strike itself, not a second act.
    if (vg.adverbial_of >= 0 && IsViolent(code) && violent_vg_[vg.adverbial_of]) return;
    int32_t target = -1;
    const FrameMatch* designated = c.complement.designated ? &c.complement : (c.main.designated ? &c.main : nullptr);
    if (designated) {
      target = designated->target;
    } else if (c.main.source >= 0) {
      // "received assurances from the government": the giver is the source, the subject the target.
      target = passive ? vg.agent : vg.subject;
    } else {
      const VerbGroup& tv = c.complement_vg >= 0 ? a_.vgs[c.complement_vg] : vg;
      const dict::Frame& frame = c.complement_vg >= 0 ? c.pattern->complement : c.pattern->main;
      bool tv_passive = tv.voice == Voice::kPassive;
      int32_t object = tv_passive ? tv.subject : tv.object;
      if (frame.object.empty()) {
        target = tv_passive ? tv.subject : (tv.indirect_object >= 0 ? tv.indirect_object : tv.object);
      } else if (!tv_passive && tv.indirect_object >= 0) {
        target = tv.indirect_object;
      } else if (object >= 0 && !resolver_.ChainActors(a_, object).empty() &&
                 (!AllGeneric(resolver_.ChainActors(a_, object)) || AllPeople(resolver_.ChainActors(a_, object))) &&
                 !OwnForces(resolver_.ChainActors(a_, object), resolver_.ChainActors(a_, source))) {
        // "released 95 captured Ukrainian soldiers", "freed 18 political prisoners": the
        // constrained object names the target (but "formed a military command" names no one).
        target = object;
      }
    }
    // No one in the target slot: a prepositional phrase may name the target
    // ("appealed to Israel for a ceasefire", "declared a truce in Ukraine").
    locative_target_ = false;
    if (resolver_.ChainActors(a_, target).empty()) {
      int32_t tv = c.complement_vg >= 0 ? c.complement_vg : v;
      int32_t fallback = FallbackTarget(tv, target, resolver_.ChainActors(a_, source));
      if (fallback < 0 && tv != v) fallback = FallbackTarget(v, target, resolver_.ChainActors(a_, source));
      if (fallback >= 0) {
        target = fallback;
        for (const syntax::PrepPhrase& pp : a_.pps)
          if (pp.np == fallback && IsLocative(Lower(pp.prep))) locative_target_ = true;
      }
    }
    if (c.main.object >= 0) used_np_[c.main.object] = true;
    if (c.complement.object >= 0) used_np_[c.complement.object] = true;
    if (target >= 0) used_np_[target] = true;
    uint32_t span_begin = vg.begin, span_end = vg.end;
    if (c.complement_vg >= 0) span_end = std::max(span_end, a_.vgs[c.complement_vg].end);
    // "killed in Israeli tank shelling": with no by-agent, an event noun after
    // "in"/"by" names who did it.
    if (passive && source < 0 && IsViolent(code)) {
      for (const syntax::PrepPhrase& pp : a_.pps) {
        if (pp.vg != v || pp.np < 0 || !IsEventPreposition(Lower(pp.prep))) continue;
        uint32_t noun_start = 0;
        const dict::VerbPattern* p = NounPatternOf(pp.np, &noun_start);
        CodedActor inside;
        const NounPhrase& phrase = a_.nps[pp.np];
        if (!p || noun_start <= phrase.begin || !resolver_.ActorInSpan(doc_, phrase.begin, noun_start, &inside)) continue;
        used_np_[pp.np] = true;
        context_vg_ = v;
        EmitWithActor(code, inside, target, ModalityOf(modality_vg), c.pattern, doc_.TokenText(doc_.tokens[vg.main]),
                      std::min(vg.begin, phrase.begin), std::max(vg.end, phrase.end));
        return;
      }
    }
    // An agentless passive right after a violent act by a named actor is that
    // actor's doing ("the Russians have not stopped bombing positions ... 40
    // towns have been bombed").
    if (passive && source < 0 && IsViolent(code) && last_violence_->valid && si_ <= last_violence_->sentence + 1) {
      CodedActor implicit = last_violence_->source;
      implicit.resolved_from_context = true;
      implicit.evidence.insert(implicit.evidence.begin(), "implicit agent from sentence " +
                                                              std::to_string(last_violence_->sentence));
      context_vg_ = v;
      EmitWithActor(code, implicit, target, ModalityOf(modality_vg), c.pattern, doc_.TokenText(doc_.tokens[vg.main]),
                    vg.begin, vg.end);
      return;
    }
    // "A roadside bomb killed five soldiers", "an Israeli air strike killed 12":
    // a violent act whose subject is itself an event noun takes the noun's
    // more specific code, and the source is whoever the noun phrase names.
    std::string instrument_code;
    if (!passive && source >= 0 && IsViolent(code)) {
      uint32_t noun_start = 0;
      const dict::VerbPattern* p = NounPatternOf(source, &noun_start);
      if (p && p->code != "---" && IsViolent(p->code)) {
        instrument_code = p->code;
        used_np_[source] = true;
        CodedActor inside;
        const NounPhrase& phrase = a_.nps[source];
        bool has_inside = noun_start > phrase.begin && resolver_.ActorInSpan(doc_, phrase.begin, noun_start, &inside);
        context_vg_ = v;
        uint32_t b = vg.begin, e = vg.end;
        if (has_inside) {
          EmitWithActor(instrument_code, inside, target, ModalityOf(modality_vg), p, doc_.TokenText(doc_.tokens[vg.main]),
                        std::min(b, phrase.begin), e);
        } else {
          Emit(instrument_code, -1, target, ModalityOf(modality_vg), p, "", doc_.TokenText(doc_.tokens[vg.main]),
               std::min(b, phrase.begin), e);
        }
        return;
      }
    }
    if (c.pattern->reverse_only) std::swap(source, target);
    context_vg_ = v;
    size_t before = out_->size();
    Emit(code, source, target, ModalityOf(modality_vg), c.pattern, note, doc_.TokenText(doc_.tokens[vg.main]),
         span_begin, span_end);
    if (out_->size() > before && IsViolent(code)) violent_vg_[v] = true;
    if (!c.pattern->reverse_code.empty() && note.empty())
      Emit(c.pattern->reverse_code, target, source, ModalityOf(modality_vg), c.pattern, "reverse of " + code,
           doc_.TokenText(doc_.tokens[vg.main]), span_begin, span_end);
  }

  // The country of the place noun phrase `np` names, looking through the
  // phrases that place it further ("the village of Kocho in northern Iraq").
  std::string PlaceCountry(int32_t np, int depth = 0) const {
    std::string country = resolver_.PlaceCountry(a_, np);
    if (!country.empty() || depth == 2) return country;
    for (const syntax::PrepPhrase& pp : a_.pps) {
      if (pp.np < 0 || pp.modifies_np != np) continue;
      std::string_view prep = Lower(pp.prep);
      if (prep != "of" && prep != "on" && !IsLocative(prep)) continue;  // "an attack on the village of X"
      country = PlaceCountry(pp.np, depth + 1);
      if (!country.empty()) break;
    }
    return country;
  }

  // An actor known only by its role ("---OPP", "the government", "police")
  // takes its country from where the sentence places it ("protesters in
  // Minsk"), else from who reports it, else from the other side of the event:
  // most events between a state's organs and its people are domestic.
  void Contextualize(std::vector<CodedActor>* actors, const std::vector<CodedActor>& other, bool violent,
                     bool is_target) const {
    for (CodedActor& a : *actors) {
      if (!a.code.starts_with("---")) continue;
      std::string_view sector = a.code.size() >= 6 ? std::string_view(a.code).substr(3, 3) : "";
      // Insurgents, militants, criminals: only an explicit place says where they are from.
      bool armed_non_state = SectorIs(sector, dict::kIrregular);
      std::string country;
      int32_t np = a.token_begin < s_.token_end ? a_.NpAt(a.token_begin) : -1;
      for (const syntax::PrepPhrase& pp : a_.pps) {
        if (!country.empty() || pp.np < 0 || !IsLocative(Lower(pp.prep))) continue;
        // Protesters are where the sentence puts anything ("stormed the French embassy in Tehran").
        bool anywhere = sector == "OPP" && !is_target;
        if ((np >= 0 && pp.modifies_np == np) || (context_vg_ >= 0 && pp.vg == context_vg_ && pp.modifies_np < 0) ||
            anywhere)
          country = PlaceCountry(pp.np);
      }
      if (country.empty() && !armed_non_state && context_vg_ >= 0 && a_.vgs[context_vg_].speaker >= 0)
        country = PlaceCountry(a_.vgs[context_vg_].speaker);
      for (const CodedActor& o : other) {
        if (!country.empty() || o.country.empty() || armed_non_state) continue;
        // Violence by an army or a state on role-only victims is not presumed domestic;
        // by police, courts, governments or insurgents it is.
        // Only a state's organ or a domestic group suggests a domestic event ("the
        // opposition accused the government"); a bare state does not ("the
        // government thanked China").
        std::string_view other_sector = o.sector;
        // Protesters protest at home: even a bare country places them.
        if (other_sector.empty() && !(sector == "OPP" && !is_target)) continue;
        if (violent && is_target && other_sector == "MIL") continue;
        country = o.country;
      }
      if (country.empty()) continue;
      a.code = country + a.code.substr(3);
      a.evidence.push_back("country " + country + " from the context of the sentence");
      DescribeCode(dict_, &a);
    }
  }

  // Whether noun phrase `np`, which resolved to `actors`, names an actor: a
  // nationality before a noun that is neither a role nor an event ("Chinese
  // stocks") does not.
  bool NamesAnActor(int32_t np, const std::vector<CodedActor>& actors) const {
    if (actors.empty()) {
      const NounPhrase& phrase = a_.nps[np];
      // Unresolved pronouns and relative pronouns leave the question open.
      return phrase.pronoun || phrase.relative;
    }
    if (actors.size() != 1 || actors[0].code.size() != 3) return true;
    const NounPhrase& phrase = a_.nps[np];
    const text::Token& head = doc_.tokens[phrase.head];
    if (!(head.tag == lex::NN || head.tag == lex::NNS)) return true;
    if (actors[0].resolved_from_context) return true;
    if (resolver_.IsQuantity(doc_, phrase)) return true;  // "thousands of Cubans": what it counts
    for (const std::string& e : actors[0].evidence)
      if (!e.starts_with("adjective ")) return true;
    uint32_t noun_start = 0;
    if (NounPatternOf(np, &noun_start)) return true;  // "Russian shelling"
    return Is(WordClass::kCollectives, head.lemma);
  }

  bool IsReciprocal(int32_t np) const {
    const NounPhrase& phrase = a_.nps[np];
    std::string_view first = Lower(phrase.begin);
    return (first == "each" || first == "one") && phrase.end > phrase.begin + 1 &&
           (Lower(phrase.end - 1) == "other" || Lower(phrase.end - 1) == "another");
  }

  // A violent act with no target named: the place it happened, from a place
  // named in the sentence or the story's dateline, is the target.
  void PlaceTarget(const std::vector<CodedActor>& sources, std::vector<CodedActor>* targets) const {
    std::string own = sources[0].country;
    // A foreign place first; failing that, for an armed group or a state's
    // forces at home ("M23 attacked Goma", "the army shelled Homs"), its own country.
    const Mention* home = nullptr;
    for (const Mention& m : resolver_.mentions()) {
      std::string country = PlaceMentionCountry(dict_, m);
      // Only a town or region at home, never the capital ("helping Moscow" is
      // the government) and never for the bare country itself.
      if (!country.empty() && country == own && !home && sources[0].code != own &&
          dict_.actors.names()[m.name].kind == dict::ActorKind::kPlace)
        home = &m;
      if (country.empty() || country == own) continue;
      CodedActor t;
      t.code = country;
      t.text = std::string(doc_.TokenText(doc_.tokens[m.begin]));
      t.token_begin = m.begin;
      t.token_end = m.end;
      t.evidence.push_back("target: the place named in the sentence");
      DescribeCode(dict_, &t);
      targets->push_back(std::move(t));
      return;
    }
    if (home) {
      CodedActor t;
      t.code = own;
      t.text = std::string(doc_.TokenText(doc_.tokens[home->begin]));
      t.token_begin = home->begin;
      t.token_end = home->end;
      t.evidence.push_back("target: the place named in the sentence, in the source's own country");
      DescribeCode(dict_, &t);
      targets->push_back(std::move(t));
      return;
    }
    std::string theatre;
    std::string why;
    if (!dateline_country_.empty() && dateline_country_ != own) {
      theatre = dateline_country_;
      why = "target: the story's dateline";
    } else {
      // The country the story names most often, other than the source's own,
      // when it has been named at least twice.
      int best = 1;
      for (const auto& [country, count] : story_countries_)
        if (country != own && count > best) {
          best = count;
          theatre = country;
        }
      why = "target: the country the story is about (named " + std::to_string(best) + " times so far)";
    }
    if (theatre.empty()) return;
    CodedActor t;
    t.code = theatre;
    t.text = theatre;
    t.evidence.push_back(why);
    DescribeCode(dict_, &t);
    targets->push_back(std::move(t));
  }

  void Trace(const std::vector<Candidate>& simple, const std::vector<Candidate>& with_complement) const {
    const auto& names = dict_.actors.names();
    for (const Mention& m : resolver_.mentions()) {
      std::string text(doc_.TokenText(doc_.tokens[m.begin]));
      for (uint32_t t = m.begin + 1; t < m.end; ++t) text += " " + std::string(doc_.TokenText(doc_.tokens[t]));
      if (m.name >= 0) {
        const dict::Actor& a = dict_.actors.actors()[names[m.name].actor];
        trace_->push_back("  name  '" + text + "' -> " + std::string(dict::ActorKindName(names[m.name].kind)) + " " +
                          a.name + " [" + std::string(a.CodeOn(DateNumber(doc_.date))) + "] (" + a.origin + ")");
      } else {
        const dict::Agent& ag = dict_.agents.agents()[m.agent];
        trace_->push_back("  agent '" + text + "' -> " + ag.code + " (" + ag.origin + ")");
      }
    }
    for (size_t np = 0; np < a_.nps.size(); ++np) {
      std::string codes;
      for (const CodedActor& c : resolver_.ActorsOf(int32_t(np))) codes += (codes.empty() ? "" : ", ") + c.code;
      if (!codes.empty())
        trace_->push_back("  phrase '" + std::string(doc_.TokenText(doc_.tokens[a_.nps[np].begin])) +
                          (a_.nps[np].end > a_.nps[np].begin + 1 ? " ...'" : "'") + " -> " + codes);
    }
    for (size_t v = 0; v < a_.vgs.size(); ++v) {
      std::string line = "  verb '" + std::string(doc_.TokenText(doc_.tokens[a_.vgs[v].main])) + "' (" +
                         std::string(Lemma(a_.vgs[v].main)) + "): ";
      const Candidate& c = with_complement[v].pattern ? with_complement[v] : simple[v];
      if (!c.pattern) line += dict_.verbs.ForVerb(Lemma(a_.vgs[v].main)) ? "no pattern matches" : "not in the verb dictionary";
      else line += "pattern '" + c.pattern->text + "' (" + c.pattern->origin + ")";
      trace_->push_back(line);
    }
  }

  // Whether target `t` is the source itself or the source's own country as a
  // place ("his country's border"); GEOOPP against GEOGOV is not.
  static bool IsOwn(const CodedActor& t, const std::vector<CodedActor>& sources) {
    for (const CodedActor& s : sources)
      if (t.code == s.code || (!t.country.empty() && t.country == s.country && t.code.size() == 3)) return true;
    return false;
  }

  // Prepositions that introduce an event's target, most likely first.
  int TargetPrepRank(std::string_view p) const { return words_.Rank(WordClass::kTargetPrepositions, p); }

  // The best prepositional phrase of verb group `v` (or of its target phrase)
  // that names an actor other than the source.
  int32_t FallbackTarget(int32_t v, int32_t target_np, const std::vector<CodedActor>& sources) const {
    auto own = [&](const CodedActor& t) { return IsOwn(t, sources); };
    int32_t best = -1;
    int best_rank = 1000;  // generic phrases rank from 100
    for (const syntax::PrepPhrase& pp : a_.pps) {
      if (pp.np < 0) continue;
      bool on_verb = pp.vg == v && pp.modifies_np < 0;
      bool on_target = target_np >= 0 && pp.modifies_np == target_np;
      bool on_object = pp.vg == v && pp.modifies_np >= 0 && pp.modifies_np == a_.vgs[v].object;
      // One level down: "in exchange for peace with Russia".
      bool nested = false;
      if (pp.vg == v && pp.modifies_np >= 0)
        for (const syntax::PrepPhrase& outer : a_.pps)
          if (outer.np == pp.modifies_np && outer.vg == v) nested = true;
      if (!on_verb && !on_target && !on_object && !nested) continue;
      std::string_view prep = Lower(pp.prep);
      int rank = TargetPrepRank(prep);
      if (on_target && prep == "of") rank = 0;  // "an investigation into the conduct of Russian troops"
      if (rank < 0 || rank >= best_rank) continue;
      std::vector<CodedActor> actors = resolver_.ChainActors(a_, pp.np);
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

  void Emit(std::string code, int32_t source_np, int32_t target_np, EventModality modality,
            const dict::VerbPattern* pattern, std::string note, std::string_view verb, uint32_t span_begin,
            uint32_t span_end) {
    std::vector<CodedActor> sources = resolver_.ChainActors(a_, source_np);
    // A subject that names no actor ("an earthquake struck", "Chinese stocks
    // rallied"): the act is not an actor's.
    if (source_np >= 0 && !NamesAnActor(source_np, sources)) return;
    std::vector<CodedActor> targets = TargetActors(target_np, sources);
    // What is delivered, bought or hit is not an actor even when it is a weapon.
    targets.erase(std::remove_if(targets.begin(), targets.end(), [](const CodedActor& t) { return t.weapon; }),
                  targets.end());
    // "Russia and Ukraine accused each other": each side towards the other.
    if (target_np >= 0 && IsReciprocal(target_np) && sources.size() >= 2) {
      for (size_t i = 0; i < sources.size(); ++i)
        for (size_t j = 0; j < sources.size(); ++j)
          if (i != j) Push(code, &sources[i], &sources[j], modality, pattern, note, verb, span_begin, span_end);
      return;
    }
    bool violent = IsViolent(code);
    Contextualize(&sources, targets, violent, /*is_target=*/false);
    Contextualize(&targets, sources, violent, /*is_target=*/true);
    if (violent) RefineViolence(target_np, sources, targets, &code, &note);
    // Militants or soldiers who storm a police station attack it; they do not riot.
    if (code.starts_with("145") && !sources.empty() &&
        std::all_of(sources.begin(), sources.end(), [&](const CodedActor& a) { return IsArmed(a); })) {
      note += (note.empty() ? "" : "; ") + std::string("violence by an armed actor: an attack (") + code + " -> 190)";
      code = "190";
    }
    violent = IsViolent(code);
    // Protesters who storm, torch or fight are rioting: a violent protest
    // (but artillery, air strikes and mass killing stay what they are).
    if ((code == "1712" || (violent && (code.starts_with("18") || code < "194"))) && !sources.empty() &&
        std::all_of(sources.begin(), sources.end(), [](const CodedActor& a) { return a.sector == "OPP"; })) {
      note += (note.empty() ? "" : "; ") + std::string("violence by protesters: a violent protest (") + code + " -> 145)";
      code = "145";
      violent = false;
    }
    // A violent act or a withdrawal with no one named happens somewhere.
    bool mutual = sources.size() >= 2 && (IsSymmetric(code) || IsReciprocalPattern(pattern));
    if (targets.empty() && violent && !sources.empty() && !mutual) PlaceTarget(sources, &targets);
    if (AllGeneric(sources) && AllGeneric(targets)) return;
    // An order to one's own troops or police is command, not a demand on anyone.
    if (code.starts_with("10") && !targets.empty() && OwnForces(targets, sources)) return;
    // Troops marching through a town are not demonstrating.
    if (code == "141" && !sources.empty() &&
        std::all_of(sources.begin(), sources.end(), [](const CodedActor& a) { return a.sector == "MIL"; }))
      return;
    if (code.starts_with("14")) ProtestersAndTheirGovernment(&sources, &targets);
    // A curfew, martial law, a ban: coercion with no one named falls on the
    // source's own country.
    if (targets.empty() && code.starts_with("17") && sources.size() == 1 && !sources[0].country.empty())
      targets.push_back(OwnCountry(sources[0], "", "target: the source's own country (coercion with no one named)"));
    if (source_np >= 0) {
      span_begin = std::min(span_begin, a_.nps[source_np].begin);
      span_end = std::max(span_end, a_.nps[source_np].end);
    }
    if (target_np >= 0) {
      span_begin = std::min(span_begin, a_.nps[target_np].begin);
      span_end = std::max(span_end, a_.nps[target_np].end);
    }
    // "Ukraine and the United States negotiated": a symmetric action between
    // the members of a compound subject, each towards the others.
    if ((targets.empty() || locative_target_) && sources.size() >= 2 &&
        (IsSymmetric(code) || IsReciprocalPattern(pattern))) {
      for (size_t i = 0; i < sources.size(); ++i)
        for (size_t j = 0; j < sources.size(); ++j)
          if (i != j && sources[i].code != sources[j].code)
            Push(code, &sources[i], &sources[j], modality, pattern, note, verb, span_begin, span_end);
      return;
    }
    size_t ns = std::max<size_t>(sources.size(), 1), nt = std::max<size_t>(targets.size(), 1);
    for (size_t i = 0; i < ns; ++i)
      for (size_t j = 0; j < nt; ++j)
        Push(code, i < sources.size() ? &sources[i] : nullptr, j < targets.size() ? &targets[j] : nullptr, modality,
             pattern, note, verb, span_begin, span_end);
  }

  // "deployed the army", "sent its police": the source's own forces are what
  // it acts with, not whom it acts on.
  bool OwnForces(const std::vector<CodedActor>& objects, const std::vector<CodedActor>& sources) const {
    if (sources.empty()) return false;
    return std::all_of(objects.begin(), objects.end(), [&](const CodedActor& o) {
      bool organ = SectorIs(o.sector, dict::kForce);  // a dismissed minister is a target
      // ("troops" with no country, under the source's orders, are its own.)
      return organ && (o.country.empty() || std::any_of(sources.begin(), sources.end(), [&](const CodedActor& src) {
                         return src.country == o.country;
                       }));
    });
  }

  // Role-only actors that are people, not institutions ("political prisoners", "civilians").
  bool AllPeople(const std::vector<CodedActor>& actors) const {
    return std::all_of(actors.begin(), actors.end(), [&](const CodedActor& a) {
      return !a.sector.empty() && !SectorIs(a.sector, dict::kInstitution);
    });
  }

  // The country of `source` (plus `sector`) as a target, placed where the source is.
  CodedActor OwnCountry(const CodedActor& source, std::string_view sector, std::string evidence) const {
    CodedActor own;
    own.code = source.country + std::string(sector);
    own.text = source.text;
    own.token_begin = source.token_begin;
    own.token_end = source.token_end;
    own.evidence.push_back(std::move(evidence));
    DescribeCode(dict_, &own);
    return own;
  }

  // "Thousands of Cubans took to the streets": people of a nation protesting
  // are its opposition, and a protest that names no target is against the
  // government.
  void ProtestersAndTheirGovernment(std::vector<CodedActor>* sources, std::vector<CodedActor>* targets) const {
    for (CodedActor& a : *sources) {
      if (a.code.size() != 3 || a.country.empty() || a.token_end == 0) continue;
      if (doc_.tokens[a.token_end - 1].tag != lex::NNPS) continue;  // a plural demonym, not "Cuba"
      a.code += "OPP";
      a.evidence.push_back("protesting people of a country: its opposition");
      DescribeCode(dict_, &a);
    }
    if (!targets->empty() || sources->size() != 1 || (*sources)[0].country.empty()) return;
    // Only a society's groups protest against their government; a state that
    // "boycotts" or "protests" is doing something else.
    std::string_view sector = (*sources)[0].sector;
    if (sector.empty() || SectorIs(sector, dict::kOrgan)) return;
    targets->push_back(OwnCountry((*sources)[0], "GOV", "target: the government (a protest that names no target)"));
  }

  // Killing many civilians is a mass killing (202); a state's forces
  // killing or shooting protesters is violent repression (175).
  void RefineViolence(int32_t target_np, const std::vector<CodedActor>& sources,
                      const std::vector<CodedActor>& targets, std::string* code, std::string* note) const {
    if (target_np < 0 || !code->starts_with("19") || *code >= "194") return;
    const NounPhrase& victims = a_.nps[target_np];
    std::string_view victim = Lemma(victims.head);
    bool protesters = Is(WordClass::kProtesterNouns, victim);
    bool state_force = !sources.empty() && std::all_of(sources.begin(), sources.end(), [&](const CodedActor& a) {
      return SectorIs(a.sector, dict::kOrgan);
    });
    if (protesters && state_force) {
      *note += (note->empty() ? "" : "; ") + std::string("force against protesters: repression (") + *code + " -> 175)";
      *code = "175";
      return;
    }
    // The verb actually used, not every alternative of its pattern line.
    std::string_view lemma = context_vg_ >= 0 ? Lemma(a_.vgs[context_vg_].main) : std::string_view();
    bool kills = Is(WordClass::kKillingVerbs, lemma);
    // Killing or shooting a named public figure is an assassination (186) or
    // an attempt on their life (185).
    if (targets.size() == 1 && NamesAPerson(target_np) && !targets[0].sector.empty() &&
        !SectorIs(targets[0].sector, dict::kCivilian)) {
      bool kill = kills || Is(WordClass::kAssassinatingVerbs, lemma);
      bool attempt = Is(WordClass::kAttackingVerbs, lemma);
      if (kill || attempt) {
        std::string to = kill ? "186" : "185";
        *note += (note->empty() ? "" : "; ") + std::string(kill ? "a named figure killed: assassination ("
                                                                 : "a named figure attacked: attempted assassination (") +
                 *code + " -> " + to + ")";
        *code = to;
        return;
      }
    }
    bool civilians = !targets.empty() && std::all_of(targets.begin(), targets.end(), [&](const CodedActor& a) {
      return a.sector.empty() || SectorIs(a.sector, dict::kCivilian);
    });
    if (kills && civilians && IsMassCount(target_np)) {
      *note += (note->empty() ? "" : "; ") + std::string("many civilians killed: a mass killing (") + *code + " -> 202)";
      *code = "202";
    }
  }

  // Whether noun phrase `np` names one person: a name from the dictionary, or
  // a title before a name ("Lieutenant General Igor Kirillov").
  bool NamesAPerson(int32_t np) const {
    const NounPhrase& phrase = a_.nps[np];
    if (phrase.next_conjunct >= 0) return false;
    // "Iran's top nuclear scientist, Mohsen Fakhrizadeh,": a role renamed by a
    // name, known to the dictionary or not.
    if (phrase.appositive >= 0) {
      if (NamesAPerson(phrase.appositive)) return true;
      const NounPhrase& name = a_.nps[phrase.appositive];
      bool all_names = name.end - name.begin >= 2 && name.end - name.begin <= 4;
      for (uint32_t t = name.begin; t < name.end && all_names; ++t) all_names = doc_.tokens[t].tag == lex::NNP;
      bool role = std::any_of(resolver_.mentions().begin(), resolver_.mentions().end(), [&](const Mention& m) {
        return m.agent >= 0 && m.begin >= phrase.begin && m.end <= phrase.end;
      });
      if (all_names && role) return true;
    }
    const auto& names = dict_.actors.names();
    for (const Mention& m : resolver_.mentions()) {
      if (m.begin < phrase.begin || m.end > phrase.end) continue;
      if (m.name >= 0 && names[m.name].kind == dict::ActorKind::kPerson) return true;
      if (m.agent >= 0 && m.end <= phrase.head && doc_.tokens[phrase.head].tag == lex::NNP &&
          doc_.tokens[m.end].tag == lex::NNP)
        return true;
    }
    return false;
  }

  // "dozens of villagers", "at least 45 people", "more than 100 civilians".
  bool IsMassCount(int32_t np) const {
    for (int32_t p = np; p >= 0;) {
      const NounPhrase& phrase = a_.nps[p];
      for (uint32_t t = phrase.begin; t < phrase.end; ++t) {
        std::string_view lemma = Lemma(t);
        if (Is(WordClass::kMassCounts, lemma)) return true;
        if (doc_.tokens[t].tag == lex::CD) {
          std::string digits;
          for (char ch : doc_.TokenText(doc_.tokens[t]))
            if (IsAsciiDigit(ch)) digits += ch;
          if (!digits.empty() && digits.size() < 9 && std::stoi(digits) >= 20) return true;
        }
      }
      int32_t counted = -1;  // "hundreds of civilians": what the count counts
      for (const syntax::PrepPhrase& pp : a_.pps)
        if (pp.modifies_np == p && pp.np >= 0 && Lower(pp.prep) == "of") counted = pp.np;
      p = counted;
    }
    return false;
  }

  bool IsArmed(const CodedActor& a) const { return SectorIs(a.sector, dict::kArmed); }

  // "is ready to sign", "was willing to work with": a stated readiness is an intent.
  bool IsReadiness(int32_t governor) const {
    const VerbGroup& g = a_.vgs[governor];
    std::string_view lemma = Lemma(g.main);
    if ((lemma != "be" && lemma != "remain" && lemma != "seem") || g.object < 0) return false;
    return Is(WordClass::kReadiness, Lemma(a_.nps[g.object].head));
  }

  // "Ethiopia and Eritrea trade accusations", "exchanged fire", "swapped prisoners".
  bool IsReciprocalPattern(const dict::VerbPattern* pattern) const {
    if (!pattern) return false;
    for (const std::string& v : pattern->main.verbs)
      if (Is(WordClass::kReciprocalVerbs, v)) return true;
    return false;
  }

  void Push(const std::string& code, const CodedActor* source, const CodedActor* target, EventModality modality,
            const dict::VerbPattern* pattern, const std::string& note, std::string_view verb, uint32_t span_begin,
            uint32_t span_end) {
    Event e;
    e.sentence_index = si_;
    if (source) {
      e.has_source = true;
      e.source = *source;
    }
    if (target) {
      e.has_target = true;
      e.target = *target;
    }
    if (e.has_source && e.has_target && e.source.code == e.target.code) return;
    e.cameo = code;
    e.modality = modality;
    e.verb = std::string(verb);
    if (pattern) {
      e.pattern = pattern->text;
      e.pattern_origin = pattern->origin;
    }
    e.note = note;
    e.span_begin = doc_.tokens[span_begin].bytes.begin - s_.bytes.begin;
    e.span_end = doc_.tokens[span_end - 1].bytes.end - s_.bytes.begin;
    for (const Event& o : *out_)
      if (o.sentence_index == si_ && o.cameo == e.cameo && o.source.code == e.source.code &&
          o.target.code == e.target.code && o.has_source == e.has_source && o.has_target == e.has_target)
        return;  // one event per distinct action
    if (e.has_source && IsViolent(e.cameo) && !e.source.code.starts_with("---") &&
        (e.modality == EventModality::kAsserted || e.modality == EventModality::kReported))
      *last_violence_ = {true, si_, e.source};
    out_->push_back(std::move(e));
  }

  // Actors with no identity beyond a sector ("---MIL") need a known partner.
  static bool AllGeneric(const std::vector<CodedActor>& actors) {
    for (const CodedActor& a : actors)
      if (!a.code.starts_with("---")) return false;
    return true;
  }

  // The target phrase's actors. When they are only the source's own country
  // ("to his country's border with Ukraine"), a phrase attached to the target
  // that names someone else is the real target.
  std::vector<CodedActor> TargetActors(int32_t target_np, const std::vector<CodedActor>& sources) const {
    std::vector<CodedActor> targets = resolver_.ChainActors(a_, target_np);
    if (target_np < 0 || sources.empty()) return targets;
    auto own = [&](const CodedActor& t) { return IsOwn(t, sources); };
    if (!std::all_of(targets.begin(), targets.end(), own)) return targets;
    if (context_vg_ >= 0) {
      int32_t other = FallbackTarget(context_vg_, target_np, sources);
      if (other >= 0 && other != target_np) return resolver_.ChainActors(a_, other);
    }
    for (const syntax::PrepPhrase& pp : a_.pps) {
      if (pp.modifies_np != target_np) continue;
      std::string_view prep = Lower(pp.prep);
      if (!Is(WordClass::kTargetAttachments, prep)) continue;
      std::vector<CodedActor> other = resolver_.ChainActors(a_, pp.np);
      if (!other.empty() && !std::all_of(other.begin(), other.end(), own)) return other;
    }
    return targets;
  }

  // The noun-event pattern a phrase ends with ("roadside bomb", "air strike"),
  // longest compound first; sets *noun_start to where the event noun begins.
  const dict::VerbPattern* NounPatternOf(int32_t np, uint32_t* noun_start) const {
    const NounPhrase& phrase = a_.nps[np];
    const auto* ids = dict_.verbs.ForNoun(dict::NounForm(doc_, doc_.tokens[phrase.head]));
    if (!ids) return nullptr;
    const dict::VerbPattern* best = nullptr;
    size_t best_length = 0;
    for (uint32_t id : *ids) {
      const dict::VerbPattern& p = dict_.verbs.patterns()[id];
      for (const auto& seq : p.noun.sequences) {
        if (!TailMatches(phrase.begin, phrase.end, seq)) continue;
        if (best && (seq.size() < best_length || (seq.size() == best_length && p.specificity <= best->specificity)))
          continue;
        best = &p;
        best_length = seq.size();
        *noun_start = phrase.end - uint32_t(seq.size());
      }
    }
    return best;
  }

  // Nouns for a state of affairs rather than an act: as a subject or after a
  // preposition they are background ("the war in Ukraine", "amid the conflict").
  bool IsBackgroundNoun(std::string_view lemma) const { return Is(WordClass::kBackgroundNouns, lemma); }

  // Noun events: "Israeli air strikes on Gaza", "launched an attack on ...".
  void NounEvents() {
    for (size_t np = 0; np < a_.nps.size(); ++np) {
      if (used_np_[np]) continue;
      const NounPhrase& phrase = a_.nps[np];
      const auto* ids = dict_.verbs.ForNoun(dict::NounForm(doc_, doc_.tokens[phrase.head]));
      if (!ids) continue;
      // Where the phrase stands: subject, object of a verb, or after "in"/"by"/"after".
      int32_t governing_vg = -1, subject_of = -1;
      bool subject = false;
      for (size_t v = 0; v < a_.vgs.size(); ++v) {
        if (a_.vgs[v].object == int32_t(np)) governing_vg = int32_t(v);
        if (a_.vgs[v].subject == int32_t(np)) {
          subject = true;
          subject_of = int32_t(v);
        }
      }
      bool light_object = governing_vg >= 0 && IsLightVerb(Lemma(a_.vgs[governing_vg].main));
      if (IsBackgroundNoun(Lemma(phrase.head)) && !light_object) continue;
      bool after_event_prep = false;
      if (phrase.object_of_preposition)
        for (const syntax::PrepPhrase& pp : a_.pps)
          if (pp.np == int32_t(np) && IsEventPreposition(Lower(pp.prep))) after_event_prep = true;
      if (governing_vg < 0 && !subject && !after_event_prep) continue;
      uint32_t noun_start = phrase.end;
      const dict::VerbPattern* best = NounPatternOf(int32_t(np), &noun_start);
      if (!best || best->code == "---") continue;
      // Target: a prepositional phrase on the noun; "between X and Y" gives both sides.
      int32_t target = -1;
      int32_t between = -1;
      for (const dict::PrepSlot& slot : best->noun_targets) {
        for (const syntax::PrepPhrase& pp : a_.pps) {
          std::string_view prep = Lower(pp.prep);
          if (pp.modifies_np != int32_t(np) || !PrepMatches(slot, pp.prep)) continue;
          if (prep == "between" || prep == "among") between = pp.np;
          else if (slot.target) target = pp.np;
          break;
        }
        if (target >= 0 || between >= 0) break;
      }
      EventModality modality = governing_vg >= 0 ? ModalityOf(governing_vg)
                               : subject_of >= 0 ? ModalityOf(subject_of)
                                                 : EventModality::kAsserted;
      context_vg_ = governing_vg >= 0 ? governing_vg : subject_of;
      std::string verb = std::string(doc_.TokenText(doc_.tokens[phrase.head]));
      if (between >= 0) {
        std::vector<int32_t> sides;
        for (int32_t p = between; p >= 0; p = a_.nps[p].next_conjunct) sides.push_back(p);
        for (size_t i = 0; i < sides.size(); ++i)
          for (size_t j = 0; j < sides.size(); ++j)
            if (i != j)
              Emit(best->code, sides[i], sides[j], modality, best, "", verb, phrase.begin, phrase.end);
        continue;
      }
      // Source: an actor inside the phrase before the event noun, else the light verb's subject.
      CodedActor inside;
      bool has_inside = noun_start > phrase.begin && resolver_.ActorInSpan(doc_, phrase.begin, noun_start, &inside);
      if (has_inside) {
        EmitWithActor(best->code, inside, target, modality, best, verb, phrase.begin, phrase.end);
      } else if (governing_vg >= 0 && IsLightVerb(Lemma(a_.vgs[governing_vg].main))) {
        const VerbGroup& vg = a_.vgs[governing_vg];
        int32_t source = vg.voice == Voice::kPassive ? vg.agent : vg.subject;
        Emit(best->code, source, target, modality, best, "", verb, std::min(vg.begin, phrase.begin),
             phrase.end);
      }
    }
  }

  void EmitWithActor(const std::string& code, const CodedActor& source, int32_t target_np, EventModality modality,
                     const dict::VerbPattern* pattern, std::string_view verb, uint32_t span_begin,
                     uint32_t span_end) {
    std::vector<CodedActor> sources = {source};
    std::vector<CodedActor> targets = TargetActors(target_np, sources);
    targets.erase(std::remove_if(targets.begin(), targets.end(), [](const CodedActor& t) { return t.weapon; }),
                  targets.end());
    bool violent = IsViolent(code);
    Contextualize(&targets, sources, violent, /*is_target=*/true);
    if (targets.empty() && violent) PlaceTarget(sources, &targets);
    if (target_np >= 0) span_end = std::max(span_end, a_.nps[target_np].end);
    if (targets.empty()) {
      Push(code, &source, nullptr, modality, pattern, "", verb, span_begin, span_end);
      return;
    }
    for (const CodedActor& t : targets) Push(code, &source, &t, modality, pattern, "", verb, span_begin, span_end);
  }

  CoderScratch::Recent* last_violence_;
  const std::vector<std::pair<std::string, int>>& story_countries_;
  std::vector<std::string>* trace_;
  std::string_view dateline_country_;
  const dict::Dictionaries& dict_;
  const dict::Ontology& ontology_;
  const lex::WordClasses& words_;
  const text::Document& doc_;
  uint32_t si_;
  const text::Sentence& s_;
  const Analysis& a_;
  const ActorResolver& resolver_;
  std::vector<Event>* out_ = nullptr;
  int32_t context_vg_ = -1;  // the verb group the event being emitted comes from
  bool locative_target_ = false;  // the target was only where it happened ("negotiated in Jeddah")
  int32_t command_source_ = -1;  // the orderer, while coding an ordered action
  std::vector<bool> violent_vg_;  // verb groups that produced a violent event
  std::vector<bool> consumed_;
  std::vector<std::string> appeal_content_;  // per verb group: the code of what an appeal asks for
  std::vector<bool> used_np_;
};

}  // namespace

void Coder::CountStoryCountries(const ActorResolver& resolver,
                                std::vector<std::pair<std::string, int>>* counts) const {
  for (const Mention& m : resolver.mentions()) {
    std::string country = PlaceMentionCountry(dict_, m);
    if (country.empty()) continue;
    auto it = std::find_if(counts->begin(), counts->end(), [&](const auto& c) { return c.first == country; });
    if (it == counts->end()) counts->emplace_back(std::move(country), 1);
    else ++it->second;
  }
}

void Coder::Code(const syntax::AnalyzedDocument& analyzed, std::vector<Event>* out, CoderScratch* scratch) const {
  const text::Document& doc = analyzed.doc;
  int date = DateNumber(doc.date);
  ActorResolver resolver(dict_, ontology_, words_, date);
  scratch->memory.Clear();
  scratch->last_violence = {};
  scratch->story_countries.clear();
  // A story-level discard phrase anywhere silences the whole document.
  if (dict_.story_discards.phrases()) {
    std::vector<std::string_view> words;
    std::vector<uint64_t> hashes;
    for (const text::Token& t : doc.tokens) {
      words.push_back(doc.TokenLower(t));
      hashes.push_back(dict::WordHash(words.back()));
    }
    dict::PhraseIndex::Match m;
    for (size_t i = 0; i < words.size(); ++i)
      if (dict_.story_discards.LongestMatch(&words[i], &hashes[i], words.size() - i, &m)) return;
  }
  std::string dateline_country = resolver.DatelineCountry(doc);
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const syntax::Analysis& a = analyzed.sentences[si];
    resolver.FindMentions(doc, doc.sentences[si]);
    resolver.ResolveSentence(doc, si, a, &scratch->memory);
    CountStoryCountries(resolver, &scratch->story_countries);
    if (resolver.discarded()) continue;
    if (scratch->trace)
      scratch->trace->push_back("sentence " + std::to_string(si) + ": " + std::string(doc.SentenceText(doc.sentences[si])));
    SentenceCoder(dict_, ontology_, words_, doc, si, a, resolver, dateline_country, scratch).Run(out);
  }
}

}  // namespace tocsin::coder
