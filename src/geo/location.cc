#include "geo/location.h"

namespace tocsin::geo {

std::string_view LocationMethodName(LocationMethod m) {
  switch (m) {
    case LocationMethod::kClause: return "clause";
    case LocationMethod::kDateline: return "dateline";
    case LocationMethod::kDocument: return "document";
    case LocationMethod::kActor: return "actor";
  }
  return "?";
}

}  // namespace tocsin::geo
