// The event store on real SQLite files: round trips, replacement, skipping
// unchanged documents, every filter, paging, refusing what is not a store of
// this schema without touching it, a failed write leaving nothing behind,
// and readers beside a writer.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <filesystem>
#include <set>
#include <thread>

#include "io/event_writer.h"
#include "store/coding.h"
#include "store/stats.h"
#include "store/store.h"
#include "test_util.h"

namespace tocsin {
namespace {

using store::EventQuery;
using store::Store;

const pipeline::Pipeline& Pipe() {
  static const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge());
  return pipe;
}

io::InputRecord Record(const std::string& id, const std::string& date, const std::string& text) {
  io::InputRecord r;
  r.id = id;
  r.date = date;
  r.text = text;
  r.source = "Test Wire";
  r.url = "https://example.org/" + id;
  return r;
}

// The record coded as `tocsin ingest` codes it.
store::StoredDocument Coded(const io::InputRecord& r) {
  pipeline::Workspace ws;
  store::StoredDocument d;
  EXPECT_TRUE(store::CodeRecord(Pipe(), r, &ws, &d).ok());
  return d;
}

const store::CoderInfo kCoder{"tocsin test", "built-in"};

std::string FreshPath(const std::string& name) { return testing::FreshStorePath(name); }

std::unique_ptr<Store> OpenOrDie(const std::string& path, Store::Mode mode = Store::Mode::kWrite) {
  auto s = Store::Open(path, mode);
  EXPECT_TRUE(s.ok()) << s.status().message();
  return s.ok() ? std::move(*s) : nullptr;
}

void WriteOrDie(Store& store, const std::vector<store::StoredDocument>& docs) {
  std::vector<const store::StoredDocument*> pointers;
  for (const auto& d : docs) pointers.push_back(&d);
  Status s = store.Write(pointers, kCoder);
  ASSERT_TRUE(s.ok()) << s.message();
}

std::string QueryJson(Store& store, const EventQuery& q) {
  std::string out;
  Status s = store.Query(q, [&](const io::EventRecord& e, const store::EventPosition&) {
    io::AppendEventJson(e, &out);
    return true;
  });
  EXPECT_TRUE(s.ok()) << s.message();
  return out;
}

std::vector<std::string> QueryBriefs(Store& store, const EventQuery& q) {
  std::vector<std::string> out;
  Status s = store.Query(q, [&](const io::EventRecord& e, const store::EventPosition&) {
    out.push_back(e.doc_id + " " + (e.source.present ? e.source.code : "-") + " " +
                  (e.target.present ? e.target.code : "-") + " " + e.cameo);
    return true;
  });
  EXPECT_TRUE(s.ok()) << s.message();
  return out;
}

const char* kBorder = "Belarus sends troops to the Ukrainian border. Putin pressured Lukashenko on Monday.";
const char* kProtest = "Moldova accuses Russia of stirring unrest in Transnistria.";
const char* kStrike = "Russian forces shelled the Ukrainian city of Kharkiv. Ukraine condemned the attack.";

std::vector<store::StoredDocument> ThreeDocuments() {
  return {Coded(Record("b", "2024-03-02", kBorder)), Coded(Record("a", "2024-03-01", kProtest)),
          Coded(Record("c", "2024-03-03", kStrike))};
}

TEST(Store, GivesBackWhatWasCodedFieldForField) {
  std::string path = FreshPath("roundtrip.db");
  auto store = OpenOrDie(path);
  auto docs = ThreeDocuments();
  WriteOrDie(*store, docs);
  std::string expected;
  for (const auto* d : {&docs[1], &docs[0], &docs[2]})  // date order
    for (const io::EventRecord& e : d->events) io::AppendEventJson(e, &expected);
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(QueryJson(*store, {}), expected);
  auto summary = store->Summary();
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->documents, 3);
  EXPECT_EQ(summary->first_date, "2024-03-01");
  EXPECT_EQ(summary->last_date, "2024-03-03");
}

TEST(Store, WritingADocumentAgainReplacesItsEvents) {
  std::string path = FreshPath("replace.db");
  auto store = OpenOrDie(path);
  WriteOrDie(*store, ThreeDocuments());
  size_t before = QueryBriefs(*store, {}).size();
  WriteOrDie(*store, ThreeDocuments());
  EXPECT_EQ(QueryBriefs(*store, {}).size(), before);
  // A new text under an old id: only the new events remain, and the old
  // sentences are gone from the full-text index.
  WriteOrDie(*store, {Coded(Record("c", "2024-03-03", "Ukraine condemned Russia."))});
  EventQuery c;
  c.doc = "c";
  EXPECT_EQ(QueryBriefs(*store, c), (std::vector<std::string>{"c UKR RUS 111"}));
  EventQuery kharkiv;
  kharkiv.text = "Kharkiv";
  EXPECT_TRUE(QueryBriefs(*store, kharkiv).empty());
  EXPECT_EQ(QueryBriefs(*store, {}).size(), before - 2 + 1);
}

TEST(Store, KnowsWhichDocumentsAreUnchanged) {
  std::string path = FreshPath("current.db");
  auto store = OpenOrDie(path);
  io::InputRecord r = Record("a", "2024-03-01", kProtest);
  WriteOrDie(*store, {Coded(r)});
  std::string hash = store::ContentHash(r);
  EXPECT_TRUE(*store->IsCurrent("a", hash, kCoder));
  EXPECT_FALSE(*store->IsCurrent("b", hash, kCoder));
  EXPECT_FALSE(*store->IsCurrent("a", hash, {"tocsin test", "--verbs mine.txt#0123"}));
  io::InputRecord edited = r;
  edited.url = "https://example.org/moved";
  EXPECT_FALSE(*store->IsCurrent("a", store::ContentHash(edited), kCoder));
}

TEST(Store, FiltersAsDocumented) {
  std::string path = FreshPath("filters.db");
  auto store = OpenOrDie(path);
  WriteOrDie(*store, ThreeDocuments());
  auto briefs = [&](auto set) {
    EventQuery q;
    set(q);
    return QueryBriefs(*store, q);
  };
  auto all = briefs([](EventQuery&) {});
  ASSERT_GE(all.size(), 4u);
  using V = std::vector<std::string>;
  EXPECT_EQ(briefs([](EventQuery& q) { q.source = "RUS"; }), (V{"b RUSGOV BLRGOV 100", "c RUSMIL UKR 194"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.source = "rus"; }), briefs([](EventQuery& q) { q.source = "RUS"; }));
  EXPECT_EQ(briefs([](EventQuery& q) { q.source = "RUSMIL"; }), (V{"c RUSMIL UKR 194"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.target = "RUS"; }), (V{"a MDA RUS 112", "c UKR RUSMIL 111"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.actor = "MDA"; }), (V{"a MDA RUS 112"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.actor = "BLR"; }), (V{"b BLR UKR 154", "b RUSGOV BLRGOV 100"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.cameo = "19"; }), (V{"c RUSMIL UKR 194"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.cameo = "11"; }), (V{"a MDA RUS 112", "c UKR RUSMIL 111"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.plover = "mobilize"; }), (V{"b BLR UKR 154"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.quad = 4; }), (V{"b BLR UKR 154", "c RUSMIL UKR 194"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.from = "2024-03-02"; q.to = "2024-03-02"; }),
            briefs([](EventQuery& q) { q.doc = "b"; }));
  EXPECT_EQ(briefs([](EventQuery& q) { q.text = "shelled"; }), (V{"c RUSMIL UKR 194"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.text = "shell"; }), briefs([](EventQuery& q) { q.text = "shelling"; }));
  EXPECT_TRUE(briefs([](EventQuery& q) { q.modality = "negated"; }).empty());
  EXPECT_EQ(briefs([](EventQuery& q) { q.limit = 2; q.offset = 1; }),
            std::vector<std::string>(all.begin() + 1, all.begin() + 3));
  // "shelled the Ukrainian city of Kharkiv": the clause's place, and the
  // condemnation after it takes the story's place.
  EXPECT_EQ(briefs([](EventQuery& q) { q.country = "ukr"; }),
            (V{"b BLR UKR 154", "c RUSMIL UKR 194", "c UKR RUSMIL 111"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.bbox = "35.5,49.5,37,50.5"; }), (V{"c RUSMIL UKR 194", "c UKR RUSMIL 111"}));
  EXPECT_EQ(briefs([](EventQuery& q) { q.country = "MDA"; }), (V{"a MDA RUS 112"}));
  // A box across the antimeridian holds nothing of Europe.
  EXPECT_TRUE(briefs([](EventQuery& q) { q.bbox = "170,-60,-170,60"; }).empty());
  std::string json = QueryJson(*store, [] {
    EventQuery q;
    q.cameo = "194";
    return q;
  }());
  EXPECT_NE(json.find("\"location\":{\"name\":\"Kharkiv\",\"country\":\"UKR\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"method\":\"clause\""), std::string::npos) << json;
}

TEST(Store, CursorsPageThroughEveryEventOnce) {
  std::string path = FreshPath("paging.db");
  auto store = OpenOrDie(path);
  WriteOrDie(*store, ThreeDocuments());
  auto all = QueryBriefs(*store, {});
  std::vector<std::string> paged;
  EventQuery q;
  q.limit = 2;
  for (int pages = 0; pages < 100; ++pages) {
    std::string last;
    int n = 0;
    Status s = store->Query(q, [&](const io::EventRecord& e, const store::EventPosition& p) {
      paged.push_back(e.doc_id + " " + (e.source.present ? e.source.code : "-") + " " +
                      (e.target.present ? e.target.code : "-") + " " + e.cameo);
      last = store::Cursor(p);
      ++n;
      return true;
    });
    ASSERT_TRUE(s.ok()) << s.message();
    if (n < 2) break;
    q.after = last;
    EXPECT_TRUE(store::Check(q).empty());
  }
  EXPECT_EQ(paged, all);
}

TEST(Store, ChecksQueriesAndNamesTheField) {
  auto fields = [](auto set) {
    EventQuery q;
    set(q);
    std::vector<std::string> out;
    for (const auto& p : store::Check(q)) out.push_back(p.field);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(fields([](EventQuery&) {}), V{});
  EXPECT_EQ(fields([](EventQuery& q) { q.from = "2024-02-30"; }), V{"from"});
  EXPECT_EQ(fields([](EventQuery& q) { q.to = "yesterday"; }), V{"to"});
  EXPECT_EQ(fields([](EventQuery& q) { q.from = "2024-03-02"; q.to = "2024-03-01"; }), V{"to"});
  EXPECT_EQ(fields([](EventQuery& q) { q.source = "RUS*"; }), V{"source"});
  EXPECT_EQ(fields([](EventQuery& q) { q.actor = "'; DROP TABLE events"; }), V{"actor"});
  EXPECT_EQ(fields([](EventQuery& q) { q.cameo = "19a"; }), V{"cameo"});
  EXPECT_EQ(fields([](EventQuery& q) { q.quad = 5; }), V{"quad"});
  EXPECT_EQ(fields([](EventQuery& q) { q.modality = "likely"; }), V{"modality"});
  EXPECT_EQ(fields([](EventQuery& q) { q.country = "Ukraine"; }), V{"country"});
  EXPECT_EQ(fields([](EventQuery& q) { q.bbox = "30,44,40"; }), V{"bbox"});
  EXPECT_EQ(fields([](EventQuery& q) { q.bbox = "30,54,40,44"; }), V{"bbox"});  // south above north
  EXPECT_EQ(fields([](EventQuery& q) { q.bbox = "30,44,190,53"; }), V{"bbox"});
  EXPECT_EQ(fields([](EventQuery& q) { q.bbox = "30,44,40,53,"; }), V{"bbox"});
  EXPECT_EQ(fields([](EventQuery& q) { q.bbox = "30,44,40,nan"; }), V{"bbox"});
  EXPECT_EQ(fields([](EventQuery& q) { q.bbox = "-180,-90,180,90"; }), V{});
  EXPECT_EQ(fields([](EventQuery& q) { q.limit = -2; }), V{"limit"});
  EXPECT_EQ(fields([](EventQuery& q) { q.after = "zz"; }), V{"cursor"});
  EXPECT_EQ(fields([](EventQuery& q) { q.after = "6161"; }), V{"cursor"});
}

TEST(Store, ABadFullTextQueryIsReportedNotFatal) {
  std::string path = FreshPath("fts.db");
  auto store = OpenOrDie(path);
  WriteOrDie(*store, ThreeDocuments());
  EventQuery q;
  q.text = "troops AND (";
  Status s = store->Query(q, [](const io::EventRecord&, const store::EventPosition&) { return true; });
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(s.message().starts_with("text: ")) << s.message();
}

std::string Bytes(const std::string& path) { return testing::ReadOrDie(path); }

void MakeSqlite(const std::string& path, const char* sql) {
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
}

TEST(Store, RefusesWhatIsNotAStoreOfThisSchemaAndLeavesItAlone) {
  std::string newer = FreshPath("newer.db");
  {
    auto store = OpenOrDie(newer);
    WriteOrDie(*store, ThreeDocuments());
  }
  MakeSqlite(newer, "PRAGMA user_version=99; PRAGMA wal_checkpoint(TRUNCATE);");
  std::string before = Bytes(newer);
  for (Store::Mode mode : {Store::Mode::kRead, Store::Mode::kWrite}) {
    auto s = Store::Open(newer, mode);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.status().message().find("has store schema 99, written by a newer tocsin"), std::string::npos)
        << s.status().message();
  }
  EXPECT_EQ(Bytes(newer), before);

  std::string other = FreshPath("other.db");
  MakeSqlite(other, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
  before = Bytes(other);
  auto s = Store::Open(other, Store::Mode::kWrite);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a tocsin store"), std::string::npos) << s.status().message();
  EXPECT_EQ(Bytes(other), before);

  std::string text = testing::WriteTemp("notes.db", "These are my notes, not a database.\n");
  s = Store::Open(text, Store::Mode::kWrite);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("is not an SQLite database"), std::string::npos) << s.status().message();
  EXPECT_EQ(Bytes(text), "These are my notes, not a database.\n");

  s = Store::Open(FreshPath("missing.db"), Store::Mode::kRead);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("tocsin ingest --db"), std::string::npos) << s.status().message();
}

// A store from before places, dates and counts: refused read-only with the
// way out, migrated when opened for writing, its events kept with null
// places, and new events stored in full.
TEST(Store, MigratesASchemaOneStoreWhenWriting) {
  std::string path = FreshPath("schema1.db");
  {
    auto store = OpenOrDie(path);
    WriteOrDie(*store, {Coded(Record("a", "2024-03-01", kProtest))});
  }
  MakeSqlite(path,
             "DROP INDEX events_country;"
             "ALTER TABLE events DROP COLUMN event_date; ALTER TABLE events DROP COLUMN event_date_precision;"
             "ALTER TABLE events DROP COLUMN event_date_text; ALTER TABLE events DROP COLUMN location_name;"
             "ALTER TABLE events DROP COLUMN location_country; ALTER TABLE events DROP COLUMN location_admin1;"
             "ALTER TABLE events DROP COLUMN location_lat; ALTER TABLE events DROP COLUMN location_lon;"
             "ALTER TABLE events DROP COLUMN location_precision; ALTER TABLE events DROP COLUMN location_method;"
             "ALTER TABLE events DROP COLUMN quantities; PRAGMA user_version=1; PRAGMA wal_checkpoint(TRUNCATE);");
  const std::string before = Bytes(path);
  auto read = Store::Open(path, Store::Mode::kRead);
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("open it for writing once (tocsin ingest) to migrate"), std::string::npos)
      << read.status().message();
  EXPECT_EQ(Bytes(path), before);

  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  WriteOrDie(*store, {Coded(Record("c", "2024-03-03", kStrike))});
  std::string json = QueryJson(*store, {});
  EXPECT_NE(json.find("\"doc_id\":\"a\""), std::string::npos);
  EXPECT_NE(json.find("\"location\":null,\"event_date\":null,\"quantities\":[]"), std::string::npos) << json;
  EXPECT_NE(json.find("\"name\":\"Kharkiv\""), std::string::npos) << json;
  store.reset();
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), store::kSchemaVersion);
  sqlite3_finalize(st);
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok");
  sqlite3_finalize(st);
  sqlite3_close(db);
}

// A full disk (the database's page limit reached) fails the batch and keeps
// nothing of it; what was stored before is intact and the store still works.
TEST(Store, AFailedWriteKeepsNothingOfItsBatch) {
  std::string path = FreshPath("full.db");
  auto store = OpenOrDie(path);
  WriteOrDie(*store, {Coded(Record("a", "2024-03-01", kProtest))});
  std::string before = QueryJson(*store, {});
  int64_t pages = 0;
  sqlite3_stmt* st;
  sqlite3_prepare_v2(store->db(), "PRAGMA page_count", -1, &st, nullptr);
  if (sqlite3_step(st) == SQLITE_ROW) pages = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  std::string limit = "PRAGMA max_page_count=" + std::to_string(pages + 2);
  ASSERT_EQ(sqlite3_exec(store->db(), limit.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  std::vector<store::StoredDocument> many;
  for (int i = 0; i < 200; ++i) many.push_back(Coded(Record("m" + std::to_string(i), "2024-03-05", kStrike)));
  std::vector<const store::StoredDocument*> pointers;
  for (const auto& d : many) pointers.push_back(&d);
  Status s = store->Write(pointers, kCoder);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("full"), std::string::npos) << s.message();
  EXPECT_EQ(QueryJson(*store, {}), before);
  ASSERT_EQ(sqlite3_exec(store->db(), "PRAGMA max_page_count=1073741823", nullptr, nullptr, nullptr), SQLITE_OK);
  WriteOrDie(*store, many);
  EXPECT_EQ(store->Summary()->documents, 201);
}

// Readers on their own connections never see half a batch while one writer
// adds batches: every count they see is a whole number of batches.
TEST(Store, ReadersBesideAWriterSeeWholeBatches) {
  std::string path = FreshPath("concurrent.db");
  auto writer = OpenOrDie(path);
  store::StoredDocument doc = Coded(Record("x", "2024-03-03", kStrike));
  const int64_t per_doc = static_cast<int64_t>(doc.events.size());
  ASSERT_GT(per_doc, 0);
  constexpr int kBatches = 40, kDocsPerBatch = 5;
  std::atomic<bool> done{false};
  std::atomic<int> bad{0}, reads{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r)
    readers.emplace_back([&] {
      auto reader = OpenOrDie(path, Store::Mode::kRead);
      while (!done) {
        int64_t n = 0;
        Status s = reader->Query({}, [&](const io::EventRecord&, const store::EventPosition&) {
          ++n;
          return true;
        });
        if (!s.ok() || n % (per_doc * kDocsPerBatch) != 0) ++bad;
        ++reads;
      }
    });
  for (int b = 0; b < kBatches; ++b) {
    std::vector<store::StoredDocument> batch;
    for (int i = 0; i < kDocsPerBatch; ++i) {
      batch.push_back(doc);
      batch.back().id = "d" + std::to_string(b * kDocsPerBatch + i);
    }
    WriteOrDie(*writer, batch);
  }
  done = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(bad, 0);
  EXPECT_GT(reads, 0);
  auto summary = writer->Summary();
  EXPECT_EQ(summary->events, per_doc * kBatches * kDocsPerBatch);
  std::set<std::string> ids;
  Status s = writer->Query({}, [&](const io::EventRecord& e, const store::EventPosition&) {
    ids.insert(e.doc_id);
    return true;
  });
  EXPECT_EQ(ids.size(), size_t{kBatches * kDocsPerBatch});
}

}  // namespace
}  // namespace tocsin

namespace tocsin {
namespace {

// A store of one-event documents on chosen dates: `text` coded once, copied.
void AddDays(Store& store, const char* text, const std::string& prefix, const std::vector<std::string>& dates) {
  store::StoredDocument coded = Coded(Record(prefix, dates[0], text));
  std::vector<store::StoredDocument> docs;
  for (size_t i = 0; i < dates.size(); ++i) {
    docs.push_back(coded);
    docs.back().id = prefix + std::to_string(i);
    docs.back().date = dates[i];
  }
  WriteOrDie(store, docs);
}

std::vector<std::string> Dates(const std::string& month, int first, int last) {
  std::vector<std::string> out;
  for (int d = first; d <= last; ++d) out.push_back(month + "-" + (d < 10 ? "0" : "") + std::to_string(d));
  return out;
}

TEST(Stats, CountsPerPeriodAndGroup) {
  std::string path = FreshPath("stats.db");
  auto store = OpenOrDie(path);
  AddDays(*store, "Russia attacked Ukraine.", "attack", {"2024-03-04", "2024-03-06", "2024-03-11", "2024-04-01"});
  AddDays(*store, "Russia praised Ukraine.", "praise", {"2024-03-05"});
  AddDays(*store, "France met Germany.", "meet", {"2024-03-10", "2024-03-10"});
  auto rows = [&](const std::string& by, const std::string& group, int top = 0) {
    store::StatsQuery q;
    q.by = by;
    q.group = group;
    q.top = top;
    EXPECT_TRUE(store::Check(q).empty());
    auto r = store::ComputeStats(*store, q);
    EXPECT_TRUE(r.ok()) << r.status().message();
    std::vector<std::string> out;
    for (const auto& row : *r) {
      char line[160];
      std::snprintf(line, sizeof line, "%s %s %lld %.1f %lld/%lld/%lld/%lld", row.period.c_str(), row.group.c_str(),
                    static_cast<long long>(row.events), row.goldstein_sum, static_cast<long long>(row.quad[0]),
                    static_cast<long long>(row.quad[1]), static_cast<long long>(row.quad[2]),
                    static_cast<long long>(row.quad[3]));
      out.push_back(line);
    }
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(rows("month", "dyad"), (V{"2024-03 RUS>UKR 4 -26.6 1/0/0/3", "2024-03 FRA>DEU 2 2.0 2/0/0/0",
                                      "2024-04 RUS>UKR 1 -10.0 0/0/0/1"}));
  // Weeks are labelled by their Monday: 4-10 March is one week, 11 March the next.
  EXPECT_EQ(rows("week", "none"), (V{"2024-03-04  5 -14.6 3/0/0/2", "2024-03-11  1 -10.0 0/0/0/1",
                                     "2024-04-01  1 -10.0 0/0/0/1"}));
  EXPECT_EQ(rows("all", "root"), (V{" 19 4 -40.0 0/0/0/4", " 04 2 2.0 2/0/0/0", " 05 1 3.4 1/0/0/0"}));
  EXPECT_EQ(rows("all", "source", 1), (V{" RUS 5 -36.6 1/0/0/4"}));
  EXPECT_EQ(rows("day", "plover", 0).size(), 7u - 1);  // two meetings on one day
  store::StatsQuery bad;
  bad.by = "year";
  bad.group = "country";
  ASSERT_EQ(store::Check(bad).size(), 2u);
  EXPECT_EQ(store::Check(bad)[0].field, "by");
  EXPECT_EQ(store::Check(bad)[1].field, "group");
}

TEST(Stats, EscalationRanksTheDyadThatTurnedHostile) {
  std::string path = FreshPath("escalation.db");
  auto store = OpenOrDie(path);
  // A cordial February for both dyads, then attacks in the last week of March for one.
  AddDays(*store, "Russia praised Ukraine.", "p", Dates("2024-02", 1, 20));
  AddDays(*store, "Russia attacked Ukraine.", "a", Dates("2024-02", 21, 24));
  AddDays(*store, "France met Germany.", "m", Dates("2024-02", 1, 28));
  AddDays(*store, "France met Germany.", "n", Dates("2024-03", 25, 31));
  AddDays(*store, "Russia attacked Ukraine.", "b", Dates("2024-03", 25, 31));
  store::EscalationQuery q;
  q.recent = 7;
  q.baseline = 60;
  auto rows = store::ComputeEscalation(*store, q);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 2u);
  const store::EscalationRow& top = (*rows)[0];
  EXPECT_EQ(top.dyad, "RUS>UKR");
  EXPECT_EQ(top.window_begin, "2024-03-25");
  EXPECT_EQ(top.window_end, "2024-03-31");
  EXPECT_EQ(top.recent_events, 7);
  EXPECT_EQ(top.baseline_events, 24);
  EXPECT_NEAR(top.recent_mean, -10.0, 1e-9);
  EXPECT_NEAR(top.baseline_mean, (20 * 3.4 - 4 * 10.0) / 24, 1e-9);
  EXPECT_GT(top.z, 5);
  EXPECT_EQ((*rows)[1].dyad, "FRA>DEU");
  EXPECT_NEAR((*rows)[1].z, 0, 1e-9);  // as usual
  // Too few recent events: the dyad says nothing.
  q.min_recent = 8;
  EXPECT_TRUE(store::ComputeEscalation(*store, q)->empty());
  // An explicit end date moves the window.
  q.min_recent = 3;
  q.filter.to = "2024-02-24";
  rows = store::ComputeEscalation(*store, q);
  ASSERT_TRUE(rows.ok());
  ASSERT_FALSE(rows->empty());
  EXPECT_EQ((*rows)[0].window_begin, "2024-02-18");
}

}  // namespace
}  // namespace tocsin
