// Everything the geo layer reads in one document: its places (with roles,
// borders, dateline and dominant place) and each sentence's time
// expressions and counts. The pipeline's locate stage gives them to events;
// `tocsin analyze` prints them per sentence, so each reader can be checked
// without the coder.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "geo/location.h"
#include "geo/places.h"
#include "geo/quantities.h"
#include "geo/times.h"

namespace tocsin::geo {

struct DocumentReadings {
  DocumentPlaces places;
  std::vector<TimeMention> times;      // every sentence's, in order
  std::vector<uint32_t> time_first;    // sentence s: times [time_first[s], time_first[s+1])
  std::vector<Quantity> quantities;
  std::vector<uint32_t> quantity_first;

  std::span<const TimeMention> TimesIn(uint32_t s) const {
    return {times.data() + time_first[s], times.data() + time_first[s + 1]};
  }
  std::span<const Quantity> QuantitiesIn(uint32_t s) const {
    return {quantities.data() + quantity_first[s], quantities.data() + quantity_first[s + 1]};
  }
};

// `actor_countries`: gazetteer country indices of the document's actors.
void ReadDocument(const Geoparser& parser, const lex::WordClasses& words, const syntax::AnalyzedDocument& ad,
                  std::span<const uint16_t> actor_countries, DocumentReadings* out);

// A gazetteer place as an output location.
Location LocationOf(const Gazetteer& gazetteer, uint32_t place, LocationMethod method);

// The place of a sentence's main action: its first place that a verb's
// phrase of place holds, or none.
std::optional<Location> SentenceLocation(const Gazetteer& gazetteer, const DocumentReadings& readings,
                                         uint32_t sentence);

}  // namespace tocsin::geo
