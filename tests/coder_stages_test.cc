// The coder's stages run one at a time on a real sentence: pattern matching,
// target finding, actors in context and the post-rules, each given only the
// inputs it declares (coder/sentence.h).
#include <gtest/gtest.h>

#include <optional>
#include <set>

#include "coder/context.h"
#include "coder/emit.h"
#include "coder/patterns.h"
#include "coder/rules.h"
#include "coder/targets.h"
#include "pipeline/pipeline.h"
#include "syntax/analyzer.h"
#include "test_util.h"

namespace tocsin::coder {
namespace {

// The first sentence of `text`, analysed, with its actors resolved: what the
// coder's stages receive.
class Staged {
 public:
  explicit Staged(const std::string& text, const std::string& date = "2024-05-01")
      : knowledge_(pipeline::BuiltinKnowledge()),
        pipe_(knowledge_),
        resolver_(knowledge_.dictionaries, knowledge_.ontology, knowledge_.words, DateNumber(date)) {
    EXPECT_TRUE(pipe_.Analyze({"t", date, text}, &ws_).ok());
    const text::Document& doc = ws_.analyzed.doc;
    resolver_.FindMentions(doc, doc.sentences[0]);
    resolver_.ResolveSentence(doc, 0, ws_.analyzed.sentences[0], &memory_);
    context_.emplace(SentenceContext{knowledge_.dictionaries, knowledge_.ontology, knowledge_.words, doc, 0,
                                     ws_.analyzed.sentences[0], resolver_, "", counts_, events_, 0});
  }
  const SentenceContext& s() const { return *context_; }
  // The noun phrase whose text is `text`, or -1.
  int32_t Np(std::string_view text) const {
    for (size_t i = 0; i < s().a.nps.size(); ++i)
      if (syntax::NounPhraseText(s().doc, s().a, int32_t(i)) == text) return int32_t(i);
    ADD_FAILURE() << "no phrase '" << text << "'";
    return -1;
  }
  // The verb group whose main verb is `word`, or -1.
  int32_t Vg(std::string_view word) const {
    for (size_t v = 0; v < s().a.vgs.size(); ++v)
      if (s().Text(s().a.vgs[v].main) == word) return int32_t(v);
    ADD_FAILURE() << "no verb '" << word << "'";
    return -1;
  }
  static std::string Codes(const std::vector<CodedActor>& actors) {
    std::string out;
    for (const CodedActor& a : actors) out += (out.empty() ? "" : " ") + a.code;
    return out;
  }

 private:
  pipeline::Knowledge knowledge_;
  pipeline::Pipeline pipe_;
  pipeline::Workspace ws_;
  ActorResolver resolver_;
  EntityMemory memory_;
  CountryCounts counts_;
  std::vector<Event> events_;
  std::optional<SentenceContext> context_;
};

TEST(Patterns, TheMostSpecificPatternAndItsTarget) {
  Staged t("The United States imposed new sanctions on Iran.");
  Candidate simple, with_complement;
  MatchVerbPatterns(t.s(), t.Vg("imposed"), &simple, &with_complement);
  ASSERT_TRUE(simple.pattern);
  EXPECT_EQ(simple.pattern->code, "163");
  EXPECT_FALSE(with_complement.pattern);
  EXPECT_TRUE(simple.main.designated);
  EXPECT_EQ(simple.main.target, t.Np("Iran"));
}

TEST(Patterns, AComplementFrameSpansTwoVerbs) {
  Staged t("Germany vowed to send more weapons to Ukraine.");
  Candidate simple, with_complement;
  MatchVerbPatterns(t.s(), t.Vg("vowed"), &simple, &with_complement);
  ASSERT_TRUE(with_complement.pattern) << "no complement pattern";
  EXPECT_EQ(with_complement.complement_vg, t.Vg("send"));
}

TEST(Patterns, EventNounsAreFoundAtTheEndOfAPhrase) {
  Staged t("Israeli air strikes on Gaza killed 12 people.");
  uint32_t noun_start = 0;
  const dict::VerbPattern* p = NounPatternOf(t.s(), t.Np("Israeli air strikes"), &noun_start);
  ASSERT_TRUE(p);
  EXPECT_TRUE(t.s().IsViolent(p->code)) << p->code;
  EXPECT_EQ(t.s().Text(noun_start), "air");
}

TEST(Targets, APrepositionalPhraseByTheRankOfItsPreposition) {
  Staged t("Guterres appealed to Israel for a ceasefire in Gaza.");
  std::vector<CodedActor> sources = t.s().Actors(t.Np("Guterres"));
  EXPECT_EQ(FallbackTarget(t.s(), t.Vg("appealed"), -1, sources), t.Np("Israel"));
}

TEST(Targets, TheSourcesOwnCountryGivesWayToWhatIsAttached) {
  Staged t("Belarus sent troops to its border with Ukraine.");
  std::vector<CodedActor> sources = t.s().Actors(t.Np("Belarus"));
  EXPECT_EQ(Staged::Codes(TargetActors(t.s(), t.Vg("sent"), t.Np("its border"), sources)), "UKR");
}

TEST(Targets, AViolentActWithNoOneNamedFallsOnThePlace) {
  Staged t("Russian forces shelled positions near Kharkiv.");
  std::vector<CodedActor> sources = t.s().Actors(t.Np("Russian forces"));
  std::vector<CodedActor> targets;
  PlaceTarget(t.s(), sources, &targets);
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].code, "UKR");
  EXPECT_EQ(targets[0].evidence.back().Text(t.s().doc), "target: the place named in the sentence");
}

TEST(Context, ARoleTakesItsCountryFromWhereTheSentencePutsIt) {
  Staged t("Protesters in Minsk denounced the election.");
  std::vector<CodedActor> protesters = t.s().Actors(t.Np("Protesters"));
  ASSERT_EQ(Staged::Codes(protesters), "---OPP");
  Contextualize(t.s(), t.Vg("denounced"), &protesters, {}, /*violent=*/false, /*is_target=*/false);
  EXPECT_EQ(Staged::Codes(protesters), "BLROPP");
  EXPECT_EQ(protesters[0].evidence.back().Text(t.s().doc), "country BLR from the context of the sentence");
}

TEST(Context, ANationalityBeforeAThingNamesNoActor) {
  Staged t("Chinese stocks rallied on Monday.");
  int32_t np = t.Np("Chinese stocks");
  EXPECT_FALSE(NamesAnActor(t.s(), np, t.s().Actors(np)));
  Staged u("The Russian side rejected the proposal.");
  int32_t side = u.Np("The Russian side");
  EXPECT_TRUE(NamesAnActor(u.s(), side, u.s().Actors(side)));
}

TEST(Rules, TheTableIsNamedAndOrdered) {
  std::set<std::string> names;
  for (const PostRule& r : PostRules()) {
    EXPECT_TRUE(r.name && *r.name);
    EXPECT_TRUE(r.applies && r.rewrite) << r.name;
    EXPECT_TRUE(names.insert(r.name).second) << "two rules named " << r.name;
  }
  EXPECT_EQ(PostRules().front().name, std::string("refusal"));
}

TEST(Rules, ForceAgainstProtestersIsRepression) {
  Staged t("Belarusian police attacked protesters in Minsk.");
  Draft d;
  d.code = "190";
  d.verb_vg = t.Vg("attacked");
  d.target_np = t.Np("protesters");
  Cast c{t.s().Actors(t.Np("Belarusian police")), t.s().Actors(d.target_np)};
  std::vector<std::string> trace;
  ASSERT_TRUE(ApplyPostRules(t.s(), &d, &c, &trace));
  EXPECT_EQ(d.code, "175");
  EXPECT_EQ(d.note, "force against protesters: repression (190 -> 175)");
  ASSERT_FALSE(trace.empty());
  EXPECT_EQ(trace[0], "  rule 'repression' on 190: now 175");
}

TEST(Rules, RolesOnBothSidesMakeNoEvent) {
  Staged t("Troops attacked police.");
  Draft d;
  d.code = "190";
  d.verb_vg = t.Vg("attacked");
  Cast c{t.s().Actors(t.Np("Troops")), t.s().Actors(t.Np("police"))};
  EXPECT_FALSE(ApplyPostRules(t.s(), &d, &c));
}

TEST(Rules, CoercionWithNoOneNamedFallsOnTheSourcesCountry) {
  Staged t("Bangladesh imposed a curfew.");
  Draft d;
  d.code = "172";
  Cast c{t.s().Actors(t.Np("Bangladesh")), {}};
  ASSERT_TRUE(ApplyPostRules(t.s(), &d, &c));
  EXPECT_EQ(Staged::Codes(c.targets), "BGD");
  EXPECT_EQ(d.code, "172");
}

TEST(Emit, OneEventPerDistinctActionAndEachSideOfEachOther) {
  Staged t("Russia and Ukraine accused each other of shelling the plant.");
  std::vector<Event> out;
  RecentViolence last;
  SentenceState st{&out, &last, std::vector<bool>(t.s().a.nps.size()), std::vector<bool>(t.s().a.vgs.size())};
  Draft d;
  d.code = "112";
  d.verb_vg = t.Vg("accused");
  d.source_np = t.Np("Russia");
  d.target_np = t.Np("each other");
  d.verb = "accused";
  d.span_begin = t.s().a.vgs[d.verb_vg].begin;
  d.span_end = t.s().a.vgs[d.verb_vg].end;
  Emit(t.s(), &st, d);
  Emit(t.s(), &st, d);  // the same act again is not a second event
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(testing::Brief(out[0]), "RUS UKR 112");
  EXPECT_EQ(testing::Brief(out[1]), "UKR RUS 112");
}

}  // namespace
}  // namespace tocsin::coder
