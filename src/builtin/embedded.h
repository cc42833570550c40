// The data files compiled into the builtin layer: dictionaries, ontology
// tables, word classes, the lexicon and the tagger model (base/embedded.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "base/embedded.h"

namespace tocsin {

// Defined in the builtin layer's generated index (cmake/Embed.cmake).
const EmbeddedEntry* BuiltinEmbeddedEntries(size_t* count);

std::optional<std::string_view> EmbeddedFile(std::string_view name);
// Names that start with `prefix`, in build order.
std::vector<std::string_view> EmbeddedFileNames(std::string_view prefix);

}  // namespace tocsin
