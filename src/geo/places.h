// Geoparsing: the place names of an analysed document, each resolved to one
// gazetteer entry, with what it is doing in its sentence.
//
//   find      capitalised proper-noun runs (and "Kharkiv region", "Sea of
//             Azov") that name a gazetteer entry, longest first; a name inside
//             a longer name ("Jordan Peterson", "Kyiv Independent") is not one
//   resolve   each candidate scored by its kind and population, the countries
//             the document is about (its actors' and its unambiguous places'),
//             and explicit context: "London, Ontario", "Córdoba, Argentina",
//             "Kupiansk in the Kharkiv region"; a small town needs a locative
//             phrase or a country the document is about
//   role      a country or capital that acts ("Ankara rejected the plan",
//             "Moscow's plan") stands for its government; in a prepositional
//             phrase, or renaming one ("on the capital, Sanaa"), it is a place
//   attach    the verb group whose action the place locates: through a
//             locative phrase ("in Minsk", "near Toretsk", "to the border"),
//             as the subject of a passive ("Kharkiv was shelled") or the object
//             of an act ("bombed Kharkiv")
//
// Borders ("the border with Ukraine", "the Belarus-Ukraine border", "his
// country's borders") are kept apart with the countries the text names: the
// pipeline completes them from the event's actors.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "geo/gazetteer.h"
#include "lex/word_classes.h"
#include "syntax/analyzer.h"

namespace tocsin::geo {

enum class PlaceRole : uint8_t { kPlace, kGovernment };
std::string_view PlaceRoleName(PlaceRole r);  // "place", "government"

struct PlaceMention {
  uint32_t sentence = 0;                    // index into the document's sentences
  uint32_t token_begin = 0, token_end = 0;  // document tokens of the name
  uint32_t place = 0;                       // gazetteer entry
  PlaceRole role = PlaceRole::kPlace;
  int32_t vg = -1;  // the verb group (Analysis::vgs) whose action it locates, or -1
};

struct BorderMention {
  uint32_t sentence = 0;
  uint32_t token_begin = 0, token_end = 0;  // the noun phrase, with its "with"/"between" phrase ("the border with Ukraine")
  uint16_t countries[2] = {kNoCountry, kNoCountry};  // those the text names, in order
  int32_t vg = -1;
};

struct DocumentPlaces {
  std::vector<PlaceMention> mentions;  // in document order
  std::vector<BorderMention> borders;
  int64_t dateline_place = -1;  // gazetteer entry of the dateline's place ("GOMA, Feb 2 (AFP) -"), or -1
  uint32_t dateline_begin = 0, dateline_end = 0;  // its tokens (outside every sentence)
  int64_t dateline_qualifier = -1;  // the country or region that qualifies it ("KYIV, Ukraine (AP) -"), or -1
  uint32_t dateline_qualifier_begin = 0, dateline_qualifier_end = 0;
  int64_t dominant_place = -1;  // the place the document names most often (city or region first), or -1
  void Clear();
  // The mentions of one sentence.
  std::span<const PlaceMention> InSentence(uint32_t sentence) const;
};

class Geoparser {
 public:
  Geoparser(const Gazetteer& gazetteer, const lex::WordClasses& words) : gazetteer_(gazetteer), words_(words) {}

  // `actor_countries`: gazetteer country indices of the document's actors
  // (may be empty: `tocsin analyze` has no actors).
  void Find(const syntax::AnalyzedDocument& doc, std::span<const uint16_t> actor_countries, DocumentPlaces* out) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  const Gazetteer& gazetteer_;
  const lex::WordClasses& words_;
};

}  // namespace tocsin::geo
