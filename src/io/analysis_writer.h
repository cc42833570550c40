// JSON Lines rendering of the language analysis (`tocsin analyze`), one line
// per sentence: tokens with original-text byte offsets, tags and lemmas; noun
// phrases; and every verb group with its subject, objects, voice, negation,
// modality and speaker. Documented in docs/analyze-format.md.
#pragma once

#include <string>

#include "syntax/analyzer.h"

namespace tocsin::io {

void AppendAnalysisJson(const syntax::AnalyzedDocument& analyzed, size_t sentence, std::string* out);

}  // namespace tocsin::io
