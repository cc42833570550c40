// Tests of the syntax stage: chunks, clauses, passive, negation, modality,
// reported speech; and the golden file of tricky sentences.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <map>
#include <set>

#include "base/strings.h"
#include "io/analysis_writer.h"
#include "builtin/builtin.h"
#include "syntax/chunker.h"
#include "syntax/clause_context.h"
#include "syntax/clauses.h"
#include "test_util.h"

namespace tocsin::syntax {
namespace {

// One verb group as `tocsin analyze` prints it, flattened to strings.
using VerbGroupFields = std::map<std::string, std::string>;

std::vector<VerbGroupFields> VerbGroups(const std::string& sentence) {
  const syntax::AnalyzedDocument& a = testing::Analyze(sentence);
  std::vector<VerbGroupFields> out;
  simdjson::dom::parser parser;
  for (size_t i = 0; i < a.doc.sentences.size(); ++i) {
    std::string json;
    io::AppendAnalysisJson(a, i, nullptr, &json);
    simdjson::dom::element doc = parser.parse(json);
    for (simdjson::dom::element vg : doc["verb_groups"].get_array()) {
      VerbGroupFields f;
      for (auto field : vg.get_object()) {
        std::string key(field.key);
        if (key == "prepositions") {
          for (simdjson::dom::element pp : field.value.get_array()) {
            std::string prep(pp["prep"].get_string().value());
            if (!f.count(prep)) f[prep] = std::string(pp["object"].get_string().value());
          }
          continue;
        }
        if (field.value.is_null()) f[key] = "-";
        else if (field.value.is_bool()) f[key] = field.value.get_bool().value() ? "true" : "false";
        else f[key] = std::string(field.value.get_string().value());
      }
      out.push_back(std::move(f));
    }
  }
  return out;
}

const VerbGroupFields* Find(const std::vector<VerbGroupFields>& vgs, const std::string& verb, int nth = 0) {
  for (const auto& vg : vgs)
    if (vg.at("verb") == verb && nth-- == 0) return &vg;
  return nullptr;
}

// A field of the first verb group with lemma `verb`, or a note that there is none.
std::string Field(const std::vector<VerbGroupFields>& vgs, const std::string& verb, const std::string& key) {
  const VerbGroupFields* vg = Find(vgs, verb);
  if (!vg) return "<no verb group '" + verb + "'>";
  auto it = vg->find(key);
  return it == vg->end() ? "-" : it->second;
}

TEST(Chunks, NounPhrasesKeepTitlesAndPossessors) {
  const auto& a = testing::Analyze("Belarusian President Alexander Lukashenko met Russia's defence minister.");
  const auto& s = a.sentences[0];
  ASSERT_GE(s.nps.size(), 2u);
  EXPECT_EQ(NounPhraseText(a.doc, s, 0), "Belarusian President Alexander Lukashenko");
  EXPECT_EQ(NounPhraseText(a.doc, s, 1), "Russia's defence minister");
  EXPECT_NE(s.nps[1].possessor_end, 0u);
}

TEST(Chunks, CoordinatedNounPhrases) {
  auto vgs = VerbGroups("The US and its allies continue to increase their forces.");
  EXPECT_EQ(Field(vgs, "continue", "subject"), "The US + its allies");
}

TEST(Clauses, PassiveWithAndWithoutAgent) {
  auto vgs = VerbGroups("Forty towns have been bombed.");
  EXPECT_EQ(Field(vgs, "bomb", "voice"), "passive");
  EXPECT_EQ(Field(vgs, "bomb", "agent"), "-");
  EXPECT_EQ(Field(vgs, "bomb", "subject"), "Forty towns");
  vgs = VerbGroups("The convoy was attacked by Russian forces near Kharkiv.");
  EXPECT_EQ(Field(vgs, "attack", "agent"), "Russian forces");
}

TEST(Clauses, NegationAndDoubleNegation) {
  auto vgs = VerbGroups("The Belarusian president did not give details.");
  EXPECT_EQ(Field(vgs, "give", "negated"), "true");
  vgs = VerbGroups("The Russians have not stopped shelling positions.");
  EXPECT_EQ(Field(vgs, "stop", "negated"), "true");
  EXPECT_EQ(Field(vgs, "shell", "negated"), "false");
  EXPECT_EQ(Field(vgs, "shell", "subject"), "The Russians");
  vgs = VerbGroups("The council failed to adopt the resolution.");
  EXPECT_EQ(Field(vgs, "adopt", "negated"), "true");
  // Contracted and fused negations.
  EXPECT_EQ(Field(VerbGroups("Kyiv can't accept the deal."), "accept", "negated"), "true");
  EXPECT_EQ(Field(VerbGroups("Russia didn't attack the convoy."), "attack", "negated"), "true");
  EXPECT_EQ(Field(VerbGroups("Moscow cannot send more troops."), "send", "negated"), "true");
}

TEST(Clauses, ModalityFromAuxiliariesAndGoverningVerbs) {
  auto vgs = VerbGroups("Lukashenko announced that he will send a battalion to the border.");
  EXPECT_EQ(Field(vgs, "send", "modality"), "intended");
  EXPECT_EQ(Field(vgs, "send", "subject"), "he");
  vgs = VerbGroups("Putin has tried to pressure the Belarusian leader.");
  EXPECT_EQ(Field(vgs, "pressure", "modality"), "attempted");
  EXPECT_EQ(Field(vgs, "pressure", "governor"), "try");
  EXPECT_EQ(Field(vgs, "pressure", "subject"), "Putin");
  vgs = VerbGroups("Belarus may have agreed to further involvement.");
  EXPECT_EQ(Field(vgs, "agree", "modality"), "possible");
  vgs = VerbGroups("If Russia attacks, NATO will respond.");
  EXPECT_EQ(Field(vgs, "attack", "modality"), "hypothetical");
}

TEST(Clauses, ReportedSpeechKeepsTheSpeaker) {
  auto vgs = VerbGroups("The ministry said that Russian forces shelled Kharkiv.");
  EXPECT_EQ(Field(vgs, "shell", "modality"), "reported");
  EXPECT_EQ(Field(vgs, "shell", "speaker"), "The ministry");
  EXPECT_EQ(Field(vgs, "shell", "subject"), "Russian forces");
  vgs = VerbGroups("Russian forces shelled Kharkiv overnight, the governor said.");
  EXPECT_EQ(Field(vgs, "shell", "speaker"), "the governor");
  vgs = VerbGroups("According to Kyiv, Russian forces shelled Kharkiv.");
  EXPECT_EQ(Field(vgs, "shell", "speaker"), "Kyiv");
}

TEST(Clauses, RelativePronounsAndControl) {
  auto vgs = VerbGroups("Lukashenko, who met Putin on Friday, said nothing.");
  EXPECT_EQ(Field(vgs, "meet", "subject"), "Lukashenko");
  EXPECT_EQ(Field(vgs, "say", "subject"), "Lukashenko");
  vgs = VerbGroups("The UN urged Moscow to withdraw its troops.");
  EXPECT_EQ(Field(vgs, "withdraw", "subject"), "Moscow");
  EXPECT_EQ(Field(vgs, "withdraw", "governor"), "urge");
}

// ---------------------------------------------------------------------------
// The golden file (docs/analysis-golden.md). Records the analyser is known to
// get wrong are listed, with the reason, in analysis.known-failures; the test
// fails on any other failure, and on a listed record that now passes, so the
// list only ever shrinks.

struct Expectation {
  std::string verb;
  std::vector<std::pair<std::string, std::string>> fields;
  size_t line;
};
struct GoldenRecord {
  std::string id, sentence;
  std::vector<Expectation> expectations;
};

std::vector<GoldenRecord> ReadGolden(const std::string& text) {
  std::vector<GoldenRecord> records;
  size_t line_no = 0;
  for (std::string_view line : Split(text, '\n', false)) {
    ++line_no;
    std::string_view t = Trim(line);
    if (t.empty() || t[0] == '#') {
      if (t.starts_with("## ")) records.push_back({std::string(Trim(t.substr(3))), "", {}});
      continue;
    }
    if (records.empty()) continue;
    if (t.starts_with("> ")) {
      records.back().sentence = std::string(t.substr(2));
      continue;
    }
    Expectation e;
    e.line = line_no;
    size_t i = 0;
    while (i < t.size() && !IsAsciiSpace(t[i])) ++i;
    e.verb = std::string(t.substr(0, i));
    while (i < t.size()) {
      while (i < t.size() && IsAsciiSpace(t[i])) ++i;
      size_t eq = t.find('=', i);
      if (eq == t.npos) break;
      std::string key(t.substr(i, eq - i));
      std::string value;
      i = eq + 1;
      if (i < t.size() && t[i] == '"') {
        size_t close = t.find('"', i + 1);
        value = std::string(t.substr(i + 1, close - i - 1));
        i = close == t.npos ? t.size() : close + 1;
      } else {
        size_t end = i;
        while (end < t.size() && !IsAsciiSpace(t[end])) ++end;
        value = std::string(t.substr(i, end - i));
        i = end;
      }
      e.fields.emplace_back(key, value);
    }
    records.back().expectations.push_back(std::move(e));
  }
  return records;
}

// Why a record fails, or "" when it passes.
std::string Check(const GoldenRecord& r) {
  std::vector<VerbGroupFields> vgs = VerbGroups(r.sentence);
  std::map<std::string, int> seen;
  std::string why;
  for (const Expectation& e : r.expectations) {
    const VerbGroupFields* vg = Find(vgs, e.verb, seen[e.verb]++);
    if (!vg) {
      why += " no verb group '" + e.verb + "';";
      continue;
    }
    for (const auto& [key, want] : e.fields) {
      auto it = vg->find(key);
      std::string got = it == vg->end() ? "-" : it->second;
      if (got != want) why += " " + e.verb + "." + key + "=\"" + got + "\" (want \"" + want + "\");";
    }
  }
  return why;
}

// A fresh chunking of the first sentence of `text`, for running the clause
// passes one at a time.
Analysis Chunked(const std::string& text) {
  const AnalyzedDocument& a = testing::Analyze(text);
  Analysis out;
  ChunkSentence(a.doc, a.doc.sentences[0], BuiltinWordClasses(), &out);
  return out;
}

int32_t VgOf(const text::Document& doc, const Analysis& a, std::string_view word) {
  for (size_t v = 0; v < a.vgs.size(); ++v)
    if (doc.TokenText(doc.tokens[a.vgs[v].main]) == word) return int32_t(v);
  ADD_FAILURE() << "no verb " << word;
  return 0;
}

// Runs the passes up to and including `last`.
void RunPassesThrough(ClauseContext& cx, std::string_view last) {
  for (const ClausePass& pass : ClausePasses()) {
    pass.run(cx);
    if (pass.name == last) return;
  }
  ADD_FAILURE() << "no pass named " << last;
}

TEST(ClausePasses, NamedAndInOrder) {
  std::set<std::string> names;
  for (const ClausePass& pass : ClausePasses()) EXPECT_TRUE(names.insert(pass.name).second) << pass.name;
  EXPECT_EQ(std::string(ClausePasses().front().name), "parentheticals");
  EXPECT_EQ(std::string(ClausePasses().back().name), "conditionals");
}

// The subjects pass finds an object relative's host; the objects pass, run
// after it, fills the relative verb's object with it.
TEST(ClausePasses, SubjectsThenObjectsOfAnObjectRelative) {
  std::string text = "The troops that Russia sent to Belarus have returned.";
  const text::Document& doc = testing::Analyze(text).doc;
  Analysis a = Chunked(text);
  ClauseState state;
  ClauseContext cx(doc, BuiltinWordClasses(), &a, &state);
  RunPassesThrough(cx, "subjects");
  int32_t sent = VgOf(doc, a, "sent"), returned = VgOf(doc, a, "returned");
  EXPECT_EQ(NounPhraseText(doc, a, a.vgs[returned].subject), "The troops");
  EXPECT_EQ(NounPhraseText(doc, a, a.vgs[sent].subject), "Russia");
  EXPECT_EQ(NounPhraseText(doc, a, cx.object_gap[sent]), "The troops");
  EXPECT_EQ(a.vgs[sent].object, -1);  // not yet: the objects pass sets it
  FindObjects(cx);
  EXPECT_EQ(NounPhraseText(doc, a, a.vgs[sent].object), "The troops");
}

// Negation outside the verb group is the negation pass's alone.
TEST(ClausePasses, NegationPassAlone) {
  std::string text = "Russia never attacked Ukraine.";
  const text::Document& doc = testing::Analyze(text).doc;
  Analysis a = Chunked(text);
  ClauseState state;
  ClauseContext cx(doc, BuiltinWordClasses(), &a, &state);
  RunPassesThrough(cx, "conjuncts");
  int32_t attacked = VgOf(doc, a, "attacked");
  EXPECT_FALSE(a.vgs[attacked].negated);
  MarkNegation(cx);
  EXPECT_TRUE(a.vgs[attacked].negated);
}

// The known-failures file lists each failing record with what goes wrong in
// it; a listed record that fails differently (better or worse) must be
// listed anew, so the list always says what the analyser does.
TEST(Golden, AnalysisOfTrickySentences) {
  std::string golden = testing::ReadOrDie(testing::SourcePath("tests/golden/analysis.golden"));
  std::string known_text = testing::ReadOrDie(testing::SourcePath("tests/golden/analysis.known-failures"));
  std::map<std::string, std::string> known;  // id -> what goes wrong
  for (std::string_view line : Split(known_text, '\n', false)) {
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    size_t space = line.find_first_of(" \t");
    std::string id(line.substr(0, space));
    known[id] = space == std::string_view::npos ? "" : std::string(Trim(line.substr(space)));
  }
  auto records = ReadGolden(golden);
  ASSERT_GE(records.size(), 150u);
  size_t passed = 0;
  std::string unexpected, fixed, changed;
  for (const GoldenRecord& r : records) {
    std::string why(Trim(Check(r)));
    auto listed = known.find(r.id);
    if (why.empty()) {
      ++passed;
      if (listed != known.end()) fixed += "  " + r.id + "\n";
    } else if (listed == known.end()) {
      unexpected += "  " + r.id + ": " + r.sentence + "\n   " + why + "\n";
    } else if (listed->second != why) {
      changed += "  " + r.id + "  " + why + "\n    (listed: " + listed->second + ")\n";
    }
  }
  std::printf("golden analysis: %zu of %zu records pass (%zu listed as known failures)\n", passed, records.size(),
              known.size());
  EXPECT_TRUE(unexpected.empty()) << "records failing that are not known failures:\n" << unexpected;
  EXPECT_TRUE(fixed.empty()) << "known failures that now pass (remove them from analysis.known-failures):\n" << fixed;
  EXPECT_TRUE(changed.empty()) << "known failures that now fail differently (list them as they are):\n" << changed;
}

}  // namespace
}  // namespace tocsin::syntax
