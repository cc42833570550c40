#include "syntax/clauses.h"

#include "syntax/clause_context.h"

namespace tocsin::syntax {

const std::vector<ClausePass>& ClausePasses() {
  // Order matters: subjects before objects (an inverted subject is no
  // object), arguments before complements (a complement's subject is its
  // governor's object or subject), complements before negation (a negating
  // governor flips its complement first), everything before reported speech
  // and conditions, which qualify whole clauses.
  static const std::vector<ClausePass> kPasses = {
      {"parentheticals", MarkParentheticals},
      {"quotes", MarkQuotes},
      {"participles", ReadParticiplesAsPast},
      {"subjects", FindSubjects},
      {"objects", FindObjects},
      {"shared objects", ShareObjectsWithConjuncts},
      {"prepositions", AttachPrepositions},
      {"complements", LinkComplements},
      {"prepositional gerunds", LinkPrepositionalGerunds},
      {"content clauses", LinkContentClauses},
      {"conjuncts", InheritFromConjuncts},
      {"negation", MarkNegation},
      {"reported speech", MarkReportedSpeech},
      {"conditionals", MarkConditionals},
  };
  return kPasses;
}

void AnalyzeClauses(const text::Document& doc, const lex::WordClasses& words, Analysis* analysis,
                    ClauseState* state) {
  ClauseContext cx(doc, words, analysis, state);
  for (const ClausePass& pass : ClausePasses()) pass.run(cx);
}

}  // namespace tocsin::syntax
