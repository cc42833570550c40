#include "geo/place_names.h"

namespace tocsin::geo {
namespace {

// Generated from Unicode's decompositions: each Latin letter with marks as
// its base letter (ø, ł, đ, ħ, æ, ß and the like by hand).
// Base letters of U+00C0..U+024F ('-': none).
constexpr std::string_view kLatinC0To24F =
    "aaaaaaaceeeeiiiidnooooo-ouuuuytsaaaaaaaceeeeiiiidnooooo-ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkk-lllllll"
    "lllnnnnnn-nnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
    "bb-----cc-d------ffg---ikkl--nnooo--pp------tt-uu-vyyzz---------"
    "----dddlllnnnaaiioouuuuuuuuuu-aaaa----ggkkoooo--jdddgg--nnaa----"
    "aaaaeeeeiiiioooorrrruuuusstt--hhn---zzaaeeooooooooyy-------ccl-s"
    "z--bu-eejj--rryy";
// Base letters of U+1E00..U+1EFF ('-': none).
constexpr std::string_view kLatinExtendedAdditional =
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
    "wwwwwwwwwwxxxxyyzzzzzzhtwyas--s-aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy------";

// The character `text[*i...]` stands for in a key: a lower-case letter or
// digit, ' ' for a separator, 0 for nothing. Advances *i past it.
char KeyChar(std::string_view text, size_t* i) {
  const unsigned char c = static_cast<unsigned char>(text[*i]);
  if (c < 0x80) {
    ++*i;
    if (c >= 'A' && c <= 'Z') return char(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return char(c);
    if (c == '\'' || c == '.' || c == '`') return 0;
    return ' ';
  }
  // Multi-byte: decode two- and three-byte sequences, skip anything else.
  uint32_t cp = 0;
  size_t len = 1;
  if ((c & 0xE0) == 0xC0 && *i + 1 < text.size()) {
    cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(text[*i + 1]) & 0x3F);
    len = 2;
  } else if ((c & 0xF0) == 0xE0 && *i + 2 < text.size()) {
    cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(text[*i + 1]) & 0x3F) << 6) |
         (static_cast<unsigned char>(text[*i + 2]) & 0x3F);
    len = 3;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
  }
  *i += len;
  char base = '-';
  if (cp >= 0xC0 && cp < 0x250) base = kLatinC0To24F[cp - 0xC0];
  else if (cp >= 0x1E00 && cp < 0x1F00) base = kLatinExtendedAdditional[cp - 0x1E00];
  if (base != '-') return base;
  if (cp == 0xD7 || cp == 0xF7) return ' ';  // × ÷
  // Apostrophes and the half rings of Arabic transliteration ("Khuzā‘ah", "Sanʿāʾ").
  if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BB || cp == 0x02BE || cp == 0x02BF || cp == 0x00B4)
    return 0;
  if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2014 || cp == 0x00A0) return ' ';
  return 0;  // other scripts and signs: no key character (such names are not in the gazetteer)
}

}  // namespace

void AppendPlaceKey(std::string_view text, std::string* out) {
  const size_t start = out->size();
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    const char k = KeyChar(text, &i);
    if (k == 0) continue;
    if (k == ' ') {
      pending_space = out->size() > start;
      continue;
    }
    if (pending_space) out->push_back(' ');
    pending_space = false;
    out->push_back(k);
  }
}

std::string PlaceKey(std::string_view text) {
  std::string key;
  AppendPlaceKey(text, &key);
  return key;
}

uint64_t PlaceKeyHash(std::string_view key) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace tocsin::geo
