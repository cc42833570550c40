// The lookup form of a place name, shared by the gazetteer's builder and the
// geoparser so that "Córdoba", "CORDOBA" and "Cordoba" meet, as do
// "Sana'a"/"Sanaa", "Nagorno-Karabakh"/"Nagorno Karabakh" and "St. Louis"/
// "St Louis": ASCII lower case, Latin letters with diacritics folded to their
// base letter, apostrophes and periods dropped, runs of spaces, hyphens and
// underscores made one space, no space at either end.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tocsin::geo {

// Appends the lookup form of `text` to `out` (which is not cleared).
void AppendPlaceKey(std::string_view text, std::string* out);
std::string PlaceKey(std::string_view text);
// 64-bit FNV-1a of a lookup form: the gazetteer's index is keyed by it.
uint64_t PlaceKeyHash(std::string_view key);

}  // namespace tocsin::geo
