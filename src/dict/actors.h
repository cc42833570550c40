// Actor dictionary: who a name in text stands for. Countries (with their
// adjectives, capitals, cities, regions and metonyms), people (whose code
// depends on the date: a president becomes a former president), international
// organisations and non-state groups. Loaded from tocsin's own format
// (docs/dictionaries.md) or from PETRARCH actor files (dict/petrarch.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/phrase_index.h"

namespace tocsin::dict {

enum class ActorKind : uint8_t {
  kCountry,       // "Ukraine"
  kAdjective,     // "Ukrainian", "Ukrainians"
  kCapital,       // "Kyiv": the government as an actor, the country as a place
  kPlace,         // "Kharkiv", "Donbas": the country
  kMetonym,       // "the Kremlin" = RUSGOV
  kPerson,
  kOrganization,
  kGroup,
};
std::string_view ActorKindName(ActorKind k);

struct Role {
  std::string code;
  int from = 0;          // YYYYMMDD, inclusive
  int to = 99991231;
  bool dated = false;
};

struct Actor {
  ActorKind kind = ActorKind::kCountry;
  std::string code;          // the fixed code; for people, the first role's
  std::vector<Role> roles;   // people: codes by date
  std::string name;          // canonical name
  char gender = 0;           // 'm', 'f' or 0
  std::vector<std::string> titles;
  std::string origin;        // file:line of the entry

  // The code on `date` (YYYYMMDD): the dated role covering it, else an undated
  // role, else the nearest dated role.
  std::string_view CodeOn(int date) const;
};

// One way of writing an actor in text.
struct ActorName {
  uint32_t actor = 0;
  ActorKind kind = ActorKind::kCountry;  // the name's own kind (a capital of a country, …)
  bool needs_capital = false;            // matched text must contain an upper-case letter
};

class ActorDictionary {
 public:
  uint32_t AddActor(Actor actor);
  // Adds a way of writing actor `actor`; `stem` lets the last word match as a prefix.
  void AddName(uint32_t actor, ActorKind kind, const std::vector<std::string>& words, bool stem,
               bool needs_capital);

  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<ActorName>& names() const { return names_; }
  const PhraseIndex& index() const { return index_; }
  Actor& mutable_actor(uint32_t i) { return actors_[i]; }

 private:
  std::vector<Actor> actors_;
  std::vector<ActorName> names_;
  PhraseIndex index_;
};

// Reads tocsin's own actor format into `out`. Bad lines are described in
// `errors` ("file:line: reason") and skipped; the rest is loaded.
void ReadActors(std::string_view text, std::string_view file, ActorDictionary* out,
                std::vector<std::string>* errors);

// Parses "FROM..TO" (either end may be empty) into `role`.
bool ParseRoleDates(std::string_view range, Role* role);

}  // namespace tocsin::dict
