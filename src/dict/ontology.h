// The CAMEO event ontology (data/ontology/, docs/ontology.md): every event code
// with its name, Goldstein weight and QuadClass, its PLOVER event, mode and
// context, the properties the coder reads (violent, symmetric, needs a
// target) and the codes of a threat, a commitment, an appeal, a demand and a
// refusal to do it; and the three-letter parts of actor codes with their flags.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace tocsin::dict {

struct EventInfo {
  std::string code;
  std::string name;
  double goldstein = 0;
  int quad_class = 0;
  bool violent = false;       // force against people or places
  bool symmetric = false;     // done by two parties with each other
  bool needs_target = false;  // an act done to someone: printed only with a target
  std::string threat;         // the code of a threat to do it
  std::string intent;         // the code of a commitment to do it
  std::string appeal;         // the code of an appeal for it, or empty
  std::string demand;         // the code of a demand for it, or empty
  std::string refusal;        // the code of refusing to do it ("would not withdraw"), or empty
  std::string plover_event;   // empty when PLOVER has no event for it ("-")
  std::string plover_mode;
  std::string plover_context;
};

// Flags of a three-letter actor-code part (actor_types.tsv's `flags`).
enum ActorFlag : uint16_t {
  kOrgan = 1 << 0,        // an organ of the state
  kForce = 1 << 1,        // the state's forces
  kArmed = 1 << 2,
  kIrregular = 1 << 3,    // armed outside the state
  kGroup = 1 << 4,        // an organised group with an identity of its own
  kCivilian = 1 << 5,
  kInstitution = 1 << 6,  // a body rather than people
  kNonState = 1 << 7,     // prefix of a non-state or transnational actor
};

class Ontology {
 public:
  // Parses the three tables; every problem is reported with file and line.
  static Result<Ontology> Parse(std::string_view events_tsv, std::string_view plover_tsv,
                                std::string_view actor_types_tsv);

  const EventInfo* Event(std::string_view code) const;
  bool IsEventCode(std::string_view code) const { return Event(code) != nullptr; }
  // "15" for "154"; the root of a CAMEO code is its first two digits.
  static std::string_view Root(std::string_view code) { return code.substr(0, 2); }
  // Whether `code` is a known violent act.
  bool IsViolent(std::string_view code) const {
    const EventInfo* e = Event(code);
    return e && e->violent;
  }
  // The meaning of a three-letter actor-code part ("GOV"), or nullptr.
  const std::string* ActorType(std::string_view part) const;
  // Its flags (ActorFlag bits); 0 for an unknown part.
  uint16_t ActorFlags(std::string_view part) const;
  bool ActorIs(std::string_view part, ActorFlag flag) const { return (ActorFlags(part) & flag) != 0; }
  const std::vector<EventInfo>& events() const { return events_; }

 private:
  std::vector<EventInfo> events_;
  std::unordered_map<uint32_t, uint32_t> by_code_;  // CodeKey(code) -> index into events_
  std::unordered_map<std::string, std::string> actor_types_;
  std::unordered_map<uint32_t, uint16_t> actor_flags_;  // by the part's three letters
};

}  // namespace tocsin::dict
