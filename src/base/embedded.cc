#include "base/embedded.h"

namespace tocsin {

std::optional<std::string_view> FindEmbedded(const EmbeddedEntry* entries, size_t count, std::string_view name) {
  for (size_t i = 0; i < count; ++i)
    if (name == entries[i].name) return std::string_view(entries[i].begin, size_t(entries[i].end - entries[i].begin));
  return std::nullopt;
}

}  // namespace tocsin
