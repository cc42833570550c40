#include "io/event_writer.h"

#include <cstdio>

#include "io/json_writer.h"

namespace tocsin::io {
namespace {

std::string SentenceText(const syntax::AnalyzedDocument& analyzed, uint32_t index) {
  std::string s(analyzed.doc.SentenceText(analyzed.doc.sentences[index]));
  for (char& c : s)
    if (c == '\n' || c == '\t') c = ' ';  // hard-wrapped lines: same byte offsets, one line
  return s;
}

void Actor(JsonWriter& w, const text::Document& doc, bool present, const coder::CodedActor& a) {
  if (!present) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("text").String(a.Text(doc));
  w.Key("code").String(a.code);
  w.Key("country");
  if (a.country.empty()) w.Null();
  else w.String(a.country);
  w.Key("sector");
  if (a.sector.empty()) w.Null();
  else w.String(a.sector);
  w.EndObject();
}

void Evidence(JsonWriter& w, const text::Document& doc, const coder::CodedActor& a) {
  for (const coder::Evidence& e : a.evidence) w.String(e.Text(doc));
}

}  // namespace

void AppendEventJson(const syntax::AnalyzedDocument& analyzed, const coder::Event& e, const dict::Ontology& ontology,
                     std::string* out) {
  const dict::EventInfo* info = ontology.Event(e.cameo);
  JsonWriter w(out);
  w.BeginObject();
  w.Key("doc_id").String(analyzed.doc.id);
  w.Key("sentence_index").Int(e.sentence_index);
  w.Key("sentence").String(SentenceText(analyzed, e.sentence_index));
  w.Key("date");
  if (analyzed.doc.date.empty()) w.Null();
  else w.String(analyzed.doc.date);
  w.Key("source");
  Actor(w, analyzed.doc, e.has_source, e.source);
  w.Key("target");
  Actor(w, analyzed.doc, e.has_target, e.target);
  w.Key("cameo").String(e.cameo);
  w.Key("cameo_name");
  if (info) w.String(info->name);
  else w.Null();  // a code from a user's dictionary that CAMEO 1.1b3 lacks
  w.Key("root").String(dict::Ontology::Root(e.cameo));
  w.Key("quad_class");
  if (info) w.Int(info->quad_class);
  else w.Null();
  w.Key("goldstein");
  if (info) w.Double(info->goldstein);
  else w.Null();
  w.Key("plover").BeginObject();
  w.Key("event");
  if (!info || info->plover_event.empty()) w.Null();
  else w.String(info->plover_event);
  w.Key("mode");
  if (!info || info->plover_mode.empty()) w.Null();
  else w.String(info->plover_mode);
  w.Key("context");
  if (!info || info->plover_context.empty()) w.Null();
  else w.String(info->plover_context);
  w.EndObject();
  w.Key("modality").String(coder::EventModalityName(e.modality));
  w.Key("confidence").Double(e.confidence, 2);
  w.Key("evidence").BeginObject();
  w.Key("verb").String(e.verb);
  w.Key("pattern").String(e.pattern);
  w.Key("pattern_source").String(e.pattern_origin);
  w.Key("span").BeginArray().Int(e.span_begin).Int(e.span_end).EndArray();
  w.Key("source_entries").BeginArray();
  if (e.has_source) Evidence(w, analyzed.doc, e.source);
  w.EndArray();
  w.Key("target_entries").BeginArray();
  if (e.has_target) Evidence(w, analyzed.doc, e.target);
  w.EndArray();
  if (!e.note.empty()) w.Key("note").String(e.note);
  w.EndObject();
  w.EndObject();
  out->push_back('\n');
}

std::string EventTsvHeader() {
  return "date\tsource\ttarget\tcameo\troot\tquad_class\tgoldstein\tplover\tmodality\tconfidence\tdoc_id\tsentence_index"
         "\tsource_text\ttarget_text\tverb\tsentence\n";
}

void AppendEventTsv(const syntax::AnalyzedDocument& analyzed, const coder::Event& e, const dict::Ontology& ontology,
                    std::string* out) {
  const dict::EventInfo* info = ontology.Event(e.cameo);
  auto field = [&](std::string_view s) {
    for (char c : s) out->push_back(c == '\t' || c == '\n' ? ' ' : c);
    out->push_back('\t');
  };
  char goldstein[32] = "";
  if (info) std::snprintf(goldstein, sizeof goldstein, "%.1f", info->goldstein);
  field(analyzed.doc.date);
  field(e.has_source ? e.source.code : "");
  field(e.has_target ? e.target.code : "");
  field(e.cameo);
  field(dict::Ontology::Root(e.cameo));
  field(info ? std::to_string(info->quad_class) : "");
  field(goldstein);
  field(info ? info->plover_event : "");
  field(coder::EventModalityName(e.modality));
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", double(e.confidence));
  field(confidence);
  field(analyzed.doc.id);
  field(std::to_string(e.sentence_index));
  field(e.has_source ? e.source.Text(analyzed.doc) : "");
  field(e.has_target ? e.target.Text(analyzed.doc) : "");
  field(e.verb);
  field(SentenceText(analyzed, e.sentence_index));
  out->back() = '\n';
}

}  // namespace tocsin::io
