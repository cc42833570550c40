// Which events a query asks for: the filters shared by `tocsin query`, the
// HTTP API and the Python module (docs/store.md). Empty fields do not filter.
// Check() validates a query the way a user wrote it and names the field that
// is wrong, so that every caller reports bad input the same way.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tocsin::store {

struct EventQuery {
  std::string from, to;          // event dates, YYYY-MM-DD, both inclusive
  std::string source, target;    // actor code prefix: a country (RUS) or a fuller code (RUSGOV)
  std::string actor;             // the same prefix on either side
  std::string cameo;             // event code prefix: a root (19) or a full code (190)
  std::string plover;            // PLOVER event name (ASSAULT), any case
  int quad = 0;                  // QuadClass 1-4
  std::string modality;          // asserted, reported, intended, negated, hypothetical
  std::string doc;               // document id
  std::string text;              // SQLite FTS5 query over the sentence ("troops border", "\"cease fire\"")
  std::string country;           // where the event happened: the location's country (UKR)
  std::string bbox;              // where the event happened: "west,south,east,north" in degrees
  int64_t limit = -1;            // at most this many; -1: all
  int64_t offset = 0;
  std::string after;             // a cursor (Cursor()): only events after that one
};

struct QueryProblem {
  std::string field;   // the field as the user named it ("from", "quad", ...)
  std::string reason;  // what is wrong with it
};

// The problems of `q`, none when it can be run.
std::vector<QueryProblem> Check(const EventQuery& q);

// "west,south,east,north" (longitudes -180..180, latitudes -90..90, south <=
// north; west > east crosses the antimeridian), or false.
struct BoundingBox {
  double west = 0, south = 0, east = 0, north = 0;
};
bool ParseBoundingBox(const std::string& text, BoundingBox* box);

// Where an event stands in the stable order: its date, its document (in the
// order documents were first stored), sentence and event index.
struct EventPosition {
  std::string date;
  int64_t document = 0;
  int64_t sentence_index = 0, event_index = 0;
  int64_t event_id = 0;  // the event's row in the store (not part of a cursor)
};

// An opaque cursor for the position after an event, for paging:
// EventQuery::after. DecodeCursor is false for text that is not one.
std::string Cursor(const EventPosition& position);
bool DecodeCursor(const std::string& cursor, EventPosition* position);

}  // namespace tocsin::store
