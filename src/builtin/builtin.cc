#include "builtin/builtin.h"

#include <cstdio>
#include <cstdlib>

#include "builtin/embedded.h"

namespace tocsin {
namespace {

[[noreturn]] void Die(const char* what, const std::string& why) {
  std::fprintf(stderr, "tocsin: built-in %s is unusable: %s\n", what, why.c_str());
  std::abort();
}

std::string_view Blob(const char* name) {
  auto blob = EmbeddedFile(name);
  if (!blob) Die(name, "not embedded");
  return *blob;
}

}  // namespace

const lex::Lexicon& BuiltinLexicon() {
  static const lex::Lexicon lexicon = [] {
    auto lex = lex::Lexicon::FromBlob(Blob("lexicon.bin"));
    if (!lex.ok()) Die("lexicon", lex.status().message());
    return std::move(lex).value();
  }();
  return lexicon;
}

const lex::Tagger& BuiltinTagger() {
  static const lex::Tagger tagger = [] {
    auto t = lex::Tagger::FromBlob(Blob("tagger.bin"), BuiltinLexicon());
    if (!t.ok()) Die("tagger model", t.status().message());
    return std::move(t).value();
  }();
  return tagger;
}

}  // namespace tocsin
