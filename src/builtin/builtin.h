// The models and tables compiled into libtocsin, each parsed once on first use
// and shared read-only by all threads. A missing or corrupt artefact is a
// build error, so these abort with a message rather than return errors.
#pragma once

#include "coder/confidence.h"
#include "dict/dictionaries.h"
#include "dict/ontology.h"
#include "geo/gazetteer.h"
#include "lex/lexicon.h"
#include "lex/tagger.h"
#include "lex/word_classes.h"

namespace tocsin {

const lex::Lexicon& BuiltinLexicon();
const lex::Tagger& BuiltinTagger();
// The gazetteer built from npm's GeoNames lists and data/geo/.
const geo::Gazetteer& BuiltinGazetteer();
const dict::Ontology& BuiltinOntology();
// The word classes of data/lexicon/word-classes.txt.
const lex::WordClasses& BuiltinWordClasses();
// The confidence of each evidence class, data/model/confidence.tsv.
const coder::ConfidenceTable& BuiltinConfidence();
// tocsin's own actor, agent and verb dictionaries (data/dict/).
const dict::Dictionaries& BuiltinDictionaries();
// Loads the built-in dictionaries afresh, reporting every problem (for tests
// and `tocsin dict check`); BuiltinDictionaries() aborts on any instead.
dict::Dictionaries LoadBuiltinDictionaries(std::vector<std::string>* errors);

}  // namespace tocsin
