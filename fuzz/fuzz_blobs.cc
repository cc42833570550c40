// The binary lexicon and tagger-model readers must reject, not trust, bad blobs.
#include <cstdint>
#include <string>

#include "builtin/builtin.h"
#include "lex/lexicon.h"
#include "lex/tagger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Copy into aligned storage, as the embedded blobs are.
  std::string blob(reinterpret_cast<const char*>(data), size);
  auto lex = tocsin::lex::Lexicon::FromBlob(blob);
  if (lex.ok()) (void)lex->Find("troops");
  auto tagger = tocsin::lex::Tagger::FromBlob(blob, tocsin::BuiltinLexicon());
  if (tagger.ok()) {
    tocsin::lex::TaggerToken t{"troops", 0};
    tocsin::lex::Tag tag;
    tocsin::lex::TaggerScratch scratch;
    tagger->Tag(&t, 1, &tag, &scratch);
  }
  return 0;
}
