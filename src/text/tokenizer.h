// Tokeniser for news text (Treebank habits; see docs/tagged-corpus.md):
// possessives and contractions split off ("Russia 's", "did n't"), punctuation
// split from words except in abbreviations and initials ("U.S.", "Gen.", "J."),
// numbers whole ("4,000", "3.5", "1990s"), hyphenated words whole, URLs whole,
// quotation marks as separate tokens. Tokens are byte ranges into the text.
#pragma once

#include <string_view>
#include <vector>

#include "text/document.h"

namespace tocsin::text {

// Appends the tokens of text[range) to `out`.
void Tokenize(std::string_view text, ByteRange range, std::vector<Token>* out);

// The TokenShape bits of a token's text.
uint16_t ShapeOf(std::string_view token_text);

// True for abbreviations that keep their period ("Gen", "Jan", "Inc"), given
// without the period and in any case.
bool IsKnownAbbreviation(std::string_view word_without_period);
// The TokenShape bits of a token's text.
uint16_t ShapeOf(std::string_view token_text);

// True for abbreviations that never end a sentence (titles: "Mr.", "Gen.").
bool IsTitleAbbreviation(std::string_view word_with_period);
// True for letter-period initialisms of two or more letters ("U.S.", "u.n."), any case.
bool IsDottedInitialism(std::string_view word_with_periods);

}  // namespace tocsin::text
