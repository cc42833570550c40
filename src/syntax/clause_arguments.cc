// The arguments of each verb group: subject, objects, prepositional phrases.
#include "syntax/clause_context.h"

#include <algorithm>

namespace tocsin::syntax {
namespace {

void FindSubject(ClauseContext& cx, int32_t v) {
  VerbGroup& vg = cx.a.vgs[v];
  size_t c = cx.vg_chunk[v];
  if (vg.participle) {
    // "soldiers killed in Ukraine", "The militants, believed to be": the
    // phrase before is the patient.
    size_t m = c;
    if (m > 1 && cx.skip[c] && cx.a.chunks[m - 1].kind == ChunkKind::kComma) --m;
    if (m > 0 && cx.a.chunks[m - 1].kind == ChunkKind::kNP) vg.subject = cx.ChainStart(cx.a.chunks[m - 1].index);
    // "were beaten and detained": the auxiliary and the subject are shared.
    if (m > 1 && cx.a.chunks[m - 1].kind == ChunkKind::kConj && cx.a.chunks[m - 2].kind == ChunkKind::kVG &&
        cx.a.vgs[cx.a.chunks[m - 2].index].voice == Voice::kPassive && !cx.a.vgs[cx.a.chunks[m - 2].index].participle) {
      vg.conjunct_of = cx.a.chunks[m - 2].index;
      vg.subject = cx.a.vgs[vg.conjunct_of].subject;
      vg.participle = false;
    }
    return;
  }
  if (vg.infinitive) return;  // from the governor (LinkComplement)
  // "..., killing at least 12": an adverbial -ing clause after a comma is the main clause's doing.
  if (vg.gerund && c > 0 && cx.a.chunks[c - 1].kind == ChunkKind::kComma) {
    for (size_t m = c - 1; m-- > 0;) {
      const Chunk& ch = cx.a.chunks[m];
      if (ch.kind == ChunkKind::kSeparator || ch.kind == ChunkKind::kQuote) break;
      if (ch.kind == ChunkKind::kVG && !cx.a.vgs[ch.index].gerund && !cx.a.vgs[ch.index].infinitive &&
          cx.a.vgs[ch.index].subject >= 0) {
        vg.subject = cx.a.vgs[ch.index].voice == Voice::kPassive ? cx.a.vgs[ch.index].agent : cx.a.vgs[ch.index].subject;
        vg.adverbial_of = ch.index;
        return;
      }
    }
  }
  // "killed hundreds after seizing the town", "responded by launching
  // missiles": the -ing clause after a temporal or manner preposition is
  // done by the main clause's subject.
  if (vg.gerund && c > 0 &&
      (cx.a.chunks[c - 1].kind == ChunkKind::kPrep || cx.a.chunks[c - 1].kind == ChunkKind::kSubordinator) &&
      cx.Is(WordClass::kGerundAdverbials, cx.Lower(cx.a.chunks[c - 1].token))) {
    for (size_t m = c - 1; m-- > 0;) {
      const Chunk& ch = cx.a.chunks[m];
      if (ch.kind == ChunkKind::kSeparator || ch.kind == ChunkKind::kQuote) break;
      if (ch.kind != ChunkKind::kVG) continue;
      const VerbGroup& main = cx.a.vgs[ch.index];
      if (main.gerund || main.infinitive || main.participle || main.subject < 0) continue;
      vg.subject = main.subject;
      vg.adverbial_of = ch.index;
      return;
    }
  }
  // "..., said Colonel Andriy Koval": a reporting verb after a comma or a
  // quote with a phrase after it has its subject there.
  if (c > 0 && c + 1 < cx.a.chunks.size() &&
      (cx.a.chunks[c - 1].kind == ChunkKind::kComma || cx.a.chunks[c - 1].kind == ChunkKind::kQuote) &&
      cx.a.chunks[c + 1].kind == ChunkKind::kNP && !cx.a.nps[cx.a.chunks[c + 1].index].relative &&
      vg.begin == vg.main && cx.IsReportingVerb(cx.VgLemma(v)) && cx.InvertedSubjectEnds(c + 1) && cx.FiniteVerbBefore(c - 1)) {
    vg.subject = cx.ChainStart(cx.a.chunks[c + 1].index);
    return;
  }
  bool saw_conj = false;
  bool inside_skip = cx.skip[c];
  for (size_t m = c; m-- > 0;) {
    const Chunk& ch = cx.a.chunks[m];
    if (cx.skip[m] && !inside_skip) continue;
    switch (ch.kind) {
      case ChunkKind::kAdverb:
      case ChunkKind::kPrep:
      case ChunkKind::kOther:
      case ChunkKind::kComma:
      case ChunkKind::kOpenParen:
      case ChunkKind::kCloseParen:
        continue;
      case ChunkKind::kConj:
        saw_conj = true;
        continue;
      case ChunkKind::kNP: {
        const NounPhrase& np = cx.a.nps[ch.index];
        if (np.object_of_preposition) continue;
        // "sent to Belarus last year have returned": a time phrase after
        // another phrase or a verb says when, it is no subject.
        if (m > 0 && (cx.a.chunks[m - 1].kind == ChunkKind::kNP || cx.a.chunks[m - 1].kind == ChunkKind::kVG) &&
            cx.IsTimePhrase(ch.index))
          continue;
        if (np.relative) {
          vg.subject = cx.Antecedent(m);
          cx.relative_host[v] = vg.subject;
          return;
        }
        // "the man who opened fire at the rally had been arrested": the
        // phrase is the object of a relative clause; the subject is the
        // phrase that clause modifies.
        if (!saw_conj && !vg.gerund) {
          size_t k = m;
          while (k > 0 && cx.a.chunks[k - 1].kind == ChunkKind::kAdverb) --k;
          if (k > 0 && cx.a.chunks[k - 1].kind == ChunkKind::kVG && cx.IsFinite(vg))
            if (int32_t around = cx.RelativeClauseBefore(k - 1); around >= 0) {
              vg.subject = around;
              return;
            }
        }
        if (saw_conj && cx.PrecededByVerb(m)) {
          // "will form a command and send troops": coordinated verbs share the subject.
          for (size_t k = m; k-- > 0;)
            if (cx.a.chunks[k].kind == ChunkKind::kVG) {
              vg.conjunct_of = cx.a.chunks[k].index;
              vg.subject = cx.a.vgs[vg.conjunct_of].subject;
              break;
            }
          return;
        }
        vg.subject = cx.ChainStart(ch.index);
        cx.object_gap[v] = cx.ObjectRelativeHost(m, c);
        cx.relative_host[v] = cx.object_gap[v] >= 0 ? cx.object_gap[v] : cx.WhereOrWhoseHost(m);
        return;
      }
      case ChunkKind::kVG:
        // "Floods caused by heavy rains have killed": a reduced relative
        // modifies the subject before it.
        if (!saw_conj && cx.a.vgs[ch.index].participle && !vg.participle) continue;
        if (saw_conj) {
          vg.conjunct_of = ch.index;
          vg.subject = cx.a.vgs[ch.index].subject;
          cx.relative_host[v] = cx.relative_host[ch.index];
        } else if (cx.IsFinite(vg) && !vg.gerund) {
          // "the troops that Russia sent to Belarus have returned".
          vg.subject = cx.RelativeClauseBefore(m);
        }
        return;
      case ChunkKind::kQuote:
        if (size_t before = cx.SkipNickname(m + 1); before != m + 1) {
          m = before;  // the loop steps on to the name itself
          continue;
        }
        return;
      case ChunkKind::kSubordinator:
      case ChunkKind::kSeparator:
        return;
    }
  }
  // "..., said the minister": an inverted subject after a reporting verb.
  if (vg.subject < 0 && cx.IsReportingVerb(cx.VgLemma(v)) && c + 1 < cx.a.chunks.size() &&
      cx.a.chunks[c + 1].kind == ChunkKind::kNP)
    vg.subject = cx.ChainStart(cx.a.chunks[c + 1].index);
}

void FindObjectsOf(ClauseContext& cx, int32_t v) {
  VerbGroup& vg = cx.a.vgs[v];
  const auto& chunks = cx.a.chunks;
  if (cx.object_gap[v] >= 0 && vg.voice == Voice::kActive) {
    vg.object = cx.object_gap[v];
    return;
  }
  for (size_t m = cx.vg_chunk[v] + 1; m < chunks.size(); ++m) {
    const Chunk& ch = chunks[m];
    if (ch.kind == ChunkKind::kAdverb) continue;
    if (ch.kind != ChunkKind::kNP) break;
    const NounPhrase& np = cx.a.nps[ch.index];
    if (np.object_of_preposition || np.relative) break;
    if (vg.subject == ch.index) break;  // inverted subject ("said the minister")
    if (cx.IsNominativePronoun(cx.Lower(np.begin))) break;  // "said he would": a new clause
    // "said it had used", "believes Russia attacked": after a verb of saying or
    // thinking, a phrase right before a finite verb opens a new clause.
    // ("said agents of Israel's Mossad had assassinated": over the subject's own
    // prepositional phrases too.)
    size_t after_np = m + 1;
    while (after_np + 1 < chunks.size() && chunks[after_np].kind == ChunkKind::kPrep &&
           chunks[after_np + 1].kind == ChunkKind::kNP)
      after_np += 2;
    if (after_np < chunks.size() && chunks[after_np].kind == ChunkKind::kVG &&
        cx.IsFinite(cx.a.vgs[chunks[after_np].index]) && cx.TakesClause(cx.VgLemma(v)))
      break;
    vg.object = ch.index;
    // "gave Ukraine weapons": two objects in a row, the first is indirect.
    size_t n = m + 1;
    // ("received him the next day": a time phrase is no second object.)
    if (n < chunks.size() && chunks[n].kind == ChunkKind::kNP && !cx.a.nps[chunks[n].index].object_of_preposition &&
        !cx.a.nps[chunks[n].index].relative && cx.a.nps[ch.index].next_conjunct != chunks[n].index &&
        !cx.IsTimePhrase(chunks[n].index)) {
      vg.indirect_object = ch.index;
      vg.object = chunks[n].index;
    }
    // A particle after the object: "carried the attack out".
    size_t after = vg.indirect_object >= 0 ? n + 1 : n;
    if (vg.particle < 0 && after < chunks.size() && chunks[after].kind != ChunkKind::kNP &&
        cx.TagOf(chunks[after].token) == lex::RP)
      vg.particle = int32_t(chunks[after].token);
    break;
  }
}

}  // namespace

void FindSubjects(ClauseContext& cx) {
  for (size_t v = 0; v < cx.a.vgs.size(); ++v) FindSubject(cx, int32_t(v));
}

void FindObjects(ClauseContext& cx) {
  for (size_t v = 0; v < cx.a.vgs.size(); ++v) FindObjectsOf(cx, int32_t(v));
}

void AttachPrepositions(ClauseContext& cx) {
  const auto& chunks = cx.a.chunks;
  for (size_t c = 0; c < chunks.size(); ++c) {
    if (chunks[c].kind != ChunkKind::kPrep || chunks[c].index < 0) continue;
    PrepPhrase& pp = cx.a.pps[chunks[c].index];
    for (size_t m = c; m-- > 0;) {
      ChunkKind k = chunks[m].kind;
      if (k == ChunkKind::kVG) {
        pp.vg = chunks[m].index;
        break;
      }
      if (k == ChunkKind::kSubordinator || k == ChunkKind::kSeparator || k == ChunkKind::kQuote) break;
      if (k == ChunkKind::kNP && cx.a.nps[chunks[m].index].relative) break;
    }
    if (pp.vg >= 0 && cx.Lower(pp.prep) == "by") {
      VerbGroup& vg = cx.a.vgs[pp.vg];
      if (vg.voice == Voice::kPassive && vg.agent < 0) vg.agent = cx.ChainStart(pp.np);
    }
  }
}

}  // namespace tocsin::syntax
