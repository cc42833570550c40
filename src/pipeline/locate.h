// The locate stage: where, when and how many. After coding, the geo layer
// reads the document once (places with their roles, borders, the dateline
// and the dominant place; each sentence's time expressions and counts), and
// each kept event gets
//
//   location    the place its own clause names (a place attached to its verb
//               or to a verb coordinated with it; a border completed with the
//               event's actors), else the dateline's place, else the place the
//               story names most often, else its actors' country; marked by
//               method (geo/location.h)
//   event_date  the time expression of its clause, else the dateline's date,
//               else the document's date; none without any of them
//   quantities  the counts whose act is its verb or coordinated with it, and
//               counts that hang on no verb ("14 dead") for violent events
//
// `tocsin analyze` shows the readings themselves (geo/readings.h) per sentence.
#pragma once

#include <span>
#include <vector>

#include "coder/event.h"
#include "geo/readings.h"
#include "syntax/analyzer.h"

namespace tocsin::pipeline {

// Sets each event's location, event_date and quantities from the readings.
void LocateEvents(const geo::Gazetteer& gazetteer, const syntax::AnalyzedDocument& ad,
                  const geo::DocumentReadings& readings, std::vector<coder::Event>* events);

// The gazetteer country indices of the events' actors, for the geoparser.
void ActorCountries(const geo::Gazetteer& gazetteer, std::span<const coder::Event> events, std::vector<uint16_t>* out);

}  // namespace tocsin::pipeline
