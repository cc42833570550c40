#include "builtin/embedded.h"

namespace tocsin {

std::optional<std::string_view> EmbeddedFile(std::string_view name) {
  size_t count = 0;
  const EmbeddedEntry* entries = BuiltinEmbeddedEntries(&count);
  return FindEmbedded(entries, count, name);
}

std::vector<std::string_view> EmbeddedFileNames(std::string_view prefix) {
  size_t count = 0;
  const EmbeddedEntry* entries = BuiltinEmbeddedEntries(&count);
  std::vector<std::string_view> names;
  for (size_t i = 0; i < count; ++i)
    if (std::string_view(entries[i].name).starts_with(prefix)) names.push_back(entries[i].name);
  return names;
}

}  // namespace tocsin
