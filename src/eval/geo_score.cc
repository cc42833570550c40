#include "eval/geo_score.h"

#include <cmath>
#include <cstdio>

#include "base/strings.h"

namespace tocsin::eval {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

// The words of a gold item and of a prediction name the same thing.
bool TextsMatch(std::string_view gold, std::string_view predicted) {
  const std::string g = Lower(gold), p = Lower(predicted);
  return !p.empty() && (g.find(p) != std::string::npos || p.find(g) != std::string::npos);
}

std::string_view Span(const text::Document& doc, uint32_t begin, uint32_t end) {
  const uint32_t b = doc.tokens[begin].bytes.begin, e = doc.tokens[end - 1].bytes.end;
  return std::string_view(doc.text).substr(b, e - b);
}

bool PlaceRight(const GoldPlace& gold, std::string_view country, double lat, double lon) {
  if (gold.country != country) return false;
  if (gold.precision == "country") return true;
  return geo::DistanceKm(gold.lat, gold.lon, lat, lon) <= (gold.precision == "city" ? 50 : 150);
}

std::string Singular(std::string s) {
  s = Lower(s);
  if (s.size() > 3 && s.ends_with("ies")) s = s.substr(0, s.size() - 3) + "y";
  else if (s.size() > 1 && s.ends_with("s")) s.pop_back();
  return s;
}

std::string Bound(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : ""; }

std::string PlaceText(const geo::Gazetteer& g, uint32_t place) {
  const geo::Place& p = g.place(place);
  char point[48];
  std::snprintf(point, sizeof point, " (%.2f, %.2f)", p.lat, p.lon);
  return std::string(g.Name(p)) + "/" + std::string(g.Iso3(p)) + point;
}

}  // namespace

void GeoScorer::Add(const GeoGoldRecord& gold, const pipeline::Workspace& ws) {
  if (gold.has_places) AddPlaces(gold, ws);
  if (gold.has_times) AddTimes(gold, ws);
  if (gold.has_quantities) AddQuantities(gold, ws);
}

void GeoScorer::AddPlaces(const GeoGoldRecord& gold, const pipeline::Workspace& ws) {
  const text::Document& doc = ws.analyzed.doc;
  struct Predicted {
    std::string_view text;
    uint32_t place;
    geo::PlaceRole role;
  };
  std::vector<Predicted> predicted;
  const geo::DocumentPlaces& places = ws.geo.places;
  if (places.dateline_place >= 0)
    predicted.push_back({Span(doc, places.dateline_begin, places.dateline_end), uint32_t(places.dateline_place),
                         geo::PlaceRole::kPlace});
  if (places.dateline_qualifier >= 0)
    predicted.push_back({Span(doc, places.dateline_qualifier_begin, places.dateline_qualifier_end),
                         uint32_t(places.dateline_qualifier), geo::PlaceRole::kPlace});
  for (const geo::PlaceMention& m : places.mentions)
    predicted.push_back({Span(doc, m.token_begin, m.token_end), m.place, m.role});
  std::vector<bool> used(predicted.size());
  scores_.places.gold += gold.places.size();
  scores_.places.predicted += predicted.size();
  for (const GoldPlace& g : gold.places) {
    bool found = false;
    for (size_t i = 0; i < predicted.size() && !found; ++i) {
      if (used[i] || !TextsMatch(g.text, predicted[i].text)) continue;
      used[i] = found = true;
      ++scores_.places.found;
      const geo::Place& p = gazetteer_.place(predicted[i].place);
      const bool right = PlaceRight(g, gazetteer_.Iso3(p), p.lat, p.lon);
      scores_.places.right += right;
      const bool role_right = g.role == geo::PlaceRoleName(predicted[i].role);
      scores_.roles_right += role_right;
      if (!right || !role_right)
        errors_.push_back({gold.id, "places",
                           "'" + g.text + "': gold " + g.country + " (" + std::to_string(g.lat).substr(0, 6) + ", " +
                               std::to_string(g.lon).substr(0, 6) + ") " + g.role + ", got " +
                               PlaceText(gazetteer_, predicted[i].place) + " " +
                               std::string(geo::PlaceRoleName(predicted[i].role))});
    }
    if (!found) errors_.push_back({gold.id, "places", "missed '" + g.text + "' (" + g.country + ")"});
  }
  for (size_t i = 0; i < predicted.size(); ++i)
    if (!used[i])
      errors_.push_back({gold.id, "places",
                         "false alarm '" + std::string(predicted[i].text) + "' -> " + PlaceText(gazetteer_, predicted[i].place)});

  // The main action's place: the first a verb's phrase of place holds, else the dateline's.
  std::optional<geo::Location> location;
  for (uint32_t s = 0; s < doc.sentences.size() && !location; ++s)
    location = geo::SentenceLocation(gazetteer_, ws.geo, s);
  if (!location && places.dateline_place >= 0)
    location = geo::LocationOf(gazetteer_, uint32_t(places.dateline_place), geo::LocationMethod::kDateline);
  ++scores_.locations;
  const bool right = gold.location ? location && PlaceRight(*gold.location, location->country, location->lat,
                                                             location->lon)
                                   : !location;
  scores_.locations_right += right;
  if (!right)
    errors_.push_back({gold.id, "location",
                       "gold " + (gold.location ? "'" + gold.location->text + "'" : std::string("none")) + ", got " +
                           (location ? location->name + "/" + std::string(location->country) : "none")});
}

void GeoScorer::AddTimes(const GeoGoldRecord& gold, const pipeline::Workspace& ws) {
  const text::Document& doc = ws.analyzed.doc;
  const auto& times = ws.geo.times;
  std::vector<bool> used(times.size());
  scores_.times.gold += gold.times.size();
  scores_.times.predicted += times.size();
  for (const GoldTime& g : gold.times) {
    bool found = false;
    for (size_t i = 0; i < times.size() && !found; ++i) {
      if (used[i] || !TextsMatch(g.text, Span(doc, times[i].token_begin, times[i].token_end))) continue;
      used[i] = found = true;
      ++scores_.times.found;
      const std::string value = times[i].date ? times[i].date->Value() : "";
      if (value == g.value) ++scores_.times.right;
      else errors_.push_back({gold.id, "times", "'" + g.text + "': gold " + (g.value.empty() ? "none" : g.value) +
                                                    ", got " + (value.empty() ? "none" : value)});
    }
    if (!found) errors_.push_back({gold.id, "times", "missed '" + g.text + "' (" + g.value + ")"});
  }
  for (size_t i = 0; i < times.size(); ++i)
    if (!used[i])
      errors_.push_back({gold.id, "times", "false alarm '" + std::string(Span(doc, times[i].token_begin, times[i].token_end)) + "'"});
}

void GeoScorer::AddQuantities(const GeoGoldRecord& gold, const pipeline::Workspace& ws) {
  const text::Document& doc = ws.analyzed.doc;
  const auto& qs = ws.geo.quantities;
  std::vector<bool> used(qs.size());
  scores_.quantities.gold += gold.quantities.size();
  scores_.quantities.predicted += qs.size();
  for (const GoldQuantity& g : gold.quantities) {
    bool found = false;
    for (size_t i = 0; i < qs.size() && !found; ++i) {
      if (used[i] || !TextsMatch(g.text, Span(doc, qs[i].token_begin, qs[i].token_end))) continue;
      used[i] = found = true;
      ++scores_.quantities.found;
      const geo::Quantity& q = qs[i];
      const bool right = g.kind == geo::QuantityKindName(q.kind) && g.min == q.min && g.max == q.max &&
                         Singular(g.unit) == Singular(std::string(q.unit));
      if (right) ++scores_.quantities.right;
      else
        errors_.push_back({gold.id, "quantities",
                           "'" + g.text + "': gold " + g.kind + " " + Bound(g.min) + ".." + Bound(g.max) + " " + g.unit +
                               ", got " + std::string(geo::QuantityKindName(q.kind)) + " " + Bound(q.min) + ".." +
                               Bound(q.max) + " " + std::string(q.unit)});
    }
    if (!found) errors_.push_back({gold.id, "quantities", "missed '" + g.text + "' (" + g.kind + ")"});
  }
  for (size_t i = 0; i < qs.size(); ++i)
    if (!used[i])
      errors_.push_back({gold.id, "quantities",
                         "false alarm '" + std::string(Span(doc, qs[i].token_begin, qs[i].token_end)) + "' (" +
                             std::string(geo::QuantityKindName(qs[i].kind)) + ")"});
}

std::vector<GeoRunFailure> ScoreGeoGold(const pipeline::Pipeline& pipe, const GeoGoldSet& gold, GeoScorer* scorer) {
  std::vector<GeoRunFailure> failures;
  pipeline::Workspace ws;
  for (const GeoGoldRecord& r : gold.records) {
    if (Status s = pipe.Run({r.id, r.date, r.text}, &ws); !s.ok()) {
      failures.push_back({&r, s.message()});
      continue;
    }
    scorer->Add(r, ws);
  }
  return failures;
}

}  // namespace tocsin::eval
