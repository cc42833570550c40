#include "syntax/analysis.h"

namespace tocsin::syntax {

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kReported: return "reported";
    case Modality::kAttempted: return "attempted";
    case Modality::kIntended: return "intended";
    case Modality::kPossible: return "possible";
    case Modality::kHypothetical: return "hypothetical";
  }
  return "asserted";
}

void Analysis::Clear() {
  chunks.clear();
  nps.clear();
  pps.clear();
  vgs.clear();
  np_at.clear();
  vg_at.clear();
}

}  // namespace tocsin::syntax
