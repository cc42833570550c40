#include "coder/event.h"

namespace tocsin::coder {

std::string_view EventModalityName(EventModality m) {
  switch (m) {
    case EventModality::kAsserted: return "asserted";
    case EventModality::kReported: return "reported";
    case EventModality::kIntended: return "intended";
    case EventModality::kHypothetical: return "hypothetical";
    case EventModality::kNegated: return "negated";
  }
  return "asserted";
}

}  // namespace tocsin::coder
