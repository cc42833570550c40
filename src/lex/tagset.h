// The Penn Treebank part-of-speech tags, with one tag per punctuation class
// (see docs/tagged-corpus.md). TagSet is a bit set of tags.
#pragma once

#include <cstdint>
#include <string_view>

namespace tocsin::lex {

enum Tag : uint8_t {
  kNoTag = 0,
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP,
  PRPS,  // PRP$
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP,
  WPS,   // WP$
  WRB,
  kPeriod,   // .
  kComma,    // ,
  kColon,    // :
  kLParen,   // (
  kRParen,   // )
  kQuoteTag, // "
  kDollar,   // $
  kHash,     // #
  kTagCount
};

using TagSet = uint64_t;
constexpr TagSet Bit(Tag t) { return TagSet(1) << t; }

std::string_view TagName(Tag t);
// Parses a tag name ("NNS", "PRP$", "."); returns kNoTag when unknown.
Tag ParseTag(std::string_view name);

inline bool IsNoun(Tag t) { return t == NN || t == NNS || t == NNP || t == NNPS; }
inline bool IsProperNoun(Tag t) { return t == NNP || t == NNPS; }
inline bool IsVerb(Tag t) { return t >= VB && t <= VBZ; }
inline bool IsAdjective(Tag t) { return t == JJ || t == JJR || t == JJS; }
inline bool IsAdverb(Tag t) { return t == RB || t == RBR || t == RBS; }
inline bool IsPunctuation(Tag t) { return t >= kPeriod; }

constexpr TagSet kNounTags = Bit(NN) | Bit(NNS) | Bit(NNP) | Bit(NNPS);
constexpr TagSet kVerbTags = Bit(VB) | Bit(VBD) | Bit(VBG) | Bit(VBN) | Bit(VBP) | Bit(VBZ);
constexpr TagSet kAdjTags = Bit(JJ) | Bit(JJR) | Bit(JJS);
constexpr TagSet kAdvTags = Bit(RB) | Bit(RBR) | Bit(RBS);

}  // namespace tocsin::lex
