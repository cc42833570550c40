// Gold standards for the geo layer (docs/eval.md, "Places, dates and
// counts"): JSON Lines, one record per line, with the document's date and
// text and one of "places" (+ "location"), "times" or "quantities". A
// record that cannot be used is skipped with its file, line and reason.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/gold.h"

namespace tocsin::eval {

struct GoldPlace {
  std::string text, role, country, precision;  // role: place | government; country "" for none
  double lat = 0, lon = 0;
};

struct GoldTime {
  std::string text, value, precision;  // value "" when the expression cannot be resolved
};

struct GoldQuantity {
  std::string text, kind, unit, qualifier;
  std::optional<int64_t> min, max;
};

struct GeoGoldRecord {
  std::string id, date, text, origin;
  bool has_places = false, has_times = false, has_quantities = false;
  std::vector<GoldPlace> places;
  std::optional<GoldPlace> location;  // the sentence's main action's place (with "places")
  std::vector<GoldTime> times;
  std::vector<GoldQuantity> quantities;
};

struct GeoGoldSet {
  std::vector<GeoGoldRecord> records;
  std::vector<GoldSkip> skipped;
};

void ReadGeoGold(std::string_view data, const std::string& name, GeoGoldSet* out);
void ReadGeoGoldFile(const std::string& path, GeoGoldSet* out);

}  // namespace tocsin::eval
