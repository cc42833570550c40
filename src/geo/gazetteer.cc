#include "geo/gazetteer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tocsin::geo {

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180;
  const double x = (lon2 - lon1) * kRad * std::cos((lat1 + lat2) / 2 * kRad);
  const double y = (lat2 - lat1) * kRad;
  return 6371 * std::sqrt(x * x + y * y);
}

std::string_view PlaceKindName(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kCapital: return "capital";
    case PlaceKind::kCity: return "city";
    case PlaceKind::kRegion: return "region";
    case PlaceKind::kWater: return "water";
    case PlaceKind::kContested: return "contested";
  }
  return "?";
}

std::string_view PlacePrecision(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kCapital:
    case PlaceKind::kCity: return "city";
    default: return "region";
  }
}

Result<Gazetteer> Gazetteer::FromBlob(std::string_view blob) {
  GazetteerHeader h;
  if (blob.size() < sizeof h) return Status::Error("gazetteer blob too small");
  std::memcpy(&h, blob.data(), sizeof h);
  if (std::memcmp(h.magic, kGazetteerMagic, sizeof h.magic) != 0) return Status::Error("not a gazetteer blob");
  if (h.country_count >= kNoCountry) return Status::Error("gazetteer blob: too many countries");
  if (h.slot_count == 0 || (h.slot_count & (h.slot_count - 1)) != 0 || h.slot_count < h.key_count)
    return Status::Error("gazetteer blob: slot count not a power of two above the key count");
  const uint64_t keys_at = sizeof h;
  const uint64_t slots_at = keys_at + uint64_t(h.key_count) * sizeof(GazetteerKey);
  const uint64_t places_at = slots_at + uint64_t(h.slot_count) * 4;
  const uint64_t postings_at = places_at + uint64_t(h.place_count) * sizeof(Place);
  const uint64_t countries_at = postings_at + uint64_t(h.posting_count) * 4;
  const uint64_t borders_at = countries_at + uint64_t(h.country_count) * sizeof(Country);
  const uint64_t pool_at = borders_at + uint64_t(h.border_count) * sizeof(Border);
  if (pool_at + h.pool_size > blob.size()) return Status::Error("gazetteer blob truncated");
  if (reinterpret_cast<uintptr_t>(blob.data()) % 8 != 0 || keys_at % 8 != 0)
    return Status::Error("gazetteer blob misaligned");

  Gazetteer g;
  g.places_ = reinterpret_cast<const Place*>(blob.data() + places_at);
  g.keys_ = reinterpret_cast<const GazetteerKey*>(blob.data() + keys_at);
  g.slots_ = reinterpret_cast<const uint32_t*>(blob.data() + slots_at);
  g.slot_mask_ = h.slot_count - 1;
  g.postings_ = reinterpret_cast<const uint32_t*>(blob.data() + postings_at);
  g.countries_ = reinterpret_cast<const Country*>(blob.data() + countries_at);
  g.borders_ = reinterpret_cast<const Border*>(blob.data() + borders_at);
  g.pool_ = blob.data() + pool_at;
  g.place_count_ = h.place_count;
  g.key_count_ = h.key_count;
  g.border_count_ = h.border_count;
  g.country_count_ = uint16_t(h.country_count);
  // Every offset is checked once here, so lookups need no checks.
  for (uint32_t i = 0; i < h.place_count; ++i) {
    const Place& p = g.places_[i];
    if (uint64_t(p.name_offset) + p.name_length > h.pool_size ||
        uint64_t(p.admin1_offset) + p.admin1_length > h.pool_size ||
        (p.country != kNoCountry && p.country >= h.country_count) || uint8_t(p.kind) > uint8_t(PlaceKind::kContested))
      return Status::Error("gazetteer blob: bad place " + std::to_string(i));
  }
  for (uint32_t i = 0; i < h.key_count; ++i) {
    const GazetteerKey& k = g.keys_[i];
    if (uint64_t(k.first) + k.count > h.posting_count)
      return Status::Error("gazetteer blob: bad key " + std::to_string(i));
  }
  uint32_t empty = 0;
  for (uint32_t i = 0; i < h.slot_count; ++i) {
    if (g.slots_[i] > h.key_count) return Status::Error("gazetteer blob: bad slot");
    empty += g.slots_[i] == 0;
  }
  if (empty == 0) return Status::Error("gazetteer blob: no empty slot");  // a probe must end
  for (uint32_t i = 0; i < h.posting_count; ++i)
    if (g.postings_[i] >= h.place_count) return Status::Error("gazetteer blob: bad posting");
  for (uint32_t i = 0; i < h.country_count; ++i) {
    const Country& c = g.countries_[i];
    if (c.place >= h.place_count || (c.capital != UINT32_MAX && c.capital >= h.place_count))
      return Status::Error("gazetteer blob: bad country " + std::to_string(i));
  }
  for (uint32_t i = 0; i < h.border_count; ++i) {
    const Border& b = g.borders_[i];
    if (b.a >= b.b || b.b >= h.country_count || (i > 0 && std::pair(g.borders_[i - 1].a, g.borders_[i - 1].b) >=
                                                              std::pair(b.a, b.b)))
      return Status::Error("gazetteer blob: bad border " + std::to_string(i));
  }
  return g;
}

std::span<const uint32_t> Gazetteer::Find(uint64_t key_hash) const {
  if (!slots_) return {};
  for (uint32_t i = uint32_t(key_hash) & slot_mask_;; i = (i + 1) & slot_mask_) {
    const uint32_t slot = slots_[i];
    if (slot == 0) return {};
    const GazetteerKey& k = keys_[slot - 1];
    if (k.hash == key_hash) return {postings_ + k.first, k.count};
  }
}

std::string_view Gazetteer::Iso3(const Place& p) const {
  if (p.country == kNoCountry) return {};
  return {countries_[p.country].iso3, 3};
}

uint16_t Gazetteer::CountryIndex(std::string_view iso3) const {
  if (iso3.size() != 3) return kNoCountry;
  for (uint16_t i = 0; i < country_count_; ++i)
    if (std::memcmp(countries_[i].iso3, iso3.data(), 3) == 0) return i;
  return kNoCountry;
}

const Border* Gazetteer::FindBorder(uint16_t a, uint16_t b) const {
  if (a > b) std::swap(a, b);
  const Border* end = borders_ + border_count_;
  const Border* it = std::lower_bound(borders_, end, std::pair(a, b), [](const Border& x, std::pair<uint16_t, uint16_t> k) {
    return std::pair(x.a, x.b) < k;
  });
  return it != end && it->a == a && it->b == b ? it : nullptr;
}

}  // namespace tocsin::geo
