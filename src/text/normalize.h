// Normalisation: validates UTF-8, applies Unicode NFC, maps typographic quotes,
// dashes, spaces and ellipses to the ASCII forms the later stages expect, drops
// invisible characters, turns CR/LF into LF and collapses runs of spaces.
// Every output byte records the input byte it came from, so offsets can always
// be reported against the original text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tocsin::text {

struct NormalizedText {
  std::string text;
  std::vector<uint32_t> to_original;  // size text.size() + 1
};

// Fails on invalid UTF-8, naming the line and byte offset of the first bad byte.
Status Normalize(std::string_view raw, NormalizedText* out);

// The offset (1-based line, 0-based byte) of the first invalid UTF-8 sequence,
// or nullopt-like {0,0} when `raw` is valid.
struct Utf8Error {
  size_t byte = 0;
  size_t line = 0;  // 0 when the input is valid
};
Utf8Error FindInvalidUtf8(std::string_view raw);

}  // namespace tocsin::text
