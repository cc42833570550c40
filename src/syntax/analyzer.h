// The language analysis of a document, wired together: normalise, segment,
// tag and lemmatise, chunk, analyse clauses. Its product, AnalyzedDocument,
// is what the coder and the writers read. One Analyzer is shared read-only by
// all threads; each thread owns its AnalyzedDocument (and the scratch in it).
#pragma once

#include <string_view>
#include <vector>

#include "base/status.h"
#include "lex/annotate.h"
#include "lex/lexicon.h"
#include "lex/tagger.h"
#include "lex/word_classes.h"
#include "syntax/analysis.h"
#include "syntax/clause_context.h"
#include "text/document.h"

namespace tocsin::syntax {

// Seconds spent in each step of Analyze, added to when a caller asks for
// them (the throughput benchmark); reading the clock costs nothing otherwise.
struct AnalysisTimes {
  double segment = 0;  // normalise, segment, tokenise
  double tag = 0;      // tag and lemmatise
  double chunk = 0;
  double clauses = 0;
};

struct AnalyzedDocument {
  text::Document doc;
  std::vector<Analysis> sentences;  // parallel to doc.sentences
  // Buffers reused from document to document: the tagger's, the clause
  // passes', and the analyses of sentences a longer document had.
  lex::AnnotateScratch scratch;
  ClauseState clause_state;
  std::vector<Analysis> spare;
};

class Analyzer {
 public:
  Analyzer(const lex::Lexicon& lexicon, const lex::Tagger& tagger, const lex::WordClasses& words)
      : lexicon_(lexicon), tagger_(tagger), words_(words) {}

  // Fails only on text that cannot be read (invalid UTF-8).
  Status Analyze(std::string_view id, std::string_view date, std::string_view raw_text, AnalyzedDocument* out,
                 AnalysisTimes* times = nullptr) const;

  const lex::Lexicon& lexicon() const { return lexicon_; }

 private:
  const lex::Lexicon& lexicon_;
  const lex::Tagger& tagger_;
  const lex::WordClasses& words_;
};

// The text of noun phrase `np` of an analysis ("" for -1).
std::string_view NounPhraseText(const text::Document& doc, const Analysis& a, int32_t np);

}  // namespace tocsin::syntax
