#include "io/event_record.h"

#include <cmath>
#include <cstdio>

namespace tocsin::io {
namespace {

void FillActor(const text::Document& doc, bool present, const coder::CodedActor& a, ActorRecord* out) {
  out->present = present;
  out->entries.clear();
  if (!present) {
    out->text.clear();
    out->code.clear();
    out->country.clear();
    out->sector.clear();
    return;
  }
  out->text.assign(a.Text(doc));
  out->code.assign(a.code);
  out->country.assign(a.country);
  out->sector.assign(a.sector);
  for (const coder::Evidence& e : a.evidence) {
    out->entries.push_back(e.Text(doc));
    for (char& c : out->entries.back())
      if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
}

void FillWhereWhenHowMany(const text::Document& doc, const coder::Event& e, EventRecord* out) {
  out->has_location = e.location.has_value();
  if (e.location) {
    const geo::Location& l = *e.location;
    out->location_name.assign(l.name);
    out->location_country.assign(l.country);
    out->location_admin1.assign(l.admin1);
    out->location_precision.assign(l.precision);
    out->location_method.assign(geo::LocationMethodName(l.method));
    out->location_lat = std::round(double(l.lat) * 1e4) / 1e4;
    out->location_lon = std::round(double(l.lon) * 1e4) / 1e4;
  } else {
    out->location_name.clear();
    out->location_country.clear();
    out->location_admin1.clear();
    out->location_precision.clear();
    out->location_method.clear();
    out->location_lat = out->location_lon = 0;
  }
  out->event_date.clear();
  out->event_date_precision.clear();
  out->event_date_text.assign(e.event_date_text);
  if (e.event_date) {
    out->event_date = e.event_date->Value();
    out->event_date_precision.assign(geo::DatePrecisionName(e.event_date->precision));
  }
  out->quantities.resize(e.quantities.size());
  for (size_t i = 0; i < e.quantities.size(); ++i) FillQuantityRecord(doc, e.quantities[i], &out->quantities[i]);
}

}  // namespace

void FillQuantityRecord(const text::Document& doc, const geo::Quantity& q, QuantityRecord* r) {
  r->kind.assign(geo::QuantityKindName(q.kind));
  r->has_min = q.min.has_value();
  r->min = q.min.value_or(0);
  r->has_max = q.max.has_value();
  r->max = q.max.value_or(0);
  r->unit.assign(q.unit);
  r->qualifier.assign(q.qualifier);
  const auto& t = doc.tokens;
  r->text.assign(std::string_view(doc.text).substr(t[q.token_begin].bytes.begin,
                                                   t[q.token_end - 1].bytes.end - t[q.token_begin].bytes.begin));
  for (char& c : r->text)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
}

CoordinateCells LocationCells(const EventRecord& e) {
  if (!e.has_location) return {};
  char lat[24], lon[24];
  std::snprintf(lat, sizeof lat, "%.4f", e.location_lat);
  std::snprintf(lon, sizeof lon, "%.4f", e.location_lon);
  return {lat, lon};
}

std::string QuantitiesCell(const std::vector<QuantityRecord>& quantities) {
  std::string out;
  for (const QuantityRecord& q : quantities) {
    if (!out.empty()) out += "; ";
    out += q.kind + " ";
    if (q.has_min) out += std::to_string(q.min);
    out += "..";
    if (q.has_max) out += std::to_string(q.max);
    if (!q.unit.empty()) out += " " + q.unit;
  }
  return out;
}

void FillEventRecord(const syntax::AnalyzedDocument& analyzed, const coder::Event& e, uint32_t event_index,
                     const dict::Ontology& ontology, const DocumentInfo& info, EventRecord* out) {
  const text::Document& doc = analyzed.doc;
  const dict::EventInfo* event_info = ontology.Event(e.cameo);
  out->doc_id.assign(doc.id);
  out->doc_title.assign(info.title);
  out->doc_source.assign(info.source);
  out->doc_url.assign(info.url);
  out->date.assign(doc.date);
  out->sentence_index = e.sentence_index;
  out->event_index = event_index;
  out->sentence.assign(doc.SentenceText(doc.sentences[e.sentence_index]));
  for (char& c : out->sentence)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';  // hard-wrapped lines: one line, same byte offsets
  FillActor(doc, e.has_source, e.source, &out->source);
  FillActor(doc, e.has_target, e.target, &out->target);
  out->cameo.assign(e.cameo);
  out->root.assign(dict::Ontology::Root(e.cameo));
  out->cameo_name.clear();
  out->plover_event.clear();
  out->plover_mode.clear();
  out->plover_context.clear();
  out->quad_class = 0;
  out->has_goldstein = false;
  out->goldstein = 0;
  if (event_info) {  // null for a code from a user's dictionary that CAMEO 1.1b3 lacks
    out->cameo_name.assign(event_info->name);
    out->quad_class = event_info->quad_class;
    out->has_goldstein = true;
    out->goldstein = event_info->goldstein;
    out->plover_event.assign(event_info->plover_event);
    out->plover_mode.assign(event_info->plover_mode);
    out->plover_context.assign(event_info->plover_context);
  }
  out->modality.assign(coder::EventModalityName(e.modality));
  out->confidence = std::round(double(e.confidence) * 100) / 100;
  out->verb.assign(e.verb);
  out->pattern.assign(e.pattern);
  out->pattern_source.assign(e.pattern_origin);
  out->note.assign(e.note);
  out->span_begin = e.span_begin;
  out->span_end = e.span_end;
  FillWhereWhenHowMany(doc, e, out);
}

}  // namespace tocsin::io
