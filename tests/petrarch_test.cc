// Tests of the PETRARCH / TABARI dictionary readers: inline snippets for each
// format rule, every public dictionary loading cleanly, and the validation
// suite's fictional world coded the way PETRARCH2 codes it.
#include <gtest/gtest.h>

#include "builtin/builtin.h"
#include "dict/petrarch.h"
#include "dict/words.h"
#include "test_util.h"

namespace tocsin::dict {
namespace {

bool AnyCode(std::string_view code) { return BuiltinOntology().IsEventCode(code); }

TEST(PetrarchDates, SixAndEightDigits) {
  int d = 0;
  EXPECT_TRUE(ParsePetrarchDate("910825", &d));
  EXPECT_EQ(d, 19910825);
  EXPECT_TRUE(ParsePetrarchDate("140608", &d));
  EXPECT_EQ(d, 20140608);
  EXPECT_TRUE(ParsePetrarchDate("19210101", &d));
  EXPECT_EQ(d, 19210101);
  EXPECT_FALSE(ParsePetrarchDate("9113", &d));
  EXPECT_FALSE(ParsePetrarchDate("911325", &d));
}

TEST(PetrarchActors, SynonymsGroupedPrimariesAndDatedRoles) {
  ActorDictionary d;
  std::vector<std::string> errors;
  LoadReport report;
  ReadPetrarchActors("# comment\n"
                     "BELARUS_\n"
                     "+BELARUSIAN_\n"
                     "+MINSK_\n"
                     "\t[USRBLR <910825]\n"
                     "\t[BLR >911221]\n"
                     "IVO_JOSIPOVIC_\n"
                     "PRESIDENT_JOSIPOVIC_\n"
                     "\t[HRVGOV >20100218]\n"
                     "ARGENTIN  [ARG]\n"
                     "HANS_BLIX_\t[IGOUNOIAE 811201-971130][SWEELI]\t# IAEA\n"
                     "NOBODY_\n",
                     "actors.txt", &d, &errors, &report);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "actors.txt:12: actor 'NOBODY' has no code");
  EXPECT_EQ(report.entries, 5u);
  const auto& actors = d.actors();
  EXPECT_EQ(actors[0].CodeOn(19900101), "USRBLR");
  EXPECT_EQ(actors[0].CodeOn(20220526), "BLR");
  EXPECT_EQ(actors[1].CodeOn(20120101), "HRVGOV");
  EXPECT_EQ(actors[3].CodeOn(19900101), "IGOUNOIAE");
  EXPECT_EQ(actors[3].CodeOn(20050101), "SWEELI");
  // "ARGENTIN" has no final underscore: a stem, matching "Argentine".
  std::vector<std::string_view> words = {"argentine"};
  std::vector<uint64_t> hashes = {WordHash("argentine")};
  PhraseIndex::Match m;
  ASSERT_TRUE(d.index().LongestMatch(words.data(), hashes.data(), 1, &m));
  EXPECT_EQ(actors[d.names()[(*m.payloads)[0]].actor].code, "ARG");
  // Both phrases before the codes belong to the same actor.
  words = {"president", "josipovic"};
  hashes = {WordHash("president"), WordHash("josipovic")};
  ASSERT_TRUE(d.index().LongestMatch(words.data(), hashes.data(), 2, &m));
  EXPECT_EQ(d.names()[(*m.payloads)[0]].actor, 1u);
}

TEST(PetrarchAgents, SubstitutionSetsPluralsAndPrefixes) {
  AgentDictionary d;
  std::vector<std::string> errors;
  LoadReport report;
  ReadPetrarchAgents("!PERSON! = MAN, MEN\n"
                     "CATTLE!PERSON! [~AGR]\n"
                     "GENDARMERY {GENDARMERIE} [~COP]\n"
                     "PEACEKEEPING_TROOPS {} [IGO~]\n"
                     "ISLAMIC_EXTREMIST\n"
                     "POLICE {} [ ~COP]\n",
                     "agents.txt", BuiltinLexicon(), &d, &errors, &report);
  ASSERT_TRUE(errors.empty()) << errors[0];
  std::vector<std::string> texts;
  for (const Agent& a : d.agents()) texts.push_back(a.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"CATTLEMAN", "CATTLEMEN", "GENDARMERY", "GENDARMERIE",
                                              "PEACEKEEPING TROOPS", "POLICE"}));
  EXPECT_TRUE(d.agents()[4].prefix);
  EXPECT_EQ(d.agents()[4].code, "IGO");
  EXPECT_EQ(d.agents()[5].code, "COP");
  EXPECT_EQ(report.ignored, 1u);
}

TEST(PetrarchVerbs, BlocksPatternsSynsetsAndDoubleCodes) {
  VerbDictionary d;
  std::vector<std::string> errors;
  LoadReport report;
  ReadPetrarchVerbs("&MILITARY\n+TROOPS\n+SOLDIERS\n\n"
                    "---  RUSH   [---]  ---\n"
                    "RUSH\nHURRY {HURRIES HURRYING HURRIED }\n"
                    "- * (TO BORDER)        [154]   # RUSH\n"
                    "- &MILITARY *          [154]\n"
                    "- * AID                [070]\n"
                    "---  MEET  [031:032]  ---\n"
                    "MEET\n"
                    "+CALL_OFF [160]\n"
                    "- * [:054]\n"
                    "~ a (a b ATTACK) SAY = a b 015\n",
                    "verbs.txt", BuiltinLexicon(), AnyCode, &d, &errors, &report);
  ASSERT_TRUE(errors.empty()) << errors[0];
  const auto& p = d.patterns();
  ASSERT_TRUE(d.ForVerb("rush"));
  ASSERT_TRUE(d.ForVerb("hurry"));
  ASSERT_TRUE(d.ForVerb("call"));
  bool border = false, subject = false, meet = false, reverse_only = false;
  for (const VerbPattern& v : p) {
    if (!v.main.preps.empty() && v.main.preps[0].preps[0] == "to") border = v.code == "154";
    if (!v.subject.empty()) subject = v.subject.sequences.size() == 2;
    if (v.main.verbs[0] == "meet" && v.code == "031" && v.reverse_code == "032") meet = true;
    if (v.reverse_only && v.code == "054") reverse_only = true;
  }
  EXPECT_TRUE(border);
  EXPECT_TRUE(subject);
  EXPECT_TRUE(meet);
  EXPECT_TRUE(reverse_only);
  EXPECT_EQ(report.ignored, 1u);  // the transformation rule
}

// A block lists "OPEN_UP" and then "OPEN": each verb keeps its own particle,
// so "opened an investigation" matches without an "up".
TEST(PetrarchVerbs, EachVerbOfABlockKeepsItsOwnParticle) {
  std::vector<std::string> errors;
  Dictionaries d = LoadBuiltinDictionaries(&errors);
  ASSERT_TRUE(errors.empty());
  d.verbs = VerbDictionary();
  LoadReport report;
  ReadPetrarchVerbs("---  OPEN   [---]  ---\nOPEN_UP\nOPEN\n- * INVESTIGATION  [090]\n", "verbs.txt", BuiltinLexicon(),
                    AnyCode, &d.verbs, &errors, &report);
  ASSERT_TRUE(errors.empty()) << errors[0];
  auto events = testing::Code("Ukrainian prosecutors opened an investigation into the minister.", "2023-01-23", &d);
  bool investigate = false;
  for (const coder::Event& e : events) investigate = investigate || e.cameo == "090";
  EXPECT_TRUE(investigate) << "no 090 event";
}

TEST(PetrarchDiscards, SentenceAndStoryLevel) {
  PhraseIndex sentence, story;
  std::vector<std::string> errors;
  LoadReport report;
  ReadPetrarchDiscards("MONTHS LATER\n+MANCHESTER UNITED # football\n1914\n", "d.txt", &sentence, &story, &errors,
                       &report);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(sentence.phrases(), 2u);
  EXPECT_EQ(story.phrases(), 1u);
}

// Every public PETRARCH dictionary loads with no problem reported.
TEST(PetrarchFiles, AllPublicDictionariesLoad) {
  TOCSIN_REQUIRE_SHARED(dir, "dictionaries/petrarch");
  struct File {
    const char* name;
    char kind;
    size_t at_least;
  };
  const File files[] = {{"Phoenix.Countries.actors.txt", 'a', 15000}, {"Phoenix.International.actors.txt", 'a', 5000},
                        {"Phoenix.MilNonState.actors.txt", 'a', 800},  {"PETR.Validate.actors.txt", 'a', 100},
                        {"Phoenix.agents.txt", 'g', 2000},            {"PETR.Validate.agents.txt", 'g', 50},
                        {"CAMEO.2.0.txt", 'v', 4000},                 {"PETR.Validate.verbs.txt", 'v', 300},
                        {"Phoenix.discards.txt", 'd', 400},           {"PETR.Validate.discards.txt", 'd', 5}};
  for (const File& f : files) {
    std::string path = dir + "/" + f.name;
    std::string text = testing::ReadOrDie(path);
    std::vector<std::string> errors;
    LoadReport report;
    ActorDictionary actors;
    AgentDictionary agents;
    VerbDictionary verbs;
    PhraseIndex s, t;
    switch (f.kind) {
      case 'a': ReadPetrarchActors(text, path, &actors, &errors, &report); break;
      case 'g': ReadPetrarchAgents(text, path, BuiltinLexicon(), &agents, &errors, &report); break;
      case 'v': ReadPetrarchVerbs(text, path, BuiltinLexicon(), AnyCode, &verbs, &errors, &report); break;
      default: ReadPetrarchDiscards(text, path, &s, &t, &errors, &report); break;
    }
    EXPECT_TRUE(errors.empty()) << f.name << ": " << (errors.empty() ? "" : errors[0]);
    EXPECT_GE(report.entries, f.at_least) << f.name;
    std::printf("%s: %zu entries, %zu names\n", f.name, report.entries, report.names);
  }
}

// The validation suite's fictional world, coded with its own dictionaries.
TEST(PetrarchFiles, ValidationWorldCodesLikePetrarch) {
  TOCSIN_REQUIRE_SHARED(dir, "dictionaries/petrarch");
  Dictionaries d;
  std::vector<std::string> errors;
  LoadReport r;
  ReadPetrarchActors(testing::ReadOrDie(dir + "/PETR.Validate.actors.txt"), "actors", &d.actors, &errors, &r);
  ReadPetrarchAgents(testing::ReadOrDie(dir + "/PETR.Validate.agents.txt"), "agents", BuiltinLexicon(), &d.agents,
                     &errors, &r);
  ReadPetrarchVerbs(testing::ReadOrDie(dir + "/PETR.Validate.verbs.txt"), "verbs", BuiltinLexicon(), AnyCode,
                    &d.verbs, &errors, &r);
  ASSERT_TRUE(errors.empty()) << errors[0];
  d.country_codes = BuiltinDictionaries().country_codes;
  using V = std::vector<std::string>;
  EXPECT_EQ(testing::Briefs(testing::Code("Arnor attacked Gondor.", "1998-01-01", &d)), (V{"ARN GON 223"}));
  EXPECT_EQ(testing::Briefs(testing::Code("Arnor criticized Gondor on Tuesday.", "1998-01-01", &d)),
            (V{"ARN GON 121"}));
  // MEET is coded [031:031]: each side meets the other.
  EXPECT_EQ(testing::Briefs(testing::Code("Arnor met Gondor.", "1998-01-01", &d)), (V{"ARN GON 031", "GON ARN 031"}));
  // Gollum's code depends on the date: HOB before mid-1995, HOBGOV until 1999, then HOBREB.
  EXPECT_EQ(testing::Briefs(testing::Code("Gollum arrested Frodo.", "1998-01-01", &d)), (V{"HOBGOV HOB 212"}));
  EXPECT_EQ(testing::Briefs(testing::Code("Gollum arrested Frodo.", "2001-01-01", &d)), (V{"HOBREB HOB 212"}));
  // "ARGENTIN" is a stem.
  EXPECT_EQ(testing::Briefs(testing::Code("Argentine forces attacked Mordor.", "1998-01-01", &d)),
            (V{"ARG MOR 223"}));
}

}  // namespace
}  // namespace tocsin::dict
