// The CAMEO event ontology (data/ontology/, docs/ontology.md): every event code
// with its name, Goldstein weight and QuadClass, its PLOVER event, mode and
// context, and the three-letter parts of actor codes.
#pragma once

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
  std::string plover_event;  // empty when PLOVER has no event for it ("-")
  std::string plover_mode;
  std::string plover_context;
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
  // The meaning of a three-letter actor-code part ("GOV"), or nullptr.
  const std::string* ActorType(std::string_view part) const;
  const std::vector<EventInfo>& events() const { return events_; }

 private:
  std::vector<EventInfo> events_;
  std::unordered_map<std::string, size_t> by_code_;
  std::unordered_map<std::string, std::string> actor_types_;
};

}  // namespace tocsin::dict
