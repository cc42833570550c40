#include "io/quantities_json.h"

#include <simdjson.h>

namespace tocsin::io {

void AppendQuantitiesJson(JsonWriter& w, const std::vector<QuantityRecord>& quantities) {
  w.BeginArray();
  for (const QuantityRecord& q : quantities) {
    w.BeginObject();
    w.Key("kind").String(q.kind);
    w.Key("min");
    if (q.has_min) w.Int(q.min);
    else w.Null();
    w.Key("max");
    if (q.has_max) w.Int(q.max);
    else w.Null();
    w.Key("unit").StringOrNull(q.unit);
    w.Key("qualifier").StringOrNull(q.qualifier);
    w.Key("text").String(q.text);
    w.EndObject();
  }
  w.EndArray();
}

std::string QuantitiesJson(const std::vector<QuantityRecord>& quantities) {
  std::string out;
  JsonWriter w(&out);
  AppendQuantitiesJson(w, quantities);
  return out;
}

bool ParseQuantitiesJson(std::string_view json, std::vector<QuantityRecord>* out) {
  out->clear();
  if (json.empty()) return true;  // an event stored before counts were kept (a NULL column)
  simdjson::dom::parser parser;
  simdjson::dom::array list;
  if (parser.parse(json.data(), json.size()).get_array().get(list) != simdjson::SUCCESS) return false;
  for (simdjson::dom::element e : list) {
    QuantityRecord q;
    std::string_view s;
    if (e["kind"].get_string().get(s) != simdjson::SUCCESS) {
      out->clear();
      return false;
    }
    q.kind.assign(s);
    q.has_min = e["min"].get_int64().get(q.min) == simdjson::SUCCESS;
    q.has_max = e["max"].get_int64().get(q.max) == simdjson::SUCCESS;
    if (e["unit"].get_string().get(s) == simdjson::SUCCESS) q.unit.assign(s);
    if (e["qualifier"].get_string().get(s) == simdjson::SUCCESS) q.qualifier.assign(s);
    if (e["text"].get_string().get(s) == simdjson::SUCCESS) q.text.assign(s);
    out->push_back(std::move(q));
  }
  return true;
}

}  // namespace tocsin::io
