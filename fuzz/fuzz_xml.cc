// PETRARCH XML: the input reader and the tolerant XML scanner under it.
#include <cstdint>
#include <string>

#include "io/input.h"
#include "io/xml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  tocsin::io::XmlDocument doc = tocsin::io::ReadPetrarchXml(text);
  (void)doc;
  tocsin::io::InputOptions options;
  options.format = tocsin::io::InputFormat::kPetrarchXml;
  tocsin::io::InputCallbacks cb;
  cb.record = [](tocsin::io::InputRecord&&) {};
  cb.error = [](const tocsin::io::InputError&) {};
  tocsin::io::ReadInputData(text, "fuzz.xml", options, cb);
  return 0;
}
