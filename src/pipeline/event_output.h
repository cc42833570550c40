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

// Whether a CAMEO code is an act done to someone (cooperation, aid, yielding,
// protest, coercion, force: roots 04-08, 14, 16-20), as against a statement,
// appeal, intent, demand, criticism, rejection, threat, show of force,
// ceasefire or retreat (087x) that may be addressed to no one in particular.
bool NeedsTarget(std::string_view cameo);

// What is printed. By default: asserted, reported, intended and attempted
// events, except acts done to someone whose target was not found (an
// analyst's dyadic series cannot use "Russia attacked -").
struct PrintOptions {
  bool all_modalities = false;  // negated and hypothetical events too
  bool undirected = false;      // acts whose target was not found too
};
bool IsPrinted(const coder::Event& event, const PrintOptions& options);

}  // namespace tocsin
