// The clause analysis's passes and what they share. AnalyzeClauses
// (syntax/clauses.h) runs the passes of ClausePasses() in order over one
// chunked sentence; each is a free function of a ClauseContext, and says in
// its comment what it reads and what it sets, so a pass can be run and
// tested alone after the ones before it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lex/tagset.h"
#include "lex/word_classes.h"
#include "syntax/analysis.h"
#include "text/document.h"

namespace tocsin::syntax {

using lex::WordClass;

// The working state the passes hand on to each other beyond the Analysis.
// Its buffers are reused from sentence to sentence (syntax::ClauseScratch).
struct ClauseState {
  // Per verb group: its chunk.
  std::vector<size_t> vg_chunk;
  // Per chunk: inside a parenthesis, an appositive, a relative clause set off
  // by commas or a comma interruption, which the search for a subject
  // outside it passes over (MarkParentheticals).
  std::vector<bool> skip;
  // Per verb group: the noun phrase its relative clause modifies, or -1 (FindSubjects).
  std::vector<int32_t> relative_host;
  // Per verb group: the phrase that fills its object's gap in an object
  // relative ("the troops that Russia sent"), or -1 (FindSubjects).
  std::vector<int32_t> object_gap;
};

// The sentence's analysis, which the passes fill in, and the state.
struct ClauseContext {
  // Resets `state` for `analysis`.
  ClauseContext(const text::Document& doc, const lex::WordClasses& words, Analysis* analysis, ClauseState* state);

  const text::Document& doc;
  const lex::WordClasses& words;
  Analysis& a;
  std::vector<size_t>& vg_chunk;
  std::vector<bool>& skip;
  std::vector<int32_t>& relative_host;
  std::vector<int32_t>& object_gap;

  // Questions the passes ask of the sentence.
  std::string_view Lower(uint32_t token) const { return doc.TokenLower(doc.tokens[token]); }
  std::string_view Lemma(uint32_t token) const { return doc.tokens[token].lemma; }
  lex::Tag TagOf(uint32_t token) const { return lex::Tag(doc.tokens[token].tag); }
  std::string_view VgLemma(int32_t v) const { return Lemma(a.vgs[v].main); }
  bool Is(WordClass c, std::string_view word) const { return words.Has(c, word); }
  bool IsReportingVerb(std::string_view lemma) const { return Is(WordClass::kReporting, lemma); }
  bool TakesClause(std::string_view lemma) const { return IsReportingVerb(lemma) || Is(WordClass::kTakesClause, lemma); }
  bool IsNegatingVerb(std::string_view lemma) const { return Is(WordClass::kNegating, lemma); }
  bool IsAppealVerb(std::string_view lemma) const { return Is(WordClass::kAsking, lemma); }
  // "the next day", "last week", "Tuesday": a phrase that says when.
  bool IsTimePhrase(int32_t np) const { return Is(WordClass::kClauseTimeHeads, Lemma(a.nps[np].head)); }
  bool TakesContentClause(std::string_view noun) const { return Is(WordClass::kContentNouns, noun); }

  static bool IsNominativePronoun(std::string_view w);
  bool IsFinite(const VerbGroup& vg) const;
  int32_t ChainStart(int32_t np) const;
  // The noun phrase whose prepositional phrase has `np` as its object (only
  // through "of" when `only_of`), or -1.
  int32_t OwnerOf(int32_t np, bool only_of) const;
  // The noun phrase a relative pronoun stands for: the one before it.
  int32_t Antecedent(size_t relative_chunk) const;
  // 'Pushpa Kamal Dahal "Prachanda" arrived': when the chunks before `c` end
  // with a name and a quoted nickname, the index just after the name; else `c`.
  size_t SkipNickname(size_t c) const;
  bool PrecededByVerb(size_t c) const;
  // When the subject at chunk `subject` of the verb at chunk `verb` opens a
  // relative clause with a gap for the object ("the troops that Russia sent
  // to Belarus", "the sanctions the EU imposed"), the phrase the clause
  // modifies; else -1. The verb must have no object of its own.
  int32_t ObjectRelativeHost(size_t subject, size_t verb) const;
  // The phrase a clause opened by "where" or "whose" modifies, given the
  // clause's subject at `subject_chunk`; -1 otherwise.
  int32_t WhereOrWhoseHost(size_t subject_chunk) const;
  // The subject of a clause whose relative clause modifies `host`: the host,
  // or the phrase its of-phrase or other modifier belongs to ("the commander
  // of the brigade that repelled the assault was awarded"); -1 when the host
  // is the object of a preposition that belongs to a verb.
  int32_t SubjectAroundRelative(int32_t host) const;
  // A verb group in a relative clause that ends right before chunk `c`.
  int32_t RelativeClauseBefore(size_t verb_chunk) const;
  // The phrase at chunk `np`, with its prepositional phrases, ends its clause.
  bool InvertedSubjectEnds(size_t np) const;
  // A finite verb outside parentheticals before chunk c, in the same sentence part.
  bool FiniteVerbBefore(size_t c) const;
  // The subject of the nearest finite verb before chunk c in the same sentence part.
  int32_t EnclosingSubject(size_t c) const;
  // True when chunk c sits in a clause opened by a subordinating conjunction
  // ("although", "while", "because", ...) with no comma in between.
  bool InSubordinateClause(size_t c) const;
  static bool IsNegativeDeterminer(std::string_view w);
};

// The passes, in the order ClausePasses() lists them.
// Parenthetical text, appositives, comma relatives and comma interruptions: sets `skip`.
void MarkParentheticals(ClauseContext& cx);
// Verb groups inside quotation marks: sets VerbGroup::in_quote.
void MarkQuotes(ClauseContext& cx);
// A bare past participle with its subject before it and no finite verb after is a past tense.
void ReadParticiplesAsPast(ClauseContext& cx);
// Each verb group's subject, through relative pronouns, appositions and coordination;
// sets `relative_host` and `object_gap`.
void FindSubjects(ClauseContext& cx);
// Direct and indirect objects, and a particle after the object.
void FindObjects(ClauseContext& cx);
// "stormed and torched the office": the first verb shares the second's object.
void ShareObjectsWithConjuncts(ClauseContext& cx);
// Each prepositional phrase's verb group; a passive's by-agent.
void AttachPrepositions(ClauseContext& cx);
// Infinitive and gerund complements: their governor, subject, modality and negation.
void LinkComplements(ClauseContext& cx);
// "accused Poland of massing troops": a gerund after a preposition complements the verb.
void LinkPrepositionalGerunds(ClauseContext& cx);
// "demanded that Russia withdraw": the clause a demand or a commitment governs.
void LinkContentClauses(ClauseContext& cx);
// Coordinated verbs share subject, auxiliaries and agent.
void InheritFromConjuncts(ClauseContext& cx);
// Negation outside the verb group: "never", "not to", "no group", "without".
void MarkNegation(ClauseContext& cx);
// Reported speech with its speaker: "X said (that) ...", "..., X said", "according to X".
void MarkReportedSpeech(ClauseContext& cx);
// If/unless clauses, what follows from them, and questions.
void MarkConditionals(ClauseContext& cx);

struct ClausePass {
  const char* name;
  void (*run)(ClauseContext& cx);
};
const std::vector<ClausePass>& ClausePasses();

}  // namespace tocsin::syntax
