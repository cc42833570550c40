// JSON Lines rendering of the language analysis (`tocsin analyze`), one line
// per sentence: tokens with original-text byte offsets, tags and lemmas; noun
// phrases; and every verb group with its subject, objects, voice, negation,
// modality and speaker. Documented in docs/analyze-format.md.
#pragma once

#include <string>

#include "pipeline/analyzer.h"

namespace tocsin {

void AppendAnalysisJson(const AnalyzedDocument& analyzed, size_t sentence, std::string* out);

// The text of noun phrase `np` of an analysis ("" for -1).
std::string_view NounPhraseText(const text::Document& doc, const syntax::Analysis& a, int32_t np);

}  // namespace tocsin
