#include "dict/words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "base/strings.h"
#include "lex/tagset.h"
#include "text/tokenizer.h"

namespace tocsin::dict {

std::vector<std::string> NameWords(std::string_view phrase) {
  std::vector<text::Token> tokens;
  text::Tokenize(phrase, {0, uint32_t(phrase.size())}, &tokens);
  std::vector<std::string> words;
  for (const text::Token& t : tokens)
    words.push_back(AsciiLowered(phrase.substr(t.bytes.begin, t.bytes.size())));
  if (words.size() > 1 && words[0] == "the") words.erase(words.begin());
  return words;
}

std::string NounWord(std::string_view lower, const lex::Lexicon& lexicon) {
  if (auto e = lexicon.Find(lower)) {
    if ((e->tags & lex::Bit(lex::NNS)) && !e->noun_lemma.empty()) return std::string(e->noun_lemma);
  }
  return std::string(lower);
}

std::vector<std::string> NounWords(std::string_view phrase, const lex::Lexicon& lexicon) {
  std::vector<std::string> words = NameWords(phrase);
  for (std::string& w : words) w = NounWord(w, lexicon);
  return words;
}

std::string_view NounForm(const text::Document& doc, const text::Token& token) {
  if (token.tag == lex::NNS || token.tag == lex::NNPS) return token.lemma;
  return doc.TokenLower(token);
}

bool HasUpperCase(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = int32_t(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c > 0 && u_isupper(c)) return true;
  }
  return false;
}

bool ParseDictDate(std::string_view s, bool end, int* out) {
  int y = 0, m = 0, d = 0;
  auto digits = [&](std::string_view part, int* v) {
    if (part.empty()) return false;
    *v = 0;
    for (char c : part) {
      if (!IsAsciiDigit(c)) return false;
      *v = *v * 10 + (c - '0');
    }
    return true;
  };
  auto parts = Split(s, '-', false);
  if (parts.size() > 3 || parts[0].size() != 4 || !digits(parts[0], &y)) return false;
  if (parts.size() >= 2 && (parts[1].size() != 2 || !digits(parts[1], &m) || m < 1 || m > 12)) return false;
  if (parts.size() == 3 && (parts[2].size() != 2 || !digits(parts[2], &d) || d < 1 || d > 31)) return false;
  if (parts.size() == 1) {
    m = end ? 12 : 1;
    d = end ? 31 : 1;
  } else if (parts.size() == 2) {
    d = end ? 31 : 1;
  }
  *out = y * 10000 + m * 100 + d;
  return true;
}

}  // namespace tocsin::dict
