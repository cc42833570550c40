// The gazetteer's builder reads data/geo/ tables that users edit, and its
// reader must reject, not trust, a damaged blob: the input is cut at NUL
// bytes into the five sources, the result (if any) is read back and looked
// up, and the input itself is tried as a blob.
#include <cstdint>
#include <string>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/gazetteer_builder.h"
#include "geo/place_names.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tocsin::geo;
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::string_view parts[5];
  size_t start = 0;
  for (int i = 0; i < 5 && start <= input.size(); ++i) {
    const size_t nul = input.find('\0', start);
    parts[i] = std::string_view(input).substr(start, nul == std::string::npos ? std::string::npos : nul - start);
    start = nul == std::string::npos ? input.size() + 1 : nul + 1;
  }
  std::vector<std::string> problems;
  auto blob = BuildGazetteer(
      {{"countries", parts[0]}, {"populated", parts[1]}, {"places", parts[2]}, {"variants", parts[3]}, {"borders", parts[4]}},
      &problems);
  const std::string* built = blob.ok() ? &blob.value() : nullptr;
  for (const std::string* b : {built, &input}) {
    if (!b) continue;
    const std::string aligned = *b;  // std::string's buffer is aligned as the embedded blob is
    auto g = Gazetteer::FromBlob(aligned);
    if (!g.ok()) continue;
    for (std::string_view part : parts)
      for (uint32_t id : g->Find(PlaceKeyHash(PlaceKey(part.substr(0, 32))))) {
        const Place& p = g->place(id);
        (void)g->Name(p);
        (void)g->Admin1(p);
        (void)g->Iso3(p);
      }
    for (uint16_t c = 0; c < g->country_count(); ++c) (void)g->FindBorder(c, uint16_t(c + 1));
  }
  return 0;
}
