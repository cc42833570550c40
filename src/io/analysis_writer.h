// JSON Lines rendering of the language analysis (`tocsin analyze`), one line
// per sentence: tokens with original-text byte offsets, tags and lemmas; noun
// phrases; and every verb group with its subject, objects, voice, negation,
// modality and speaker; and, when the geo layer's readings are given, the
// sentence's places (with their roles), the place of its main action, its
// time expressions and its counts. Documented in docs/analyze-format.md.
#pragma once

#include <string>

#include "geo/readings.h"
#include "syntax/analyzer.h"

namespace tocsin::io {

struct GeoContext {
  const geo::Gazetteer& gazetteer;
  const geo::DocumentReadings& readings;
};

// `geo` may be null: then the line has no places, location, times or quantities.
void AppendAnalysisJson(const syntax::AnalyzedDocument& analyzed, size_t sentence, const GeoContext* geo,
                        std::string* out);

}  // namespace tocsin::io
