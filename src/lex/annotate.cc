#include "lex/annotate.h"

#include <algorithm>
#include <iterator>

#include "lex/lemmatizer.h"

namespace tocsin::lex {
namespace {

bool IsAspectual(const text::Token& verb) {
  if (!IsVerb(Tag(verb.tag))) return false;
  static constexpr std::string_view kVerbs[] = {"stop", "start", "begin", "continue", "keep", "resume",
                                                "cease", "finish", "quit", "avoid", "halt", "step_up"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), verb.lemma) != std::end(kVerbs);
}

}  // namespace

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
      // "have not stopped bombing positions": after a verb of starting, stopping
      // or continuing, an -ing word the model read as a noun is the verb's gerund.
      if (i > 0 && scratch->tags[i] == NN && IsAspectual(doc->tokens[s.token_begin + i - 1]) &&
          scratch->tokens[i].lower.ends_with("ing") && scratch->facts[i].entry &&
          (scratch->facts[i].entry->tags & Bit(VBG)))
        scratch->tags[i] = VBG;
      t.tag = scratch->tags[i];
      t.lemma = Lemmatize(scratch->tokens[i].lower, scratch->tags[i], scratch->facts[i].entry, lexicon, &doc->arena);
    }
  }
}

}  // namespace tocsin::lex
