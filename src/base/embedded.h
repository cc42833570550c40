// Data files compiled into a library (cmake/Embed.cmake), so the `tocsin`
// binary needs no data directory: each embedding library's generated index
// lists its files under a function of its own (builtin's dictionaries,
// tables and models; text's conventions). Names are paths relative to data/
// ("dict/verbs.txt") or the names of build-time artefacts ("tagger.bin").
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

// The bytes of the entry named `name` among entries[0, count), or nullopt.
std::optional<std::string_view> FindEmbedded(const EmbeddedEntry* entries, size_t count, std::string_view name);

}  // namespace tocsin
