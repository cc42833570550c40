#include "coder/actor_code.h"

#include "base/strings.h"

namespace tocsin::coder {

int DateNumber(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return kUndated;
  int v = 0;
  for (char c : date) {
    if (c == '-') continue;
    if (!IsAsciiDigit(c)) return kUndated;
    v = v * 10 + (c - '0');
  }
  return v;
}

void DescribeCode(const dict::Dictionaries& dict, CodedActor* a) {
  const std::string& c = a->code;
  a->country.clear();
  a->sector.clear();
  if (c.size() >= 3 && dict.country_codes.count(std::string_view(c).substr(0, 3))) {
    a->country = c.substr(0, 3);
    if (c.size() >= 6) a->sector = c.substr(3, 3);
  } else if (c.starts_with("---")) {
    if (c.size() >= 6) a->sector = c.substr(3, 3);
  } else if (c.size() >= 3) {
    a->sector = c.substr(0, 3);
  }
}

bool IsNonStateCode(const dict::Ontology& ontology, std::string_view code) {
  return code.starts_with("---") || ontology.ActorIs(code.substr(0, 3), dict::kNonState);
}

bool IsGroupLike(const dict::Ontology& ontology, const CodedActor& a) {
  if (a.code.starts_with("---")) return false;
  if (ontology.ActorIs(std::string_view(a.code).substr(0, 3), dict::kNonState)) return true;
  return a.code.size() >= 6 && ontology.ActorIs(a.sector, dict::kGroup);
}

}  // namespace tocsin::coder
