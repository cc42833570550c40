// Numbers and calendar words as news text writes them, read from document
// tokens for the time and quantity readers: digits ("31", "4,000", "1.5
// million"), words ("forty-two", "two hundred", "a dozen"), month and weekday
// names. Closed lists of grammatical words, so they live here, not in data.
// Nothing allocates.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "text/document.h"

namespace tocsin::geo {

struct NumberMatch {
  int64_t value = 0;
  uint32_t end = 0;  // the token after the number's last
};

// The number whose first token is `i` (tokens before `end` only): digits with
// thousands separators, a decimal only before "million"/"billion"/"thousand",
// number words with "hundred", "dozen" and the large multipliers. nullopt for
// anything else, "24/02/2022", "10:30" and ordinals included.
std::optional<NumberMatch> ReadNumber(const text::Document& doc, uint32_t i, uint32_t end);

// 1-12 for a month's name or its abbreviation ("feb", "feb.", "sept"), else 0.
int MonthNumber(std::string_view lower);
// 0 = Monday ... 6 = Sunday, or -1.
int WeekdayNumber(std::string_view lower);
// 1-31 for a day of the month written "24", "24th", "1st"; else 0.
int DayOfMonth(std::string_view lower);
// A four-digit year 1000-2999 ("2019"), else 0.
int YearNumber(std::string_view lower);

}  // namespace tocsin::geo
