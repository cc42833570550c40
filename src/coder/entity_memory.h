// What the document has mentioned so far: the entities pronouns ("he",
// "its"), definite descriptions ("the group", "the country") and pairs ("the
// two leaders") refer back to, looked up within a few sentences.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "coder/event.h"
#include "dict/ontology.h"

namespace tocsin::coder {

class EntityMemory {
 public:
  struct Entity {
    CodedActor actor;
    char gender = 0;       // people from the dictionary
    bool person = false;   // a person, or a single person named by role ("the president")
    bool plural = false;
    bool place = false;    // a city or region: a poor antecedent for "it"
    bool located = false;  // named as where something happens ("in the Cuban capital"): no party
    bool subject = false;  // mentioned as a subject: the likelier antecedent
    uint32_t sentence = 0;
    uint32_t token = 0;    // where it was mentioned
  };
  void Clear() { entities_.clear(); }
  void Add(Entity e) { entities_.push_back(std::move(e)); }
  // The entity a pronoun (lower-case) refers to, looking back from `token` in
  // `sentence` over at most three sentences; nullptr if none fits. An entity
  // mentioned at `exclude` in the same sentence (the subject of the verb whose
  // object the pronoun is) is not a candidate.
  const Entity* Resolve(std::string_view pronoun, uint32_t sentence, uint32_t token,
                        uint32_t exclude = 0xffffffff) const;
  enum class Nominal { kPerson, kGroup, kCountry };
  // The entity a definite description refers to ("the general", "the group",
  // "the country"); for kPerson, one whose code has `sector`.
  const Entity* ResolveNominal(const dict::Ontology& ontology, Nominal kind, std::string_view sector,
                               uint32_t sentence, uint32_t token) const;
  // The two parties "the two leaders" (kPerson) or "both countries"
  // (kCountry) refer to: the last two entities of that kind that are not one
  // party named twice (neither code extends the other), most recent first.
  // False if there are not two.
  // When the pair is `addressed` (a verb's object: "Qatar and Egypt urged
  // both sides"), the parties of earlier sentences come first.
  bool ResolvePair(Nominal kind, uint32_t sentence, uint32_t token, bool addressed, const Entity* out[2]) const;

 private:
  std::vector<Entity> entities_;
};

}  // namespace tocsin::coder
