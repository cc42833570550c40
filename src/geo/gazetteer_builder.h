// Builds the gazetteer blob (gazetteer.h) from tab-separated sources:
//
//   countries  data/geo/countries.tsv  iso2 iso3 name lat lon capital variants
//   populated  tools/gazetteer/export.mjs's output: kind(city|admin1) name iso2
//              admin1 feature population lat lon
//   places     data/geo/places.tsv     name kind iso3 admin1 lat lon radius_km variants
//   variants   data/geo/variants.tsv   variant city-name iso2
//   borders    data/geo/borders.tsv    iso3 iso3 lat lon length_km
//
// (docs/gazetteer.md). '#' starts a comment line; `|` separates variants.
// Every row that cannot be used is reported as "file:line: reason" and the
// rest is built; only a source with no usable country fails the build. A
// variant whose city is spelt otherwise in the lists is matched to the
// nearest spelling and reported as "file:line: note: ...".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tocsin::geo {

struct GazetteerSource {
  std::string_view name;  // for messages
  std::string_view text;
};

struct GazetteerSources {
  GazetteerSource countries, populated, places, variants, borders;
};

Result<std::string> BuildGazetteer(const GazetteerSources& sources, std::vector<std::string>* problems);

}  // namespace tocsin::geo
