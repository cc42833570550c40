// Time expressions, event dates and quantities (src/geo): calendar
// arithmetic first, then each reader on sentences.
#include <gtest/gtest.h>

#include "geo/civil_date.h"

namespace tocsin::geo {
namespace {

TEST(CivilDate, RoundTripsAndKnowsWeekdays) {
  const CivilDate epoch{1970, 1, 1};
  EXPECT_EQ(epoch.DayNumber(), 0);
  EXPECT_EQ(epoch.Weekday(), 3);  // Thursday
  const CivilDate d{2022, 2, 24};
  EXPECT_EQ(d.Weekday(), 3);  // Thursday
  EXPECT_EQ(CivilDate::FromDayNumber(d.DayNumber()), d);
  EXPECT_EQ(d.AddDays(5).Text(), "2022-03-01");
  EXPECT_EQ((CivilDate{2024, 3, 1}).AddDays(-1).Text(), "2024-02-29");
  EXPECT_EQ((CivilDate{1900, 3, 1}).AddDays(-1).Text(), "1900-02-28");
  EXPECT_EQ((CivilDate{1969, 12, 31}).DayNumber(), -1);
}

TEST(CivilDate, ParsesOnlyRealDates) {
  ASSERT_TRUE(ParseCivilDate("2000-02-29"));
  EXPECT_EQ(ParseCivilDate("2000-02-29")->day, 29);
  EXPECT_FALSE(ParseCivilDate("2001-02-29"));
  EXPECT_FALSE(ParseCivilDate("2001-13-01"));
  EXPECT_FALSE(ParseCivilDate("2001-1-01"));
  EXPECT_FALSE(ParseCivilDate(""));
  EXPECT_FALSE(ParseCivilDate("2001-01-0x"));
}

}  // namespace
}  // namespace tocsin::geo
