// Tests of gold reading and scoring.
#include <gtest/gtest.h>

#include "builtin/builtin.h"
#include "eval/gold.h"
#include "eval/score.h"
#include "test_util.h"

namespace tocsin::eval {
namespace {

TEST(Gold, OwnFormat) {
  GoldSet g;
  ReadGold("# comment\n"
           "## id=dev-1 date=2022-05-26 tags=headline,r15\n"
           "Belarus sends troops\nto Ukrainian border\n"
           "=> BLR UKR 154\n\n"
           "## id=dev-2 date=2022-05-26\n"
           "Markets fell.\n"
           "## id=dev-3 date=2022-13-40\nBad date.\n"
           "## id=dev-4 date=2022-05-26\nText.\n=> BLR\n",
           "x.gold", GoldFormat::kAuto, &g);
  ASSERT_EQ(g.records.size(), 2u);
  EXPECT_EQ(g.records[0].text, "Belarus sends troops to Ukrainian border");
  EXPECT_EQ(g.records[0].tags, (std::vector<std::string>{"headline", "r15"}));
  ASSERT_EQ(g.records[0].events.size(), 1u);
  EXPECT_EQ(g.records[0].events[0].cameo, "154");
  EXPECT_TRUE(g.records[1].events.empty());
  ASSERT_EQ(g.skipped.size(), 2u);
  EXPECT_EQ(g.skipped[0].reason, "bad date '2022-13-40'");
  EXPECT_EQ(g.skipped[1].reason, "event line needs SOURCE TARGET CODE");
}

TEST(Gold, PetrarchValidationXmlIsReadTolerantly) {
  GoldSet g;
  ReadGold("<Validation>\n###### banner\n<Sentences>\n"
           "<Sentence category=\"AFP\" date=\"20080804\" id=\"A_4\" evaluate=\"true\"/>\n"
           "<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\" />\n"
           "<Text>\nThe stopover came as the US leader prepared.\n</Text>\n</Sentence>\n"
           "<Sentence date=\"20080804\" id=\"N_1\">\n<EventCoding noevents=\"True\" />\n<Text>None here.</Text>\n"
           "</Sentence>\n<Sentence date=\"20080804\" id=\"E\">\n<EventCoding noevents=\"True\" />\n<Text>\n"
           "</Text>\n</Sentence>\n</Sentences></Validation>\n",
           "v.xml", GoldFormat::kAuto, &g);
  ASSERT_EQ(g.records.size(), 2u);
  EXPECT_EQ(g.records[0].events[0].source, "USA");
  EXPECT_EQ(g.records[0].tags, (std::vector<std::string>{"afp"}));
  EXPECT_TRUE(g.records[1].events.empty());
  ASSERT_EQ(g.skipped.size(), 1u);
  EXPECT_EQ(g.skipped[0].id, "E");
}

TEST(Gold, PloverJsonLayout) {
  GoldSet g;
  ReadGold("[{\"id\":\"p1\",\"date\":\"2021-03-04T00:00:00\",\"text\":\"Troops shelled the town.\","
           "\"event\":[{\"eventType\":\"ASSAULT\",\"source\":[{\"actorText\":\"Troops\",\"code\":\"MMR\",\"sector\":"
           "\"military\"}],\"target\":[{\"actorText\":\"the town\",\"code\":\"MMR\"}]}]},"
           "{\"id\":\"p2\",\"text\":\"x\",\"events\":{\"event\":\"190\",\"source\":\"USA\",\"target\":null}},"
           "{\"id\":\"p3\"}]",
           "g.json", GoldFormat::kAuto, &g);
  ASSERT_EQ(g.records.size(), 2u);
  EXPECT_EQ(g.records[0].date, "2021-03-04");
  ASSERT_EQ(g.records[0].events.size(), 1u);
  EXPECT_EQ(g.records[0].events[0].plover, "ASSAULT");
  EXPECT_EQ(g.records[0].events[0].source, "MMRMIL");
  EXPECT_EQ(g.records[1].events[0].cameo, "190");
  EXPECT_EQ(g.records[1].events[0].target, "");
  ASSERT_EQ(g.skipped.size(), 1u);
  EXPECT_EQ(g.skipped[0].reason, "record has no text");
}

TEST(Scorer, CountsEachLevel) {
  GoldRecord r;
  r.id = "1";
  r.events = {{"BLRGOV", "UKR", "154", "", ""}, {"RUS", "UKR", "190", "", ""}};
  Scorer s(BuiltinOntology(), kTriple);
  s.Add(r, {{"BLR", "UKR", "154", ""}, {"RUS", "UKR", "195", ""}, {"USA", "CHN", "042", ""}});
  EXPECT_EQ(s.level(kRoot).tp, 2u);
  EXPECT_EQ(s.level(kRoot).fp, 1u);
  EXPECT_EQ(s.level(kCode).tp, 1u);
  EXPECT_EQ(s.level(kDyadRoot).tp, 2u);
  EXPECT_EQ(s.level(kTriple).tp, 0u);
  EXPECT_EQ(s.level(kTriple).fn, 2u);
  EXPECT_EQ(s.level(kPlover).tp, 2u);  // 154 MOBILIZE; 190 and 195 both ASSAULT
  EXPECT_NEAR(s.level(kRoot).F1(), 0.8, 1e-9);
  EXPECT_EQ(s.by_root().at("19").tp, 1u);
  EXPECT_FALSE(s.outcomes()[0].ok());
}

TEST(Scorer, HypotheticalGoldMatchesUnprintedPredictions) {
  GoldRecord r;
  r.events = {{"RUS", "UKR", "190", "", "possible"}, {"BLR", "UKR", "154", "", ""}};
  Scorer s(BuiltinOntology(), kTriple);
  ScoredEvent may{"RUS", "UKR", "190", ""};
  may.hypothetical = true;
  may.printed = false;
  ScoredEvent negated{"BLR", "UKR", "154", ""};
  negated.printed = false;  // a negated event the gold lists as asserted: still a miss
  ScoredEvent extra{"USA", "CHN", "042", ""};
  extra.hypothetical = true;
  extra.printed = false;  // unprinted and unmatched: not a false alarm
  s.Add(r, {may, negated, extra});
  EXPECT_EQ(s.level(kTriple).tp, 1u);
  EXPECT_EQ(s.level(kTriple).fn, 1u);
  EXPECT_EQ(s.level(kTriple).fp, 0u);
  EXPECT_EQ(s.predicted_events(), 0u);
}

TEST(Scorer, PloverOnlyGoldSkipsCameoLevels) {
  GoldRecord r;
  r.events = {{"MMRMIL", "MMR", "", "ASSAULT", ""}};
  Scorer s(BuiltinOntology(), kDyadRoot);
  s.Add(r, {{"MMRMIL", "MMR", "194", ""}});
  EXPECT_EQ(s.records(kRoot), 0u);
  EXPECT_EQ(s.level(kPlover).tp, 1u);
  EXPECT_TRUE(s.outcomes()[0].ok());
}

}  // namespace
}  // namespace tocsin::eval
