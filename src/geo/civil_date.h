// Calendar dates without a clock: parsing "YYYY-MM-DD", day arithmetic and
// weekdays on the proleptic Gregorian calendar. Nothing here reads the time
// of day or the machine's clock; every date comes from the input.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tocsin::geo {

struct CivilDate {
  int year = 0, month = 0, day = 0;  // month 1-12, day 1-31

  // Days since 1970-01-01 (negative before).
  int64_t DayNumber() const;
  static CivilDate FromDayNumber(int64_t days);
  CivilDate AddDays(int64_t days) const { return FromDayNumber(DayNumber() + days); }
  // 0 = Monday ... 6 = Sunday.
  int Weekday() const;
  std::string Text() const;  // "2025-03-11"

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// "YYYY-MM-DD" with a real day of a real month; nullopt for anything else.
std::optional<CivilDate> ParseCivilDate(std::string_view text);
int DaysInMonth(int year, int month);

}  // namespace tocsin::geo
