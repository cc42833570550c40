// The embedded event store: one SQLite file (WAL journal) holding the
// documents coded into it, the sentences that carry events (full-text indexed
// with FTS5) and every field of every event with its evidence, plus which
// tocsin version and dictionaries coded each document (docs/store.md).
//
// Writes go in batches of documents, one transaction per batch: a document is
// stored whole or not at all, whatever happens to the process. Writing a
// document id again replaces its events. A Store is used by one thread at a
// time; other threads and processes open their own and read while one writes.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "io/event_record.h"
#include "io/input.h"
#include "store/query.h"

struct sqlite3;

namespace tocsin::store {

// The layout this tocsin reads and writes (PRAGMA user_version).
inline constexpr int kSchemaVersion = 2;

// What coded a document: a re-ingest with another coder codes it again.
struct CoderInfo {
  std::string version;       // "tocsin 0.1.0"
  std::string settings;  // the dictionaries (files and content hashes) and the options that choose events
};

struct StoredDocument {
  std::string id, date, title, source, url;
  std::string content_hash;  // ContentHash() of the record it came from
  std::vector<io::EventRecord> events;
};

// A fingerprint of everything a record says (text, title, date, source, url):
// 16 hex digits of 64-bit FNV-1a. Equal records give equal hashes.
std::string ContentHash(const io::InputRecord& record);
// The same over arbitrary bytes (dictionary files).
std::string ContentHash(std::string_view bytes);

struct StoreSummary {
  int64_t documents = 0, sentences = 0, events = 0;
  std::string first_date, last_date;  // of the events; empty when none
};

class Store {
 public:
  enum class Mode {
    kRead,   // the store must exist; nothing is written
    kWrite,  // created on first use
  };
  // Opens (and, for kWrite, creates) the store at `path`. A file that is not
  // SQLite, not a tocsin store, or of a schema version this tocsin cannot
  // read is refused with a message saying so, and left untouched.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, Mode mode);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Whether document `id` is stored with `content_hash`, coded by `coder`.
  Result<bool> IsCurrent(std::string_view id, std::string_view content_hash, const CoderInfo& coder);
  // Stores the documents in one transaction, each replacing any earlier
  // version with the same id. On failure nothing of the batch is kept.
  Status Write(std::span<const StoredDocument* const> documents, const CoderInfo& coder);

  // Calls `row` for each event matching `query`, in the stable order (date,
  // document, sentence, event; documents in the order they were first
  // stored), with its position for a cursor, until it returns false.
  using EventRow = std::function<bool(const io::EventRecord& event, const EventPosition& position)>;
  Status Query(const EventQuery& query, const EventRow& row);

  Result<StoreSummary> Summary();

  // Whether `text` is a full-text query the store can run: none, or one
  // problem naming "text" (what query, statistics and the API report).
  std::vector<QueryProblem> CheckText(const std::string& text);

  // The open connection, for the layers above (statistics, exports).
  sqlite3* db() { return db_; }

 private:
  struct Statements;  // prepared once, on the first write
  explicit Store(sqlite3* db);
  Status Prepare();
  // The coder's id; when it is not stored yet, -1, or added when `add`.
  Result<int64_t> CoderId(const CoderInfo& coder, bool add);
  Status WriteDocument(const StoredDocument& document, int64_t coder_id);

  sqlite3* db_;
  std::unique_ptr<Statements> statements_;
  bool wrote_ = false;  // a batch was committed: the planner's statistics may be stale
};

}  // namespace tocsin::store
