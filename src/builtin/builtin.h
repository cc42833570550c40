// The models and tables compiled into libtocsin, each parsed once on first use
// and shared read-only by all threads. A missing or corrupt artefact is a
// build error, so these abort with a message rather than return errors.
#pragma once

#include "lex/lexicon.h"
#include "lex/tagger.h"

namespace tocsin {

const lex::Lexicon& BuiltinLexicon();
const lex::Tagger& BuiltinTagger();

}  // namespace tocsin
