// Complements and coordination: what a verb governs, and what coordinated
// verbs share.
#include "syntax/clause_context.h"

#include <algorithm>

namespace tocsin::syntax {
namespace {

// "stormed and torched the mayor's office", "pardoned and freed 18
// prisoners": two verbs joined by "and" with nothing between share the
// second one's object.
void ShareObjectWithConjunct(ClauseContext& cx, int32_t v) {
  VerbGroup& first = cx.a.vgs[v];
  if (first.object >= 0 || first.voice == Voice::kPassive || first.infinitive || first.gerund) return;
  size_t c = cx.vg_chunk[v];
  const auto& chunks = cx.a.chunks;
  if (c + 2 >= chunks.size() || chunks[c + 1].kind != ChunkKind::kConj || chunks[c + 2].kind != ChunkKind::kVG ||
      cx.Lower(chunks[c + 1].token) != "and" || chunks[c + 1].token != first.end)
    return;
  const VerbGroup& second = cx.a.vgs[chunks[c + 2].index];
  if (second.object < 0 || second.voice == Voice::kPassive || second.begin != first.end + 1 ||
      cx.TagOf(second.main) != cx.TagOf(first.main))
    return;
  first.object = second.object;
}

void LinkComplement(ClauseContext& cx, int32_t v) {
  VerbGroup& vg = cx.a.vgs[v];
  size_t c = cx.vg_chunk[v];
  if (!vg.infinitive && !vg.gerund) return;
  // Walk back over adverbs, prepositional phrases ("tried for a third day to
  // storm") and at most one noun phrase to the governing verb.
  int32_t object_between = -1;
  int32_t prepositional_object = -1;  // "called on Vucic to step down"
  int32_t governor = -1;
  for (size_t m = c; m-- > 0;) {
    const Chunk& ch = cx.a.chunks[m];
    if (ch.kind == ChunkKind::kAdverb) continue;
    if (ch.kind == ChunkKind::kNP && cx.a.nps[ch.index].object_of_preposition && m > 1 &&
        cx.a.chunks[m - 1].kind == ChunkKind::kPrep && cx.a.chunks[m - 2].kind == ChunkKind::kVG &&
        object_between < 0) {
      std::string_view prep = cx.Lower(cx.a.chunks[m - 1].token);
      if (prep == "on" || prep == "upon" || prep == "to") prepositional_object = ch.index;
      --m;
      continue;
    }
    // "ordered diplomats from Argentina, Chile and Peru to leave": over
    // prepositional phrases and their coordinated objects.
    // Only names: "thanked Trump for his efforts to end" keeps "to end" with "efforts".
    auto in_pp = [&](const Chunk& k) {
      if (k.kind != ChunkKind::kNP) return false;
      const NounPhrase& np = cx.a.nps[k.index];
      lex::Tag head = cx.TagOf(np.head);
      if (head != lex::NNP && head != lex::NNPS) return false;
      return np.object_of_preposition || (np.first_conjunct >= 0 && cx.a.nps[np.first_conjunct].object_of_preposition);
    };
    if (ch.kind == ChunkKind::kNP && object_between < 0 && vg.infinitive && !in_pp(ch)) {
      object_between = ch.index;
      continue;
    }
    bool in_pp_list = (ch.kind == ChunkKind::kConj || ch.kind == ChunkKind::kComma) && m > 0 && in_pp(cx.a.chunks[m - 1]);
    // ... and over the preposition that introduces a gerund ("given up on joining").
    bool prep_of_name = ch.kind == ChunkKind::kPrep && ((m + 1 < c && in_pp(cx.a.chunks[m + 1])) ||
                                                       (m + 1 == c && vg.gerund));
    if (in_pp(ch) || prep_of_name || in_pp_list) continue;
    if (ch.kind == ChunkKind::kVG) governor = ch.index;
    break;
  }
  if (governor < 0) {
    // "Britain's plan to recognise", "in an effort to end": an infinitive that no
    // verb governs states a purpose or a plan, not something that happened;
    // its doer is the clause's subject.
    if (vg.infinitive) {
      vg.modality = std::max(vg.modality, Modality::kPossible);
      if (vg.subject < 0) vg.subject = cx.EnclosingSubject(c);
    }
    return;
  }
  const VerbGroup& gov = cx.a.vgs[governor];
  if (object_between >= 0 && gov.object != object_between && gov.indirect_object != object_between) {
    // "efforts to counter": the phrase belongs to a noun, not an object of the verb.
    if (vg.infinitive) vg.modality = std::max(vg.modality, Modality::kPossible);
    return;
  }
  vg.governor = governor;
  std::string_view gl = cx.VgLemma(governor);
  // "was ready to sign": an adjective is no doer; the subject of "was" is.
  if (object_between >= 0 && lex::IsAdjective(cx.TagOf(cx.a.nps[object_between].head))) object_between = -1;
  if (vg.subject < 0) {
    if (object_between >= 0) vg.subject = object_between;
    else if (prepositional_object >= 0 && cx.IsAppealVerb(gl)) vg.subject = prepositional_object;
    else vg.subject = gov.subject;
  }
  // What someone else is urged, asked or ordered to do has not happened yet
  // ("wants Putin to attack"; but "wants to send" is the wanter's intention).
  if (cx.IsAppealVerb(gl) && (object_between >= 0 || prepositional_object >= 0))
    vg.modality = std::max(vg.modality, Modality::kPossible);
  if (cx.IsNegatingVerb(gl)) {
    vg.negated = !gov.negated;  // "failed to" vs "have not stopped bombing"
  } else {
    vg.negated = vg.negated || gov.negated;
  }
  Modality m = gov.modality;
  if (cx.Is(WordClass::kAttempt, gl)) m = std::max(m, Modality::kAttempted);
  if (cx.Is(WordClass::kIntention, gl)) m = std::max(m, Modality::kIntended);
  vg.modality = std::max(vg.modality, m);
}

// "accused Poland of massing troops", "blamed Kyiv for shelling": a gerund
// after a preposition complements the verb before it; what an accusation or a
// denial says was done is alleged, not asserted.
void LinkPrepositionalGerund(ClauseContext& cx, int32_t v) {
  VerbGroup& vg = cx.a.vgs[v];
  size_t c = cx.vg_chunk[v];
  if (!vg.gerund || c < 2 || cx.a.chunks[c - 1].kind != ChunkKind::kPrep) return;
  std::string_view prep = cx.Lower(cx.a.chunks[c - 1].token);
  if (prep != "of" && prep != "for" && prep != "over" && prep != "from") return;
  size_t m = c - 1;
  int32_t object = -1;
  if (m > 0 && cx.a.chunks[m - 1].kind == ChunkKind::kNP) {
    object = cx.a.chunks[m - 1].index;
    --m;
  }
  if (m == 0 || cx.a.chunks[m - 1].kind != ChunkKind::kVG) return;
  int32_t governor = cx.a.chunks[m - 1].index;
  vg.governor = governor;
  const VerbGroup& gov = cx.a.vgs[governor];
  std::string_view gl = cx.VgLemma(governor);
  bool alleging = cx.Is(WordClass::kAlleging, gl);
  // "accused Poland of massing": the accused acts; "refrained from attacking": the subject does.
  if (vg.subject < 0) vg.subject = (object >= 0 && alleging) ? object : (object >= 0 ? object : gov.subject);
  if (alleging) vg.modality = std::max(vg.modality, Modality::kPossible);
  if (cx.IsNegatingVerb(gl) || cx.Is(WordClass::kPreventing, gl)) vg.negated = !gov.negated;
}

// "demanded that Russia withdraw", "promised France that it would release":
// the clause a demand or a commitment introduces is governed by it. What is
// demanded has not happened; who must do it is the demand's target.
void LinkContentClause(ClauseContext& cx, int32_t v) {
  VerbGroup& g = cx.a.vgs[v];
  std::string_view gl = cx.VgLemma(v);
  // Verbs of saying ("told reporters that") report their clause instead.
  bool appeal = cx.IsAppealVerb(gl) && !cx.IsReportingVerb(gl), commitment = cx.Is(WordClass::kCommitting, gl);
  if (!appeal && !commitment) return;
  const auto& chunks = cx.a.chunks;
  size_t m = cx.vg_chunk[v] + 1;
  if (m < chunks.size() && chunks[m].kind == ChunkKind::kNP && g.object == chunks[m].index) ++m;  // "promised France"
  // "demanded on Sunday that": over adverbs and prepositional phrases.
  while (m + 1 < chunks.size() && (chunks[m].kind == ChunkKind::kAdverb ||
                                   (chunks[m].kind == ChunkKind::kPrep && chunks[m + 1].kind == ChunkKind::kNP)))
    m += chunks[m].kind == ChunkKind::kAdverb ? 1 : 2;
  bool that = m < chunks.size() && chunks[m].kind == ChunkKind::kSubordinator && cx.Lower(chunks[m].token) == "that";
  if (that) ++m;
  if (!that && !commitment) return;  // "urged Moscow to ..." is an infinitive, linked elsewhere
  if (m + 1 >= chunks.size() || chunks[m].kind != ChunkKind::kNP) return;
  // "that the president and her cabinet resign": over the subject's conjuncts.
  while (m + 2 < chunks.size() && (chunks[m + 1].kind == ChunkKind::kConj || chunks[m + 1].kind == ChunkKind::kComma) &&
         chunks[m + 2].kind == ChunkKind::kNP && cx.a.nps[chunks[m].index].next_conjunct == chunks[m + 2].index)
    m += 2;
  // "that Russia immediately and unconditionally withdraw": over adverbs and the conjunctions between them.
  while (m + 1 < chunks.size() &&
         (chunks[m + 1].kind == ChunkKind::kAdverb ||
          (chunks[m + 1].kind == ChunkKind::kConj && m + 2 < chunks.size() && chunks[m + 2].kind == ChunkKind::kAdverb)))
    ++m;
  if (m + 1 >= chunks.size() || chunks[m + 1].kind != ChunkKind::kVG) return;
  int32_t content = chunks[m + 1].index;
  VerbGroup& c = cx.a.vgs[content];
  if (c.governor >= 0 || c.infinitive) return;
  c.governor = int32_t(v);
  if (appeal) {
    c.modality = std::max(c.modality, Modality::kPossible);
    if (g.object < 0) g.object = c.subject;
  }
  // "threatened that Tehran would pay": who is to pay is who is threatened.
  if (gl == "threaten" && g.object < 0) g.object = c.subject;
}

void InheritFromConjunct(ClauseContext& cx, int32_t v) {
  VerbGroup& vg = cx.a.vgs[v];
  if (vg.conjunct_of < 0) return;
  VerbGroup& first = cx.a.vgs[vg.conjunct_of];
  if (vg.subject < 0) vg.subject = first.subject;
  // "were beaten and detained by security forces": both by them.
  if (vg.begin == vg.main && vg.voice == Voice::kPassive && first.voice == Voice::kPassive && first.agent < 0 &&
      cx.vg_chunk[v] == cx.vg_chunk[vg.conjunct_of] + 2)
    first.agent = vg.agent;
  // A bare verb ("will form X and send Y") shares the first verb's auxiliaries.
  if (vg.begin == vg.main && cx.TagOf(vg.main) == lex::VB) {
    vg.modality = std::max(vg.modality, first.modality);
    vg.negated = vg.negated || first.negated;
    if (first.governor >= 0 && vg.governor < 0) {
      vg.governor = first.governor;
      vg.infinitive = first.infinitive;
    }
  }
}

}  // namespace

void ShareObjectsWithConjuncts(ClauseContext& cx) {
  for (size_t v = 0; v < cx.a.vgs.size(); ++v) ShareObjectWithConjunct(cx, int32_t(v));
}

void LinkComplements(ClauseContext& cx) {
  for (size_t v = 0; v < cx.a.vgs.size(); ++v) LinkComplement(cx, int32_t(v));
}

void LinkPrepositionalGerunds(ClauseContext& cx) {
  for (size_t v = 0; v < cx.a.vgs.size(); ++v) LinkPrepositionalGerund(cx, int32_t(v));
}

void LinkContentClauses(ClauseContext& cx) {
  for (size_t v = 0; v < cx.a.vgs.size(); ++v) LinkContentClause(cx, int32_t(v));
}

void InheritFromConjuncts(ClauseContext& cx) {
  for (size_t v = 0; v < cx.a.vgs.size(); ++v) InheritFromConjunct(cx, int32_t(v));
}

}  // namespace tocsin::syntax
