// One event as every output and the store see it: flat strings that own
// their text (no views into the analysed document or the dictionaries), so
// that `tocsin code`, the store and `tocsin query` write the same event the
// same way (docs/event-format.md). A record is meant to be reused from event
// to event: FillEventRecord assigns into its strings, so a warm record does
// not allocate.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coder/event.h"
#include "dict/ontology.h"
#include "syntax/analyzer.h"

namespace tocsin::io {

struct ActorRecord {
  bool present = false;  // false: the sentence names no such side (null)
  std::string text;      // the words that name it
  std::string code;      // full CAMEO actor code
  std::string country;   // empty: null
  std::string sector;    // empty: null
  std::vector<std::string> entries;  // the dictionary entries behind it, one line each
};

// What the input said about the document besides its text.
struct DocumentInfo {
  std::string_view title, source, url;
};

// One count of an event ("at least 19 people killed").
struct QuantityRecord {
  std::string kind;            // killed, wounded, arrested, displaced, missing, destroyed, attacked
  bool has_min = false, has_max = false;
  int64_t min = 0, max = 0;
  std::string unit, qualifier, text;  // qualifier empty: none
};

struct EventRecord {
  std::string doc_id, doc_title, doc_source, doc_url;  // empty: null
  std::string date;                                    // YYYY-MM-DD, empty: null
  uint32_t sentence_index = 0;
  uint32_t event_index = 0;  // 0-based within the document, in output order
  std::string sentence;
  ActorRecord source, target;
  std::string cameo, cameo_name, root;  // cameo_name empty: null
  int quad_class = 0;                   // 1-4; 0: null
  bool has_goldstein = false;
  double goldstein = 0;
  std::string plover_event, plover_mode, plover_context;  // empty: null
  std::string modality;
  double confidence = 0;  // rounded to the two decimals every output shows
  std::string verb, pattern, pattern_source, note;
  uint32_t span_begin = 0, span_end = 0;
  // Where, when and how many (pipeline/locate.h).
  bool has_location = false;
  std::string location_name, location_country, location_admin1, location_precision, location_method;
  double location_lat = 0, location_lon = 0;
  std::string event_date, event_date_precision, event_date_text;  // event_date empty: null; text empty: the document's date
  std::vector<QuantityRecord> quantities;
};

// The location's latitude and longitude as table cells (four decimals), or
// empty cells when the event has no location.
struct CoordinateCells {
  std::string lat, lon;
};
CoordinateCells LocationCells(const EventRecord& e);

// A count as every output writes it.
void FillQuantityRecord(const text::Document& doc, const geo::Quantity& quantity, QuantityRecord* out);

// "killed 19.. people; attacked 40..40 towns": the quantities in one cell
// of CSV and TSV output (docs/event-format.md).
std::string QuantitiesCell(const std::vector<QuantityRecord>& quantities);

void FillEventRecord(const syntax::AnalyzedDocument& analyzed, const coder::Event& event, uint32_t event_index,
                     const dict::Ontology& ontology, const DocumentInfo& info, EventRecord* out);

}  // namespace tocsin::io
