// Where an event happened, as written out: a gazetteer place or a border
// point, how precisely it locates the event, and how it was chosen.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tocsin::geo {

enum class LocationMethod : uint8_t {
  kClause,    // named in the event's own clause ("in Minsk", "to the border with Ukraine")
  kDateline,  // the story's dateline
  kDocument,  // the place the story names most often
  kActor,     // the country of the event's actors: nothing in the text places it
};
std::string_view LocationMethodName(LocationMethod m);  // "clause" "dateline" "document" "actor"

struct Location {
  std::string name;          // "Minsk", "Belarus-Ukraine border"
  std::string_view country;  // ISO 3166-1 alpha-3 (the actor dictionaries' code), or "" at sea
  std::string_view admin1;   // first-level region, or ""
  float lat = 0, lon = 0;
  std::string_view precision;  // "city", "region" or "country"
  LocationMethod method = LocationMethod::kClause;
};

}  // namespace tocsin::geo
