#include "coder/context.h"

#include <algorithm>

#include "coder/patterns.h"

namespace tocsin::coder {

using lex::WordClass;

namespace {

std::string PlaceCountryWithin(const SentenceContext& s, int32_t np, int depth) {
  std::string country = s.resolver.PlaceCountry(s.a, np);
  if (!country.empty() || depth == 2) return country;
  for (const syntax::PrepPhrase& pp : s.a.pps) {
    if (pp.np < 0 || pp.modifies_np != np) continue;
    std::string_view prep = s.Lower(pp.prep);
    // "an attack on the village of X"
    if (prep != "of" && prep != "on" && !s.Is(WordClass::kLocativePrepositions, prep)) continue;
    country = PlaceCountryWithin(s, pp.np, depth + 1);
    if (!country.empty()) break;
  }
  return country;
}

// The country a story is about, when it names one far more than any other
// (at least twice, and twice as often as the next); "" otherwise.
std::string_view StoryCountry(const SentenceContext& s) {
  const std::pair<std::string, int>* first = nullptr;
  int second = 0;
  for (const auto& c : s.story_countries) {
    if (!first || c.second > first->second) {
      if (first) second = std::max(second, first->second);
      first = &c;
    } else {
      second = std::max(second, c.second);
    }
  }
  if (!first || first->second < 2 || first->second < 2 * second) return {};
  return first->first;
}

}  // namespace

std::string PlaceCountry(const SentenceContext& s, int32_t np) { return PlaceCountryWithin(s, np, 0); }

void Contextualize(const SentenceContext& s, int32_t verb_vg, std::vector<CodedActor>* actors,
                   const std::vector<CodedActor>& other, bool violent, bool is_target) {
  for (CodedActor& a : *actors) {
    if (!a.code.starts_with("---")) continue;
    std::string_view sector = a.code.size() >= 6 ? std::string_view(a.code).substr(3, 3) : "";
    // Insurgents, militants, criminals: only an explicit place says where they are from.
    bool irregular = s.SectorIs(sector, dict::kIrregular);
    std::string country;
    int32_t np = a.token_begin < s.sentence().token_end ? s.a.NpAt(a.token_begin) : -1;
    for (const syntax::PrepPhrase& pp : s.a.pps) {
      if (!country.empty() || pp.np < 0 || !s.Is(WordClass::kLocativePrepositions, s.Lower(pp.prep))) continue;
      // Protesters are where the sentence puts anything ("stormed the French embassy in Tehran").
      bool anywhere = sector == "OPP" && !is_target;
      if ((np >= 0 && pp.modifies_np == np) || (verb_vg >= 0 && pp.vg == verb_vg && pp.modifies_np < 0) || anywhere)
        country = PlaceCountry(s, pp.np);
    }
    // "rebels led by Laurent Kabila", "troops commanded by General X": the leader's country.
    if (country.empty() && np >= 0)
      for (const syntax::VerbGroup& vg : s.a.vgs) {
        if (!country.empty() || !vg.participle || vg.subject != np || vg.agent < 0) continue;
        if (!s.Is(WordClass::kLeadingVerbs, s.Lemma(vg.main))) continue;
        for (const CodedActor& leader : s.Actors(vg.agent))
          if (!leader.country.empty()) country = leader.country;
      }
    if (country.empty() && !irregular && verb_vg >= 0 && s.a.vgs[verb_vg].speaker >= 0)
      country = PlaceCountry(s, s.a.vgs[verb_vg].speaker);
    for (const CodedActor& o : other) {
      if (!country.empty() || o.country.empty() || irregular) continue;
      // Only a state's organ or a domestic group suggests a domestic event ("the
      // opposition accused the government"); a bare state does not ("the
      // government thanked China"). Violence by an army on role-only victims is
      // not presumed domestic; by police, courts, governments or insurgents it is.
      std::string_view other_sector = o.sector;
      // Protesters protest at home: even a bare country places them.
      if (other_sector.empty() && !(sector == "OPP" && !is_target)) continue;
      if (violent && is_target && other_sector == "MIL") continue;
      country = o.country;
    }
    // "the army", "the junta", "the rebels": a definite role in a story about one country is of it
    // (not when the other side is of that country too and the act is violent: armies seldom fight their own).
    bool from_story = false;
    if (country.empty() && np >= 0 && s.Lower(s.a.nps[np].begin) == "the") {
      std::string_view story = StoryCountry(s);
      bool against_own = violent && std::any_of(other.begin(), other.end(),
                                                [&](const CodedActor& o) { return o.country == story; });
      if (!story.empty() && !against_own) {
        country = std::string(story);
        from_story = true;
      }
    }
    if (country.empty()) continue;
    a.code = country + a.code.substr(3);
    a.evidence.push_back(Evidence::WithCode(
        from_story ? "country {c}: the country the story is about" : "country {c} from the context of the sentence",
        country));
    DescribeCode(s.dict, &a);
  }
}

bool NamesAnActor(const SentenceContext& s, int32_t np, const std::vector<CodedActor>& actors) {
  const syntax::NounPhrase& phrase = s.a.nps[np];
  // Unresolved pronouns and relative pronouns leave the question open.
  if (actors.empty()) return phrase.pronoun || phrase.relative;
  if (actors.size() != 1 || actors[0].code.size() != 3) return true;
  const text::Token& head = s.doc.tokens[phrase.head];
  if (!(head.tag == lex::NN || head.tag == lex::NNS)) return true;
  if (actors[0].resolved_from_context) return true;
  if (s.resolver.IsQuantity(s.doc, phrase)) return true;  // "thousands of Cubans": what it counts
  for (const Evidence& e : actors[0].evidence)
    if (!e.IsName("adjective")) return true;
  uint32_t noun_start = 0;
  if (NounPatternOf(s, np, &noun_start)) return true;  // "Russian shelling"
  return s.Is(WordClass::kCollectives, head.lemma);
}

}  // namespace tocsin::coder
