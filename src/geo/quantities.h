// Counts of the victims and damage of an event in one analysed sentence:
// "killing at least 19 people", "40 towns have been bombed", "14 dead and
// dozens missing", "the death toll rose to 31", "the loss of soldiers is
// estimated in the tens of thousands". The kind comes from the act done to
// the counted phrase (a verb, a participle or adjective after it, or a noun
// of the act), from the count-* word classes; values keep their qualifier
// ("at least" leaves the maximum open) and vague counts are ranges ("dozens"
// 24-99). Ages, money, percentages, years, dates, clock times, durations,
// ordinals, identifiers ("Resolution 2334") and counts of nothing that
// suffers ("5,000 troops were deployed") are no quantities. Nothing allocates
// but the output.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "lex/word_classes.h"
#include "syntax/analysis.h"
#include "text/document.h"

namespace tocsin::geo {

enum class QuantityKind : uint8_t { kKilled, kWounded, kArrested, kDisplaced, kMissing, kDestroyed, kAttacked };
std::string_view QuantityKindName(QuantityKind k);  // "killed" "wounded" "arrested" "displaced" "missing" "destroyed" "attacked"

struct Quantity {
  QuantityKind kind = QuantityKind::kKilled;
  std::optional<int64_t> min, max;
  std::string_view unit;       // the counted noun as written, lower case ("civilians", "vehicles"); "people" when the text gives none for a kind about persons; views into Document::lower or a static string
  std::string_view qualifier;  // "at least", "more than", "about", "up to", "between", ... lower case, or ""
  uint32_t token_begin = 0, token_end = 0;  // document tokens of the count phrase ("at least 19 people")
  int32_t vg = -1;             // the verb group of the counted act (index into Analysis::vgs), or -1 (nominal: "the deaths of 31 people", "31 dead")
};

// Appends the counts of one analysed sentence, in text order.
void FindQuantities(const text::Document& doc, const syntax::Analysis& sentence, const lex::WordClasses& words,
                    std::vector<Quantity>* out);

}  // namespace tocsin::geo
