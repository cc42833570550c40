// Events in the column layouts researchers already load (docs/export.md):
// a GDELT 1.0 event table (58 columns, as GDELT's daily files) and a
// Phoenix / PETRARCH event table (26 columns, as the Open Event Data
// Alliance's Phoenix files), each followed by provenance columns of tocsin's
// own (document id, source, url, sentence), so a loader that reads columns
// by position still works. Rows are TSV (escaped as in event_writer.h) or
// CSV (RFC 4180).
#pragma once

#include <cstdint>
#include <string>

#include "io/event_record.h"

namespace tocsin::io {

enum class Layout { kGdelt, kPhoenix };
enum class Delimited { kTsv, kCsv };

std::string LayoutHeader(Layout layout, Delimited format);
// `id` is the event's number in the export (GDELT's GLOBALEVENTID, Phoenix's EventID).
void AppendLayoutRow(Layout layout, Delimited format, const EventRecord& event, int64_t id, std::string* out);

}  // namespace tocsin::io
