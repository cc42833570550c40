#include "lex/annotate.h"

#include "lex/lemmatizer.h"

namespace tocsin::lex {

void Annotate(const Tagger& tagger, const Lexicon& lexicon, text::Document* doc, AnnotateScratch* scratch) {
  for (const text::Sentence& s : doc->sentences) {
    size_t n = s.token_end - s.token_begin;
    scratch->tokens.resize(n);
    scratch->tags.resize(n);
    for (size_t i = 0; i < n; ++i) {
      const text::Token& t = doc->tokens[s.token_begin + i];
      scratch->tokens[i] = {doc->TokenLower(t), t.shape};
    }
    tagger.Tag(scratch->tokens.data(), n, scratch->tags.data(), &scratch->facts);
    for (size_t i = 0; i < n; ++i) {
      text::Token& t = doc->tokens[s.token_begin + i];
      t.tag = scratch->tags[i];
      t.lemma = Lemmatize(scratch->tokens[i].lower, scratch->tags[i], scratch->facts[i].entry, lexicon, &doc->arena);
    }
  }
}

}  // namespace tocsin::lex
