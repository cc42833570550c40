#include "io/analysis_writer.h"

#include "io/event_record.h"
#include "io/json_writer.h"
#include "io/quantities_json.h"
#include "lex/tagset.h"

namespace tocsin::io {

using syntax::NounPhraseText;

namespace {

std::string_view Span(const text::Document& doc, uint32_t first, uint32_t end) {
  uint32_t b = doc.tokens[first].bytes.begin, e = doc.tokens[end - 1].bytes.end;
  return std::string_view(doc.text).substr(b, e - b);
}

// A noun phrase with its coordinated partners: "the US and its allies".
void PhraseOrNull(JsonWriter& w, const text::Document& doc, const syntax::Analysis& a, int32_t np) {
  if (np < 0) {
    w.Null();
    return;
  }
  if (a.nps[np].next_conjunct < 0) {
    w.String(NounPhraseText(doc, a, np));
    return;
  }
  std::string joined;
  for (int32_t p = np; p >= 0; p = a.nps[p].next_conjunct) {
    if (!joined.empty()) joined += " + ";
    joined += NounPhraseText(doc, a, p);
  }
  w.String(joined);
}

void Location(JsonWriter& w, const geo::Location& l) {
  w.BeginObject();
  w.Key("name").String(l.name);
  w.Key("country").StringOrNull(l.country);
  w.Key("admin1").StringOrNull(l.admin1);
  w.Key("lat").Double(l.lat, 4);
  w.Key("lon").Double(l.lon, 4);
  w.Key("precision").String(l.precision);
  w.Key("method").String(geo::LocationMethodName(l.method));
  w.EndObject();
}

// The span as [start, end) byte offsets in the original text, like tokens'.
void Offsets(JsonWriter& w, const text::Document& doc, uint32_t first, uint32_t end) {
  w.Key("span").BeginArray();
  w.Int(doc.to_original[doc.tokens[first].bytes.begin]).Int(doc.to_original[doc.tokens[end - 1].bytes.end]);
  w.EndArray();
}

void GeoFields(JsonWriter& w, const text::Document& doc, uint32_t sentence, const GeoContext& geo) {
  const geo::Gazetteer& g = geo.gazetteer;
  w.Key("places").BeginArray();
  for (const geo::PlaceMention& m : geo.readings.places.InSentence(sentence)) {
    w.BeginObject();
    w.Key("text").String(Span(doc, m.token_begin, m.token_end));
    Offsets(w, doc, m.token_begin, m.token_end);
    w.Key("role").String(geo::PlaceRoleName(m.role));
    w.Key("kind").String(geo::PlaceKindName(g.place(m.place).kind));
    w.Key("place");
    Location(w, geo::LocationOf(g, m.place, geo::LocationMethod::kClause));
    w.EndObject();
  }
  w.EndArray();
  w.Key("borders").BeginArray();
  for (const geo::BorderMention& b : geo.readings.places.borders) {
    if (b.sentence != sentence) continue;
    w.BeginObject();
    w.Key("text").String(Span(doc, b.token_begin, b.token_end));
    Offsets(w, doc, b.token_begin, b.token_end);
    w.Key("countries").BeginArray();
    for (uint16_t c : b.countries)
      if (c != geo::kNoCountry) w.String(std::string_view(g.country(c).iso3, 3));
    w.EndArray();
    // A point only when the text names both sides; events complete the
    // other side from their actors.
    const geo::Border* point = b.countries[1] != geo::kNoCountry ? g.FindBorder(b.countries[0], b.countries[1]) : nullptr;
    w.Key("lat");
    if (point) w.Double(point->lat, 4);
    else w.Null();
    w.Key("lon");
    if (point) w.Double(point->lon, 4);
    else w.Null();
    w.EndObject();
  }
  w.EndArray();
  w.Key("location");
  if (auto l = geo::SentenceLocation(g, geo.readings, sentence)) Location(w, *l);
  else w.Null();
  w.Key("times").BeginArray();
  for (const geo::TimeMention& t : geo.readings.TimesIn(sentence)) {
    w.BeginObject();
    w.Key("text").String(Span(doc, t.token_begin, t.token_end));
    w.Key("value");
    if (t.date) w.String(t.date->Value());
    else w.Null();
    w.Key("precision");
    if (t.date) w.String(geo::DatePrecisionName(t.date->precision));
    else w.Null();
    w.EndObject();
  }
  w.EndArray();
  std::vector<QuantityRecord> quantities(geo.readings.QuantitiesIn(sentence).size());
  for (size_t i = 0; i < quantities.size(); ++i)
    FillQuantityRecord(doc, geo.readings.QuantitiesIn(sentence)[i], &quantities[i]);
  w.Key("quantities");
  AppendQuantitiesJson(w, quantities);
}

}  // namespace

void AppendAnalysisJson(const syntax::AnalyzedDocument& analyzed, size_t index, const GeoContext* geo,
                        std::string* out) {
  const text::Document& doc = analyzed.doc;
  const text::Sentence& s = doc.sentences[index];
  const syntax::Analysis& a = analyzed.sentences[index];
  JsonWriter w(out);
  w.BeginObject();
  w.Key("doc_id").String(doc.id);
  w.Key("sentence_index").Int(int64_t(index));
  w.Key("sentence").String(doc.SentenceText(s));
  w.Key("headline").Bool(s.headline);
  if (s.cut) w.Key("cut").Bool(true);
  w.Key("tokens").BeginArray();
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    const text::Token& tok = doc.tokens[t];
    w.BeginObject();
    w.Key("text").String(doc.TokenText(tok));
    w.Key("start").Int(doc.to_original[tok.bytes.begin]);
    w.Key("end").Int(doc.to_original[tok.bytes.end]);
    w.Key("tag").String(lex::TagName(lex::Tag(tok.tag)));
    w.Key("lemma").String(tok.lemma);
    w.EndObject();
  }
  w.EndArray();
  w.Key("noun_phrases").BeginArray();
  for (const syntax::NounPhrase& np : a.nps) {
    w.BeginObject();
    w.Key("text").String(Span(doc, np.begin, np.end));
    w.Key("head").String(doc.TokenText(doc.tokens[np.head]));
    if (np.pronoun) w.Key("pronoun").Bool(true);
    w.EndObject();
  }
  w.EndArray();
  w.Key("verb_groups").BeginArray();
  for (const syntax::VerbGroup& vg : a.vgs) {
    w.BeginObject();
    w.Key("verb").String(doc.tokens[vg.main].lemma);
    w.Key("text").String(Span(doc, vg.begin, vg.end));
    w.Key("subject");
    PhraseOrNull(w, doc, a, vg.subject);
    w.Key("object");
    PhraseOrNull(w, doc, a, vg.object);
    w.Key("indirect_object");
    PhraseOrNull(w, doc, a, vg.indirect_object);
    w.Key("agent");
    PhraseOrNull(w, doc, a, vg.agent);
    w.Key("voice").String(vg.voice == syntax::Voice::kPassive ? "passive" : "active");
    w.Key("negated").Bool(vg.negated);
    syntax::Modality m = vg.conditional ? syntax::Modality::kHypothetical : vg.modality;
    if (m == syntax::Modality::kAsserted && vg.reported) m = syntax::Modality::kReported;
    w.Key("modality").String(syntax::ModalityName(m));
    w.Key("speaker");
    PhraseOrNull(w, doc, a, vg.speaker);
    w.Key("governor");
    if (vg.governor >= 0) w.String(doc.tokens[a.vgs[vg.governor].main].lemma);
    else w.Null();
    w.Key("prepositions").BeginArray();
    for (const syntax::PrepPhrase& pp : a.pps) {
      if (pp.vg < 0 || &a.vgs[pp.vg] != &vg) continue;
      w.BeginObject();
      w.Key("prep").String(doc.TokenLower(doc.tokens[pp.prep]));
      w.Key("object").String(NounPhraseText(doc, a, pp.np));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  if (geo) GeoFields(w, doc, uint32_t(index), *geo);
  w.EndObject();
  out->push_back('\n');
}

}  // namespace tocsin::io
