#include "coder/entity_memory.h"

#include "coder/actor_code.h"

namespace tocsin::coder {
namespace {

bool IsHe(std::string_view p) { return p == "he" || p == "him" || p == "his" || p == "himself"; }
bool IsShe(std::string_view p) { return p == "she" || p == "her" || p == "hers" || p == "herself"; }
bool IsIt(std::string_view p) { return p == "it" || p == "its" || p == "itself"; }
bool IsThey(std::string_view p) { return p == "they" || p == "them" || p == "their" || p == "themselves"; }

}  // namespace

const EntityMemory::Entity* EntityMemory::ResolveNominal(const dict::Ontology& ontology, Nominal kind,
                                                         std::string_view sector, uint32_t sentence,
                                                         uint32_t token) const {
  for (auto it = entities_.rbegin(); it != entities_.rend(); ++it) {
    const Entity& e = *it;
    if (e.sentence == sentence && e.token >= token) continue;
    if (sentence > e.sentence + 2) break;
    switch (kind) {
      case Nominal::kPerson:
        if (e.person && !e.plural && e.actor.sector == sector && !e.actor.country.empty()) return &e;
        break;
      case Nominal::kGroup:
        if (IsGroupLike(ontology, e.actor)) return &e;
        break;
      case Nominal::kCountry:
        if (!e.actor.country.empty() && !e.place) return &e;
        break;
    }
  }
  return nullptr;
}

bool EntityMemory::ResolvePair(Nominal kind, uint32_t sentence, uint32_t token, bool addressed,
                               const Entity* out[2]) const {
  auto collect = [&](bool earlier_sentences_only) {
    size_t found = 0;
    for (auto it = entities_.rbegin(); it != entities_.rend() && found < 2; ++it) {
      const Entity& e = *it;
      if (e.sentence == sentence && (e.token >= token || earlier_sentences_only)) continue;
      if (sentence > e.sentence + 2) break;
      if (e.actor.country.empty() || e.place || e.located) continue;
      if (kind == Nominal::kPerson && !(e.person && !e.plural)) continue;
      // Two parties, not one named twice: "Colombia" and "the Colombian
      // government" are one; the government and the ELN rebels are two.
      if (found == 1 &&
          (out[0]->actor.code.starts_with(e.actor.code) || e.actor.code.starts_with(out[0]->actor.code)))
        continue;
      out[found++] = &e;
    }
    return found == 2;
  };
  // "Qatar and Egypt, which brokered the deal, urged both sides": the sides
  // addressed are the parties named before, not those who address them.
  return (addressed && collect(true)) || collect(false);
}

const EntityMemory::Entity* EntityMemory::Resolve(std::string_view p, uint32_t sentence, uint32_t token,
                                                  uint32_t exclude) const {
  auto fits = [&](const Entity& e) {
    if (IsHe(p) || IsShe(p)) {
      if (!e.person || e.plural) return false;
      return !e.gender || e.gender == (IsHe(p) ? 'm' : 'f');
    }
    if (IsIt(p)) return !e.person && !e.plural;
    if (IsThey(p)) return !(e.person && !e.plural);
    return false;
  };
  auto visible = [&](const Entity& e) {
    if (e.sentence == sentence && e.token == exclude) return false;
    return !(e.sentence == sentence && e.token >= token) && sentence <= e.sentence + 3;
  };
  // A subject of this or the previous sentence first ("Iran promised France that
  // it would ..."), then the most recent mention that fits; places last.
  // Entities are in the order mentioned: the look back stops at the first too old.
  for (auto it = entities_.rbegin(); it != entities_.rend() && sentence <= it->sentence + 1; ++it)
    if (visible(*it) && it->subject && !it->place && fits(*it)) return &*it;
  const Entity* place = nullptr;
  for (auto it = entities_.rbegin(); it != entities_.rend() && sentence <= it->sentence + 3; ++it) {
    if (!visible(*it) || !fits(*it)) continue;
    if (it->place) {
      if (!place) place = &*it;
      continue;
    }
    return &*it;
  }
  return place;
}

}  // namespace tocsin::coder
