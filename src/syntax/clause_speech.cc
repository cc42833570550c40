// Negation, reported speech and conditions: what the analysis marks as not
// asserted by the text itself.
#include "syntax/clause_context.h"

#include <algorithm>

namespace tocsin::syntax {
namespace {

void Report(ClauseContext& cx, int32_t v, int32_t reporting) {
  VerbGroup& vg = cx.a.vgs[v];
  if (v == reporting || vg.reported) return;
  const VerbGroup& r = cx.a.vgs[reporting];
  vg.reported = true;
  vg.reporting = reporting;
  vg.speaker = r.subject;
  if (cx.Is(WordClass::kDenying, cx.VgLemma(reporting))) vg.negated = !vg.negated;
  if (r.negated) vg.modality = std::max(vg.modality, Modality::kPossible);
  if (r.modality >= Modality::kPossible) vg.modality = std::max(vg.modality, r.modality);
}

}  // namespace

// Negation outside the verb group: "never attacked" (no auxiliary to carry
// it), "not to attack", "No group has claimed", "Nobody was hurt", "gave no
// timetable". (An inner negation of a negating verb was handled with it.)
void MarkNegation(ClauseContext& cx) {
  for (size_t v = 0; v < cx.a.vgs.size(); ++v) {
    VerbGroup& vg = cx.a.vgs[v];
    bool negative = false;
    // Adverbs right before the group: "never attacked", "not to attack", "no longer supplies".
    for (uint32_t t = vg.begin; t > cx.a.token_begin;) {
      --t;
      std::string_view w = cx.Lower(t);
      if (w == "never" || w == "not" || w == "n't" || (w == "longer" && t > cx.a.token_begin && cx.Lower(t - 1) == "no")) {
        negative = true;
        break;
      }
      // "left without signing the declaration".
      if (w == "without" && vg.gerund) {
        negative = true;
        break;
      }
      if (!lex::IsAdverb(cx.TagOf(t))) break;
    }
    int32_t subject = vg.subject;
    if (subject >= 0 && !cx.a.nps[subject].pronoun) {
      std::string_view first = cx.Lower(cx.a.nps[subject].begin);
      if (cx.IsNegativeDeterminer(first) || (first == "not" && cx.Lower(cx.a.nps[subject].begin + 1) == "a")) negative = true;
    }
    if (vg.object >= 0 && cx.Lower(cx.a.nps[vg.object].begin) == "no") negative = true;
    if (negative) vg.negated = !vg.negated;
  }
}

void MarkReportedSpeech(ClauseContext& cx) {
  const auto& chunks = cx.a.chunks;
  for (size_t v = 0; v < cx.a.vgs.size(); ++v) {
    std::string_view lemma = cx.VgLemma(int32_t(v));
    size_t c = cx.vg_chunk[v];
    // "according to X": X speaks for the whole sentence.
    if (lemma == "accord" && c + 1 < chunks.size() && chunks[c + 1].kind == ChunkKind::kPrep &&
        chunks[c + 1].index >= 0) {
      int32_t speaker = cx.a.pps[chunks[c + 1].index].np;
      for (size_t w = 0; w < cx.a.vgs.size(); ++w) {
        if (w == v || cx.a.vgs[w].reported) continue;
        cx.a.vgs[w].reported = true;
        cx.a.vgs[w].speaker = speaker;
        cx.a.vgs[w].reporting = int32_t(v);
      }
      continue;
    }
    // "A UN report found that ...": a verb of finding reports the clause "that" opens.
    bool finding = c + 1 < chunks.size() && chunks[c + 1].kind == ChunkKind::kSubordinator &&
                   cx.Lower(chunks[c + 1].token) == "that" &&
                   cx.Is(WordClass::kFinding, lemma);
    if (!cx.IsReportingVerb(lemma) && !cx.Is(WordClass::kDenying, lemma) && !finding) continue;
    // Forward: "X said (that) Y ...", "X denied sending troops". Inside a
    // subordinate clause ("Although analysts say that ..., Russia ..."), the
    // reported content ends with that clause. 'said on Monday: "..."' goes
    // on into the quotation; ", a local official said, asking not to be
    // named" reports what came before.
    size_t after = c + 1;
    while (after + 1 < chunks.size() && chunks[after].kind == ChunkKind::kPrep && chunks[after + 1].kind == ChunkKind::kNP)
      after += 2;
    while (after < chunks.size() && chunks[after].kind == ChunkKind::kAdverb) ++after;
    bool ends_here = after >= chunks.size() || chunks[after].kind == ChunkKind::kComma ||
                     (chunks[after].kind == ChunkKind::kSeparator && cx.TagOf(chunks[after].token) != lex::kColon);
    bool colon_quote = after + 1 < chunks.size() && chunks[after].kind == ChunkKind::kSeparator &&
                       cx.TagOf(chunks[after].token) == lex::kColon && chunks[after + 1].kind == ChunkKind::kQuote;
    bool forward = false;
    bool subordinate = cx.InSubordinateClause(c);
    size_t from = ends_here ? chunks.size() : colon_quote ? after + 2 : c + 1;
    for (size_t m = from; m < chunks.size(); ++m) {
      ChunkKind k = chunks[m].kind;
      if (k == ChunkKind::kSeparator || (k == ChunkKind::kQuote && (cx.a.vgs[v].in_quote || colon_quote))) break;
      if (subordinate && k == ChunkKind::kComma) break;
      if (k == ChunkKind::kVG) {
        int32_t w = chunks[m].index;
        // The reported clause: a verb after "that", after a new subject, or a gerund.
        Report(cx, w, int32_t(v));
        forward = true;
      }
    }
    if (forward) continue;
    // Backward: "..., X said." / "\"...\", he said". A denial with an object
    // of its own denies that ("..., a charge Moscow denied"), not the clause before.
    if (cx.Is(WordClass::kDenying, lemma) && cx.a.vgs[v].object >= 0) continue;
    size_t m = c;
    while (m > 0 && (chunks[m - 1].kind == ChunkKind::kNP || chunks[m - 1].kind == ChunkKind::kAdverb ||
                     chunks[m - 1].kind == ChunkKind::kPrep))
      --m;
    if (m > 0 && (chunks[m - 1].kind == ChunkKind::kComma || chunks[m - 1].kind == ChunkKind::kQuote)) {
      for (size_t k = 0; k + 1 < m; ++k)
        if (chunks[k].kind == ChunkKind::kVG) Report(cx, chunks[k].index, int32_t(v));
    }
  }
}

void MarkConditionals(ClauseContext& cx) {
  const auto& chunks = cx.a.chunks;
  bool conditional_clause = false;
  for (size_t c = 0; c < chunks.size(); ++c) {
    bool opens = false;
    if (chunks[c].kind == ChunkKind::kSubordinator) {
      std::string_view w = cx.Lower(chunks[c].token);
      opens = w == "if" || w == "unless" || w == "whether";
    }
    // "Had the peacekeepers stayed, ...", "Should talks collapse, ...": inversion.
    if (c == 0 && chunks[c].kind == ChunkKind::kVG) {
      std::string_view w = cx.Lower(chunks[c].token);
      opens = (w == "had" || w == "should" || w == "were") && cx.a.vgs[chunks[c].index].subject < 0;
    }
    if (!opens) continue;
    conditional_clause = true;
    for (size_t m = c; m < chunks.size(); ++m) {
      if (m > c && (chunks[m].kind == ChunkKind::kComma || chunks[m].kind == ChunkKind::kSeparator)) break;
      if (chunks[m].kind == ChunkKind::kVG) cx.a.vgs[chunks[m].index].conditional = true;
    }
  }
  // What would follow from the condition did not happen either ("If Russia
  // attacks, NATO will respond"): the main clause's future, modal or
  // conditional verbs are hypothetical too.
  if (conditional_clause)
    for (VerbGroup& vg : cx.a.vgs)
      if (!vg.conditional && !vg.reported && vg.modality >= Modality::kIntended) vg.conditional = true;
  // Questions.
  if (cx.a.token_end > cx.a.token_begin && cx.Lower(cx.a.token_end - 1) == "?")
    for (VerbGroup& vg : cx.a.vgs)
      if (!vg.reported) vg.conditional = true;
}

}  // namespace tocsin::syntax
