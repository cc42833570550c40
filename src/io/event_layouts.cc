#include "io/event_layouts.h"

#include <cstdio>
#include <string_view>
#include <vector>

#include "io/event_writer.h"

namespace tocsin::io {
namespace {

constexpr std::string_view kProvenance[] = {"DocId", "DocSource", "DocUrl", "SentenceIndex", "Sentence"};

std::vector<std::string> GdeltColumns() {
  std::vector<std::string> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
  for (const char* actor : {"Actor1", "Actor2"})
    for (const char* field : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                              "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
      c.push_back(std::string(actor) + field);
  for (const char* field : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"})
    c.push_back(field);
  for (const char* geo : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"})
    for (const char* field : {"Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"})
      c.push_back(std::string(geo) + field);
  c.push_back("DATEADDED");
  c.push_back("SOURCEURL");
  return c;
}

constexpr std::string_view kPhoenixColumns[] = {
    "EventID",         "Date",           "Year",          "Month",         "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute", "TargetActorFull",
    "TargetActorEntity", "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode",
    "PentaClass",      "GoldsteinScore", "Issues",        "Lat",           "Lon",
    "LocationName",    "StateName",      "CountryCode",   "SentenceID",    "URLs",
    "NewsSources"};

// A CAMEO actor code cut into its entity (country, or IGO/NGO/... with the
// organisation), role (the first sector) and the further attributes.
struct ActorParts {
  std::string entity, role, attributes;
  std::string types[3];
};

ActorParts Split(const ActorRecord& a) {
  ActorParts p;
  if (!a.present) return p;
  const std::string& code = a.code;
  size_t pos = 0;
  if (!a.country.empty() && code.compare(0, a.country.size(), a.country) == 0) {
    p.entity = a.country;
    pos = a.country.size();
  } else if (code.size() >= 3 && code.compare(0, 3, "---") == 0) {
    pos = 3;
  } else if (!a.sector.empty() && code.compare(0, a.sector.size(), a.sector) == 0) {
    p.entity = code;  // an organisation: IGOWSTNAT
    pos = code.size();
  }
  int t = 0;
  for (size_t i = pos; i + 3 <= code.size(); i += 3) {
    std::string part = code.substr(i, 3);
    if (t < 3) p.types[t] = part;
    if (i == pos) p.role = part;
    else p.attributes += part;
    ++t;
  }
  return p;
}

std::string Compact(const std::string& date) {  // 2024-03-14 -> 20240314
  std::string out;
  for (char c : date)
    if (c != '-') out.push_back(c);
  return out;
}

std::string FractionDate(const std::string& date) {
  if (date.size() != 10) return "";
  int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2)), d = std::stoi(date.substr(8, 2));
  static const int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int day_of_year = kBefore[m - 1] + d + (leap && m > 2);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d.%04d", y, int(double(day_of_year) / (leap ? 366 : 365) * 10000));
  return buf;
}

// Phoenix's five classes: 0 neutral statements, 1 verbal and 2 material
// cooperation, 3 verbal and 4 material conflict.
std::string PentaClass(const std::string& root) {
  int r = root.empty() ? 0 : std::stoi(root);
  return std::to_string(r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4);
}

// GDELT's ActionGeo_ fields: type (1 country, 2 US state, 3 US city, 4
// world city, 5 world state), full name, country (ISO alpha-3 here, where
// GDELT has FIPS codes), ADM1 code (none: the gazetteer keeps names), lat,
// long, feature id (none).
template <typename Field>
void ActionGeo(const EventRecord& e, Field field) {
  if (!e.has_location) {
    for (int i = 0; i < 7; ++i) field("");
    return;
  }
  const bool usa = e.location_country == "USA";
  const std::string& p = e.location_precision;
  field(p == "country" ? "1" : p == "region" ? (usa ? "2" : "5") : (usa ? "3" : "4"));
  field(e.location_admin1.empty() ? e.location_name : e.location_name + ", " + e.location_admin1);
  field(e.location_country);
  field("");
  const CoordinateCells point = LocationCells(e);
  field(point.lat);
  field(point.lon);
  field("");
}

}  // namespace

std::string LayoutHeader(Layout layout, Delimited format) {
  auto field = format == Delimited::kTsv ? AppendTsvField : AppendCsvField;
  std::string out;
  if (layout == Layout::kGdelt) {
    for (const std::string& c : GdeltColumns()) field(c, &out);
  } else {
    for (std::string_view c : kPhoenixColumns) field(c, &out);
  }
  for (std::string_view c : kProvenance) field(c, &out);
  out.back() = '\n';
  if (format == Delimited::kCsv) out.insert(out.size() - 1, "\r");
  return out;
}

void AppendLayoutRow(Layout layout, Delimited format, const EventRecord& e, int64_t id, std::string* out) {
  auto field = [&](std::string_view s) {
    if (format == Delimited::kTsv) AppendTsvField(s, out);
    else AppendCsvField(s, out);
  };
  const std::string date = Compact(e.date);
  char goldstein[32] = "";
  if (e.has_goldstein) std::snprintf(goldstein, sizeof goldstein, "%.1f", e.goldstein);
  const ActorParts source = Split(e.source), target = Split(e.target);
  if (layout == Layout::kGdelt) {
    field(std::to_string(id));
    field(date);
    field(date.substr(0, std::min<size_t>(6, date.size())));
    field(date.substr(0, std::min<size_t>(4, date.size())));
    field(FractionDate(e.date));
    for (const auto* actor : {&e.source, &e.target}) {
      const ActorParts& p = actor == &e.source ? source : target;
      field(actor->code);
      field(actor->text);
      field(actor->country);
      for (int i = 0; i < 4; ++i) field("");  // known group, ethnic, religion 1 and 2: not coded apart
      for (const std::string& t : p.types) field(t);
    }
    field(e.sentence_index < 2 ? "1" : "0");  // headline or lead
    field(e.cameo);
    field(e.cameo.substr(0, 3));
    field(e.root);
    field(e.quad_class ? std::to_string(e.quad_class) : "");
    field(goldstein);
    for (int i = 0; i < 3; ++i) field("1");  // mentions, sources, articles: one document each
    field("");                               // tone: not measured
    for (int i = 0; i < 14; ++i) field("");  // the actors' own places: not located apart
    ActionGeo(e, field);
    field(date);                             // no wall-clock time is recorded: the event date
    field(e.doc_url);
  } else {
    field(std::to_string(id));
    field(date);
    field(date.substr(0, std::min<size_t>(4, date.size())));
    field(date.size() >= 6 ? date.substr(4, 2) : "");
    field(date.size() >= 8 ? date.substr(6, 2) : "");
    for (const auto* actor : {&e.source, &e.target}) {
      const ActorParts& p = actor == &e.source ? source : target;
      field(actor->code);
      field(p.entity);
      field(p.role);
      field(p.attributes);
    }
    field(e.cameo);
    field(e.root);
    field(PentaClass(e.root));
    field(goldstein);
    field("");  // issues: not coded
    const CoordinateCells point = LocationCells(e);
    field(point.lat);
    field(point.lon);
    field(e.location_name);
    field(e.location_admin1);
    field(e.location_country);
    field(e.doc_id + "_" + std::to_string(e.sentence_index));
    field(e.doc_url);
    field(e.doc_source);
  }
  field(e.doc_id);
  field(e.doc_source);
  field(e.doc_url);
  field(std::to_string(e.sentence_index));
  field(e.sentence);
  out->back() = '\n';
  if (format == Delimited::kCsv) out->insert(out->size() - 1, "\r");
}

}  // namespace tocsin::io
