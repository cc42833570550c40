// Gold-standard files in all three formats, and geo gold.
#include <cstdint>
#include <string>

#include "eval/geo_gold.h"
#include "eval/gold.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (auto format : {tocsin::eval::GoldFormat::kOwn, tocsin::eval::GoldFormat::kPetrarchXml,
                      tocsin::eval::GoldFormat::kJson}) {
    tocsin::eval::GoldSet set;
    tocsin::eval::ReadGold(text, "fuzz", format, &set);
  }
  tocsin::eval::GeoGoldSet geo;
  tocsin::eval::ReadGeoGold(text, "fuzz", &geo);
  return 0;
}
