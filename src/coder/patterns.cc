#include "coder/patterns.h"

#include <algorithm>

#include "base/strings.h"
#include "dict/words.h"

namespace tocsin::coder {

using lex::WordClass;
using syntax::NounPhrase;
using syntax::VerbGroup;
using syntax::Voice;

int Candidate::Score() const {
  auto extra = [](const FrameMatch& m) { return m.object_words > 1 ? int(m.object_words) - 1 : 0; };
  return pattern->specificity + extra(main) + extra(complement);
}

int32_t PatternObject(const VerbGroup& vg) { return vg.voice == Voice::kPassive ? vg.subject : vg.object; }

namespace {

// Whether tokens [begin, end) end with word sequence `k` of `words`.
bool TailMatches(const SentenceContext& s, uint32_t begin, uint32_t end, const dict::Words& words, size_t k) {
  const std::vector<std::string>& seq = words.sequences[k];
  if (seq.empty() || end - begin < seq.size() || s.NounHash(end - 1) != words.last_hashes[k]) return false;
  uint32_t start = end - uint32_t(seq.size());
  for (size_t k = 0; k < seq.size(); ++k)
    if (dict::NounForm(s.doc, s.doc.tokens[start + k]) != seq[k]) return false;
  return true;
}

// "Tuesday", "the weekend", "March 3": a phrase that says when, not who.
bool IsTimePhrase(const SentenceContext& s, int32_t np) {
  const NounPhrase& phrase = s.a.nps[np];
  std::string_view head = s.Lower(phrase.head);
  if (s.doc.tokens[phrase.head].tag == lex::CD && phrase.head > phrase.begin)
    head = s.Lower(phrase.head - 1);  // "March 3"
  return s.Is(WordClass::kTimeWords, head);
}

// The object of an of-phrase right after noun phrase `np`, or -1.
int32_t OfPhraseAfter(const SentenceContext& s, int32_t np) {
  for (const syntax::PrepPhrase& pp : s.a.pps)
    if (pp.modifies_np == np && pp.np >= 0 && pp.prep == s.a.nps[np].end && s.Lower(pp.prep) == "of") return pp.np;
  return -1;
}

// The length of the longest word sequence that noun phrase `np` (or a phrase
// coordinated with it, or what it counts: "thousands of troops") ends with, 0 if none.
size_t NpMatchLength(const SentenceContext& s, int32_t np, const dict::Words& words) {
  size_t best = 0;
  if (np < 0) return best;
  const size_t n = words.sequences.size();
  for (int32_t p = np; p >= 0; p = s.a.nps[p].next_conjunct) {
    const NounPhrase& phrase = s.a.nps[p];
    // The sequences tokens [phrase.begin, end) end with: only those whose last
    // word is the last token's are compared word by word.
    auto try_end = [&](uint32_t end, bool of_compound) {
      uint64_t last = s.NounHash(end - 1);
      for (size_t k = 0; k < n; ++k) {
        if (words.last_hashes[k] != last) continue;
        const std::vector<std::string>& seq = words.sequences[k];
        if (seq.size() <= best) continue;
        if (of_compound && (seq.size() < 3 || std::find(seq.begin(), seq.end(), "of") == seq.end())) continue;
        if (TailMatches(s, phrase.begin, end, words, k)) best = seq.size();
      }
    };
    try_end(phrase.end, false);
    // "a six-month state of emergency": a compound with "of" spans the of-phrase.
    if (words.of_compounds)
      if (int32_t of_np = OfPhraseAfter(s, p); of_np >= 0) try_end(s.a.nps[of_np].end, true);
    if (words.anywhere)
      for (uint32_t e = phrase.begin + 1; e < phrase.end; ++e) try_end(e, false);
    if (s.Is(WordClass::kQuantityHeads, s.Lemma(phrase.head)) || s.doc.tokens[phrase.head].tag == lex::CD) {
      for (const syntax::PrepPhrase& pp : s.a.pps)
        if (pp.modifies_np == p && (s.Lower(pp.prep) == "of" || s.Lower(pp.prep) == "in"))
          best = std::max(best, NpMatchLength(s, pp.np, words));
    }
  }
  return best;
}

bool NpMatches(const SentenceContext& s, int32_t np, const dict::Words& words) {
  return NpMatchLength(s, np, words) > 0;
}

bool HasParticle(const SentenceContext& s, const VerbGroup& vg, std::string_view particle) {
  if (particle.empty()) return true;
  uint32_t end = s.sentence().token_end;
  // Whether the tokens from `t` on are the particle's words ("out_of": out, of).
  auto at = [&](uint32_t t) {
    for (std::string_view rest = particle;; ++t) {
      size_t cut = rest.find('_');
      if (t >= end || s.Lower(t) != rest.substr(0, cut)) return false;
      if (cut == std::string_view::npos) return true;
      rest.remove_prefix(cut + 1);
    }
  };
  if (vg.main + 1 < end && at(vg.main + 1)) return true;
  if (vg.object >= 0 && s.a.nps[vg.object].end < end && at(s.a.nps[vg.object].end)) return true;
  return false;
}

// The noun phrase after preposition `slot` in the verb group's clause: a
// prepositional phrase, or the object of a gerund clause it introduces
// ("accused T of committing war crimes").
int32_t FindPrepObject(const SentenceContext& s, const dict::PrepSlot& slot, int32_t v) {
  int32_t object = PatternObject(s.a.vgs[v]);
  // "fired tear gas and water cannon at protesters": the phrase after the
  // last conjunct of the object belongs to the verb too.
  auto modifies_object = [&](int32_t np) {
    for (int32_t p = object; p >= 0; p = s.a.nps[p].next_conjunct)
      if (np == p || np == OfPhraseAfter(s, p)) return true;  // "declared a state of emergency in T"
    return false;
  };
  for (const syntax::PrepPhrase& pp : s.a.pps) {
    bool attached = pp.vg == v || (pp.modifies_np >= 0 && modifies_object(pp.modifies_np));
    if (!attached || pp.np < 0 || !PrepMatches(s, slot, pp.prep)) continue;
    if (slot.noun.empty() && IsTimePhrase(s, pp.np)) continue;  // "called on Tuesday" is no "call on T"
    if (!slot.noun.empty() && !NpMatches(s, pp.np, slot.noun)) continue;
    return pp.np;
  }
  for (const VerbGroup& g : s.a.vgs) {
    if (!g.gerund || g.begin == 0 || g.begin <= s.a.vgs[v].main) continue;
    if (!PrepMatches(s, slot, g.begin - 1)) continue;
    if (g.object >= 0 && (slot.noun.empty() || NpMatches(s, g.object, slot.noun))) return g.object;
  }
  return -1;
}

// Whether verb group `v`, whose main verb is the frame's verb alternative
// `which`, fills frame `f`; the match says what it designates.
bool FrameMatches(const SentenceContext& s, const dict::Frame& f, size_t which, int32_t v, FrameMatch* m) {
  const VerbGroup& vg = s.a.vgs[v];
  if (!HasParticle(s, vg, f.particles[which])) return false;
  bool passive = vg.voice == Voice::kPassive;
  int32_t object = PatternObject(vg);
  if (f.indirect_target) {
    // "granted Ukraine access": two objects, the first is the target.
    if (passive || vg.indirect_object < 0) return false;
    m->target = vg.indirect_object;
    m->designated = true;
  }
  if (!f.object.empty()) {
    m->object_words = NpMatchLength(s, object, f.object);
    if (m->object_words == 0) return false;
    m->object = object;
  }
  if (f.object_target) {
    if (object < 0) return false;
    m->target = object;
    m->designated = true;
  }
  for (const dict::PrepSlot& slot : f.preps) {
    int32_t np = FindPrepObject(s, slot, v);
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

bool SubjectMatches(const SentenceContext& s, const dict::VerbPattern& p, const VerbGroup& vg) {
  if (p.subject.empty()) return true;
  int32_t subject = vg.voice == Voice::kPassive ? vg.agent : vg.subject;
  if (subject < 0) return false;
  const NounPhrase& np = s.a.nps[subject];
  for (size_t k = 0; k < p.subject.sequences.size(); ++k)
    for (uint32_t start = np.begin; start + p.subject.sequences[k].size() <= np.end; ++start)
      if (TailMatches(s, start, uint32_t(start + p.subject.sequences[k].size()), p.subject, k)) return true;
  return false;
}

}  // namespace

bool PrepMatches(const SentenceContext& s, const dict::PrepSlot& slot, uint32_t at) {
  std::string_view prep = s.Lower(at);
  for (const std::string& p : slot.preps) {
    if (p == prep || (p == "toward" && prep == "towards") || (p == "towards" && prep == "toward")) return true;
    if (p.find('_') == std::string::npos) continue;
    auto parts = Split(p, '_');
    if (parts.back() != prep || at < s.sentence().token_begin + parts.size() - 1) continue;
    bool ok = true;
    for (size_t k = 0; k + 1 < parts.size(); ++k) ok = ok && s.Lower(uint32_t(at - (parts.size() - 1) + k)) == parts[k];
    if (ok) return true;
  }
  return false;
}

void MatchVerbPatterns(const SentenceContext& s, int32_t v, Candidate* simple, Candidate* with_complement) {
  const VerbGroup& vg = s.a.vgs[v];
  const auto* entries = s.dict.verbs.ForVerb(s.Lemma(vg.main));
  if (!entries) return;
  // What the clause has, to rule patterns out by their entries alone: the
  // verbs it governs, an object, the words a particle could be.
  uint64_t governed = 0;
  for (const VerbGroup& g : s.a.vgs)
    if (g.governor == v) governed |= dict::VerbEntry::LemmaBit(s.Lemma(g.main));
  bool has_object = PatternObject(vg) >= 0;
  uint32_t end = s.sentence().token_end;
  uint64_t after_verb = vg.main + 1 < end ? s.WordHash(vg.main + 1) : 0;
  uint64_t after_object = vg.object >= 0 && s.a.nps[vg.object].end < end ? s.WordHash(s.a.nps[vg.object].end) : 0;
  for (const dict::VerbEntry& entry : *entries) {
    if (entry.complements && !(entry.complements & governed)) continue;
    if (entry.object && !has_object) continue;
    if (entry.particle && entry.particle != after_verb && entry.particle != after_object) continue;
    const dict::VerbPattern& p = s.dict.verbs.patterns()[entry.pattern];
    if (!SubjectMatches(s, p, vg)) continue;
    Candidate c;
    c.pattern = &p;
    if (!FrameMatches(s, p.main, entry.verb, v, &c.main)) continue;
    if (p.has_complement) {
      bool ok = false;
      for (size_t w = 0; w < s.a.vgs.size() && !ok; ++w) {
        if (s.a.vgs[w].governor != v) continue;
        const std::vector<std::string>& verbs = p.complement.verbs;
        size_t which = std::find(verbs.begin(), verbs.end(), s.Lemma(s.a.vgs[w].main)) - verbs.begin();
        FrameMatch cm;
        if (which == verbs.size() || !FrameMatches(s, p.complement, which, int32_t(w), &cm)) continue;
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

const dict::VerbPattern* NounPatternOf(const SentenceContext& s, int32_t np, uint32_t* noun_start) {
  const NounPhrase& phrase = s.a.nps[np];
  const auto* ids = s.dict.verbs.ForNoun(dict::NounForm(s.doc, s.doc.tokens[phrase.head]));
  if (!ids) return nullptr;
  const dict::VerbPattern* best = nullptr;
  size_t best_length = 0;
  for (uint32_t id : *ids) {
    const dict::VerbPattern& p = s.dict.verbs.patterns()[id];
    for (size_t k = 0; k < p.noun.sequences.size(); ++k) {
      const std::vector<std::string>& seq = p.noun.sequences[k];
      if (!TailMatches(s, phrase.begin, phrase.end, p.noun, k)) continue;
      if (best && (seq.size() < best_length || (seq.size() == best_length && p.specificity <= best->specificity)))
        continue;
      best = &p;
      best_length = seq.size();
      *noun_start = phrase.end - uint32_t(seq.size());
    }
  }
  return best;
}

}  // namespace tocsin::coder
