// JSON Lines input records.
#include <cstdint>
#include <string>

#include "io/input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tocsin::io::InputOptions options;
  options.format = tocsin::io::InputFormat::kJsonl;
  options.max_record_bytes = 4096;
  tocsin::io::InputCallbacks cb;
  size_t records = 0;
  cb.record = [&](tocsin::io::InputRecord&& r) { records += r.text.size() > 0; };
  cb.error = [](const tocsin::io::InputError& e) { (void)e.Message(); };
  tocsin::io::ReadInputData(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.jsonl", options, cb);
  return 0;
}
