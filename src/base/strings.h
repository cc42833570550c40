// Small ASCII string helpers used across stages. Text is UTF-8; these helpers
// only ever change ASCII bytes, so byte offsets stay valid.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tocsin {

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline char AsciiLower(char c) { return IsAsciiUpper(c) ? char(c + 32) : c; }
inline char AsciiUpper(char c) { return IsAsciiLower(c) ? char(c - 32) : c; }

std::string AsciiLowered(std::string_view s);
std::string AsciiUppered(std::string_view s);
std::string_view Trim(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);
// Splits on every occurrence of `sep`; pieces are trimmed when `trim` is set.
std::vector<std::string_view> Split(std::string_view s, char sep, bool trim = true);
// Splits on runs of ASCII whitespace; no empty pieces.
std::vector<std::string_view> SplitWhitespace(std::string_view s);

// 64-bit FNV-1a; stable across runs and platforms (models and blobs store it).
inline uint64_t Hash64(std::string_view s, uint64_t seed = 0xcbf29ce484222325ull) {
  uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}
// A faster hash for tables built and read in the same run (never stored):
// eight bytes at a time, then the tail.
inline uint64_t FastHash64(std::string_view s) {
  uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    __builtin_memcpy(&v, p, 8);
    h = (h ^ v) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
  }
  if (n) {
    uint64_t v = 0;
    __builtin_memcpy(&v, p, n);
    h = (h ^ v) * 0x94d049bb133111ebull;
    h ^= h >> 29;
  }
  return h * 0xff51afd7ed558ccdull ^ (h >> 32);
}
inline uint64_t HashCombine(uint64_t a, uint64_t b) {
  a ^= b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2);
  return a * 0xff51afd7ed558ccdull;
}

}  // namespace tocsin
