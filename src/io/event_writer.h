// Event output (docs/event-format.md): one event per line as JSON, or as a
// tab-separated row with PETRARCH-like columns. The writers render what the
// coder found; which events are written is the pipeline's filter's choice.
#pragma once

#include <string>

#include "coder/event.h"
#include "dict/ontology.h"
#include "syntax/analyzer.h"

namespace tocsin::io {

void AppendEventJson(const syntax::AnalyzedDocument& analyzed, const coder::Event& event,
                     const dict::Ontology& ontology, std::string* out);
void AppendEventTsv(const syntax::AnalyzedDocument& analyzed, const coder::Event& event,
                    const dict::Ontology& ontology, std::string* out);
// The TSV header row.
std::string EventTsvHeader();

}  // namespace tocsin::io
