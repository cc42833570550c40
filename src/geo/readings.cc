#include "geo/readings.h"

namespace tocsin::geo {

void ReadDocument(const Geoparser& parser, const lex::WordClasses& words, const syntax::AnalyzedDocument& ad,
                  std::span<const uint16_t> actor_countries, DocumentReadings* out) {
  parser.Find(ad, actor_countries, &out->places);
  const std::optional<CivilDate> date = ParseCivilDate(ad.doc.date);
  out->times.clear();
  out->quantities.clear();
  out->time_first.assign(1, 0);
  out->quantity_first.assign(1, 0);
  for (const syntax::Analysis& a : ad.sentences) {
    FindTimes(ad.doc, a, date, words, &out->times);
    FindQuantities(ad.doc, a, words, &out->quantities);
    out->time_first.push_back(uint32_t(out->times.size()));
    out->quantity_first.push_back(uint32_t(out->quantities.size()));
  }
}

Location LocationOf(const Gazetteer& g, uint32_t place, LocationMethod method) {
  const Place& p = g.place(place);
  Location loc;
  loc.name = std::string(g.Name(p));
  loc.country = g.Iso3(p);
  loc.admin1 = p.kind == PlaceKind::kCountry ? std::string_view() : g.Admin1(p);
  loc.lat = p.lat;
  loc.lon = p.lon;
  loc.precision = PlacePrecision(p.kind);
  loc.method = method;
  return loc;
}

std::optional<Location> SentenceLocation(const Gazetteer& g, const DocumentReadings& r, uint32_t sentence) {
  for (const PlaceMention& m : r.places.InSentence(sentence))
    if (m.role == PlaceRole::kPlace && m.vg >= 0) return LocationOf(g, m.place, LocationMethod::kClause);
  return std::nullopt;
}

}  // namespace tocsin::geo
