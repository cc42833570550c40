#include "eval/geo_gold.h"

#include <simdjson.h>

#include "base/file.h"
#include "base/strings.h"

namespace tocsin::eval {
namespace {

using simdjson::dom::element;

std::string StringOr(element e, std::string_view key) {
  std::string_view v;
  if (e[key].get_string().get(v) != simdjson::SUCCESS) return "";
  return std::string(v);
}

std::optional<int64_t> IntOrNull(element e, std::string_view key) {
  int64_t v;
  if (e[key].get_int64().get(v) != simdjson::SUCCESS) return std::nullopt;
  return v;
}

bool Number(element e, std::string_view key, double* out) {
  return e[key].get_double().get(*out) == simdjson::SUCCESS;
}

// "" when the place is usable, else why not.
std::string ReadPlace(element e, GoldPlace* p) {
  p->text = StringOr(e, "text");
  p->role = StringOr(e, "role");
  p->country = StringOr(e, "country");
  p->precision = StringOr(e, "precision");
  if (p->text.empty()) return "a place without text";
  if (!Number(e, "lat", &p->lat) || !Number(e, "lon", &p->lon)) return "place '" + p->text + "' without lat/lon";
  return "";
}

std::string ReadRecord(element rec, GeoGoldRecord* r) {
  r->id = StringOr(rec, "id");
  r->date = StringOr(rec, "date");
  r->text = StringOr(rec, "text");
  if (r->text.empty()) return "no text";
  simdjson::dom::array list;
  if (rec["places"].get_array().get(list) == simdjson::SUCCESS) {
    r->has_places = true;
    for (element e : list) {
      GoldPlace p;
      if (std::string why = ReadPlace(e, &p); !why.empty()) return why;
      r->places.push_back(std::move(p));
    }
    element loc;
    if (rec["location"].get(loc) == simdjson::SUCCESS && !loc.is_null()) {
      GoldPlace p;
      if (std::string why = ReadPlace(loc, &p); !why.empty()) return "location: " + why;
      r->location = std::move(p);
    }
  }
  if (rec["times"].get_array().get(list) == simdjson::SUCCESS) {
    r->has_times = true;
    for (element e : list) {
      GoldTime t{StringOr(e, "text"), StringOr(e, "value"), StringOr(e, "precision")};
      if (t.text.empty()) return "a time without text";
      r->times.push_back(std::move(t));
    }
  }
  if (rec["quantities"].get_array().get(list) == simdjson::SUCCESS) {
    r->has_quantities = true;
    for (element e : list) {
      GoldQuantity q{StringOr(e, "text"), StringOr(e, "kind"), StringOr(e, "unit"), StringOr(e, "qualifier"),
                     IntOrNull(e, "min"), IntOrNull(e, "max")};
      if (q.text.empty() || q.kind.empty()) return "a quantity without text or kind";
      r->quantities.push_back(std::move(q));
    }
  }
  if (!r->has_places && !r->has_times && !r->has_quantities) return "none of places, times, quantities";
  return "";
}

}  // namespace

void ReadGeoGold(std::string_view data, const std::string& name, GeoGoldSet* out) {
  simdjson::dom::parser parser;
  size_t line_no = 0;
  for (std::string_view rest = data; !rest.empty();) {
    const size_t eol = rest.find('\n');
    const std::string_view line = Trim(rest.substr(0, eol));
    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    ++line_no;
    if (line.empty()) continue;
    const std::string origin = name + ":" + std::to_string(line_no);
    element rec;
    if (parser.parse(line.data(), line.size()).get(rec) != simdjson::SUCCESS) {
      out->skipped.push_back({origin, "", "malformed JSON"});
      continue;
    }
    GeoGoldRecord r;
    r.origin = origin;
    if (std::string why = ReadRecord(rec, &r); !why.empty()) {
      out->skipped.push_back({origin, r.id, why});
      continue;
    }
    out->records.push_back(std::move(r));
  }
}

void ReadGeoGoldFile(const std::string& path, GeoGoldSet* out) {
  auto text = ReadFile(path);
  if (!text.ok()) {
    out->skipped.push_back({path, "", text.status().message()});
    return;
  }
  ReadGeoGold(*text, path, out);
}

}  // namespace tocsin::eval
