#include "coder/governor.h"

namespace tocsin::coder {

using lex::WordClass;

Governor GovernorKind(const lex::WordClasses& words, std::string_view lemma) {
  if (words.Has(WordClass::kThreatening, lemma)) return Governor::kThreat;
  if (words.Has(WordClass::kCommanding, lemma)) return Governor::kCommand;
  if (words.Has(WordClass::kAppealing, lemma)) return Governor::kAppeal;
  // Commitments are statements of intent (03x); plans ("plans to", "intends
  // to", "decided to") are coded as the action itself, with intended modality.
  if (words.Has(WordClass::kIntending, lemma)) return Governor::kIntent;
  return Governor::kNone;
}

std::string ThreatCode(const dict::Ontology& ontology, std::string_view action) {
  const dict::EventInfo* e = ontology.Event(action);
  return e ? e->threat : "130";
}

std::string IntentCode(const dict::Ontology& ontology, std::string_view action) {
  const dict::EventInfo* e = ontology.Event(action);
  return e ? e->intent : std::string(action);
}

std::string AppealContentCode(const dict::Ontology& ontology, std::string_view appeal, std::string_view action) {
  const dict::EventInfo* e = ontology.Event(action);
  const std::string* refined = !e ? nullptr : appeal == "020" ? &e->appeal : appeal == "100" ? &e->demand : nullptr;
  return refined && !refined->empty() ? *refined : std::string(appeal);
}

}  // namespace tocsin::coder
