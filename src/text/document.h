// The document every stage reads and extends: one normalised text buffer,
// tokens as byte ranges into it, sentences as token ranges. Later stages fill
// the per-token tag and lemma; nothing copies the text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/arena.h"

namespace tocsin::text {

struct ByteRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
};

// Shape bits of a token, computed once by the tokeniser.
enum TokenShape : uint16_t {
  kCapitalized = 1 << 0,   // first letter upper case
  kAllCaps = 1 << 1,       // two or more letters, none lower case
  kHasDigit = 1 << 2,
  kNumber = 1 << 3,        // digits with optional , . : / separators
  kHasHyphen = 1 << 4,
  kPunct = 1 << 5,         // no letters or digits at all
  kAbbreviation = 1 << 6,  // ends in '.' that belongs to the word (U.S., Gen.)
  kQuote = 1 << 7,         // a quotation mark
  kNonAscii = 1 << 8,
  kSentenceStart = 1 << 9,  // first token of its sentence
  kUrl = 1 << 10,
  kHeadline = 1 << 11,      // in a sentence the segmenter took for a headline
};

struct Token {
  ByteRange bytes;          // in Document::text
  uint16_t shape = 0;
  uint8_t tag = 0;          // lex::Tag, set by the tagger
  std::string_view lemma;   // lower-case lemma, set by the lemmatiser
  bool Has(TokenShape s) const { return (shape & s) != 0; }
};

struct Sentence {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  ByteRange bytes;          // from the first token's begin to the last token's end
  uint32_t paragraph = 0;
  bool headline = false;    // a line with no final punctuation standing alone
  bool cut = false;         // ends where an over-long sentence was cut (text/segmenter.h)
};

// A line the boilerplate filter removed, and why (shown by `tocsin explain`).
struct StrippedLine {
  ByteRange bytes;
  const char* reason;
};

struct Document {
  std::string id;
  std::string date;          // YYYY-MM-DD or empty
  std::string text;          // normalised text
  std::string lower;         // ASCII-lower-cased copy of text: same byte offsets
  std::vector<uint32_t> to_original;  // text byte -> original byte; size text.size()+1
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<StrippedLine> stripped;
  std::vector<ByteRange> datelines;   // "KYIV, May 24 (Reuters) -" prefixes
  StringArena arena;                  // storage for derived strings (lemmas)

  std::string_view TokenText(const Token& t) const {
    return std::string_view(text).substr(t.bytes.begin, t.bytes.size());
  }
  std::string_view TokenLower(const Token& t) const {
    return std::string_view(lower).substr(t.bytes.begin, t.bytes.size());
  }
  std::string_view SentenceText(const Sentence& s) const {
    return std::string_view(text).substr(s.bytes.begin, s.bytes.size());
  }
  // Clears everything but keeps allocated capacity for reuse.
  void Clear();
};

}  // namespace tocsin::text
