#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <string>

namespace tocsin::text {
namespace {

const icu::Normalizer2* Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfc;
}

// Appends output while collapsing spaces and recording provenance.
class Writer {
 public:
  explicit Writer(NormalizedText* out) : out_(out) {}

  void Char(char c, uint32_t origin) {
    if (c == ' ') {
      // No space at line start, none doubled, none before a newline.
      if (out_->text.empty() || out_->text.back() == ' ' || out_->text.back() == '\n') return;
    } else if (c == '\n') {
      if (!out_->text.empty() && out_->text.back() == ' ') {
        out_->text.pop_back();
        out_->to_original.pop_back();
      }
    }
    out_->text.push_back(c);
    out_->to_original.push_back(origin);
  }
  void Str(std::string_view s, uint32_t origin) {
    for (char c : s) Char(c, origin);
  }
  // Printable ASCII other than the space, which needs no mapping: copied at
  // once, each byte credited to itself.
  void Plain(const char* p, uint32_t n, uint32_t origin) {
    out_->text.append(p, n);
    size_t at = out_->to_original.size();
    out_->to_original.resize(at + n);
    for (uint32_t k = 0; k < n; ++k) out_->to_original[at + k] = origin + k;
  }
  void CodePoint(UChar32 cp, uint32_t origin) {
    if (cp < 0x80) {
      if (cp == '\r' || cp == '\n') return Char('\n', origin);
      if (cp < 0x20 || cp == 0x7f) return Char(' ', origin);
      return Char(char(cp), origin);
    }
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
        return Char('\'', origin);
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return Char('"', origin);
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
        return Char('-', origin);
      case 0x2014: case 0x2015:  // em dash and bar separate clauses, never join words
        return Str(" - ", origin);
      case 0x2026:
        return Str("...", origin);
      case 0x2028: case 0x2029: case 0x0085:
        return Char('\n', origin);
      case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
        return Char(' ', origin);
      case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
        return;  // invisible: zero-width characters, BOM, soft hyphen
      default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200A) return Char(' ', origin);
    if (cp >= 0x80 && cp < 0xA0) return Char(' ', origin);  // C1 controls
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), len, cp);
    for (int32_t i = 0; i < len; ++i) {
      out_->text.push_back(buf[i]);
      out_->to_original.push_back(origin);
    }
  }

 private:
  NormalizedText* out_;
};

}  // namespace

Utf8Error FindInvalidUtf8(std::string_view raw) {
  const auto* s = reinterpret_cast<const uint8_t*>(raw.data());
  int32_t length = int32_t(raw.size());
  int32_t i = 0;
  while (i < length) {
    // Eight ASCII bytes at a time: most text is ASCII.
    uint64_t eight;
    if (i + 8 <= length && (std::memcpy(&eight, s + i, 8), (eight & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 cp;
    U8_NEXT(s, i, length, cp);
    // Lines are counted only for the message.
    if (cp < 0) return {size_t(start), size_t(1 + std::count(raw.begin(), raw.begin() + start, '\n'))};
  }
  return {};
}

Status Normalize(std::string_view raw, NormalizedText* out) {
  out->text.clear();
  out->to_original.clear();
  out->text.reserve(raw.size());
  out->to_original.reserve(raw.size() + 1);
  if (raw.size() >= UINT32_MAX) return Status::Error("document larger than 4 GiB");
  Utf8Error bad = FindInvalidUtf8(raw);
  if (bad.line != 0)
    return Status::Error("invalid UTF-8 at line " + std::to_string(bad.line) + ", byte " +
                         std::to_string(bad.byte));
  const icu::Normalizer2* nfc = Nfc();
  if (!nfc) return Status::Error("ICU NFC normaliser unavailable");

  Writer writer(out);
  const auto* s = reinterpret_cast<const uint8_t*>(raw.data());
  int32_t length = int32_t(raw.size());
  int32_t i = 0;
  std::string segment_utf8;
  while (i < length) {
    // A run of printable ASCII: no mapping, no normalisation (its last byte
    // is left for the paths below when a combining mark could follow it).
    int32_t run = i;
    while (run < length && s[run] > 0x20 && s[run] < 0x7f) ++run;
    if (run < length && s[run] >= 0x80) --run;
    if (run > i) {
      writer.Plain(raw.data() + i, uint32_t(run - i), uint32_t(i));
      i = run;
      continue;
    }
    // Fast path: ASCII not followed by a combining mark.
    if (s[i] < 0x80 && (i + 1 >= length || s[i + 1] < 0x80)) {
      if (s[i] == '\r' && i + 1 < length && s[i + 1] == '\n') {
        ++i;  // CRLF -> LF, credited to the LF
        continue;
      }
      writer.CodePoint(s[i], uint32_t(i));
      ++i;
      continue;
    }
    // A normalisation segment: one starter and the characters that combine with it.
    int32_t start = i;
    UChar32 cp;
    U8_NEXT(s, i, length, cp);
    while (i < length) {
      int32_t next = i;
      UChar32 following;
      U8_NEXT(s, next, length, following);
      if (nfc->hasBoundaryBefore(following)) break;
      i = next;
    }
    icu::UnicodeString segment = icu::UnicodeString::fromUTF8(
        icu::StringPiece(raw.data() + start, i - start));
    UErrorCode status = U_ZERO_ERROR;
    if (!nfc->isNormalized(segment, status)) {
      status = U_ZERO_ERROR;
      segment = nfc->normalize(segment, status);
    }
    for (int32_t k = 0; k < segment.length();) {
      UChar32 c = segment.char32At(k);
      writer.CodePoint(c, uint32_t(start));
      k += U16_LENGTH(c);
    }
  }
  // Trim trailing whitespace; the end maps to just after the last character kept.
  while (!out->text.empty() && (out->text.back() == ' ' || out->text.back() == '\n')) {
    out->text.pop_back();
    out->to_original.pop_back();
  }
  uint32_t end = 0;
  if (!out->to_original.empty()) {
    uint32_t last = out->to_original.back();
    end = last + uint32_t(U8_COUNT_TRAIL_BYTES(uint8_t(raw[last])) + 1);
  }
  out->to_original.push_back(std::min<uint32_t>(end, uint32_t(raw.size())));
  return Status();
}

}  // namespace tocsin::text
