// Time expressions of a sentence resolved to event dates: "on Tuesday",
// "yesterday", "last week", "three days ago", "February 24, 2022", "in March",
// "in 2019", "between 1 and 14 March", and the date of a dateline ("KYIV, May
// 24 (Reuters) -"). Relative expressions count from the document's date, never
// the clock: without one they are reported with no date, as are those relative
// to another event ("three days after the vote"). A weekday or a yearless date
// is the latest one on or before the document date, or the next one after it
// when its clause is in the future ("will meet on Tuesday"). "since 2014",
// durations, ages and years that modify a noun ("the 2019 agreement") are no
// time expressions. Nothing allocates but the output.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/civil_date.h"
#include "lex/word_classes.h"
#include "syntax/analysis.h"
#include "text/document.h"

namespace tocsin::geo {

enum class DatePrecision : uint8_t { kDay, kMonth, kYear, kRange };
std::string_view DatePrecisionName(DatePrecision p);  // "day" "month" "year" "range"

struct EventDate {
  CivilDate first, last;  // the same day for kDay; the month's or year's first and last day; a range's ends
  DatePrecision precision = DatePrecision::kDay;
  std::string Value() const;  // "2025-03-11" | "2025-03" | "2025" | "2025-03-01/2025-03-14"
  friend bool operator==(const EventDate&, const EventDate&) = default;
};

struct TimeMention {
  uint32_t token_begin = 0, token_end = 0;  // document tokens: the words of the expression, with its preposition ("on Tuesday")
  std::optional<EventDate> date;            // nullopt when unresolvable (no document date and relative; "three days after the vote")
  int32_t vg = -1;                          // the verb group (index into Analysis::vgs) whose clause it belongs to, or -1
};

// Appends the time expressions of one analysed sentence, in text order; the
// dateline right before the sentence, if any, comes first (with vg -1).
void FindTimes(const text::Document& doc, const syntax::Analysis& sentence, std::optional<CivilDate> document_date,
               const lex::WordClasses& words, std::vector<TimeMention>* out);

}  // namespace tocsin::geo
