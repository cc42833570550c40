// Output of `tocsin code`: one event per line as JSON (docs/event-format.md) or
// as a tab-separated row with PETRARCH-like columns.
#pragma once

#include <string>
#include <vector>

#include "coder/event.h"
#include "dict/ontology.h"
#include "pipeline/analyzer.h"

namespace tocsin {

enum class EventFormat { kJsonl, kTsv };

void AppendEventJson(const AnalyzedDocument& analyzed, const coder::Event& event, const dict::Ontology& ontology,
                     std::string* out);
void AppendEventTsv(const AnalyzedDocument& analyzed, const coder::Event& event, const dict::Ontology& ontology,
                    std::string* out);
// The TSV header row.
std::string EventTsvHeader();

// Whether an event is printed: negated and hypothetical ones only on request.
bool IsPrinted(const coder::Event& event, bool all_modalities);

}  // namespace tocsin
