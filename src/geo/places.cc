#include "geo/places.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "base/strings.h"
#include "geo/place_names.h"
#include "lex/tagset.h"

namespace tocsin::geo {
namespace {

using syntax::Analysis;
using text::Token;

constexpr uint32_t kMaxNameTokens = 5;
// Cities this large are found without a phrase of place or the story's
// country ("rioting spread to Manchester").
constexpr uint32_t kSelfEvidentCity = 250000;

// Lower-case words that may join the capitalised words of one name
// ("Sea of Azov", "Bosnia and Herzegovina", "Bab el-Mandeb").
bool IsNameConnector(std::string_view w) {
  return w == "of" || w == "and" || w == "the" || w == "de" || w == "del" || w == "el" || w == "al" ||
         w == "la" || w == "le" || w == "du" || w == "des" || w == "upon" || w == "on";
}

// Words after a name that make it a first-level region ("Kharkiv region").
bool IsRegionWord(std::string_view w) {
  return w == "region" || w == "province" || w == "oblast" || w == "governorate" || w == "state" ||
         w == "district" || w == "county" || w == "prefecture" || w == "department";
}

// Prepositions of place and direction beyond the word class's (which lists
// those that say where an event happened): the ones that say where an act
// went ("sent troops to the border", "shelling along the front").
bool IsDirectionPreposition(std::string_view w) {
  return w == "to" || w == "into" || w == "towards" || w == "toward" || w == "along" || w == "on" ||
         w == "over" || w == "through" || w == "within" || w == "off" || w == "across" || w == "onto";
}

bool IsCurated(PlaceKind k) {
  return k == PlaceKind::kRegion || k == PlaceKind::kWater || k == PlaceKind::kContested;
}

// A name found in the text, before it is resolved.
struct Candidate {
  uint32_t sentence = 0, token_begin = 0, token_end = 0;
  std::span<const uint32_t> places;
  bool region_word = false;  // ends in "region", "province", ...
  bool locative = false;     // in a phrase of place ("in", "near", "to the ...")
  bool speaker = false;      // subject of a reporting verb ("Lincoln said")
  bool countries_only = false;  // an abbreviation ("U.N.", "EU"): a country's or nothing
  bool modifier = false;     // a country naming something else's ("U.S. troops", "the Belarus-Ukraine border")
  int32_t vg = -1;
  int32_t np = -1;
  int32_t qualifier = -1;    // the candidate that qualifies it: "London, Ontario"
  bool qualifies = false;    // it qualifies the name before it: a larger place
  int64_t resolved = -1;
};

class DocumentParser {
 public:
  DocumentParser(const Gazetteer& g, const lex::WordClasses& words, const syntax::AnalyzedDocument& ad,
                 DocumentPlaces* out)
      : g_(g), words_(words), ad_(ad), doc_(ad.doc), out_(out) {}

  void Run(std::span<const uint16_t> actor_countries) {
    key_.reserve(64);
    for (uint32_t s = 0; s < ad_.sentences.size(); ++s) FindNames(s);
    FindQualifiers();
    // The countries the document is about: its actors', and those of names
    // with only one reading or that name a country or a curated region.
    anchors_.assign(g_.country_count(), 0);
    for (uint16_t c : actor_countries)
      if (c < anchors_.size()) anchors_[c] = 1;
    for (const Candidate& c : cands_) {
      const Place& top = g_.place(c.places[0]);
      if ((c.places.size() == 1 || top.kind == PlaceKind::kCountry || top.kind == PlaceKind::kCapital ||
           IsCurated(top.kind)) &&
          top.country != kNoCountry)
        anchors_[top.country] = 1;
    }
    for (Candidate& c : cands_) c.resolved = Resolve(c, false);
    for (Candidate& c : cands_)
      if (c.qualifier >= 0) c.resolved = Resolve(c, true);
    FindBorders();
    for (const Candidate& c : cands_)
      if (c.resolved >= 0 && !(c.modifier && g_.place(uint32_t(c.resolved)).kind == PlaceKind::kCountry)) Emit(c);
    FindDateline();
    FindDominant();
  }

 private:
  std::string_view Lower(uint32_t t) const { return doc_.TokenLower(doc_.tokens[t]); }
  bool Capitalized(uint32_t t) const {
    return doc_.tokens[t].Has(text::kCapitalized) || doc_.tokens[t].Has(text::kAllCaps);
  }
  bool ProperNoun(uint32_t t) const { return lex::IsProperNoun(lex::Tag(doc_.tokens[t].tag)); }

  std::span<const uint32_t> Lookup(uint32_t begin, uint32_t end) {
    key_.clear();
    AppendPlaceKey(std::string_view(doc_.text).substr(doc_.tokens[begin].bytes.begin,
                                                      doc_.tokens[end - 1].bytes.end - doc_.tokens[begin].bytes.begin),
                   &key_);
    if (key_.empty()) return {};
    return g_.Find(PlaceKeyHash(key_));
  }

  // A headline in title case ("Belarus Sends Troops To Border") capitalises
  // every word, so a capital there says nothing about names.
  bool TitleCase(const Analysis& a) const {
    if (!ad_.doc.sentences[&a - ad_.sentences.data()].headline) return false;
    uint32_t words = 0, capitalised = 0;
    for (uint32_t t = a.token_begin; t < a.token_end; ++t) {
      if (doc_.tokens[t].Has(text::kPunct) || doc_.tokens[t].Has(text::kNumber)) continue;
      ++words;
      capitalised += Capitalized(t);
    }
    return words >= 3 && capitalised * 10 >= words * 7;
  }

  void FindNames(uint32_t s) {
    const Analysis& a = ad_.sentences[s];
    const bool title_case = TitleCase(a);
    for (uint32_t t = a.token_begin; t < a.token_end;) {
      // A name starts with a capital: a proper noun, or any word capitalised
      // where capitals mean names ("the West Bank", whose "West" tags as an
      // adjective), that is not at the start of a sentence or in a headline
      // in title case.
      const bool name_start = ProperNoun(t) || (!title_case && !doc_.tokens[t].Has(text::kSentenceStart));
      if (!Capitalized(t) || !name_start) {
        ++t;
        continue;
      }
      uint32_t found_end = 0;
      std::span<const uint32_t> found;
      // The words a name may span: capitalised ones, connectors between them
      // and a region word at the end.
      uint32_t limit = t + 1;
      while (limit < a.token_end && limit - t < kMaxNameTokens &&
             (Capitalized(limit) || IsNameConnector(Lower(limit)) || IsRegionWord(Lower(limit))))
        ++limit;
      for (uint32_t end = limit; end > t; --end) {
        const std::string_view last = Lower(end - 1);
        if (end - 1 > t && IsNameConnector(last)) continue;
        if (end - 1 > t && !Capitalized(end - 1) && !IsRegionWord(last)) continue;
        found = Lookup(t, end);
        if (!found.empty()) {
          found_end = end;
          break;
        }
      }
      if (found.empty()) {
        ++t;
        continue;
      }
      // Part of a longer proper name ("Jordan Peterson", "Paris Hilton", "Kyiv Independent").
      const bool name_before = !title_case && t > a.token_begin && Capitalized(t - 1) && ProperNoun(t - 1);
      const bool name_after =
          !title_case && found_end < a.token_end && Capitalized(found_end) && ProperNoun(found_end);
      if (!name_before && !name_after) {
        Candidate c;
        c.sentence = s;
        c.token_begin = t;
        c.token_end = found_end;
        c.places = found;
        c.region_word = IsRegionWord(Lower(found_end - 1));
        const Token& first = doc_.tokens[t];
        c.countries_only = found_end == t + 1 && (first.Has(text::kAbbreviation) ||
                                                   (first.Has(text::kAllCaps) && first.bytes.size() <= 3));
        Attach(a, &c);
        if (c.np >= 0) {
          const syntax::NounPhrase& np = a.nps[c.np];
          c.modifier = np.head >= found_end && np.possessor_end <= t;
        }
        cands_.push_back(c);
      }
      t = found_end;
    }
  }

  // Where the name stands: its noun phrase, whether a phrase of place holds
  // it, and the verb group whose action it locates.
  void Attach(const Analysis& a, Candidate* c) const {
    int32_t np = a.NpAt(c->token_begin);
    c->np = np;
    for (int hop = 0; np >= 0 && hop < 4; ++hop) {
      // "to Birmingham, Manchester and Liverpool": where the first conjunct is.
      if (a.nps[np].first_conjunct >= 0) np = a.nps[np].first_conjunct;
      int32_t pp = -1;
      for (size_t i = 0; i < a.pps.size(); ++i)
        if (a.pps[i].np == np) pp = int32_t(i);
      if (pp >= 0) {
        const auto& p = a.pps[pp];
        const std::string_view prep = Lower(p.prep);
        // "the town of Kupiansk", "the outskirts of Kyiv": the place is where the noun it names is.
        if (prep == "of" && p.modifies_np >= 0) {
          np = p.modifies_np;
          continue;
        }
        if (!words_.Has(lex::WordClass::kLocativePrepositions, prep) && !IsDirectionPreposition(prep)) return;
        c->locative = true;
        if (p.vg >= 0) {
          c->vg = p.vg;
          return;
        }
        np = p.modifies_np;  // "in three areas close to the border": where the areas are
        continue;
      }
      for (size_t k = 0; k < a.vgs.size(); ++k) {
        const syntax::VerbGroup& vg = a.vgs[k];
        if (vg.subject == np && vg.voice == syntax::Voice::kPassive) {
          c->vg = int32_t(k);
          c->locative = true;
          return;
        }
        if (vg.subject == np && words_.Has(lex::WordClass::kReporting, doc_.tokens[vg.main].lemma))
          c->speaker = true;
        if (vg.object == np || (c->locative && vg.subject == np)) {  // "police in Kyiv arrested ..."
          c->vg = int32_t(k);
          return;
        }
      }
      if (a.nps[np].appositive_of < 0) return;
      np = a.nps[np].appositive_of;  // "the capital, Sanaa"
    }
  }

  // "London, Ontario", "Córdoba (Argentina)", "Kupiansk in the Kharkiv region".
  void FindQualifiers() {
    for (size_t i = 0; i + 1 < cands_.size(); ++i) {
      Candidate& c = cands_[i];
      const Candidate& next = cands_[i + 1];
      if (next.sentence != c.sentence || next.token_begin <= c.token_end) continue;
      uint32_t t = c.token_end;
      const std::string_view w = Lower(t);
      if (w == "," || w == "(") {
        ++t;
      } else if (w == "in") {
        ++t;
        if (t < next.token_begin && Lower(t) == "the") ++t;
      }
      if (t == next.token_begin && t != c.token_end) {
        c.qualifier = int32_t(i + 1);
        cands_[i + 1].qualifies = true;
      }
    }
  }

  int64_t Resolve(const Candidate& c, bool with_qualifier) const {
    const Place* qualifier = nullptr;
    if (with_qualifier && cands_[c.qualifier].resolved >= 0) qualifier = &g_.place(uint32_t(cands_[c.qualifier].resolved));
    double best_score = -1e9;
    int64_t best = -1;
    for (uint32_t id : c.places) {
      const Place& p = g_.place(id);
      if (c.countries_only && p.kind != PlaceKind::kCountry) continue;
      double score = 0;
      const bool anchored = p.country != kNoCountry && anchors_[p.country];
      const bool locative = c.locative || c.qualifies;
      switch (p.kind) {
        case PlaceKind::kCountry: score = 30; break;
        case PlaceKind::kContested:
        case PlaceKind::kRegion:
        case PlaceKind::kWater: score = 22; break;
        case PlaceKind::kCapital: score = 20 + std::log10(double(p.population) + 1); break;
        case PlaceKind::kAdmin1:
          // Named bare, outside a phrase of place and the story's countries,
          // a region is more likely a word ("the West", "Centre").
          if (!c.region_word && !locative && !qualifier && !anchored) continue;
          score = c.region_word || c.qualifies ? 26 : 12;
          break;
        case PlaceKind::kCity: {
          score = 4 * std::log10(double(p.population) + 1);
          // A town, not a capital or a curated place, with nothing saying it
          // is a place and no tie to the story's countries is more likely a
          // word or a name ("Obama said", "Police").
          // A city big enough to be news on its own needs neither.
          if (!locative && !qualifier && (c.speaker || (p.population < kSelfEvidentCity &&
                                                          (!anchored || p.population < 10000))))
            continue;
          break;
        }
      }
      if (anchored) score += 8;
      if (qualifier) {
        const bool same_country = qualifier->country == p.country && p.country != kNoCountry;
        if (qualifier->kind == PlaceKind::kCountry && same_country) score += 30;
        // A region by name ("London, Ontario") or, for the curated regions
        // whose names differ from the lists' ("Kharkiv region" for
        // "Kharkivska oblast"), by distance.
        const bool in_region =
            PlaceKey(g_.Admin1(p)) == PlaceKey(g_.Name(*qualifier)) ||
            DistanceKm(p.lat, p.lon, qualifier->lat, qualifier->lon) < std::max(300.0, 10.0 * qualifier->radius_km_div10);
        if (qualifier->kind != PlaceKind::kCountry && same_country && in_region) score += 30;
      }
      if (score > best_score) {
        best_score = score;
        best = id;
      }
    }
    return best;
  }

  void Emit(const Candidate& c) {
    const Analysis& a = ad_.sentences[c.sentence];
    PlaceMention m;
    m.sentence = c.sentence;
    m.token_begin = c.token_begin;
    m.token_end = c.token_end;
    m.place = uint32_t(c.resolved);
    m.vg = c.vg;
    const Place& p = g_.place(m.place);
    const bool state_like = p.kind == PlaceKind::kCountry || p.kind == PlaceKind::kCapital;
    if (state_like && !c.locative && c.np >= 0) {
      const syntax::NounPhrase& np = a.nps[c.np];
      const bool possessor = np.possessor_end > c.token_begin && np.possessor_end >= c.token_end;
      const bool places_head = possessor && words_.Has(lex::WordClass::kPlaceNouns, doc_.tokens[np.head].lemma);
      // "The United States and Britain carried out strikes": the chain's
      // first phrase holds its role.
      const int32_t role_np = np.first_conjunct >= 0 ? np.first_conjunct : c.np;
      bool acts = false, agent = false;
      for (const syntax::VerbGroup& vg : a.vgs) {
        if (vg.subject == role_np && vg.voice == syntax::Voice::kActive) acts = true;
        if (vg.agent == role_np && vg.voice == syntax::Voice::kPassive) acts = agent = true;  // "ordered by Ankara"
      }
      // The object of an act on a party ("warned Chisinau", "sanctioned
      // Iran") rather than on a place ("shelled Kyiv", "fled Tunisia").
      const int32_t object_of = ObjectOf(a, role_np);
      if (object_of >= 0 && !words_.Has(lex::WordClass::kPlaceObjects, doc_.tokens[a.vgs[object_of].main].lemma))
        acts = true;
      if ((acts || possessor) && !places_head && (!np.object_of_preposition || agent)) m.role = PlaceRole::kGovernment;
      if (m.role == PlaceRole::kGovernment) m.vg = -1;
    }
    out_->mentions.push_back(m);
  }

  // The verb group whose object `np` is, or -1.
  static int32_t ObjectOf(const Analysis& a, int32_t np) {
    for (size_t k = 0; k < a.vgs.size(); ++k)
      if (a.vgs[k].object == np) return int32_t(k);
    return -1;
  }

  // Noun phrases headed by "border" or "frontier", with the countries named
  // in them ("the Belarus-Ukraine border", "Ukraine's borders") or after
  // them ("the border with Ukraine", "between Israel and Lebanon").
  void FindBorders() {
    for (uint32_t s = 0; s < ad_.sentences.size(); ++s) {
      const Analysis& a = ad_.sentences[s];
      for (size_t n = 0; n < a.nps.size(); ++n) {
        const syntax::NounPhrase& np = a.nps[n];
        const std::string_view head = doc_.tokens[np.head].lemma;
        if (head != "border" && head != "frontier" && head != "boundary") continue;
        BorderMention b;
        b.sentence = s;
        b.token_begin = np.begin;
        b.token_end = np.end;
        int found = 0;
        auto add_country = [&](uint32_t begin, uint32_t end) {
          for (const Candidate& c : cands_) {
            if (c.sentence != s || c.resolved < 0 || c.token_begin < begin || c.token_end > end || found == 2)
              continue;
            const Place& p = g_.place(uint32_t(c.resolved));
            if (p.kind == PlaceKind::kCountry && p.country != kNoCountry && (found == 0 || b.countries[0] != p.country))
              b.countries[found++] = p.country;
          }
        };
        add_country(np.begin, np.end);
        // "the Belarus-Ukraine border": one token naming both sides.
        for (uint32_t t = np.begin; t < np.end && found < 2; ++t) {
          if (!doc_.tokens[t].Has(text::kHasHyphen)) continue;
          for (std::string_view part : Split(doc_.TokenText(doc_.tokens[t]), '-')) {
            for (uint32_t id : g_.Find(PlaceKeyHash(PlaceKey(part)))) {
              const Place& p = g_.place(id);
              if (p.kind == PlaceKind::kCountry && found < 2 && (found == 0 || b.countries[0] != p.country))
                b.countries[found++] = p.country;
              break;  // only the likeliest reading of each part
            }
          }
        }
        for (const syntax::PrepPhrase& pp : a.pps) {
          const std::string_view prep = Lower(pp.prep);
          if (pp.modifies_np == int32_t(n) && pp.np >= 0 && (prep == "with" || prep == "between")) {
            const syntax::NounPhrase& with = a.nps[pp.np];
            uint32_t end = with.end;
            for (int32_t next = with.next_conjunct; next >= 0; next = a.nps[next].next_conjunct) end = a.nps[next].end;
            add_country(with.begin, end);
            b.token_end = std::max(b.token_end, end);
          }
        }
        Candidate where;
        where.token_begin = np.head;
        Attach(a, &where);
        b.vg = where.vg;
        out_->borders.push_back(b);
      }
    }
  }

  // "GOMA, Feb 2 (AFP) -", "KYIV, Ukraine (AP) -": the first name of each
  // dateline, qualified by a country after it.
  void FindDateline() {
    if (doc_.datelines.empty()) return;
    const text::ByteRange line = doc_.datelines.front();
    uint32_t t = 0;
    while (t < doc_.tokens.size() && doc_.tokens[t].bytes.begin < line.begin) ++t;
    for (uint32_t end = std::min<uint32_t>(t + 4, uint32_t(doc_.tokens.size())); end > t; --end) {
      if (doc_.tokens[end - 1].bytes.end > line.end || doc_.tokens[end - 1].Has(text::kPunct)) continue;
      const auto places = Lookup(t, end);
      if (places.empty()) continue;
      // A country right after the comma settles the reading.
      // A country or region right after the comma settles the reading
      // ("KYIV, Ukraine (AP) -", "JENIN, West Bank (AP) -").
      uint16_t country = kNoCountry;
      int64_t qualifier = -1;
      uint32_t qualifier_end = 0;
      if (end + 1 < doc_.tokens.size() && Lower(end) == ",") {
        for (uint32_t q_end = std::min<uint32_t>(end + 4, uint32_t(doc_.tokens.size())); q_end > end + 1 && qualifier < 0;
             --q_end) {
          if (doc_.tokens[q_end - 1].bytes.end > line.end || doc_.tokens[q_end - 1].Has(text::kPunct)) continue;
          for (uint32_t id : Lookup(end + 1, q_end)) {
            const Place& p = g_.place(id);
            if (p.kind == PlaceKind::kCity || p.kind == PlaceKind::kCapital || p.country == kNoCountry) continue;
            country = p.country;
            qualifier = id;
            qualifier_end = q_end;
            break;
          }
        }
      }
      // Else a country the story is about ("JENIN, West Bank (AP) - Israel
      // ..."), else the largest.
      int64_t best = -1;
      auto rank = [&](const Place& p) {
        const bool anchored = p.country != kNoCountry && anchors_[p.country];
        return std::pair(p.kind == PlaceKind::kCountry || anchored, p.population);
      };
      for (uint32_t id : places) {
        const Place& p = g_.place(id);
        if (country != kNoCountry && p.country != country) continue;
        if (best < 0 || rank(p) > rank(g_.place(uint32_t(best)))) best = id;
      }
      out_->dateline_place = best;
      out_->dateline_begin = t;
      out_->dateline_end = end;
      if (qualifier >= 0) {
        out_->dateline_qualifier = qualifier;
        out_->dateline_qualifier_begin = end + 1;
        out_->dateline_qualifier_end = qualifier_end;
      }
      return;
    }
  }

  void FindDominant() {
    int best_count = 0;
    for (size_t i = 0; i < out_->mentions.size(); ++i) {
      const PlaceMention& m = out_->mentions[i];
      if (m.role != PlaceRole::kPlace) continue;
      int count = 0;
      for (const PlaceMention& other : out_->mentions)
        if (other.place == m.place && other.role == PlaceRole::kPlace) ++count;
      const bool finer = g_.place(m.place).kind != PlaceKind::kCountry;
      const bool best_finer =
          out_->dominant_place >= 0 && g_.place(uint32_t(out_->dominant_place)).kind != PlaceKind::kCountry;
      if (count > best_count || (count == best_count && finer && !best_finer)) {
        best_count = count;
        out_->dominant_place = m.place;
      }
    }
  }

  const Gazetteer& g_;
  const lex::WordClasses& words_;
  const syntax::AnalyzedDocument& ad_;
  const text::Document& doc_;
  DocumentPlaces* out_;
  std::vector<Candidate> cands_;
  std::vector<uint8_t> anchors_;
  std::string key_;
};

}  // namespace

std::string_view PlaceRoleName(PlaceRole r) { return r == PlaceRole::kPlace ? "place" : "government"; }

void DocumentPlaces::Clear() {
  mentions.clear();
  borders.clear();
  dateline_place = dominant_place = -1;
  dateline_begin = dateline_end = 0;
  dateline_qualifier = -1;
  dateline_qualifier_begin = dateline_qualifier_end = 0;
}

std::span<const PlaceMention> DocumentPlaces::InSentence(uint32_t sentence) const {
  const auto first = std::lower_bound(mentions.begin(), mentions.end(), sentence,
                                      [](const PlaceMention& m, uint32_t s) { return m.sentence < s; });
  auto last = first;
  while (last != mentions.end() && last->sentence == sentence) ++last;
  return {first, last};
}

void Geoparser::Find(const syntax::AnalyzedDocument& doc, std::span<const uint16_t> actor_countries,
                     DocumentPlaces* out) const {
  out->Clear();
  DocumentParser(gazetteer_, words_, doc, out).Run(actor_countries);
}

}  // namespace tocsin::geo
