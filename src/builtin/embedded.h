// Data files compiled into libtocsin (not into libtocsin_core) (dictionaries, ontology tables, the
// lexicon and the tagger model), so the `tocsin` binary needs no data
// directory. Names are paths relative to data/ ("dict/verbs.txt") or the
// names of build-time artefacts ("lexicon.bin", "tagger.bin").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace tocsin {

struct EmbeddedEntry {
  const char* name;
  const char* begin;
  const char* end;
};

// Defined in the generated embedded_index.cc of the library that embeds data.
const EmbeddedEntry* EmbeddedEntries(size_t* count);

std::optional<std::string_view> EmbeddedFile(std::string_view name);
// Names that start with `prefix`, in build order.
std::vector<std::string_view> EmbeddedFileNames(std::string_view prefix);

}  // namespace tocsin
