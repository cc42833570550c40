#include "geo/gazetteer_builder.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <unordered_map>

#include "base/strings.h"
#include "geo/gazetteer.h"
#include "geo/place_names.h"

namespace tocsin::geo {
namespace {

// At most this many candidates per name: "San Jose" or "Springfield" need
// no more to be resolved, and the bound keeps resolution cheap.
constexpr size_t kMaxCandidates = 24;

// Words that end first-level region names ("Idlib Governorate", "Kharkivska
// oblast"): the name without them, and with each of them, is also a key.
constexpr std::string_view kRegionWords[] = {"governorate", "province", "oblast", "region", "state",
                                             "district", "department", "prefecture", "county", "krai"};

// Levenshtein distance, or more than `limit` as soon as it must be.
size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0], smallest = row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
      smallest = std::min(smallest, row[j]);
    }
    if (smallest > limit) return limit + 1;
  }
  return row[b.size()];
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

bool ParseFloat(std::string_view s, float lo, float hi, float* out) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < lo || v > hi) return false;
  *out = float(v);
  return true;
}

bool ParseUint(std::string_view s, uint32_t* out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

// Calls row(fields, where) for each data line of a source.
template <typename Row>
void ForEachRow(const GazetteerSource& source, size_t columns, std::vector<std::string>* problems, Row row) {
  size_t line_number = 0;
  for (std::string_view rest = source.text; !rest.empty();) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::string where = std::string(source.name) + ":" + std::to_string(line_number);
    const auto fields = SplitTabs(line);
    if (fields.size() != columns) {
      problems->push_back(where + ": " + std::to_string(fields.size()) + " fields, expected " +
                          std::to_string(columns));
      continue;
    }
    if (std::string problem = row(fields); !problem.empty()) problems->push_back(where + ": " + problem);
  }
}

class Builder {
 public:
  std::string AddCountry(const std::vector<std::string_view>& f) {
    if (f[0].size() != 2 || f[1].size() != 3) return "country codes must be two and three letters";
    float lat, lon;
    if (!ParseFloat(f[3], -90, 90, &lat) || !ParseFloat(f[4], -180, 180, &lon)) return "bad coordinates";
    if (iso2_.count(std::string(f[0])) || iso3_.count(std::string(f[1]))) return "country given twice";
    const uint16_t index = uint16_t(countries_.size());
    Country c{};
    std::memcpy(c.iso2, f[0].data(), 2);
    std::memcpy(c.iso3, f[1].data(), 3);
    c.place = AddPlace(f[2], "", lat, lon, 0, index, PlaceKind::kCountry, 0);
    c.capital = UINT32_MAX;
    countries_.push_back(c);
    capital_names_.push_back(PlaceKey(f[5]));
    iso2_[std::string(f[0])] = index;
    iso3_[std::string(f[1])] = index;
    AddName(f[2], c.place);
    AddVariants(f[6], c.place);
    return "";
  }

  std::string AddPopulated(const std::vector<std::string_view>& f) {
    const auto country = iso2_.find(std::string(f[2]));
    if (country == iso2_.end()) {
      ++unknown_countries_[std::string(f[2])];
      return "";  // reported once per country code, below
    }
    float lat, lon;
    uint32_t population = 0;
    if (!ParseFloat(f[6], -90, 90, &lat) || !ParseFloat(f[7], -180, 180, &lon)) return "bad coordinates";
    if (!ParseUint(f[5], &population)) return "bad population";
    if (f[0] == "admin1") {
      const uint32_t id = AddPlace(f[1], f[3], lat, lon, 0, country->second, PlaceKind::kAdmin1, 0);
      AddName(f[1], id);
      AddRegionForms(f[1], id);
      return "";
    }
    if (f[0] != "city") return "kind must be city or admin1";
    const bool capital = f[4] == "PPLC";
    const uint32_t id = AddPlace(f[1], f[3], lat, lon, population, country->second,
                                 capital ? PlaceKind::kCapital : PlaceKind::kCity, 0);
    AddName(f[1], id);
    Country& c = countries_[country->second];
    if (capital && (c.capital == UINT32_MAX || PlaceKey(f[1]) == capital_names_[country->second])) c.capital = id;
    return "";
  }

  std::string AddCurated(const std::vector<std::string_view>& f) {
    static const std::unordered_map<std::string_view, PlaceKind> kKinds = {
        {"region", PlaceKind::kRegion},      {"desert", PlaceKind::kRegion},   {"mountains", PlaceKind::kRegion},
        {"island", PlaceKind::kRegion},      {"peninsula", PlaceKind::kRegion}, {"valley", PlaceKind::kRegion},
        {"plain", PlaceKind::kRegion},       {"coast", PlaceKind::kRegion},    {"admin1", PlaceKind::kAdmin1},
        {"sea", PlaceKind::kWater},          {"strait", PlaceKind::kWater},    {"gulf", PlaceKind::kWater},
        {"river", PlaceKind::kWater},        {"lake", PlaceKind::kWater},      {"contested", PlaceKind::kContested}};
    const auto kind = kKinds.find(f[1]);
    if (kind == kKinds.end()) return "unknown kind '" + std::string(f[1]) + "'";
    uint16_t country = kNoCountry;
    if (!f[2].empty()) {
      const auto it = iso3_.find(std::string(f[2]));
      if (it == iso3_.end()) return "unknown country '" + std::string(f[2]) + "'";
      country = it->second;
    }
    float lat, lon, radius = 0;
    if (!ParseFloat(f[4], -90, 90, &lat) || !ParseFloat(f[5], -180, 180, &lon)) return "bad coordinates";
    if (!f[6].empty() && !ParseFloat(f[6], 0, 2550, &radius)) return "bad radius";
    const uint32_t id =
        AddPlace(f[0], f[3], lat, lon, 0, country, kind->second, uint8_t(std::min(255.0f, radius / 10 + 0.5f)));
    AddName(f[0], id);
    AddVariants(f[7], id);
    return "";
  }

  std::string AddVariant(const std::vector<std::string_view>& f) {
    const auto country = iso2_.find(std::string(f[2]));
    if (country == iso2_.end()) return "unknown country '" + std::string(f[2]) + "'";
    const auto it = names_.find(PlaceKeyHash(PlaceKey(f[1])));
    uint32_t best = UINT32_MAX;
    if (it != names_.end()) {
      for (uint32_t id : it->second) {
        const Place& p = places_[id];
        if (p.country != country->second || (p.kind != PlaceKind::kCity && p.kind != PlaceKind::kCapital)) continue;
        if (best == UINT32_MAX || p.population > places_[best].population) best = id;
      }
    }
    std::string note;
    if (best == UINT32_MAX) {
      best = NearestSpelling(PlaceKey(f[1]), country->second);
      if (best == UINT32_MAX) return "no city '" + std::string(f[1]) + "' in " + std::string(f[2]);
      note = "note: '" + std::string(f[1]) + "' taken as '" + std::string(Name(places_[best])) + "'";
      AddName(f[1], best);  // the project's spelling is a name of the city too
    }
    AddName(f[0], best);
    return note;
  }

  // The largest city of the country whose name begins as `key` does and is
  // within two edits (and a fifth of its length) of it: the lists spell
  // "Zaporizhia" and "Odessa" where data/geo writes "Zaporizhzhia" and "Odesa".
  uint32_t NearestSpelling(const std::string& key, uint16_t country) const {
    uint32_t best = UINT32_MAX;
    const size_t allowed = std::min<size_t>(2, key.size() / 5);
    for (uint32_t id = 0; id < places_.size(); ++id) {
      const Place& p = places_[id];
      if (p.country != country || (p.kind != PlaceKind::kCity && p.kind != PlaceKind::kCapital) ||
          p.population < 10000)
        continue;
      const std::string name = PlaceKey(Name(p));
      if (name.compare(0, 2, key, 0, 2) != 0 || EditDistance(key, name, allowed) > allowed) continue;
      if (best == UINT32_MAX || p.population > places_[best].population) best = id;
    }
    return best;
  }

  std::string_view Name(const Place& p) const { return std::string_view(pool_).substr(p.name_offset, p.name_length); }

  std::string AddBorder(const std::vector<std::string_view>& f) {
    const auto a = iso3_.find(std::string(f[0])), b = iso3_.find(std::string(f[1]));
    if (a == iso3_.end() || b == iso3_.end()) return "unknown country";
    if (a->second == b->second) return "a border needs two countries";
    Border border;
    border.a = std::min(a->second, b->second);
    border.b = std::max(a->second, b->second);
    if (!ParseFloat(f[2], -90, 90, &border.lat) || !ParseFloat(f[3], -180, 180, &border.lon)) return "bad coordinates";
    for (const Border& other : borders_)
      if (other.a == border.a && other.b == border.b) return "border given twice";
    borders_.push_back(border);
    return "";
  }

  void ReportUnknownCountries(std::string_view source, std::vector<std::string>* problems) const {
    for (const auto& [code, rows] : unknown_countries_)
      problems->push_back(std::string(source) + ": " + std::to_string(rows) + " rows of country '" + code +
                          "', which countries.tsv lacks");
  }

  bool empty() const { return countries_.empty(); }
  std::string Serialize();

 private:
  uint32_t AddPlace(std::string_view name, std::string_view admin1, float lat, float lon, uint32_t population,
                    uint16_t country, PlaceKind kind, uint8_t radius) {
    Place p;
    p.lat = lat;
    p.lon = lon;
    p.population = population;
    p.name_offset = Intern(name);
    p.name_length = uint16_t(std::min<size_t>(name.size(), 0xFFFF));
    p.admin1_offset = Intern(admin1);
    p.admin1_length = uint16_t(std::min<size_t>(admin1.size(), 0xFFFF));
    p.country = country;
    p.kind = kind;
    p.radius_km_div10 = radius;
    places_.push_back(p);
    return uint32_t(places_.size() - 1);
  }

  uint32_t Intern(std::string_view s) {
    if (s.empty()) return 0;
    const auto [it, inserted] = interned_.try_emplace(std::string(s), uint32_t(pool_.size()));
    if (inserted) pool_.append(s);
    return it->second;
  }

  void AddName(std::string_view name, uint32_t id) {
    const std::string key = PlaceKey(name);
    if (key.empty()) return;
    auto& list = names_[PlaceKeyHash(key)];
    if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
  }

  void AddVariants(std::string_view variants, uint32_t id) {
    for (std::string_view v : Split(variants, '|')) AddName(Trim(v), id);
  }

  // "Idlib Governorate" is also "Idlib", "Idlib province", "Idlib region", ...
  void AddRegionForms(std::string_view name, uint32_t id) {
    std::string key = PlaceKey(name);
    for (std::string_view word : kRegionWords) {
      if (key.size() > word.size() + 1 && key.ends_with(word) && key[key.size() - word.size() - 1] == ' ') {
        key.resize(key.size() - word.size() - 1);
        break;
      }
    }
    AddName(key, id);
    for (std::string_view word : kRegionWords) AddName(key + " " + std::string(word), id);
  }

  // Countries and curated places first, then by population.
  int Rank(const Place& p) const {
    switch (p.kind) {
      case PlaceKind::kCountry: return 0;
      case PlaceKind::kContested:
      case PlaceKind::kRegion:
      case PlaceKind::kWater: return 1;
      default: return 2;
    }
  }

  std::vector<Place> places_;
  std::vector<Country> countries_;
  std::vector<std::string> capital_names_;
  std::vector<Border> borders_;
  std::unordered_map<std::string, uint16_t> iso2_, iso3_;
  std::unordered_map<std::string, uint32_t> unknown_countries_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> names_;
  std::unordered_map<std::string, uint32_t> interned_;
  std::string pool_ = std::string(1, '\0');  // offset 0 is the empty string
};

std::string Builder::Serialize() {
  std::vector<GazetteerKey> keys;
  std::vector<uint32_t> postings;
  std::vector<std::pair<uint64_t, std::vector<uint32_t>*>> sorted;
  for (auto& [hash, ids] : names_) sorted.emplace_back(hash, &ids);
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [hash, ids] : sorted) {
    std::stable_sort(ids->begin(), ids->end(), [&](uint32_t a, uint32_t b) {
      const Place &pa = places_[a], &pb = places_[b];
      if (Rank(pa) != Rank(pb)) return Rank(pa) < Rank(pb);
      return pa.population > pb.population;
    });
    if (ids->size() > kMaxCandidates) ids->resize(kMaxCandidates);
    keys.push_back({hash, uint32_t(postings.size()), uint32_t(ids->size())});
    postings.insert(postings.end(), ids->begin(), ids->end());
  }
  std::sort(borders_.begin(), borders_.end(),
            [](const Border& x, const Border& y) { return std::pair(x.a, x.b) < std::pair(y.a, y.b); });

  uint32_t slot_count = 16;
  while (slot_count < keys.size() * 2) slot_count *= 2;
  std::vector<uint32_t> slots(slot_count, 0);
  for (uint32_t k = 0; k < keys.size(); ++k) {
    uint32_t i = uint32_t(keys[k].hash) & (slot_count - 1);
    while (slots[i] != 0) i = (i + 1) & (slot_count - 1);
    slots[i] = k + 1;
  }

  GazetteerHeader h{};
  std::memcpy(h.magic, kGazetteerMagic, sizeof h.magic);
  h.place_count = uint32_t(places_.size());
  h.key_count = uint32_t(keys.size());
  h.slot_count = slot_count;
  h.posting_count = uint32_t(postings.size());
  h.country_count = uint32_t(countries_.size());
  h.border_count = uint32_t(borders_.size());
  h.pool_size = uint32_t(pool_.size());
  std::string blob;
  auto append = [&blob](const void* data, size_t size) { blob.append(static_cast<const char*>(data), size); };
  append(&h, sizeof h);
  append(keys.data(), keys.size() * sizeof(GazetteerKey));
  append(slots.data(), slots.size() * sizeof(uint32_t));
  append(places_.data(), places_.size() * sizeof(Place));
  append(postings.data(), postings.size() * sizeof(uint32_t));
  append(countries_.data(), countries_.size() * sizeof(Country));
  append(borders_.data(), borders_.size() * sizeof(Border));
  blob += pool_;
  return blob;
}

}  // namespace

Result<std::string> BuildGazetteer(const GazetteerSources& sources, std::vector<std::string>* problems) {
  Builder b;
  ForEachRow(sources.countries, 7, problems, [&](const auto& f) { return b.AddCountry(f); });
  if (b.empty()) return Status::Error(std::string(sources.countries.name) + ": no usable country");
  ForEachRow(sources.populated, 8, problems, [&](const auto& f) { return b.AddPopulated(f); });
  b.ReportUnknownCountries(sources.populated.name, problems);
  ForEachRow(sources.places, 8, problems, [&](const auto& f) { return b.AddCurated(f); });
  ForEachRow(sources.variants, 3, problems, [&](const auto& f) { return b.AddVariant(f); });
  ForEachRow(sources.borders, 5, problems, [&](const auto& f) { return b.AddBorder(f); });
  return b.Serialize();
}

}  // namespace tocsin::geo
