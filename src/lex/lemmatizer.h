// Lemmas: the lexicon's lemma for known forms ("withdrawn" -> withdraw,
// "allies" -> ally), suffix rules checked against the lexicon for unknown ones,
// and the last part of hyphenated words ("test-fired" -> test-fire).
#pragma once

#include <optional>
#include <string_view>

#include "base/arena.h"
#include "lex/lexicon.h"
#include "lex/tagset.h"

namespace tocsin::lex {

// `lower` is the token's lower-cased text. The result points into the lexicon,
// into `lower`, or into `arena`.
std::string_view Lemmatize(std::string_view lower, Tag tag, const Lexicon& lexicon, StringArena* arena);
// The same, given the lexicon's entry for `lower` (or nullopt) already looked up.
std::string_view Lemmatize(std::string_view lower, Tag tag, const std::optional<LexEntry>& entry,
                           const Lexicon& lexicon, StringArena* arena);

}  // namespace tocsin::lex
