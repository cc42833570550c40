// The language-analysis half of the pipeline, wired together: normalise,
// segment, tag and lemmatise, chunk, analyse clauses. One Analyzer is shared
// read-only by all threads; each thread owns its AnalyzedDocument and scratch.
#pragma once

#include <string_view>
#include <vector>

#include "base/status.h"
#include "lex/annotate.h"
#include "lex/lexicon.h"
#include "lex/tagger.h"
#include "syntax/analysis.h"
#include "text/document.h"

namespace tocsin {

struct AnalyzedDocument {
  text::Document doc;
  std::vector<syntax::Analysis> sentences;  // parallel to doc.sentences
  lex::AnnotateScratch scratch;
};

class Analyzer {
 public:
  Analyzer(const lex::Lexicon& lexicon, const lex::Tagger& tagger) : lexicon_(lexicon), tagger_(tagger) {}

  // Fails only on text that cannot be read (invalid UTF-8).
  Status Analyze(std::string_view id, std::string_view date, std::string_view raw_text,
                 AnalyzedDocument* out) const;

  const lex::Lexicon& lexicon() const { return lexicon_; }

 private:
  const lex::Lexicon& lexicon_;
  const lex::Tagger& tagger_;
};

}  // namespace tocsin
