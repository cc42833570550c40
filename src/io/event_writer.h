// Event output (docs/event-format.md): one event per line as JSON, or one
// row per event in CSV (RFC 4180: quoted where needed, CRLF line ends) or TSV
// (tabs, newlines and backslashes escaped as \t \n \r \\). The writers render
// a record; which events are written is the pipeline's filter's choice.
#pragma once

#include <string>

#include "io/event_record.h"

namespace tocsin::io {

void AppendEventJson(const EventRecord& event, std::string* out);
void AppendEventCsv(const EventRecord& event, std::string* out);
void AppendEventTsv(const EventRecord& event, std::string* out);
// The header rows: the same columns in both layouts.
std::string EventCsvHeader();
std::string EventTsvHeader();

// One field of each layout, for other tables written the same way.
void AppendCsvField(std::string_view field, std::string* out);
void AppendTsvField(std::string_view field, std::string* out);

}  // namespace tocsin::io
