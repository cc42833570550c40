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
};

void FillEventRecord(const syntax::AnalyzedDocument& analyzed, const coder::Event& event, uint32_t event_index,
                     const dict::Ontology& ontology, const DocumentInfo& info, EventRecord* out);

}  // namespace tocsin::io
