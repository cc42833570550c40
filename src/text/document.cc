#include "text/document.h"

namespace tocsin::text {

void Document::Clear() {
  id.clear();
  date.clear();
  text.clear();
  lower.clear();
  to_original.clear();
  tokens.clear();
  sentences.clear();
  stripped.clear();
  datelines.clear();
  arena.Reset();
}

}  // namespace tocsin::text
