// End-to-end tests of the `tocsin` command: options, formats, and the
// behaviour on bad input (one message per problem naming file, line or record
// and reason; the rest still coded; a summary; a non-zero exit status).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "base/strings.h"
#include "test_util.h"

namespace tocsin {
namespace {

using testing::RunResult;
using testing::TempDir;
using testing::Tocsin;

std::string Write(const std::string& name, const std::string& content) { return testing::WriteTemp(name, content); }

size_t Lines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

TEST(Cli, HelpDocumentsEveryCommand) {
  RunResult r = Tocsin("--help");
  EXPECT_EQ(r.status, 0);
  for (const char* cmd : {"code", "analyze", "eval", "explain", "ingest", "query", "stats", "export", "serve"})
    EXPECT_NE(r.out.find(cmd), std::string::npos) << cmd;
  RunResult c = Tocsin("code --help");
  for (const char* opt : {"--input-format", "--date", "--format", "--all-modalities", "--undirected", "--verbs", "--actors",
                          "--agents", "--discards", "--threads"})
    EXPECT_NE(c.out.find(opt), std::string::npos) << opt;
}

TEST(Cli, CodesTextFromStandardInput) {
  RunResult r = Tocsin("code --date 2022-05-26 -", "Belarus sends troops to Ukrainian border\n");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"code\":\"BLR\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"cameo\":\"154\""), std::string::npos);
  EXPECT_NE(r.out.find("\"plover\":{\"event\":\"MOBILIZE\""), std::string::npos);
  EXPECT_NE(r.err.find("1 documents read, 1 coded, 0 rejected"), std::string::npos) << r.err;
}

TEST(Cli, TsvHasAHeaderAndOneRowPerEvent) {
  RunResult r = Tocsin("code --format tsv --date 2022-05-26 -", "Belarus sends troops to Ukrainian border\n");
  ASSERT_EQ(Lines(r.out), 2u) << r.out;
  EXPECT_TRUE(r.out.starts_with("date\tsource\ttarget\tcameo"));
  EXPECT_NE(r.out.find("2022-05-26\tBLR\tUKR\t154\t15\t4\t-7.2\tMOBILIZE"), std::string::npos) << r.out;
}

TEST(Cli, AllModalitiesShowsNegatedEvents) {
  std::string text = "The Belarusian army did not attack Ukraine.\n";
  EXPECT_EQ(Tocsin("code --date 2022-05-26 -", text).out, "");
  RunResult r = Tocsin("code --all-modalities --date 2022-05-26 -", text);
  EXPECT_NE(r.out.find("\"modality\":\"negated\""), std::string::npos) << r.out;
}

TEST(Cli, UndirectedShowsActsWithNoTarget) {
  std::string text = "Belarusian troops attacked overnight.\n";
  EXPECT_EQ(Tocsin("code --date 2022-05-26 -", text).out, "");
  RunResult r = Tocsin("code --undirected --date 2022-05-26 -", text);
  EXPECT_NE(r.out.find("\"code\":\"BLRMIL\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"target\":null"), std::string::npos) << r.out;
}

TEST(Cli, BadInputIsReportedAndTheRestCoded) {
  std::string good = Write("good.txt", "Belarus sends troops to Ukrainian border\n");
  std::string bad_utf8 = Write("bad.txt", "Russia attacked \xff Ukraine.\n");
  std::string empty = Write("empty.txt", "");
  std::string jsonl = Write("in.jsonl",
                            "{\"id\":\"ok\",\"date\":\"2022-05-26\",\"text\":\"Russia attacked Ukraine.\"}\n"
                            "{\"id\":\"broken\",\n"
                            "{\"id\":\"notext\",\"date\":\"2022-05-26\"}\n"
                            "{\"id\":\"long\",\"text\":\"" + std::string(300, 'a') + "\"}\n");
  RunResult r = Tocsin("code --date 2022-05-26 --max-record-bytes 200 " + good + " " + bad_utf8 + " " + empty + " " +
                 jsonl + " /nonexistent.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(bad_utf8 + ": record bad: invalid UTF-8 at line 1, byte 16"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(empty + ": empty file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(jsonl + ":2: malformed JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(jsonl + ":3: record notext: record has no text"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(jsonl + ":4: line of"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/nonexistent.txt: cannot open"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("8 documents read, 2 coded, 6 rejected"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc_id\":\"good\""), std::string::npos);
  EXPECT_NE(r.out.find("\"doc_id\":\"ok\""), std::string::npos);
}

TEST(Cli, ForcedInputFormat) {
  RunResult r = Tocsin("code --input-format text --date 2022-05-26 -", "{\"not\": \"json lines here\"}\n");
  EXPECT_EQ(r.status, 0) << r.err;
  RunResult bad = Tocsin("code --input-format yaml -", "x");
  EXPECT_NE(bad.status, 0);
}

// The README's quick start, byte for byte: the events of the bundled example
// are in tests/golden/border-article.events.jsonl (update it, and look at
// the difference, when the coder's output is meant to change).
TEST(Cli, ReadmeExampleGivesItsGoldenEvents) {
  RunResult r = Tocsin("code --date 2024-03-14 " + testing::SourcePath("examples/border-article.txt"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, testing::ReadOrDie(testing::SourcePath("tests/golden/border-article.events.jsonl")));
}

TEST(Cli, AForcedFormatThatReadsNothingFails) {
  RunResult r = Tocsin("code --input-format xml --date 2022-05-26 -", "Belarus sends troops to the border.\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("no PETRARCH XML <Sentence> records"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 rejected"), std::string::npos) << r.err;
}

TEST(Cli, NegativeThreadCountsAreRefused) {
  for (const char* command : {"code -j -1 -", "analyze -j -2 -", "eval -j -1 x.gold"}) {
    RunResult r = Tocsin(command, "x\n");
    EXPECT_NE(r.status, 0) << command;
    EXPECT_NE(r.err.find("the number of threads cannot be negative"), std::string::npos) << command << ": " << r.err;
  }
}

TEST(Cli, BadDateOptionIsRejected) {
  RunResult r = Tocsin("code --date 2022-02-30 -", "x\n");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("--date 2022-02-30 is not a date"), std::string::npos) << r.err;
}

TEST(Cli, AnalyzePrintsVerbGroups) {
  RunResult r = Tocsin("analyze -", "Forty towns have been bombed.\n");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("\"voice\":\"passive\""), std::string::npos) << r.out;
}

TEST(Cli, ExplainShowsEveryStep) {
  RunResult r = Tocsin("explain --date 2022-05-26 \"Belarus sends troops to Ukrainian border\"");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("tagged: Belarus/NNP sends/VBZ"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("name  'Belarus' -> country Belarus [BLR]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("agent 'troops' -> MIL"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("verb 'sends' (send): pattern"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("BLR -> UKR  154 (asserted)"), std::string::npos) << r.out;
}

// A verb the dictionary knows whose patterns all fail: explain lists them.
TEST(Cli, ExplainShowsNearMissPatterns) {
  RunResult r = Tocsin("explain \"India summoned the spokesman.\"");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("verb 'summoned' (summon): no pattern matches"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("near miss: '114   summon $DIPLOMATS' (data/dict/verbs.txt:"), std::string::npos) << r.out;
}

TEST(Cli, EvalScoresOwnGold) {
  std::string gold = Write("g.gold",
                           "## id=1 date=2022-05-26\nBelarus sends troops to Ukrainian border\n=> BLR UKR 154\n"
                           "## id=2 date=2022-05-26\nShares fell in London.\n");
  RunResult r = Tocsin("eval --json " + gold);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"triple\":{\"precision\":1.0000,\"recall\":1.0000"), std::string::npos) << r.out;
}

TEST(Cli, PetrarchDictionariesReplaceTheDefaults) {
  TOCSIN_REQUIRE_SHARED(dir, "dictionaries/petrarch");
  RunResult r = Tocsin("code --format tsv --date 1998-01-01 --verbs " + dir + "/PETR.Validate.verbs.txt --actors " + dir +
                     "/PETR.Validate.actors.txt --agents " + dir + "/PETR.Validate.agents.txt -",
                 "Arnor attacked Gondor.\n");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\tARN\tGON\t223\t"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("PETR.Validate.actors.txt: 128 actors"), std::string::npos) << r.err;
}

// "+FILE" adds a user's entries to the built-in dictionaries; "FILE" replaces them.
TEST(Cli, PlusFileExtendsTheBuiltInDictionaries) {
  std::string mine = Write("mine.actors", "group COLREB  Frente Norte Unido\n  name    Frente Norte Unido; FNU\n");
  std::string text = "The FNU attacked police in Antioquia. Russia attacked Ukraine.\n";
  RunResult added = Tocsin("code --format tsv --actors +" + mine + " -", text);
  EXPECT_EQ(added.status, 0) << added.err;
  EXPECT_NE(added.out.find("\tCOLREB\tCOLCOP\t"), std::string::npos) << added.out;
  EXPECT_NE(added.out.find("\tRUS\tUKR\t"), std::string::npos) << added.out;  // the built-in actors stay
  EXPECT_NE(added.err.find("mine.actors: 1 actors"), std::string::npos) << added.err;
  RunResult replaced = Tocsin("code --format tsv --actors " + mine + " -", text);
  EXPECT_NE(replaced.out.find("\tCOLREB\tCOLCOP\t"), std::string::npos) << replaced.out;
  EXPECT_EQ(replaced.out.find("\tRUS\tUKR\t"), std::string::npos) << replaced.out;  // only the file's actors
  RunResult missing = Tocsin("code --actors +/nonexistent/x.actors -", text);
  EXPECT_NE(missing.status, 0);
  EXPECT_NE(missing.err.find("/nonexistent/x.actors"), std::string::npos) << missing.err;
}

TEST(Cli, MinConfidenceKeepsTheSurerEvents) {
  std::string text = "Russia attacked Ukraine. The European Union condemned Russia.\n";
  RunResult all = Tocsin("code --format tsv -", text);
  RunResult none = Tocsin("code --format tsv --min-confidence 1 -", text);
  EXPECT_EQ(all.status, 0) << all.err;
  EXPECT_NE(all.out.find("\tRUS\tUKR\t"), std::string::npos) << all.out;
  EXPECT_EQ(none.out, all.out.substr(0, all.out.find('\n') + 1));  // the header alone
  EXPECT_NE(Tocsin("code --min-confidence 1.5 -", text).status, 0);
}

TEST(Cli, EvalCalibrateWritesATableOrSaysWhyNot) {
  std::string gold = Write("c.gold", "## id=1 date=2024-01-01\nRussia attacked Ukraine.\n=> RUS UKR 190\n");
  std::string table = TempDir() + "/confidence.tsv";
  RunResult r = Tocsin("eval --no-errors --calibrate " + table + " " + gold);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("reliability"), std::string::npos) << r.out;
  std::string written = testing::ReadOrDie(table);
  EXPECT_NE(written.find("*\t1\t1\t1.000\n"), std::string::npos) << written;
  RunResult bad = Tocsin("eval --no-errors --calibrate /nonexistent/dir/c.tsv " + gold);
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("/nonexistent/dir/c.tsv.tmp: cannot create"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace tocsin
