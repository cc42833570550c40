#include "pipeline/locate.h"

#include <algorithm>

namespace tocsin::pipeline {
namespace {

using syntax::Analysis;

// The verb groups whose places, dates and counts are an event's own: its
// verb's, the verbs coordinated with it ("form ... and send"), the -ing
// clauses that elaborate it (", killing 14 and wounding dozens"), each in
// turn, and for an infinitive ("tried to pressure") the verb it completes.
struct Clause {
  int32_t vgs[8];
  int count = 0;
  bool Has(int32_t v) const { return v >= 0 && std::find(vgs, vgs + count, v) != vgs + count; }
  void Add(int32_t v) {
    if (v >= 0 && count < 8 && !Has(v)) vgs[count++] = v;
  }
};

Clause ClauseOf(const Analysis& a, int32_t v) {
  Clause c;
  if (v < 0) return c;
  c.Add(v);
  if (a.vgs[v].infinitive) c.Add(a.vgs[v].governor);
  for (int i = 0; i < c.count; ++i) {
    const int32_t at = c.vgs[i];
    c.Add(a.vgs[at].conjunct_of);
    c.Add(a.vgs[at].adverbial_of);
    for (size_t k = 0; k < a.vgs.size(); ++k)
      if (a.vgs[k].conjunct_of == at || a.vgs[k].adverbial_of == at) c.Add(int32_t(k));
  }
  return c;
}

// The token of the event's verb (or event noun), or UINT32_MAX when it is
// not a view of the document.
uint32_t EventVerbToken(const syntax::AnalyzedDocument& ad, const coder::Event& e) {
  const text::Document& doc = ad.doc;
  if (e.verb.empty() || e.verb.data() < doc.text.data() || e.verb.data() >= doc.text.data() + doc.text.size())
    return UINT32_MAX;
  const uint32_t offset = uint32_t(e.verb.data() - doc.text.data());
  const Analysis& a = ad.sentences[e.sentence_index];
  for (uint32_t t = a.token_begin; t < a.token_end; ++t)
    if (doc.tokens[t].bytes.begin == offset) return t;
  return UINT32_MAX;
}

int32_t EventVerbGroup(const syntax::AnalyzedDocument& ad, const coder::Event& e) {
  const uint32_t t = EventVerbToken(ad, e);
  return t == UINT32_MAX ? -1 : ad.sentences[e.sentence_index].VgAt(t);
}

uint32_t Distance(const geo::TimeMention& t, uint32_t token) {
  if (token == UINT32_MAX) return t.token_begin;
  return t.token_end <= token ? token - t.token_end : t.token_begin - token;
}

uint16_t CountryIndexOf(const geo::Gazetteer& g, const coder::CodedActor& actor, bool has) {
  return has ? g.CountryIndex(actor.country) : geo::kNoCountry;
}

// "the border with Ukraine" said by Belarus: the countries the text names,
// completed by the event's actors.
std::optional<geo::Location> BorderLocation(const geo::Gazetteer& g, const geo::BorderMention& b,
                                            const coder::Event& e) {
  uint16_t sides[2] = {b.countries[0], b.countries[1]};
  for (uint16_t actor : {CountryIndexOf(g, e.source, e.has_source), CountryIndexOf(g, e.target, e.has_target)}) {
    if (actor == geo::kNoCountry || actor == sides[0] || actor == sides[1]) continue;
    if (sides[0] == geo::kNoCountry) sides[0] = actor;
    else if (sides[1] == geo::kNoCountry) sides[1] = actor;
  }
  if (sides[0] == geo::kNoCountry || sides[1] == geo::kNoCountry) return std::nullopt;
  const geo::Border* border = g.FindBorder(sides[0], sides[1]);
  if (!border) return std::nullopt;
  uint16_t first = std::min(sides[0], sides[1]), second = std::max(sides[0], sides[1]);
  const geo::Country &a = g.country(first), &c = g.country(second);
  geo::Location loc;
  loc.name = std::string(g.Name(g.place(a.place))) + "-" + std::string(g.Name(g.place(c.place))) + " border";
  const uint16_t target = CountryIndexOf(g, e.target, e.has_target);
  const geo::Country& home = (target == sides[0] || target == sides[1]) ? g.country(target) : g.country(sides[0]);
  loc.country = std::string_view(home.iso3, 3);
  loc.lat = border->lat;
  loc.lon = border->lon;
  loc.precision = "region";
  loc.method = geo::LocationMethod::kClause;
  return loc;
}

std::optional<geo::Location> ClauseLocation(const geo::Gazetteer& g, const geo::DocumentReadings& r, const coder::Event& e,
                                            const Clause& clause) {
  // The first place of the event's own verb, else of the clause; a city or
  // region before a country ("in Russia's Belgorod region").
  uint32_t best_token = UINT32_MAX;
  int best_rank = 4;
  std::optional<geo::Location> best;
  for (const geo::PlaceMention& m : r.places.InSentence(e.sentence_index)) {
    if (m.role != geo::PlaceRole::kPlace || !clause.Has(m.vg)) continue;
    const int rank = (m.vg == clause.vgs[0] ? 0 : 2) + (g.place(m.place).kind == geo::PlaceKind::kCountry);
    if (rank < best_rank || (rank == best_rank && m.token_begin < best_token)) {
      best_rank = rank;
      best_token = m.token_begin;
      best = geo::LocationOf(g, m.place, geo::LocationMethod::kClause);
    }
  }
  for (const geo::BorderMention& b : r.places.borders) {
    if (b.sentence != e.sentence_index || !clause.Has(b.vg) || b.token_begin > best_token) continue;
    if (auto loc = BorderLocation(g, b, e)) {
      best_token = b.token_begin;
      best = std::move(loc);
    }
  }
  return best;
}

std::optional<geo::Location> ActorLocation(const geo::Gazetteer& g, const coder::Event& e) {
  for (auto [actor, has] : {std::pair{&e.target, e.has_target}, std::pair{&e.source, e.has_source}}) {
    const uint16_t c = CountryIndexOf(g, *actor, has);
    if (c != geo::kNoCountry) return geo::LocationOf(g, g.country(c).place, geo::LocationMethod::kActor);
  }
  return std::nullopt;
}

bool Violent(const coder::Event& e) {
  const std::string_view root = std::string_view(e.cameo).substr(0, 2);
  return root == "14" || root == "15" || root == "17" || root == "18" || root == "19" || root == "20";
}

}  // namespace

void ActorCountries(const geo::Gazetteer& g, std::span<const coder::Event> events, std::vector<uint16_t>* out) {
  out->clear();
  for (const coder::Event& e : events) {
    if (e.has_source) out->push_back(g.CountryIndex(e.source.country));
    if (e.has_target) out->push_back(g.CountryIndex(e.target.country));
  }
}

void LocateEvents(const geo::Gazetteer& g, const syntax::AnalyzedDocument& ad, const geo::DocumentReadings& r,
                  std::vector<coder::Event>* events) {
  const std::optional<geo::CivilDate> document_date = geo::ParseCivilDate(ad.doc.date);
  for (coder::Event& e : *events) {
    const Analysis& a = ad.sentences[e.sentence_index];
    const Clause clause = ClauseOf(a, EventVerbGroup(ad, e));

    e.location = ClauseLocation(g, r, e, clause);
    if (!e.location && r.places.dateline_place >= 0)
      e.location = geo::LocationOf(g, uint32_t(r.places.dateline_place), geo::LocationMethod::kDateline);
    if (!e.location && r.places.dominant_place >= 0)
      e.location = geo::LocationOf(g, uint32_t(r.places.dominant_place), geo::LocationMethod::kDocument);
    if (!e.location) e.location = ActorLocation(g, e);

    e.event_date.reset();
    e.event_date_text = {};
    // The clause's own time expression nearest the verb ("CHISINAU, March 14
    // - Moldova on Thursday accused ..."), else the unattached one nearest it.
    const uint32_t verb_token = EventVerbToken(ad, e);
    const geo::TimeMention* own = nullptr;
    const geo::TimeMention* unattached = nullptr;
    for (const geo::TimeMention& t : r.TimesIn(e.sentence_index)) {
      if (clause.Has(t.vg) && (!own || Distance(t, verb_token) < Distance(*own, verb_token))) own = &t;
      if (t.vg < 0 && (!unattached || Distance(t, verb_token) < Distance(*unattached, verb_token))) unattached = &t;
    }
    if (const geo::TimeMention* t = own ? own : unattached) {
      e.event_date = t->date;
      const auto& tokens = ad.doc.tokens;
      e.event_date_text = std::string_view(ad.doc.text).substr(
          tokens[t->token_begin].bytes.begin, tokens[t->token_end - 1].bytes.end - tokens[t->token_begin].bytes.begin);
    } else if (document_date) {
      e.event_date = geo::EventDate{*document_date, *document_date, geo::DatePrecision::kDay};
    }

    e.quantities.clear();
    for (const geo::Quantity& q : r.QuantitiesIn(e.sentence_index))
      if (clause.Has(q.vg) || (q.vg < 0 && Violent(e))) e.quantities.push_back(q);
  }
}

}  // namespace tocsin::pipeline
