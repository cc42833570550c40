// Tests of tocsin's own dictionary formats and the built-in dictionaries.
#include <gtest/gtest.h>

#include <set>

#include "base/strings.h"
#include "builtin/builtin.h"
#include "dict/actors.h"
#include "dict/agents.h"
#include "dict/ontology.h"
#include "dict/verbs.h"
#include "dict/words.h"
#include "test_util.h"

namespace tocsin::dict {
namespace {

bool AnyCode(std::string_view code) { return BuiltinOntology().IsEventCode(code); }

// The actor a phrase matches, by the longest dictionary name at its start.
const ActorName* Lookup(const ActorDictionary& d, const std::string& phrase) {
  std::vector<std::string> words = NameWords(phrase);
  std::vector<std::string_view> views(words.begin(), words.end());
  std::vector<uint64_t> hashes;
  for (auto w : views) hashes.push_back(WordHash(w));
  PhraseIndex::Match m;
  if (!d.index().LongestMatch(views.data(), hashes.data(), views.size(), &m) || m.length != words.size())
    return nullptr;
  return &d.names()[(*m.payloads)[0]];
}

constexpr char kActors[] = R"(# a country, a person, an organisation
country UKR  Ukraine
  name      Ukraine; Ukrainian Republic
  adjective Ukrainian; Ukrainians
  capital   Kyiv; Kiev
  city      Kharkiv; Kharkov
  metonym   Bankova = UKRGOV

person  Volodymyr Zelensky
  alias   Zelensky; Zelenskyy; Volodomir Zelensky
  role    UKRELI ..2019-05-19
  role    UKRGOV 2019-05-20..
  gender  m
  title   president

org IGOWSTNAT  NATO
  name    North Atlantic Treaty Organization
)";

TEST(OwnActors, ReadsEveryKindOfName) {
  ActorDictionary d;
  std::vector<std::string> errors;
  ReadActors(kActors, "test.actors", &d, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0];
  EXPECT_EQ(Lookup(d, "Ukrainian")->kind, ActorKind::kAdjective);
  EXPECT_EQ(Lookup(d, "Kiev")->kind, ActorKind::kCapital);
  EXPECT_EQ(Lookup(d, "Kharkov")->kind, ActorKind::kPlace);
  const ActorName* bankova = Lookup(d, "Bankova");
  ASSERT_TRUE(bankova);
  EXPECT_EQ(d.actors()[bankova->actor].code, "UKRGOV");
  EXPECT_EQ(d.actors()[Lookup(d, "North Atlantic Treaty Organization")->actor].code, "IGOWSTNAT");
  EXPECT_TRUE(Lookup(d, "NATO")->needs_capital);
}

TEST(OwnActors, PeopleResolveByDate) {
  ActorDictionary d;
  std::vector<std::string> errors;
  ReadActors(kActors, "test.actors", &d, &errors);
  const Actor& z = d.actors()[Lookup(d, "Volodomir Zelensky")->actor];
  EXPECT_EQ(z.CodeOn(20180101), "UKRELI");
  EXPECT_EQ(z.CodeOn(20220526), "UKRGOV");
  EXPECT_EQ(z.gender, 'm');
}

TEST(OwnActors, ReportsBadLinesAndKeepsTheRest) {
  ActorDictionary d;
  std::vector<std::string> errors;
  ReadActors("country XX Nowhere\n"
             "  name Nowhere\n"
             "country FRA France\n"
             "  colour blue\n"
             "  capital Paris\n"
             "person Anon\n"
             "  role FRAGOV 2020-13-01..\n",
             "bad.actors", &d, &errors);
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0], "bad.actors:1: 'country' needs a CAMEO code after it");
  EXPECT_EQ(errors[1], "bad.actors:4: unknown key 'colour' for a country entry");
  EXPECT_NE(errors[2].find("bad.actors:7: bad role dates"), std::string::npos);
  EXPECT_NE(errors[3].find("person 'Anon' has no role"), std::string::npos);
  EXPECT_EQ(Lookup(d, "Paris")->kind, ActorKind::kCapital);
}

TEST(OwnAgents, ReadsSuffixesAndNormalisesPlurals) {
  AgentDictionary d;
  std::vector<std::string> errors;
  ReadAgents("MIL  troops; armed forces\nGOVMIL defence minister\nbad line\n", "agents.txt", BuiltinLexicon(), &d,
             &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "agents.txt:3: agent line must start with a sector code such as MIL or GOVMIL");
  ASSERT_EQ(d.agents().size(), 3u);
  EXPECT_EQ(d.agents()[0].code, "MIL");
  EXPECT_EQ(NounWords("armed forces", BuiltinLexicon()), (std::vector<std::string>{"armed", "force"}));
}

VerbDictionary ParseVerbs(const char* text, std::vector<std::string>* errors) {
  VerbDictionary d;
  ReadVerbPatterns(text, "verbs.txt", BuiltinLexicon(), AnyCode, &d, errors);
  return d;
}

TEST(OwnVerbs, ParsesFramesComplementsAndNouns) {
  std::vector<std::string> errors;
  VerbDictionary d = ParseVerbs("set TROOPS = troop; battalion_tactical_group\n"
                   "154  send|deploy $TROOPS to|toward T\n"
                   "043  meet with T\n"
                   "0332 vow to send|supply $TROOPS to T\n"
                   "116  find T guilty\n"
                   "1711 seize $TROOPS from|in_front_of T\n"
                   "195  noun air_strike|airstrike on T; against T\n"
                   "999  bogus\n"
                   "154  send $NOSUCH\n",
                   &errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "verbs.txt:8: '999' is not a CAMEO event code");
  EXPECT_EQ(errors[1], "verbs.txt:9: undefined set '$NOSUCH'");
  const auto& p = d.patterns();
  ASSERT_EQ(p.size(), 6u);
  EXPECT_EQ(p[0].main.verbs, (std::vector<std::string>{"send", "deploy"}));
  ASSERT_EQ(p[0].main.preps.size(), 1u);
  EXPECT_TRUE(p[0].main.preps[0].target);
  EXPECT_EQ(p[0].main.object.sequences.back(), (std::vector<std::string>{"battalion", "tactical", "group"}));
  EXPECT_TRUE(p[2].has_complement);
  EXPECT_EQ(p[2].main.verbs, (std::vector<std::string>{"vow"}));
  EXPECT_EQ(p[2].complement.verbs, (std::vector<std::string>{"send", "supply"}));
  EXPECT_TRUE(p[3].main.indirect_target);
  EXPECT_TRUE(p[5].noun_event);
  EXPECT_EQ(p[5].noun.sequences[0], (std::vector<std::string>{"air", "strike"}));
  ASSERT_TRUE(d.ForNoun("strike"));
  ASSERT_TRUE(d.ForVerb("deploy"));
  EXPECT_GT(p[0].specificity, p[1].specificity);
}

TEST(OwnVerbs, ObjectTargetsAndMixedAlternatives) {
  std::vector<std::string> errors;
  VerbDictionary d = ParseVerbs("145  storm parliament|embassy T\n"
                                "060  work with|alongside T\n"
                                "060  work with|beyondx T\n"
                                "190  attack with|shells\n",
                                &errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "verbs.txt:3: 'with|beyondx' mixes prepositions and other words");
  EXPECT_EQ(errors[1], "verbs.txt:4: 'with|shells' mixes prepositions and other words");
  const auto& p = d.patterns();
  ASSERT_EQ(p.size(), 2u);
  EXPECT_TRUE(p[0].main.object_target);
  EXPECT_FALSE(p[0].main.object.sequences.empty());
  ASSERT_EQ(p[1].main.preps.size(), 1u);
  EXPECT_EQ(p[1].main.preps[0].preps, (std::vector<std::string>{"with", "alongside"}));
}

TEST(BuiltinDictionaries, LoadWithoutProblems) {
  std::vector<std::string> errors;
  Dictionaries d = LoadBuiltinDictionaries(&errors);
  std::string all;
  for (const auto& e : errors) all += e + "\n";
  EXPECT_TRUE(errors.empty()) << all;
  EXPECT_GE(d.country_codes.size(), 195u);
  EXPECT_GT(d.actors.actors().size(), 1500u);
  EXPECT_GT(d.agents.agents().size(), 500u);
  EXPECT_GT(d.verbs.patterns().size(), 1000u);
}

TEST(BuiltinDictionaries, CoverEveryCameoRoot) {
  const Dictionaries& d = BuiltinDictionaries();
  std::set<std::string> roots;
  for (const VerbPattern& p : d.verbs.patterns())
    if (p.code != "---") roots.insert(p.code.substr(0, 2));
  EXPECT_EQ(roots.size(), 20u);
}

TEST(Ontology, EveryCodeHasWeightClassAndPlover) {
  const Ontology& o = BuiltinOntology();
  EXPECT_EQ(o.events().size(), 311u);
  const EventInfo* e = o.Event("154");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->quad_class, 4);
  EXPECT_EQ(e->plover_event, "MOBILIZE");
  EXPECT_DOUBLE_EQ(e->goldstein, -7.2);
  for (const EventInfo& info : o.events()) {
    int root = std::stoi(info.code.substr(0, 2));
    int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    EXPECT_EQ(info.quad_class, quad) << info.code;
  }
  EXPECT_TRUE(o.ActorType("GOV"));
}

// What the coder reads from the tables instead of knowing it in C++.
TEST(Ontology, PropertiesAndDerivedCodes) {
  const Ontology& o = BuiltinOntology();
  const EventInfo* attack = o.Event("190");
  ASSERT_TRUE(attack);
  EXPECT_TRUE(attack->violent);
  EXPECT_TRUE(attack->needs_target);
  EXPECT_FALSE(attack->symmetric);
  EXPECT_EQ(attack->threat, "138");
  EXPECT_EQ(attack->intent, "138");
  EXPECT_TRUE(attack->appeal.empty());
  EXPECT_TRUE(o.Event("193")->symmetric);       // clashes
  EXPECT_FALSE(o.Event("0871")->needs_target);  // a ceasefire may face no one named
  EXPECT_EQ(o.Event("0841")->appeal, "0253");
  EXPECT_EQ(o.Event("0841")->demand, "1053");
  EXPECT_EQ(o.Event("070")->intent, "033");
  EXPECT_EQ(o.Event("112")->intent, "112");     // CAMEO has no intent code for accusing
  EXPECT_FALSE(o.Event("112")->violent);
  EXPECT_EQ(o.Event("10"), o.Event("10"));
  EXPECT_NE(o.Event("010"), o.Event("10"));     // leading zeros matter
  EXPECT_EQ(o.Event("0x10"), nullptr);
  EXPECT_TRUE(o.ActorIs("MIL", kForce));
  EXPECT_TRUE(o.ActorIs("REB", kIrregular));
  EXPECT_FALSE(o.ActorIs("GOV", kArmed));
  EXPECT_TRUE(o.ActorIs("IGO", kNonState));
  EXPECT_EQ(o.ActorFlags("ZZZ"), 0);
  EXPECT_EQ(o.ActorFlags(""), 0);
}

TEST(Ontology, BadColumnsAreReportedWithTheirLine) {
  const char* plover = "code\tplover_event\tmode\tcontext\n";
  const char* types = "code\tkind\tflags\tmeaning\nGOV\tdomestic-role\torgan\tGovernment\n";
  auto parse = [&](const std::string& events, const char* actor_types) {
    return Ontology::Parse("code\tname\tgoldstein\tquad_class\tproperties\tthreat\tintent\tappeal\tdemand\trefusal\n" +
                               events,
                           plover, actor_types);
  };
  EXPECT_TRUE(parse("130\tThreaten\t-4.4\t3\t-\t130\t130\t-\t-\t-\n", types).ok());
  auto bad = parse("130\tThreaten\t-4.4\t3\tloud\t130\t130\t-\t-\t-\n", types);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "cameo_events.tsv:2: unknown property 'loud'");
  auto missing = parse("130\tThreaten\t-4.4\t3\t-\t131\t130\t-\t-\t-\n", types);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "cameo_events.tsv:2: '131' is not a code of this table");
  auto flags = parse("130\tThreaten\t-4.4\t3\t-\t130\t130\t-\t-\t-\n",
                     "code\tkind\tflags\tmeaning\nGOV\tdomestic-role\tpowerful\tGovernment\n");
  ASSERT_FALSE(flags.ok());
  EXPECT_EQ(flags.status().message(), "actor_types.tsv:2: unknown flag in 'powerful'");
}

// The weights agree with the public reference table.
TEST(Ontology, GoldsteinWeightsMatchReference) {
  TOCSIN_REQUIRE_SHARED(path, "reference/cameo-goldstein.tsv");
  const Ontology& o = BuiltinOntology();
  size_t checked = 0;
  std::string table = testing::ReadOrDie(path);
  for (std::string_view line : Split(table, '\n', false)) {
    auto f = Split(line, '\t');
    if (f.size() < 2 || f[0] == "cameo_code") continue;
    const EventInfo* e = o.Event(f[0]);
    ASSERT_TRUE(e) << f[0];
    EXPECT_NEAR(e->goldstein, std::stod(std::string(f[1])), 1e-9) << f[0];
    ++checked;
  }
  EXPECT_EQ(checked, o.events().size());
}

}  // namespace
}  // namespace tocsin::dict
