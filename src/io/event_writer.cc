#include "io/event_writer.h"

#include <cstdio>

#include "io/json_writer.h"
#include "io/quantities_json.h"

namespace tocsin::io {
namespace {

void Actor(JsonWriter& w, const ActorRecord& a) {
  if (!a.present) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("text").String(a.text);
  w.Key("code").String(a.code);
  w.Key("country").StringOrNull(a.country);
  w.Key("sector").StringOrNull(a.sector);
  w.EndObject();
}

constexpr const char* kColumns[] = {
    "date",      "source",      "target",      "cameo",      "root",       "quad_class", "goldstein",
    "plover",    "modality",    "confidence",  "doc_id",     "sentence_index", "source_text", "target_text",
    "verb",      "sentence",    "doc_title",   "doc_source", "doc_url",
    "event_date", "event_date_precision", "location_name", "location_country", "location_admin1",
    "location_lat", "location_lon", "location_precision", "location_method", "quantities"};

// Calls field(text) for each column of `e`, in kColumns order.
template <typename Field>
void Row(const EventRecord& e, Field field) {
  char goldstein[32] = "", quad[8] = "", confidence[16];
  if (e.has_goldstein) std::snprintf(goldstein, sizeof goldstein, "%.1f", e.goldstein);
  if (e.quad_class) std::snprintf(quad, sizeof quad, "%d", e.quad_class);
  std::snprintf(confidence, sizeof confidence, "%.2f", e.confidence);
  field(e.date);
  field(e.source.code);
  field(e.target.code);
  field(e.cameo);
  field(e.root);
  field(quad);
  field(goldstein);
  field(e.plover_event);
  field(e.modality);
  field(confidence);
  field(e.doc_id);
  field(std::to_string(e.sentence_index));
  field(e.source.text);
  field(e.target.text);
  field(e.verb);
  field(e.sentence);
  field(e.doc_title);
  field(e.doc_source);
  field(e.doc_url);
  field(e.event_date);
  field(e.event_date_precision);
  const CoordinateCells point = LocationCells(e);
  field(e.location_name);
  field(e.location_country);
  field(e.location_admin1);
  field(point.lat);
  field(point.lon);
  field(e.location_precision);
  field(e.location_method);
  field(QuantitiesCell(e.quantities));
}

template <typename Field>
std::string Header(Field field) {
  std::string out;
  for (const char* c : kColumns) field(c, &out);
  return out;
}

}  // namespace

void AppendCsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
  } else {
    out->push_back('"');
    for (char c : s) {
      if (c == '"') out->push_back('"');
      out->push_back(c);
    }
    out->push_back('"');
  }
  out->push_back(',');
}

void AppendTsvField(std::string_view s, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '\t': out->append("\\t"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\\': out->append("\\\\"); break;
      default: out->push_back(c);
    }
  }
  out->push_back('\t');
}

std::string EventCsvHeader() {
  std::string out = Header(AppendCsvField);
  out.back() = '\r';
  out.push_back('\n');
  return out;
}

std::string EventTsvHeader() {
  std::string out = Header(AppendTsvField);
  out.back() = '\n';
  return out;
}

void AppendEventCsv(const EventRecord& e, std::string* out) {
  Row(e, [out](std::string_view s) { AppendCsvField(s, out); });
  out->back() = '\r';
  out->push_back('\n');
}

void AppendEventTsv(const EventRecord& e, std::string* out) {
  Row(e, [out](std::string_view s) { AppendTsvField(s, out); });
  out->back() = '\n';
}

void AppendEventJson(const EventRecord& e, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("doc_id").String(e.doc_id);
  w.Key("doc_title").StringOrNull(e.doc_title);
  w.Key("doc_source").StringOrNull(e.doc_source);
  w.Key("doc_url").StringOrNull(e.doc_url);
  w.Key("sentence_index").Int(e.sentence_index);
  w.Key("event_index").Int(e.event_index);
  w.Key("sentence").String(e.sentence);
  w.Key("date").StringOrNull(e.date);
  w.Key("source");
  Actor(w, e.source);
  w.Key("target");
  Actor(w, e.target);
  w.Key("cameo").String(e.cameo);
  w.Key("cameo_name").StringOrNull(e.cameo_name);
  w.Key("root").String(e.root);
  w.Key("quad_class");
  if (e.quad_class) w.Int(e.quad_class);
  else w.Null();
  w.Key("goldstein");
  if (e.has_goldstein) w.Double(e.goldstein);
  else w.Null();
  w.Key("plover").BeginObject();
  w.Key("event").StringOrNull(e.plover_event);
  w.Key("mode").StringOrNull(e.plover_mode);
  w.Key("context").StringOrNull(e.plover_context);
  w.EndObject();
  w.Key("modality").String(e.modality);
  w.Key("confidence").Double(e.confidence, 2);
  w.Key("location");
  if (e.has_location) {
    w.BeginObject();
    w.Key("name").String(e.location_name);
    w.Key("country").StringOrNull(e.location_country);
    w.Key("admin1").StringOrNull(e.location_admin1);
    w.Key("lat").Double(e.location_lat, 4);
    w.Key("lon").Double(e.location_lon, 4);
    w.Key("precision").String(e.location_precision);
    w.Key("method").String(e.location_method);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("event_date");
  if (!e.event_date.empty()) {
    w.BeginObject();
    w.Key("value").String(e.event_date);
    w.Key("precision").String(e.event_date_precision);
    w.Key("text").StringOrNull(e.event_date_text);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("quantities");
  AppendQuantitiesJson(w, e.quantities);
  w.Key("evidence").BeginObject();
  w.Key("verb").String(e.verb);
  w.Key("pattern").String(e.pattern);
  w.Key("pattern_source").String(e.pattern_source);
  w.Key("span").BeginArray().Int(e.span_begin).Int(e.span_end).EndArray();
  w.Key("source_entries").BeginArray();
  for (const std::string& s : e.source.entries) w.String(s);
  w.EndArray();
  w.Key("target_entries").BeginArray();
  for (const std::string& s : e.target.entries) w.String(s);
  w.EndArray();
  if (!e.note.empty()) w.Key("note").String(e.note);
  w.EndObject();
  w.EndObject();
  out->push_back('\n');
}

}  // namespace tocsin::io
