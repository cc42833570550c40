#include "lex/tagset.h"

namespace tocsin::lex {
namespace {

constexpr std::string_view kNames[kTagCount] = {
    "NONE", "CC", "CD",  "DT",  "EX",   "FW",  "IN",  "JJ",  "JJR", "JJS", "LS", "MD",
    "NN",   "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",
    "SYM",  "TO", "UH",  "VB",  "VBD",  "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$",
    "WRB",  ".",  ",",   ":",   "(",    ")",   "\"",  "$",   "#"};

}  // namespace

std::string_view TagName(Tag t) { return t < kTagCount ? kNames[t] : "?"; }

Tag ParseTag(std::string_view name) {
  for (int i = 1; i < kTagCount; ++i)
    if (kNames[i] == name) return Tag(i);
  // Treebank spellings of the punctuation tags.
  if (name == "-LRB-") return kLParen;
  if (name == "-RRB-") return kRParen;
  if (name == "``" || name == "''") return kQuoteTag;
  return kNoTag;
}

}  // namespace tocsin::lex
