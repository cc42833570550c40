// Time expressions, event dates and quantities (src/geo): calendar
// arithmetic first, then each reader on sentences.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "builtin/builtin.h"
#include "geo/civil_date.h"
#include "geo/quantities.h"
#include "geo/times.h"
#include "test_util.h"

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

// The analysis of `text` with the built-in knowledge, and readers over it.
class Read {
 public:
  explicit Read(const std::string& text, const std::string& date = "2022-05-26")
      : ad_(testing::Analyze(text, date)), date_(ParseCivilDate(date)) {}

  // Each time expression of sentence `s` as "words=value@verb" ("on Tuesday=2022-05-24@attacked");
  // "none" for no date, "-" for no verb group.
  std::vector<std::string> Times(size_t s = 0) const {
    std::vector<TimeMention> found;
    FindTimes(ad_.doc, ad_.sentences.at(s), date_, BuiltinWordClasses(), &found);
    std::vector<std::string> out;
    for (const TimeMention& m : found)
      out.push_back(Words(m.token_begin, m.token_end) + "=" + (m.date ? m.date->Value() : "none") + "@" +
                    Verb(s, m.vg));
    return out;
  }
  std::vector<TimeMention> Mentions(size_t s = 0) const {
    std::vector<TimeMention> found;
    FindTimes(ad_.doc, ad_.sentences.at(s), date_, BuiltinWordClasses(), &found);
    return found;
  }
  // Each count as "kind min..max unit [qualifier] (words)@verb", "?" for an open end.
  std::vector<std::string> Quantities(size_t s = 0) const {
    std::vector<Quantity> found;
    FindQuantities(ad_.doc, ad_.sentences.at(s), BuiltinWordClasses(), &found);
    std::vector<std::string> out;
    for (const Quantity& q : found) {
      auto bound = [](std::optional<int64_t> v) { return v ? std::to_string(*v) : std::string("?"); };
      std::string qualifier = q.qualifier.empty() ? "" : " [" + std::string(q.qualifier) + "]";
      out.push_back(std::string(QuantityKindName(q.kind)) + " " + bound(q.min) + ".." + bound(q.max) + " " +
                    std::string(q.unit) + qualifier + " (" + Words(q.token_begin, q.token_end) + ")@" +
                    Verb(s, q.vg));
    }
    return out;
  }
  size_t sentences() const { return ad_.sentences.size(); }

 private:
  std::string Words(uint32_t begin, uint32_t end) const {
    const auto& t = ad_.doc.tokens;
    return ad_.doc.text.substr(t[begin].bytes.begin, t[end - 1].bytes.end - t[begin].bytes.begin);
  }
  std::string Verb(size_t s, int32_t vg) const {
    if (vg < 0) return "-";
    const auto& a = ad_.sentences.at(s);
    return std::string(ad_.doc.TokenText(ad_.doc.tokens[a.vgs.at(vg).main]));
  }
  const syntax::AnalyzedDocument& ad_;
  std::optional<CivilDate> date_;
};

using Strings = std::vector<std::string>;

// 2022-05-26 is a Thursday.
TEST(Times, WeekdaysAreTheLatestOnOrBeforeTheDocumentDate) {
  EXPECT_EQ(Read("Russian forces shelled Kharkiv on Tuesday.").Times(), Strings{"on Tuesday=2022-05-24@shelled"});
  EXPECT_EQ(Read("Russian forces shelled Kharkiv late on Tuesday night.").Times(),
            Strings{"late on Tuesday night=2022-05-24@shelled"});
  EXPECT_EQ(Read("Protesters gathered Thursday in Minsk.").Times(), Strings{"Thursday=2022-05-26@gathered"});
  EXPECT_EQ(Read("Protesters gathered in Minsk on Friday.").Times(), Strings{"on Friday=2022-05-20@gathered"});
  EXPECT_EQ(Read("Police arrested him last Thursday.").Times(), Strings{"last Thursday=2022-05-19@arrested"});
}

TEST(Times, FutureClausesTakeTheNextWeekday) {
  EXPECT_EQ(Read("The ministers will meet on Tuesday.").Times(), Strings{"on Tuesday=2022-05-31@meet"});
  EXPECT_EQ(Read("The ministers will meet on Thursday.").Times(), Strings{"on Thursday=2022-06-02@meet"});
  EXPECT_EQ(Read("Putin plans to visit Minsk on Friday.").Times(), Strings{"on Friday=2022-05-27@visit"});
  EXPECT_EQ(Read("Putin is due to visit Minsk on Friday.").Times(), Strings{"on Friday=2022-05-27@visit"});
  EXPECT_EQ(Read("Talks are set to resume on 2 June.").Times(), Strings{"on 2 June=2022-06-02@resume"});
  EXPECT_EQ(Read("Elections will be held next week.").Times(), Strings{"next week=2022-05-30/2022-06-05@held"});
}

TEST(Times, DaysAroundTheDocumentDate) {
  EXPECT_EQ(Read("Rebels attacked the town yesterday.").Times(), Strings{"yesterday=2022-05-25@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town last night.").Times(), Strings{"last night=2022-05-25@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town overnight.").Times(), Strings{"overnight=2022-05-26@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town this morning.").Times(), Strings{"this morning=2022-05-26@attacked"});
  EXPECT_EQ(Read("The president spoke earlier today.").Times(), Strings{"earlier today=2022-05-26@spoke"});
  EXPECT_EQ(Read("The president will speak tomorrow.").Times(), Strings{"tomorrow=2022-05-27@speak"});
  EXPECT_EQ(Read("Rebels attacked the town three days ago.").Times(), Strings{"three days ago=2022-05-23@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town two weeks ago.").Times(), Strings{"two weeks ago=2022-05-12@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town a year ago.").Times(), Strings{"a year ago=2021@attacked"});
}

TEST(Times, WeeksMonthsAndYears) {
  EXPECT_EQ(Read("Rebels attacked the town last week.").Times(), Strings{"last week=2022-05-16/2022-05-22@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town this week.").Times(), Strings{"this week=2022-05-23/2022-05-26@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town last month.").Times(), Strings{"last month=2022-04@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town this month.").Times(), Strings{"this month=2022-05@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town earlier this month.").Times(),
            Strings{"earlier this month=2022-05-01/2022-05-25@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town earlier this month.", "2022-05-01").Times(),
            Strings{"earlier this month=2022-05-01@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town last year.").Times(), Strings{"last year=2021@attacked"});
  EXPECT_EQ(Read("Rebels attacked the town earlier this year.").Times(),
            Strings{"earlier this year=2022-01-01/2022-05-25@attacked"});
  EXPECT_EQ(Read("The army will withdraw next month.").Times(), Strings{"next month=2022-06@withdraw"});
  EXPECT_EQ(Read("The army will withdraw next year.").Times(), Strings{"next year=2023@withdraw"});
}

TEST(Times, CalendarDates) {
  EXPECT_EQ(Read("Russia invaded Ukraine on 24 February.").Times(), Strings{"on 24 February=2022-02-24@invaded"});
  EXPECT_EQ(Read("Russia invaded Ukraine on February 24.").Times(), Strings{"on February 24=2022-02-24@invaded"});
  EXPECT_EQ(Read("Russia invaded Ukraine on Feb. 24.").Times(), Strings{"on Feb. 24=2022-02-24@invaded"});
  EXPECT_EQ(Read("Russia invaded Ukraine on 24 Feb.").Times(), Strings{"on 24 Feb.=2022-02-24@invaded"});
  // A yearless date after the document date is last year's.
  EXPECT_EQ(Read("The rebels seized the town on 3 December.").Times(), Strings{"on 3 December=2021-12-03@seized"});
  EXPECT_EQ(Read("Russia invaded Ukraine on February 24, 2022.").Times(),
            Strings{"on February 24, 2022=2022-02-24@invaded"});
  EXPECT_EQ(Read("Russia invaded Ukraine on 24 February 2022.").Times(), Strings{"on 24 February 2022=2022-02-24@invaded"});
  EXPECT_EQ(Read("Russia invaded Ukraine on 2022-02-24.").Times(), Strings{"on 2022-02-24=2022-02-24@invaded"});
  EXPECT_EQ(Read("Russia invaded Ukraine on Thursday, February 24, 2022.").Times(),
            Strings{"on Thursday, February 24, 2022=2022-02-24@invaded"});
  EXPECT_EQ(Read("Fighting raged between 1 and 14 March.").Times(), Strings{"between 1 and 14 March=2022-03-01/2022-03-14@raged"});
}

TEST(Times, MonthsAndYears) {
  EXPECT_EQ(Read("The army withdrew in March.").Times(), Strings{"in March=2022-03@withdrew"});
  EXPECT_EQ(Read("The army withdrew in September.").Times(), Strings{"in September=2021-09@withdrew"});
  EXPECT_EQ(Read("The army withdrew in March 2019.").Times(), Strings{"in March 2019=2019-03@withdrew"});
  EXPECT_EQ(Read("The army withdrew in early March.").Times(), Strings{"in early March=2022-03@withdrew"});
  EXPECT_EQ(Read("The army withdrew in 2019.").Times(), Strings{"in 2019=2019@withdrew"});
  EXPECT_EQ(Read("The army withdrew during 2019.").Times(), Strings{"during 2019=2019@withdrew"});
  EXPECT_EQ(Read("The army will withdraw by 2024.").Times(), Strings{"by 2024=2024@withdraw"});
}

TEST(Times, WhatIsNoEventDate) {
  EXPECT_EQ(Read("Russia has occupied Crimea since 2014.").Times(), Strings{});
  EXPECT_EQ(Read("They signed the 2019 agreement.").Times(), Strings{});
  EXPECT_EQ(Read("They took part in 2019 elections.").Times(), Strings{});
  EXPECT_EQ(Read("The fighting lasted for three days.").Times(), Strings{});
  EXPECT_EQ(Read("He was given a two-year sentence.").Times(), Strings{});
  EXPECT_EQ(Read("A 31-year-old man was killed.").Times(), Strings{});
  EXPECT_EQ(Read("The report was dated 24/02/2022.").Times(), Strings{});
  EXPECT_EQ(Read("May God protect them.").Times(), Strings{});
  EXPECT_EQ(Read("The blast happened at 3 a.m.").Times(), Strings{});
}

TEST(Times, ClockTimesJoinTheirDay) {
  EXPECT_EQ(Read("The blast happened at 3 a.m. on Tuesday.").Times(), Strings{"at 3 a.m. on Tuesday=2022-05-24@happened"});
  EXPECT_EQ(Read("The blast happened on Tuesday at 10:30 GMT.").Times(), Strings{"on Tuesday at 10:30 GMT=2022-05-24@happened"});
}

TEST(Times, CountedFromAnotherEventThereIsNoDate) {
  EXPECT_EQ(Read("Riots broke out three days after the vote.").Times(), Strings{"three days after the vote=none@broke"});
  EXPECT_EQ(Read("Troops massed at the border a week before the vote.").Times(),
            Strings{"a week before the vote=none@massed"});
}

TEST(Times, WithoutADocumentDateOnlyAbsoluteDatesResolve) {
  Read r("Rebels attacked the town on Tuesday and on 24 February 2022, and again yesterday and in 2019.", "");
  EXPECT_EQ(r.Times(), (Strings{"on Tuesday=none@attacked", "on 24 February 2022=2022-02-24@attacked",
                               "yesterday=none@attacked", "in 2019=2019@attacked"}));
}

TEST(Times, TheVerbGroupIsTheClauses) {
  Read r("Yesterday, Russia said it shelled Kharkiv on Monday.");
  auto m = r.Mentions();
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(r.Times(), (Strings{"Yesterday=2022-05-25@said", "on Monday=2022-05-23@shelled"}));
  EXPECT_EQ(m[1].token_end - m[1].token_begin, 2u);
}

TEST(Times, DatelinesAreDated) {
  Read r("KYIV, May 24 (Reuters) - Russian forces shelled Kharkiv.");
  ASSERT_EQ(r.sentences(), 1u);
  EXPECT_EQ(r.Times(), Strings{"May 24=2022-05-24@-"});
}

TEST(Times, ValuesAndPrecisions) {
  EXPECT_EQ((EventDate{{2025, 3, 11}, {2025, 3, 11}, DatePrecision::kDay}).Value(), "2025-03-11");
  EXPECT_EQ((EventDate{{2025, 3, 1}, {2025, 3, 31}, DatePrecision::kMonth}).Value(), "2025-03");
  EXPECT_EQ((EventDate{{2025, 1, 1}, {2025, 12, 31}, DatePrecision::kYear}).Value(), "2025");
  EXPECT_EQ((EventDate{{2025, 3, 1}, {2025, 3, 14}, DatePrecision::kRange}).Value(), "2025-03-01/2025-03-14");
  EXPECT_EQ(DatePrecisionName(DatePrecision::kRange), "range");
  auto m = Read("The army withdrew in March.").Mentions();
  ASSERT_EQ(m.size(), 1u);
  ASSERT_TRUE(m[0].date);
  EXPECT_EQ(m[0].date->precision, DatePrecision::kMonth);
  EXPECT_EQ(m[0].date->last, (CivilDate{2022, 3, 31}));
}

TEST(Quantities, VerbsGiveTheKind) {
  EXPECT_EQ(Read("Russian shelling killed at least 31 people on Tuesday and wounded 40 others.").Quantities(),
            (Strings{"killed 31..? people [at least] (at least 31 people)@killed",
                     "wounded 40..40 others (40 others)@wounded"}));
  EXPECT_EQ(Read("Police detained about 200 protesters.").Quantities(),
            Strings{"arrested 200..200 protesters [about] (about 200 protesters)@detained"});
  EXPECT_EQ(Read("Thirty-one people were killed.").Quantities(), Strings{"killed 31..31 people (Thirty-one people)@killed"});
  EXPECT_EQ(Read("More than 1,000 people have fled.").Quantities(),
            Strings{"displaced 1000..? people [more than] (More than 1,000 people)@fled"});
  EXPECT_EQ(Read("The strike destroyed up to 12 tanks.").Quantities(),
            Strings{"destroyed ?..12 tanks [up to] (up to 12 tanks)@destroyed"});
}

TEST(Quantities, ParticiplesAdjectivesAndNouns) {
  EXPECT_EQ(Read("The attack left 14 dead and dozens missing.").Quantities(),
            (Strings{"killed 14..14 people (14)@-", "missing 24..99 people (dozens)@missing"}));
  EXPECT_EQ(Read("At least 12 civilians killed in the attack.").Quantities(),
            Strings{"killed 12..? civilians [at least] (At least 12 civilians)@killed"});
  EXPECT_EQ(Read("The deaths of 31 people shocked the country.").Quantities(),
            Strings{"killed 31..31 people (31 people)@-"});
  EXPECT_EQ(Read("The death toll rose to 31.").Quantities(), Strings{"killed 31..31 people (31)@-"});
  EXPECT_EQ(Read("The war has created two million refugees.").Quantities(),
            Strings{"displaced 2000000..2000000 refugees (two million refugees)@-"});
}

TEST(Quantities, RangesAndVagueCounts) {
  EXPECT_EQ(Read("Between 10 and 15 soldiers were captured.").Quantities(),
            Strings{"arrested 10..15 soldiers [between] (Between 10 and 15 soldiers)@captured"});
  EXPECT_EQ(Read("Hundreds of thousands of people have fled.").Quantities(),
            Strings{"displaced 200000..999999 people (Hundreds of thousands of people)@fled"});
  EXPECT_EQ(Read("Thousands of homes were destroyed.").Quantities(),
            Strings{"destroyed 2000..9999 homes (Thousands of homes)@destroyed"});
  EXPECT_EQ(Read("The shelling killed a dozen villagers.").Quantities(),
            Strings{"killed 12..12 villagers (a dozen villagers)@killed"});
  EXPECT_EQ(Read("Russia has lost 1.5 million soldiers.").Quantities(),
            Strings{"killed 1500000..1500000 soldiers (1.5 million soldiers)@lost"});
  EXPECT_EQ(Read("The army lost 4,000 vehicles.").Quantities(), Strings{"destroyed 4000..4000 vehicles (4,000 vehicles)@lost"});
}

TEST(Quantities, WhatCountsNothing) {
  EXPECT_EQ(Read("A 31-year-old man was killed.").Quantities(), Strings{});
  EXPECT_EQ(Read("The militants killed a man aged 70.").Quantities(), Strings{});
  EXPECT_EQ(Read("The strike destroyed $4 million of equipment.").Quantities(), Strings{});
  EXPECT_EQ(Read("The strike destroyed 40 million euros of equipment.").Quantities(), Strings{});
  EXPECT_EQ(Read("The strike destroyed 40% of the harvest.").Quantities(), Strings{});
  EXPECT_EQ(Read("The town was bombed in 2019.").Quantities(), Strings{});
  EXPECT_EQ(Read("The town was bombed on 24 February.").Quantities(), Strings{});
  EXPECT_EQ(Read("The town was bombed at 3 a.m.").Quantities(), Strings{});
  EXPECT_EQ(Read("The town was bombed for three days.").Quantities(), Strings{});
  EXPECT_EQ(Read("The town was bombed for the third time.").Quantities(), Strings{});
  EXPECT_EQ(Read("Resolution 2334 was attacked by Israel.").Quantities(), Strings{});
  EXPECT_EQ(Read("Some 5,000 troops were deployed.").Quantities(), Strings{});
  EXPECT_EQ(Read("Israel freed 50 prisoners.").Quantities(), Strings{});
  EXPECT_EQ(Read("The council held three meetings.").Quantities(), Strings{});
}

TEST(Quantities, CoordinationIdiomsAndOpenEnds) {
  EXPECT_EQ(Read("Gunmen stormed the village, killing 12 and wounding 40.").Quantities(),
            (Strings{"killed 12..12 people (12)@killing", "wounded 40..40 people (40)@wounding"}));
  EXPECT_EQ(Read("Nine soldiers were taken prisoner.").Quantities(),
            Strings{"arrested 9..9 soldiers (Nine soldiers)@taken"});
  EXPECT_EQ(Read("At least 31 people died.").Quantities(), Strings{"killed 31..? people [at least] (At least 31 people)@died"});
  EXPECT_EQ(Read("Some 31 soldiers lost their lives.").Quantities(),
            Strings{"killed 31..31 soldiers [some] (Some 31 soldiers)@lost"});
  EXPECT_EQ(Read("Police arrested 50 or more students.").Quantities(),
            Strings{"arrested 50..? students [or more] (50 or more students)@arrested"});
  EXPECT_EQ(Read("Scores of houses were burned.").Quantities(), Strings{"destroyed 40..99 houses (Scores of houses)@burned"});
  EXPECT_EQ(Read("Houthi forces have sunk two vessels.").Quantities(), Strings{"destroyed 2..2 vessels (two vessels)@sunk"});
  EXPECT_EQ(Read("An official said 15 aid workers were unaccounted for.").Quantities(),
            Strings{"missing 15..15 workers (15 aid workers)@unaccounted"});
  EXPECT_EQ(Read("Millions of people have been displaced.").Quantities(),
            Strings{"displaced 2000000..? people (Millions of people)@displaced"});
  EXPECT_EQ(Read("Israeli jets struck 40 targets.").Quantities(), Strings{"attacked 40..40 targets (40 targets)@struck"});
}

TEST(Quantities, TheSeedArticle) {
  std::string path = testing::SharedPath("examples/seed-article.txt");
  if (path.empty()) GTEST_SKIP() << "no " TOCSIN_SHARED_DIR "/examples/seed-article.txt: the seed article is absent";
  const auto& ad = testing::Analyze(testing::ReadOrDie(path), "2022-05-26");
  std::vector<std::string> all;
  for (const syntax::Analysis& a : ad.sentences) {
    std::vector<Quantity> found;
    FindQuantities(ad.doc, a, BuiltinWordClasses(), &found);
    for (const Quantity& q : found) {
      auto bound = [](std::optional<int64_t> v) { return v ? std::to_string(*v) : std::string("?"); };
      all.push_back(std::string(QuantityKindName(q.kind)) + " " + bound(q.min) + ".." + bound(q.max) + " " +
                    std::string(q.unit) + " [" + std::string(q.qualifier) + "]");
    }
  }
  EXPECT_EQ(all, (Strings{"destroyed 4000..? vehicles [more than]", "killed 20000..99999 soldiers []",
                          "attacked 40..40 towns []", "destroyed 47..? sites [more than]"}));
}

}  // namespace
}  // namespace tocsin::geo
