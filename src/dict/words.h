// How dictionary words and text tokens are brought to one form for matching.
// Names match on lower-cased tokens; agent and pattern nouns match on the
// noun lemma, so "troops" in text meets "troop" in a dictionary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lex/lexicon.h"
#include "text/document.h"

namespace tocsin::dict {

// Splits dictionary text into lower-cased words the way the tokeniser splits
// running text ("U.S." stays whole, "Russia's" splits). A leading "the" is dropped.
std::vector<std::string> NameWords(std::string_view phrase);

// Like NameWords, then each word becomes its noun lemma when the lexicon knows
// it as a plural ("forces" -> force, "talks" -> talk).
std::vector<std::string> NounWords(std::string_view phrase, const lex::Lexicon& lexicon);
std::string NounWord(std::string_view lower_word, const lex::Lexicon& lexicon);

// The form of a text token that NounWords entries are compared with.
std::string_view NounForm(const text::Document& doc, const text::Token& token);

// True when `s` has an upper-case letter (ASCII or not).
bool HasUpperCase(std::string_view s);

// Parses YYYY, YYYY-MM or YYYY-MM-DD into YYYYMMDD; the first or last day of
// the period depending on `end`. False when malformed.
bool ParseDictDate(std::string_view s, bool end, int* out);

}  // namespace tocsin::dict
