#include "store/schema.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "store/sqlite.h"

namespace tocsin::store {
namespace {

// PRAGMA application_id: "tcsn", so that another program's SQLite file is
// recognised and left alone.
constexpr int kApplicationId = 0x7463736e;

// Events and sentences of one document are written together, so their row
// ids form one range each, kept in the document's row: replacing a document
// deletes its ranges and needs no index on the document key. Sentence ids
// are never reused (AUTOINCREMENT): a batch indexes for full-text search the
// sentences above the largest id before it.
constexpr const char* kSchema = R"sql(
CREATE TABLE coders(
  id INTEGER PRIMARY KEY,
  version TEXT NOT NULL,
  settings TEXT NOT NULL,
  UNIQUE(version, settings));
CREATE TABLE documents(
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL,
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  events INTEGER NOT NULL,
  first_event INTEGER NOT NULL, last_event INTEGER NOT NULL,
  first_sentence INTEGER NOT NULL, last_sentence INTEGER NOT NULL);
CREATE TABLE sentences(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  doc_key INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL);
CREATE VIRTUAL TABLE sentence_fts USING fts5(
  text, content='sentences', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  doc_key INTEGER NOT NULL,
  sentence_id INTEGER NOT NULL,
  sentence_index INTEGER NOT NULL,
  event_index INTEGER NOT NULL,
  date TEXT NOT NULL,
  source_code TEXT, source_country TEXT, source_sector TEXT, source_text TEXT, source_entries TEXT,
  target_code TEXT, target_country TEXT, target_sector TEXT, target_text TEXT, target_entries TEXT,
  cameo TEXT NOT NULL,
  cameo_name TEXT,
  root TEXT NOT NULL,
  quad_class INTEGER,
  goldstein REAL,
  plover_event TEXT, plover_mode TEXT, plover_context TEXT,
  modality TEXT NOT NULL,
  confidence REAL NOT NULL,
  verb TEXT NOT NULL, pattern TEXT NOT NULL, pattern_source TEXT NOT NULL, note TEXT,
  span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL,
  event_date TEXT, event_date_precision TEXT, event_date_text TEXT,
  location_name TEXT, location_country TEXT, location_admin1 TEXT, location_lat REAL, location_lon REAL,
  location_precision TEXT, location_method TEXT,
  quantities TEXT);
CREATE INDEX events_order ON events(date, doc_key, sentence_index, event_index);
CREATE INDEX events_source ON events(source_code, date);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_cameo ON events(cameo, date);
CREATE INDEX events_country ON events(location_country, date);
)sql";

// Schema 1 (before places, event dates and counts) becomes 2 by adding the
// columns, empty for the events it already holds, and their index.
constexpr const char* kMigrateFrom1 = R"sql(
ALTER TABLE events ADD COLUMN event_date TEXT;
ALTER TABLE events ADD COLUMN event_date_precision TEXT;
ALTER TABLE events ADD COLUMN event_date_text TEXT;
ALTER TABLE events ADD COLUMN location_name TEXT;
ALTER TABLE events ADD COLUMN location_country TEXT;
ALTER TABLE events ADD COLUMN location_admin1 TEXT;
ALTER TABLE events ADD COLUMN location_lat REAL;
ALTER TABLE events ADD COLUMN location_lon REAL;
ALTER TABLE events ADD COLUMN location_precision TEXT;
ALTER TABLE events ADD COLUMN location_method TEXT;
ALTER TABLE events ADD COLUMN quantities TEXT;
CREATE INDEX events_country ON events(location_country, date);
PRAGMA user_version=2;
)sql";

Result<int64_t> ScalarInt(sqlite3* db, const char* sql, std::string_view what) {
  Statement s;
  if (Status st = s.Prepare(db, sql); !st.ok()) return Status::Error(std::string(what) + ": " + st.message());
  if (s.Step() != SQLITE_ROW) return SqliteError(db, what);
  return s.Int(0);
}

}  // namespace

bool FileExists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

// Refuses what is not a tocsin store of this schema; creates the schema in a
// new, empty file when writing.
Status CheckOrCreate(sqlite3* db, const std::string& path, Store::Mode mode) {
  auto app = ScalarInt(db, "PRAGMA application_id", "reading " + path);
  if (!app.ok()) {
    if (sqlite3_errcode(db) == SQLITE_NOTADB) return Status::Error(path + " is not an SQLite database (nothing was changed)");
    return app.status();
  }
  auto version = ScalarInt(db, "PRAGMA user_version", "reading " + path);
  auto tables = ScalarInt(db, "SELECT count(*) FROM sqlite_schema", "reading " + path);
  if (!version.ok()) return version.status();
  if (!tables.ok()) return tables.status();
  if (*app == 0 && *tables == 0) {
    if (mode == Store::Mode::kRead) return Status::Error(path + " is empty, not a tocsin store");
    if (Status s = Exec(db, "PRAGMA journal_mode=WAL", "setting the journal mode of " + path); !s.ok()) return s;
    if (Status s = Exec(db, "BEGIN IMMEDIATE", "creating the store " + path); !s.ok()) return s;
    auto again = ScalarInt(db, "SELECT count(*) FROM sqlite_schema", "reading " + path);
    if (again.ok() && *again == 0) {  // not created meanwhile by another process
      std::string schema = kSchema;
      schema += "PRAGMA application_id=" + std::to_string(kApplicationId) + ";";
      schema += "PRAGMA user_version=" + std::to_string(kSchemaVersion) + ";";
      if (Status s = Exec(db, schema.c_str(), "creating the store " + path); !s.ok()) {
        Exec(db, "ROLLBACK", "");
        return s;
      }
    }
    if (Status s = Exec(db, "COMMIT", "creating the store " + path); !s.ok()) return s;
    return CheckOrCreate(db, path, mode);
  }
  if (*app != kApplicationId)
    return Status::Error(path + " is an SQLite database but not a tocsin store (nothing was changed)");
  if (*version > kSchemaVersion)
    return Status::Error(path + " has store schema " + std::to_string(*version) +
                         ", written by a newer tocsin; this one reads schema " + std::to_string(kSchemaVersion) +
                         " (nothing was changed)");
  if (*version == 1) {
    if (mode == Store::Mode::kRead)
      return Status::Error(path + " has store schema 1, from before places, event dates and counts: open it for "
                                  "writing once (tocsin ingest) to migrate it to schema " +
                           std::to_string(kSchemaVersion) + " (nothing was changed)");
    if (Status s = Exec(db, "BEGIN IMMEDIATE", "migrating " + path); !s.ok()) return s;
    auto again = ScalarInt(db, "PRAGMA user_version", "reading " + path);
    Status s = again.ok() ? Status() : again.status();
    if (s.ok() && *again == 1) s = Exec(db, kMigrateFrom1, "migrating " + path + " from schema 1");
    if (s.ok()) s = Exec(db, "COMMIT", "migrating " + path);
    if (!s.ok()) Exec(db, "ROLLBACK", "");
    return s;
  }
  if (*version < kSchemaVersion)
    return Status::Error(path + " has store schema " + std::to_string(*version) +
                         ", which this tocsin cannot migrate (nothing was changed)");
  return Status();
}

// A new store is made under a temporary name and linked into place, so that
// the path never names a file without the schema, even if the process dies.
Status CreateStore(const std::string& path) {
  std::string temporary = path + ".creating-" + std::to_string(::getpid());
  sqlite3* db = nullptr;
  Status s;
  if (sqlite3_open_v2(temporary.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
    s = SqliteError(db, "creating " + path);
  else
    s = CheckOrCreate(db, path, Store::Mode::kWrite);
  sqlite3_close(db);
  if (s.ok() && ::link(temporary.c_str(), path.c_str()) != 0 && errno != EEXIST)  // EEXIST: made meanwhile
    s = Status::Error("creating " + path + ": " + std::strerror(errno));
  for (const char* suffix : {"", "-wal", "-shm"}) ::unlink((temporary + suffix).c_str());
  return s;
}

}  // namespace tocsin::store
