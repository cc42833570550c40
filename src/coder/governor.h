// What a governing verb makes of its complement, and CAMEO's own codes for
// intentions, threats, appeals and demands. "Russia threatened to attack" is
// not an attack but a threat of one (138); "the EU pledged to send aid" is an
// intent to provide aid (033); "urged X to free" is an appeal for a release
// (0253). The verbs are word classes (data/lexicon/word-classes.txt); the
// codes are columns of the ontology (data/ontology/cameo_events.tsv).
#pragma once

#include <string>
#include <string_view>

#include "dict/ontology.h"
#include "lex/word_classes.h"

namespace tocsin::coder {

// kCommand: "ordered his troops to deploy" is the orderer's deployment.
// kAppeal: "urged Moscow to withdraw" is the appeal alone; the withdrawal is
// not an event.
enum class Governor { kNone, kThreat, kIntent, kCommand, kAppeal };

// What a governing verb ("threaten", "vow", "order", "urge", ...) makes of its complement.
Governor GovernorKind(const lex::WordClasses& words, std::string_view lemma);

// The threat code for an action code (163 -> 1312, 190 -> 138, ...); 130 for
// a code the ontology does not know.
std::string ThreatCode(const dict::Ontology& ontology, std::string_view action);
// The intent code for an action code (070 -> 033, 0841 -> 0353, 190 -> 138,
// ...); verbal codes (01-02, 10-14) and unknown codes come back unchanged.
std::string IntentCode(const dict::Ontology& ontology, std::string_view action);
// An appeal or demand refined by what is asked ("demanded that India withdraw
// its troops": 100 with 0874 -> 1056; "urged X to free" 020 with 0841 ->
// 0253). Only the generic codes 020 and 100 are refined; anything else, or an
// action CAMEO has no sub-code for, comes back unchanged.
std::string AppealContentCode(const dict::Ontology& ontology, std::string_view appeal, std::string_view action);

}  // namespace tocsin::coder
