// `tocsin ingest` and `tocsin query` end to end on real files: what is stored
// is what `code` prints, unchanged documents are skipped, CSV and TSV load in
// standard readers, bad filters are named, and kill -9 at random moments
// never leaves a damaged or half-written store.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "base/strings.h"
#include "test_util.h"

namespace tocsin {
namespace {

using testing::RunResult;
using testing::Tocsin;

std::string Fresh(const std::string& name) { return testing::FreshStorePath(name); }

std::string Example() { return testing::SourcePath("examples/border-article.txt"); }

TEST(StoreCli, IngestKeepsWhatCodePrintsAndSkipsWhatIsUnchanged) {
  std::string db = Fresh("cli.db");
  RunResult ingest = Tocsin("ingest --db " + db + " --date 2024-03-14 " + Example());
  ASSERT_EQ(ingest.status, 0) << ingest.err;
  EXPECT_NE(ingest.err.find("1 documents read, 1 coded, 0 rejected"), std::string::npos) << ingest.err;
  RunResult code = Tocsin("code -q --date 2024-03-14 " + Example());
  RunResult query = Tocsin("query --db " + db + " --format jsonl");
  ASSERT_EQ(query.status, 0) << query.err;
  EXPECT_EQ(query.out, code.out);

  RunResult again = Tocsin("ingest --db " + db + " --date 2024-03-14 " + Example());
  EXPECT_NE(again.err.find("0 coded, 1 unchanged"), std::string::npos) << again.err;
  RunResult forced = Tocsin("ingest --force --db " + db + " --date 2024-03-14 " + Example());
  EXPECT_NE(forced.err.find("1 coded, 0 rejected"), std::string::npos) << forced.err;
  RunResult other_date = Tocsin("ingest --db " + db + " --date 2024-03-15 " + Example());
  EXPECT_NE(other_date.err.find("1 coded, 0 rejected"), std::string::npos) << other_date.err;
  EXPECT_EQ(Tocsin("query --db " + db + " --format jsonl --to 2024-03-14").out, "");
}

TEST(StoreCli, WithoutDbTheStoreIsTocsinDbOrTheEnvironmentsChoice) {
  std::string dir = testing::TempDir() + "/default-store";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string ingest = std::string(TOCSIN_BINARY) + " ingest -q --date 2024-03-14 " + Example();
  ASSERT_EQ(std::system(("cd " + dir + " && " + ingest).c_str()), 0);
  EXPECT_TRUE(std::filesystem::exists(dir + "/tocsin.db"));
  std::string chosen = Fresh("chosen.db");
  ASSERT_EQ(std::system(("cd " + dir + " && TOCSIN_DB=" + chosen + " " + ingest).c_str()), 0);
  EXPECT_TRUE(std::filesystem::exists(chosen));
}

TEST(StoreCli, QueryNamesTheBadFilter) {
  std::string db = Fresh("bad.db");
  Tocsin("ingest -q --db " + db + " --date 2024-03-14 " + Example());
  RunResult r = Tocsin("query --db " + db + " --from 2024-02-30 --quad 9");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--from: '2024-02-30' is not a date"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--quad: QuadClass is 1, 2, 3 or 4"), std::string::npos) << r.err;
  RunResult fts = Tocsin("query --db " + db + " --text '\"unclosed'");
  EXPECT_EQ(fts.status, 2);
  EXPECT_NE(fts.err.find("is not a full-text query"), std::string::npos) << fts.err;
  RunResult missing = Tocsin("query --db " + Fresh("none.db"));
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no store at"), std::string::npos) << missing.err;
}

// CSV is RFC 4180: Python's csv module reads back every field unchanged,
// quotes and commas included; TSV escapes what would break a row.
TEST(StoreCli, CsvAndTsvRoundTripThroughStandardReaders) {
  if (std::system("python3 -c 'import csv, json' 2>/dev/null") != 0) GTEST_SKIP() << "python3 not found; skipping";
  std::string input = testing::WriteTemp(
      "quoted.jsonl",
      "{\"id\":\"q1\",\"date\":\"2024-03-14\",\"title\":\"Border, again\",\"source\":\"Wire \\\"A\\\"\","
      "\"url\":\"https://example.org/a?b=1,2\",\"text\":\"\\\"We will not withdraw,\\\" Putin said, "
      "as Belarus sent troops to the Ukrainian border.\"}\n");
  std::string dir = testing::TempDir();
  ASSERT_EQ(std::system((std::string(TOCSIN_BINARY) + " code -q --format jsonl " + input + " > " + dir +
                         "/e.jsonl && " + TOCSIN_BINARY + " code -q --format csv " + input + " > " + dir +
                         "/e.csv && " + TOCSIN_BINARY + " code -q --format tsv " + input + " > " + dir + "/e.tsv")
                            .c_str()),
            0);
  std::string check = testing::WriteTemp("check.py", R"py(
import csv, json, sys
d = sys.argv[1]
events = [json.loads(l) for l in open(d + "/e.jsonl")]
assert events, "no events"
assert events[0]["doc_title"] == "Border, again" and events[0]["doc_source"] == 'Wire "A"', events[0]
rows = list(csv.DictReader(open(d + "/e.csv", newline="")))
def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[s[i + 1]]); i += 2
        else:
            out.append(s[i]); i += 1
    return "".join(out)
lines = open(d + "/e.tsv").read().split("\n")
header = lines[0].split("\t")
tsv = [dict(zip(header, [unescape(f) for f in l.split("\t")])) for l in lines[1:] if l]
assert len(rows) == len(events) == len(tsv), (len(rows), len(events), len(tsv))
for e, c, t in zip(events, rows, tsv):
    for row in (c, t):
        assert row["sentence"] == e["sentence"], (row["sentence"], e["sentence"])
        assert row["doc_title"] == e["doc_title"] and row["doc_source"] == e["doc_source"] and row["doc_url"] == e["doc_url"]
        assert row["cameo"] == e["cameo"] and row["source"] == (e["source"] or {}).get("code", "")
print("ok")
)py");
  RunResult r = Tocsin("--version");  // the binary runs
  ASSERT_EQ(r.status, 0);
  EXPECT_EQ(std::system(("python3 " + check + " " + dir).c_str()), 0);
  // pandas, when installed, reads the CSV with its defaults.
  if (std::system("python3 -c 'import pandas' 2>/dev/null") == 0) {
    std::string pandas = "python3 -c \"import pandas, json; f = pandas.read_csv('" + dir +
                         "/e.csv'); e = [json.loads(l) for l in open('" + dir +
                         "/e.jsonl')]; assert list(f['sentence']) == [x['sentence'] for x in e]\"";
    EXPECT_EQ(std::system(pandas.c_str()), 0);
  }
}

// The store after a kill: it opens, passes SQLite's integrity check, and
// every document in it has exactly the events its row says, no more.
void ExpectWholeDocuments(const std::string& path) {
  sqlite3* db;
  ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
  auto text = [&](const char* sql) {
    sqlite3_stmt* st;
    std::string out;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    while (sqlite3_step(st) == SQLITE_ROW) {
      const unsigned char* t = sqlite3_column_text(st, 0);
      out += t ? reinterpret_cast<const char*>(t) : "NULL";
      out += "\n";
    }
    sqlite3_finalize(st);
    return out;
  };
  EXPECT_EQ(text("PRAGMA integrity_check"), "ok\n");
  EXPECT_EQ(text("SELECT count(*) FROM documents d WHERE events <> "
                 "(SELECT count(*) FROM events e WHERE e.doc_key = d.key)"),
            "0\n");
  EXPECT_EQ(text("SELECT (SELECT count(*) FROM events) = (SELECT coalesce(sum(events), 0) FROM documents)"), "1\n");
  EXPECT_EQ(text("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.id = e.sentence_id)"),
            "0\n");
  sqlite3_close(db);
}

pid_t Spawn(const std::vector<std::string>& args) {
  pid_t pid = fork();
  if (pid == 0) {
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

TEST(StoreCli, KillNineAtRandomMomentsLosesNothingAndHalvesNothing) {
  std::string article = testing::ReadOrDie(Example());
  std::string escaped;
  for (char c : article) {
    if (c == '"' || c == '\\') escaped += '\\';
    if (c == '\n') escaped += "\\n";
    else escaped += c;
  }
  std::string corpus;
  for (int i = 0; i < 500; ++i)
    corpus += "{\"id\":\"doc" + std::to_string(i) + "\",\"date\":\"2024-03-" + std::to_string(10 + i % 19) +
              "\",\"text\":\"" + escaped + "\"}\n";
  std::string input = testing::WriteTemp("kill.jsonl", corpus);

  std::string clean = Fresh("clean.db");
  auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(Tocsin("ingest -q --db " + clean + " " + input).status, 0);
  auto duration = std::chrono::steady_clock::now() - start;
  std::string expected = Tocsin("query --db " + clean + " --format jsonl").out;
  ASSERT_FALSE(expected.empty());

  std::mt19937 random(12345);
  int killed_midway = 0;
  for (int round = 0; round < 6; ++round) {
    std::string db = Fresh("killed.db");
    for (int kill = 0; kill < 1 + round % 2; ++kill) {  // odd rounds kill the resumed run too
      pid_t pid = Spawn({TOCSIN_BINARY, "ingest", "-q", "--db", db, input});
      auto delay = std::chrono::duration_cast<std::chrono::microseconds>(duration) *
                   std::uniform_real_distribution<double>(0.05, 1.0)(random);
      std::this_thread::sleep_for(delay);
      ::kill(pid, SIGKILL);
      int status;
      waitpid(pid, &status, 0);
      killed_midway += WIFSIGNALED(status);
      if (!std::filesystem::exists(db)) continue;  // killed before the store was made
      ExpectWholeDocuments(db);
      RunResult opens = Tocsin("query --db " + db + " --limit 1");
      EXPECT_EQ(opens.status, 0) << opens.err;
    }
    RunResult resumed = Tocsin("ingest -q --db " + db + " " + input);
    ASSERT_EQ(resumed.status, 0) << resumed.err;
    ExpectWholeDocuments(db);
    EXPECT_EQ(Tocsin("query --db " + db + " --format jsonl").out, expected) << "round " << round;
  }
  EXPECT_GT(killed_midway, 0) << "every run ended before its kill; the corpus is too small to test anything";
}

}  // namespace
}  // namespace tocsin

namespace tocsin {
namespace {

std::vector<std::vector<std::string>> TsvRows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  for (std::string_view line : Split(text, '\n', false)) {
    if (line.empty()) continue;
    auto& row = rows.emplace_back();
    for (std::string_view f : Split(line, '\t', false)) row.emplace_back(f);
  }
  return rows;
}

TEST(StoreCli, ExportsTheGdeltAndPhoenixLayoutsWithProvenance) {
  std::string db = Fresh("export.db");
  std::string input = testing::WriteTemp(
      "export.jsonl",
      "{\"id\":\"x1\",\"date\":\"2024-03-14\",\"source\":\"Wire\",\"url\":\"https://example.org/x1\","
      "\"text\":\"Russian forces shelled the Ukrainian city of Kharkiv.\"}\n");
  ASSERT_EQ(Tocsin("ingest -q --db " + db + " " + input).status, 0);
  RunResult gdelt = Tocsin("export --db " + db);
  ASSERT_EQ(gdelt.status, 0) << gdelt.err;
  auto rows = TsvRows(gdelt.out);
  ASSERT_EQ(rows.size(), 1u) << gdelt.out;
  ASSERT_EQ(rows[0].size(), 58u + 5);
  const auto& g = rows[0];
  EXPECT_EQ(g[1], "20240314");   // SQLDATE
  EXPECT_EQ(g[2], "202403");     // MonthYear
  EXPECT_EQ(g[4], "2024.2021");  // FractionDate: day 74 of 366
  EXPECT_EQ(g[5], "RUSMIL");     // Actor1Code
  EXPECT_EQ(g[7], "RUS");        // Actor1CountryCode
  EXPECT_EQ(g[12], "MIL");       // Actor1Type1Code
  EXPECT_EQ(g[15], "UKR");       // Actor2Code
  EXPECT_EQ(g[25], "1");         // IsRootEvent
  EXPECT_EQ(g[26], "194");       // EventCode
  EXPECT_EQ(g[28], "19");        // EventRootCode
  EXPECT_EQ(g[29], "4");         // QuadClass
  EXPECT_EQ(g[49], "4");         // ActionGeo_Type: a world city
  EXPECT_EQ(g[50].substr(0, 9), "Kharkiv, ");  // ActionGeo_FullName: city, region
  EXPECT_EQ(g[51], "UKR");       // ActionGeo_CountryCode
  EXPECT_NEAR(std::stod(g[53]), 49.98, 0.1);  // ActionGeo_Lat
  EXPECT_NEAR(std::stod(g[54]), 36.25, 0.1);  // ActionGeo_Long
  EXPECT_EQ(g[57], "https://example.org/x1");  // SOURCEURL
  EXPECT_EQ(g[58], "x1");
  EXPECT_EQ(g[59], "Wire");
  EXPECT_EQ(g[62], "Russian forces shelled the Ukrainian city of Kharkiv.");

  RunResult phoenix = Tocsin("export --db " + db + " --layout phoenix --header");
  rows = TsvRows(phoenix.out);
  ASSERT_EQ(rows.size(), 2u) << phoenix.out;
  ASSERT_EQ(rows[0].size(), 26u + 5);
  EXPECT_EQ(rows[0][15], "PentaClass");
  const auto& p = rows[1];
  EXPECT_EQ(p[5], "RUSMIL");
  EXPECT_EQ(p[6], "RUS");
  EXPECT_EQ(p[7], "MIL");
  EXPECT_EQ(p[13], "194");
  EXPECT_EQ(p[15], "4");
  EXPECT_NEAR(std::stod(p[18]), 49.98, 0.1);  // Lat
  EXPECT_EQ(p[20], "Kharkiv");                // LocationName
  EXPECT_EQ(p[22], "UKR");                    // CountryCode
  EXPECT_EQ(p[23], "x1_0");
  EXPECT_EQ(p[25], "Wire");

  RunResult bad = Tocsin("export --db " + db + " --cameo x");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--cameo"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace tocsin
