// An event's quantities as one JSON array, the form the event writer prints
// and the store keeps in one column: written and read back unchanged.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/event_record.h"
#include "io/json_writer.h"

namespace tocsin::io {

void AppendQuantitiesJson(JsonWriter& w, const std::vector<QuantityRecord>& quantities);
std::string QuantitiesJson(const std::vector<QuantityRecord>& quantities);
// False (and `out` cleared) for text that is not such an array; empty text
// is no quantities.
bool ParseQuantitiesJson(std::string_view json, std::vector<QuantityRecord>* out);

}  // namespace tocsin::io
