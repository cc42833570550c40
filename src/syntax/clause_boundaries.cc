// Where clauses begin and end: parentheticals, quotations, and past
// participles that are past tenses.
#include "syntax/clause_context.h"

#include <algorithm>

namespace tocsin::syntax {
namespace {

// Between a subject and its verb, set off by commas: a reduced relative
// ("The militants, believed to be linked to Islamic State, ambushed") or a
// report ("The attack, the ministry said, was carried out").
void MarkCommaInterruption(ClauseContext& cx, size_t comma) {
  const auto& chunks = cx.a.chunks;
  size_t e = comma + 1;
  while (e < chunks.size() && chunks[e].kind != ChunkKind::kComma && chunks[e].kind != ChunkKind::kSeparator &&
         chunks[e].kind != ChunkKind::kQuote)
    ++e;
  if (e + 1 >= chunks.size() || chunks[e].kind != ChunkKind::kComma || chunks[e + 1].kind != ChunkKind::kVG ||
      !cx.IsFinite(cx.a.vgs[chunks[e + 1].index]) || e == comma + 1)
    return;
  const Chunk& first = chunks[comma + 1];
  bool participle = false, report = false;
  if (first.kind == ChunkKind::kVG) {
    const VerbGroup& vg = cx.a.vgs[first.index];
    lex::Tag tag = cx.TagOf(vg.main);
    participle = vg.begin == vg.main && (tag == lex::VBN || tag == lex::VBD);
  } else if (first.kind == ChunkKind::kNP && comma + 2 < e && chunks[comma + 2].kind == ChunkKind::kVG) {
    report = cx.IsReportingVerb(cx.VgLemma(chunks[comma + 2].index));
    for (size_t k = comma + 3; k < e && report; ++k)
      report = chunks[k].kind == ChunkKind::kPrep || chunks[k].kind == ChunkKind::kNP ||
               chunks[k].kind == ChunkKind::kAdverb;
  }
  if (!participle && !report) return;
  for (size_t k = comma + 1; k < e; ++k) cx.skip[k] = true;
  if (participle) {
    VerbGroup& vg = cx.a.vgs[first.index];
    vg.participle = true;
    vg.voice = Voice::kPassive;
  }
}

// A past participle with no auxiliary is either a reduced relative ("the
// soldiers killed in the attack were buried") or a past tense the tagger
// read as a participle ("Witkoff negotiated with ..."). It is the past
// tense when its subject opens the clause and no finite verb follows.
void ReadParticipleAsPast(ClauseContext& cx, int32_t v) {
  VerbGroup& vg = cx.a.vgs[v];
  if (!vg.participle) return;
  const auto& chunks = cx.a.chunks;
  size_t c = cx.vg_chunk[v];
  size_t m = c;
  while (m > 0 && chunks[m - 1].kind == ChunkKind::kAdverb) --m;
  // "formed a command and sent troops": coordinated with a past tense.
  if (m > 0 && chunks[m - 1].kind == ChunkKind::kConj) {
    for (size_t k = m - 1; k-- > 0;) {
      const Chunk& ch = chunks[k];
      if (ch.kind == ChunkKind::kSeparator || ch.kind == ChunkKind::kSubordinator) break;
      if (ch.kind == ChunkKind::kVG) {
        if (cx.TagOf(cx.a.vgs[ch.index].main) == lex::VBD && !cx.a.vgs[ch.index].participle) {
          vg.participle = false;
          vg.voice = Voice::kActive;
        }
        break;
      }
    }
    return;
  }
  m = cx.SkipNickname(m);
  if (m == 0 || chunks[m - 1].kind != ChunkKind::kNP) return;
  const NounPhrase& np = cx.a.nps[chunks[m - 1].index];
  if (np.object_of_preposition || np.relative) return;
  // "the troops that Russia sent", "the sanctions the EU imposed": a subject
  // inside a relative clause makes the participle its past tense.
  if (cx.ObjectRelativeHost(m - 1, c) >= 0) {
    vg.participle = false;
    vg.voice = Voice::kActive;
    return;
  }
  // "he agreed": a pronoun in the nominative can only be a subject.
  if (cx.IsNominativePronoun(cx.Lower(np.begin))) {
    vg.participle = false;
    vg.voice = Voice::kActive;
    return;
  }
  bool subject = true;
  {
    for (size_t k = m - 1; k-- > 0;) {
      ChunkKind kind = chunks[k].kind;
      if (kind == ChunkKind::kSubordinator || kind == ChunkKind::kSeparator || kind == ChunkKind::kQuote) break;
      if (kind == ChunkKind::kVG) {
        subject = false;
        break;
      }
    }
  }
  if (!subject) return;
  // "Three soldiers killed by roadside bomb": a by-agent keeps it passive.
  if (c + 1 < chunks.size() && chunks[c + 1].kind == ChunkKind::kPrep && cx.Lower(chunks[c + 1].token) == "by") return;
  for (size_t k = c + 1; k < chunks.size(); ++k) {
    ChunkKind kind = chunks[k].kind;
    if (kind == ChunkKind::kSeparator || (kind == ChunkKind::kSubordinator && cx.Lower(chunks[k].token) != "as"))
      break;
    if (kind == ChunkKind::kVG && cx.IsFinite(cx.a.vgs[chunks[k].index])) return;
  }
  vg.participle = false;
  vg.voice = Voice::kActive;
}

}  // namespace

// Relative clauses set off by commas and parenthesised text are skipped when
// looking for the subject of a verb outside them.
void MarkParentheticals(ClauseContext& cx) {
  const auto& chunks = cx.a.chunks;
  cx.skip.assign(chunks.size(), false);
  for (size_t c = 0; c < chunks.size(); ++c) {
    if (chunks[c].kind == ChunkKind::kOpenParen) {
      size_t e = c + 1;
      while (e < chunks.size() && chunks[e].kind != ChunkKind::kCloseParen) ++e;
      for (size_t k = c; k <= e && k < chunks.size(); ++k) cx.skip[k] = true;
    }
    // "his counterpart, Felix Tshisekedi, met": the appositive.
    if (chunks[c].kind == ChunkKind::kNP && cx.a.nps[chunks[c].index].appositive_of >= 0) {
      cx.skip[c - 1] = cx.skip[c] = true;
      for (size_t k = c + 1; k + 1 < chunks.size() && chunks[k].kind == ChunkKind::kPrep &&
                             chunks[k + 1].kind == ChunkKind::kNP;
           k += 2)
        cx.skip[k] = cx.skip[k + 1] = true;
    }
    // ", most of which were shot down,": a quantified relative.
    bool relative = chunks[c].kind == ChunkKind::kNP &&
                    (cx.a.nps[chunks[c].index].relative ||
                     (c + 2 < chunks.size() && chunks[c + 1].kind == ChunkKind::kPrep &&
                      cx.Lower(chunks[c + 1].token) == "of" &&
                      (cx.Lower(chunks[c + 2].token) == "which" || cx.Lower(chunks[c + 2].token) == "whom")));
    if (relative && c > 0 && chunks[c - 1].kind == ChunkKind::kComma) {
      size_t e = c + 1;
      while (e < chunks.size() && chunks[e].kind != ChunkKind::kComma &&
             chunks[e].kind != ChunkKind::kSeparator)
        ++e;
      if (e < chunks.size() && chunks[e].kind == ChunkKind::kComma)
        for (size_t k = c; k < e; ++k) cx.skip[k] = true;
    }
    if (chunks[c].kind == ChunkKind::kComma && c > 0 && chunks[c - 1].kind == ChunkKind::kNP &&
        !cx.a.nps[chunks[c - 1].index].object_of_preposition)
      MarkCommaInterruption(cx, c);
  }
}

void MarkQuotes(ClauseContext& cx) {
  bool inside = false;
  for (const Chunk& ch : cx.a.chunks) {
    if (ch.kind == ChunkKind::kQuote) inside = !inside;
    if (ch.kind == ChunkKind::kVG && inside) cx.a.vgs[ch.index].in_quote = true;
  }
}

void ReadParticiplesAsPast(ClauseContext& cx) {
  for (size_t v = 0; v < cx.a.vgs.size(); ++v) ReadParticipleAsPast(cx, int32_t(v));
}

}  // namespace tocsin::syntax
