#include "syntax/clause_context.h"

namespace tocsin::syntax {

ClauseContext::ClauseContext(const text::Document& document, const lex::WordClasses& word_classes, Analysis* analysis,
                             ClauseState* state)
    : doc(document),
      words(word_classes),
      a(*analysis),
      vg_chunk(state->vg_chunk),
      skip(state->skip),
      relative_host(state->relative_host),
      object_gap(state->object_gap) {
  vg_chunk.assign(a.vgs.size(), 0);
  skip.assign(a.chunks.size(), false);
  relative_host.assign(a.vgs.size(), -1);
  object_gap.assign(a.vgs.size(), -1);
  for (size_t c = 0; c < a.chunks.size(); ++c)
    if (a.chunks[c].kind == ChunkKind::kVG) vg_chunk[a.chunks[c].index] = c;
}

bool ClauseContext::IsNominativePronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "i";
}

bool ClauseContext::IsFinite(const VerbGroup& vg) const {
  if (vg.infinitive || vg.gerund || vg.participle) return false;
  for (uint32_t t = vg.begin; t <= vg.main; ++t) {
    lex::Tag tag = TagOf(t);
    if (tag == lex::VBD || tag == lex::VBZ || tag == lex::VBP || tag == lex::MD) return true;
  }
  return false;
}

int32_t ClauseContext::ChainStart(int32_t np) const {
  return a.nps[np].first_conjunct >= 0 ? a.nps[np].first_conjunct : np;
}

int32_t ClauseContext::OwnerOf(int32_t np, bool only_of) const {
  int32_t owner = -1;
  for (const PrepPhrase& pp : a.pps)
    if (pp.np == np && (!only_of || Lower(pp.prep) == "of")) owner = pp.modifies_np;
  return owner;
}

int32_t ClauseContext::Antecedent(size_t relative_chunk) const {
  std::string_view pronoun = Lower(a.chunks[relative_chunk].token);
  bool restrictive_thing = (pronoun == "that" || pronoun == "which") && relative_chunk > 0 &&
                           a.chunks[relative_chunk - 1].kind != ChunkKind::kComma;
  for (size_t m = relative_chunk; m-- > 0;) {
    const Chunk& ch = a.chunks[m];
    if (ch.kind == ChunkKind::kComma) continue;
    if (ch.kind == ChunkKind::kNP) {
      // "the mayor of Nablus, who": prefer the phrase an of-phrase modifies
      // (but not "fired at supporters of X who": only "of" is climbed; nor
      // "the commander of the brigade that repelled": "that" and "which"
      // without a comma restrict the nearest phrase).
      int32_t np = ch.index;
      while (a.nps[np].object_of_preposition && !restrictive_thing) {
        int32_t owner = OwnerOf(np, /*only_of=*/true);
        if (owner < 0) break;
        np = owner;
      }
      return ChainStart(np);
    }
    return -1;
  }
  return -1;
}

size_t ClauseContext::SkipNickname(size_t c) const {
  const auto& ch = a.chunks;
  if (c >= 4 && ch[c - 1].kind == ChunkKind::kQuote && ch[c - 2].kind == ChunkKind::kNP &&
      ch[c - 3].kind == ChunkKind::kQuote && ch[c - 4].kind == ChunkKind::kNP &&
      a.nps[ch[c - 2].index].end == ch[c - 1].token)
    return c - 3;
  return c;
}

bool ClauseContext::PrecededByVerb(size_t c) const {
  for (size_t m = c; m-- > 0;) {
    ChunkKind k = a.chunks[m].kind;
    if (k == ChunkKind::kAdverb) continue;
    return k == ChunkKind::kVG;
  }
  return false;
}

int32_t ClauseContext::ObjectRelativeHost(size_t subject, size_t verb) const {
  const auto& chunks = a.chunks;
  if (subject == 0 || a.nps[chunks[subject].index].relative) return -1;
  auto takes_object = [&](size_t at) {
    return at < chunks.size() && chunks[at].kind == ChunkKind::kNP &&
           !a.nps[chunks[at].index].object_of_preposition && !IsTimePhrase(chunks[at].index);
  };
  if (takes_object(verb + 1)) return -1;
  // "allegations that police abducted and killed protesters": a shared object.
  if (verb + 2 < chunks.size() && chunks[verb + 1].kind == ChunkKind::kConj &&
      chunks[verb + 2].kind == ChunkKind::kVG && takes_object(verb + 3))
    return -1;
  const Chunk& before = chunks[subject - 1];
  // "The ship that Houthi rebels attacked" with "that" read as a conjunction;
  // not after a noun that takes a clause ("allegations that police ...").
  if (before.kind == ChunkKind::kSubordinator && Lower(before.token) == "that" && subject >= 2 &&
      chunks[subject - 2].kind == ChunkKind::kNP && !TakesContentClause(Lemma(a.nps[chunks[subject - 2].index].head)))
    return ChainStart(chunks[subject - 2].index);
  if (before.kind != ChunkKind::kNP) return -1;
  const NounPhrase& b = a.nps[before.index];
  if (b.relative) {
    std::string_view w = Lower(b.begin);
    return w == "that" || w == "which" || w == "whom" || w == "who" ? Antecedent(subject - 1) : -1;
  }
  // The zero relative: a common noun right before a subject that is a name,
  // a pronoun or a determined phrase; never a time phrase ("Last week the army").
  if (b.object_of_preposition || b.pronoun || IsTimePhrase(before.index) || a.headline) return -1;
  lex::Tag host_tag = TagOf(b.head);
  if (host_tag != lex::NN && host_tag != lex::NNS) return -1;
  const NounPhrase& subj = a.nps[chunks[subject].index];
  lex::Tag first = TagOf(subj.begin);
  if (!(subj.pronoun || first == lex::DT || first == lex::PRPS || first == lex::NNP)) return -1;
  if (b.possessor_end == 0 && b.end != subj.begin) return -1;
  return ChainStart(before.index);
}

int32_t ClauseContext::WhereOrWhoseHost(size_t subject_chunk) const {
  const auto& chunks = a.chunks;
  if (subject_chunk >= 2 && chunks[subject_chunk - 1].kind == ChunkKind::kSubordinator &&
      Lower(chunks[subject_chunk - 1].token) == "where" && chunks[subject_chunk - 2].kind == ChunkKind::kNP)
    return ChainStart(chunks[subject_chunk - 2].index);
  const NounPhrase& subj = a.nps[chunks[subject_chunk].index];
  if (subj.begin > a.token_begin && Lower(subj.begin - 1) == "whose") {
    size_t m = subject_chunk;
    while (m > 0 && chunks[m - 1].kind != ChunkKind::kNP && chunks[m - 1].token >= subj.begin - 1) --m;
    while (m > 0 && chunks[m - 1].kind == ChunkKind::kComma) --m;
    if (m > 0 && chunks[m - 1].kind == ChunkKind::kNP) return ChainStart(chunks[m - 1].index);
  }
  return -1;
}

int32_t ClauseContext::SubjectAroundRelative(int32_t host) const {
  int32_t np = ChainStart(host);
  while (a.nps[np].object_of_preposition) {
    int32_t owner = OwnerOf(np, /*only_of=*/false);
    if (owner < 0) return -1;
    np = ChainStart(owner);
  }
  return np;
}

int32_t ClauseContext::RelativeClauseBefore(size_t verb_chunk) const {
  int32_t w = a.chunks[verb_chunk].index;
  if (relative_host[w] < 0 || TakesClause(VgLemma(w))) return -1;
  return SubjectAroundRelative(relative_host[w]);
}

bool ClauseContext::InvertedSubjectEnds(size_t np) const {
  const auto& chunks = a.chunks;
  size_t e = np + 1;
  while (e + 1 < chunks.size() && chunks[e].kind == ChunkKind::kPrep && chunks[e + 1].kind == ChunkKind::kNP) e += 2;
  return e >= chunks.size() || chunks[e].kind == ChunkKind::kComma || chunks[e].kind == ChunkKind::kSeparator ||
         chunks[e].kind == ChunkKind::kQuote;
}

bool ClauseContext::FiniteVerbBefore(size_t c) const {
  for (size_t m = c; m-- > 0;) {
    if (a.chunks[m].kind == ChunkKind::kSeparator) return false;
    if (a.chunks[m].kind == ChunkKind::kVG && !skip[m] && IsFinite(a.vgs[a.chunks[m].index])) return true;
  }
  return false;
}

int32_t ClauseContext::EnclosingSubject(size_t c) const {
  for (size_t m = c; m-- > 0;) {
    const Chunk& ch = a.chunks[m];
    if (ch.kind == ChunkKind::kSeparator || ch.kind == ChunkKind::kQuote) break;
    if (ch.kind != ChunkKind::kVG) continue;
    const VerbGroup& g = a.vgs[ch.index];
    if (g.infinitive || g.gerund) continue;
    return g.voice == Voice::kPassive && g.agent >= 0 ? g.agent : g.subject;
  }
  return -1;
}

bool ClauseContext::InSubordinateClause(size_t c) const {
  for (size_t m = c; m-- > 0;) {
    const Chunk& ch = a.chunks[m];
    if (ch.kind == ChunkKind::kComma || ch.kind == ChunkKind::kSeparator || ch.kind == ChunkKind::kQuote)
      return false;
    if (ch.kind == ChunkKind::kSubordinator) {
      std::string_view w = Lower(ch.token);
      return w != "that" && TagOf(ch.token) == lex::IN;
    }
  }
  return false;
}

bool ClauseContext::IsNegativeDeterminer(std::string_view w) {
  return w == "no" || w == "neither" || w == "nobody" || w == "none" || w == "nothing" || w == "nor";
}

}  // namespace tocsin::syntax
