#include "store/store.h"

#include <sqlite3.h>

#include <cstdio>

#include "io/quantities_json.h"
#include "store/query_sql.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace tocsin::store {
namespace {

constexpr const char* kEventColumns =
    "doc_key, sentence_id, sentence_index, event_index, date, "
    "source_code, source_country, source_sector, source_text, source_entries, "
    "target_code, target_country, target_sector, target_text, target_entries, "
    "cameo, cameo_name, root, quad_class, goldstein, plover_event, plover_mode, plover_context, "
    "modality, confidence, verb, pattern, pattern_source, note, span_begin, span_end, "
    "event_date, event_date_precision, event_date_text, location_name, location_country, location_admin1, "
    "location_lat, location_lon, location_precision, location_method, quantities";

// A query in two steps: the page of matching event ids, filtered and
// sorted on the events table alone, then the page's columns joined with its
// documents and sentences (joining every match before sorting made a filter
// that matches many events slow). The columns: the event's position, its
// fields, then the document's and the sentence's.
constexpr const char* kPageSelect = "SELECT e.id FROM events e";
constexpr const char* kOrder = " ORDER BY e.date, e.doc_key, e.sentence_index, e.event_index";
constexpr const char* kQuerySelect =
    "SELECT e.date, e.doc_key, e.sentence_index, e.event_index, "
    "e.source_code, e.source_country, e.source_sector, e.source_text, e.source_entries, "
    "e.target_code, e.target_country, e.target_sector, e.target_text, e.target_entries, "
    "e.cameo, e.cameo_name, e.root, e.quad_class, e.goldstein, e.plover_event, e.plover_mode, e.plover_context, "
    "e.modality, e.confidence, e.verb, e.pattern, e.pattern_source, e.note, e.span_begin, e.span_end, "
    "e.event_date, e.event_date_precision, e.event_date_text, e.location_name, e.location_country, "
    "e.location_admin1, e.location_lat, e.location_lon, e.location_precision, e.location_method, e.quantities, "
    "d.id, d.title, d.source, d.url, s.text, e.id "
    "FROM page JOIN events e ON e.id = page.id JOIN documents d ON d.key = e.doc_key "
    "JOIN sentences s ON s.id = e.sentence_id";

uint64_t Fnv1a(std::string_view bytes, uint64_t h = 14695981039346656037ull) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string Hex64(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) {
    if (!out.empty()) out.push_back('\n');
    out += l;
  }
  return out;
}

void SplitLines(std::string_view text, std::vector<std::string>* out) {
  out->clear();
  while (!text.empty()) {
    size_t nl = text.find('\n');
    out->emplace_back(text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

}  // namespace

std::string ContentHash(std::string_view bytes) { return Hex64(Fnv1a(bytes)); }

std::string ContentHash(const io::InputRecord& r) {
  uint64_t h = 14695981039346656037ull;
  for (std::string_view part : {std::string_view(r.date), std::string_view(r.title), std::string_view(r.source),
                                std::string_view(r.url), std::string_view(r.text)}) {
    h = Fnv1a(part, h);
    h = Fnv1a(std::string_view("\0", 1), h);  // "ab"+"c" and "a"+"bc" differ
  }
  return Hex64(h);
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, Mode mode) {
  if (!FileExists(path)) {
    if (mode == Mode::kRead) return Status::Error("no store at " + path + " (tocsin ingest --db " + path + " creates one)");
    if (Status s = CreateStore(path); !s.ok()) return s;
  }
  sqlite3* db = nullptr;
  int flags = mode == Mode::kRead ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    Status s = SqliteError(db, "opening " + path);
    sqlite3_close(db);
    return s;
  }
  std::unique_ptr<Store> store(new Store(db));
  sqlite3_busy_timeout(db, 30000);  // a writer holds the lock for one batch
  // Reads map the file rather than copying pages through system calls.
  if (Status s = Exec(db, "PRAGMA mmap_size=1073741824", "opening " + path); !s.ok()) return s;
  if (Status s = CheckOrCreate(db, path, mode); !s.ok()) return s;
  if (mode == Mode::kWrite)
    // Checkpoints every 40 MB of log rather than 4: a page rewritten by
    // several batches is copied into the database once.
    if (Status s = Exec(db, "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=10000",
                        "opening " + path);
        !s.ok())
      return s;
  return store;
}

Store::Store(sqlite3* db) : db_(db) {}

Store::~Store() {
  // Statistics for the query planner, gathered where a write made them stale.
  if (wrote_) Exec(db_, "PRAGMA optimize", "optimizing");
  statements_.reset();
  sqlite3_close(db_);
}

struct Store::Statements {
  Statement find_coder, add_coder, find_document, unindex_sentences, delete_events, delete_sentences, add_document,
      update_document, add_sentence, add_event, last_sentence, index_sentences;
};

Status Store::Prepare() {
  if (statements_) return Status();
  auto s = std::make_unique<Statements>();
  std::string add_event = std::string("INSERT INTO events(") + kEventColumns +
                          ") VALUES (?,?,?,?,?, ?,?,?,?,?, ?,?,?,?,?, ?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?,?,?)";
  for (auto [statement, sql] : {
           std::pair{&s->find_coder, "SELECT id FROM coders WHERE version = ? AND settings = ?"},
           std::pair{&s->add_coder, "INSERT OR IGNORE INTO coders(version, settings) VALUES (?, ?)"},
           std::pair{&s->find_document,
                     "SELECT key, content_hash, coder_id, first_event, last_event, first_sentence, last_sentence "
                     "FROM documents WHERE id = ?"},
           std::pair{&s->unindex_sentences,
                     "INSERT INTO sentence_fts(sentence_fts, rowid, text) "
                     "SELECT 'delete', id, text FROM sentences WHERE id BETWEEN ? AND ?"},
           std::pair{&s->delete_events, "DELETE FROM events WHERE id BETWEEN ? AND ?"},
           std::pair{&s->delete_sentences, "DELETE FROM sentences WHERE id BETWEEN ? AND ?"},
           std::pair{&s->add_document,
                     "INSERT INTO documents(date, title, source, url, content_hash, coder_id, events, first_event, "
                     "last_event, first_sentence, last_sentence, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"},
           std::pair{&s->update_document,
                     "UPDATE documents SET date = ?, title = ?, source = ?, url = ?, content_hash = ?, coder_id = ?, "
                     "events = ?, first_event = ?, last_event = ?, first_sentence = ?, last_sentence = ? "
                     "WHERE key = ?"},
           std::pair{&s->add_sentence, "INSERT INTO sentences(doc_key, idx, text) VALUES (?, ?, ?)"},
           std::pair{&s->add_event, add_event.c_str()},
           std::pair{&s->last_sentence, "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'sentences'), 0)"},
           std::pair{&s->index_sentences, "INSERT INTO sentence_fts(rowid, text) SELECT id, text FROM sentences WHERE id > ?"},
       })
    if (Status st = statement->Prepare(db_, sql); !st.ok()) return st;
  statements_ = std::move(s);
  return Status();
}

Result<int64_t> Store::CoderId(const CoderInfo& coder, bool add) {
  if (Status s = Prepare(); !s.ok()) return s;
  Statement& find = statements_->find_coder;
  for (int attempt = 0; attempt < 2; ++attempt) {
    find.Bind(1, coder.version);
    find.Bind(2, coder.settings);
    int rc = find.Step();
    int64_t id = rc == SQLITE_ROW ? find.Int(0) : -1;
    find.Reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return SqliteError(db_, "reading coders");
    if (id >= 0 || !add) return id;
    Statement& insert = statements_->add_coder;
    insert.Bind(1, coder.version);
    insert.Bind(2, coder.settings);
    rc = insert.Step();
    insert.Reset();
    if (rc != SQLITE_DONE) return SqliteError(db_, "adding a coder");
  }
  return SqliteError(db_, "adding a coder");
}

Result<bool> Store::IsCurrent(std::string_view id, std::string_view content_hash, const CoderInfo& coder) {
  auto coder_id = CoderId(coder, /*add=*/false);
  if (!coder_id.ok()) return coder_id.status();
  if (*coder_id < 0) return false;
  Statement& find = statements_->find_document;
  find.Bind(1, id);
  int rc = find.Step();
  bool current = rc == SQLITE_ROW && find.Text(1) == content_hash && find.Int(2) == *coder_id;
  find.Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return SqliteError(db_, "reading documents");
  return current;
}

Status Store::WriteDocument(const StoredDocument& d, int64_t coder_id) {
  Statements& s = *statements_;
  s.find_document.Bind(1, d.id);
  int rc = s.find_document.Step();
  int64_t key = -1;
  if (rc == SQLITE_ROW) {  // a new version: the old events and sentences go
    key = s.find_document.Int(0);
    int64_t ranges[] = {s.find_document.Int(5), s.find_document.Int(6), s.find_document.Int(3),
                        s.find_document.Int(4), s.find_document.Int(5), s.find_document.Int(6)};
    s.find_document.Reset();
    int r = 0;
    for (Statement* del : {&s.unindex_sentences, &s.delete_events, &s.delete_sentences}) {
      del->Bind(1, ranges[r++]);
      del->Bind(2, ranges[r++]);
      rc = del->Step();
      del->Reset();
      if (rc != SQLITE_DONE) return SqliteError(db_, "replacing document " + d.id);
    }
  } else {
    s.find_document.Reset();
    if (rc != SQLITE_DONE) return SqliteError(db_, "reading documents");
  }
  // A new document's row comes first, for its key; the ranges are filled in
  // once its sentences and events are written.
  auto put_document = [&](Statement& doc, int64_t first_event, int64_t last_event, int64_t first_sentence,
                          int64_t last_sentence) {
    doc.Bind(1, d.date);
    doc.Bind(2, d.title);
    doc.Bind(3, d.source);
    doc.Bind(4, d.url);
    doc.Bind(5, d.content_hash);
    doc.Bind(6, coder_id);
    doc.Bind(7, static_cast<int64_t>(d.events.size()));
    doc.Bind(8, first_event);
    doc.Bind(9, last_event);
    doc.Bind(10, first_sentence);
    doc.Bind(11, last_sentence);
    if (&doc == &s.add_document) doc.Bind(12, d.id);
    else doc.Bind(12, key);
    int step = doc.Step();
    doc.Reset();
    return step == SQLITE_DONE ? Status() : SqliteError(db_, "storing document " + d.id);
  };
  if (key < 0) {
    if (Status st = put_document(s.add_document, 0, -1, 0, -1); !st.ok()) return st;
    key = sqlite3_last_insert_rowid(db_);
  }

  int64_t sentence_id = -1, first_sentence = 0, last_sentence = -1, first_event = 0, last_event = -1;
  uint32_t sentence_index = UINT32_MAX;
  std::string source_entries, target_entries, quantities;
  for (const io::EventRecord& e : d.events) {
    if (e.sentence_index != sentence_index) {  // events come in sentence order
      sentence_index = e.sentence_index;
      Statement& sentence = s.add_sentence;
      sentence.Bind(1, key);
      sentence.Bind(2, int64_t{e.sentence_index});
      sentence.Bind(3, e.sentence);
      rc = sentence.Step();
      sentence.Reset();
      if (rc != SQLITE_DONE) return SqliteError(db_, "storing a sentence of document " + d.id);
      sentence_id = sqlite3_last_insert_rowid(db_);
      if (last_sentence < 0) first_sentence = sentence_id;
      last_sentence = sentence_id;
    }
    source_entries = JoinLines(e.source.entries);
    target_entries = JoinLines(e.target.entries);
    Statement& ev = s.add_event;
    int i = 1;
    ev.Bind(i++, key);
    ev.Bind(i++, sentence_id);
    ev.Bind(i++, int64_t{e.sentence_index});
    ev.Bind(i++, int64_t{e.event_index});
    ev.Bind(i++, d.date);
    for (const auto* a : {&e.source, &e.target}) {
      if (!a->present) {
        i += 5;  // NULLs: bindings were cleared
        continue;
      }
      ev.Bind(i++, a->code);
      ev.Bind(i++, a->country, true);
      ev.Bind(i++, a->sector, true);
      ev.Bind(i++, a->text);
      ev.Bind(i++, a == &e.source ? source_entries : target_entries);
    }
    ev.Bind(i++, e.cameo);
    ev.Bind(i++, e.cameo_name, true);
    ev.Bind(i++, e.root);
    if (e.quad_class) ev.Bind(i, int64_t{e.quad_class});
    ++i;
    if (e.has_goldstein) ev.Bind(i, e.goldstein);
    ++i;
    ev.Bind(i++, e.plover_event, true);
    ev.Bind(i++, e.plover_mode, true);
    ev.Bind(i++, e.plover_context, true);
    ev.Bind(i++, e.modality);
    ev.Bind(i++, e.confidence);
    ev.Bind(i++, e.verb);
    ev.Bind(i++, e.pattern);
    ev.Bind(i++, e.pattern_source);
    ev.Bind(i++, e.note, true);
    ev.Bind(i++, int64_t{e.span_begin});
    ev.Bind(i++, int64_t{e.span_end});
    ev.Bind(i++, e.event_date, true);
    ev.Bind(i++, e.event_date_precision, true);
    ev.Bind(i++, e.event_date_text, true);
    if (e.has_location) {
      ev.Bind(i++, e.location_name);
      ev.Bind(i++, e.location_country, true);
      ev.Bind(i++, e.location_admin1, true);
      ev.Bind(i++, e.location_lat);
      ev.Bind(i++, e.location_lon);
      ev.Bind(i++, e.location_precision);
      ev.Bind(i++, e.location_method);
    } else {
      i += 7;  // NULLs
    }
    quantities = io::QuantitiesJson(e.quantities);
    ev.Bind(i++, quantities);
    rc = ev.Step();
    ev.Reset();
    if (rc != SQLITE_DONE) return SqliteError(db_, "storing an event of document " + d.id);
    int64_t id = sqlite3_last_insert_rowid(db_);
    if (last_event < 0) first_event = id;
    last_event = id;
  }
  return put_document(s.update_document, first_event, last_event, first_sentence, last_sentence);
}

Status Store::Write(std::span<const StoredDocument* const> documents, const CoderInfo& coder) {
  if (Status s = Prepare(); !s.ok()) return s;
  if (Status s = Exec(db_, "BEGIN IMMEDIATE", "starting a write"); !s.ok()) return s;
  Status result;
  auto coder_id = CoderId(coder, /*add=*/true);
  if (!coder_id.ok()) result = coder_id.status();
  // The batch's sentences are indexed for full-text search by one statement
  // at the end: FTS5 writes an index segment per statement, and one per
  // sentence made ingest several times slower.
  int64_t last_sentence = 0;
  if (result.ok()) {
    Statement& last = statements_->last_sentence;
    if (last.Step() == SQLITE_ROW) last_sentence = last.Int(0);
    else result = SqliteError(db_, "reading sentences");
    last.Reset();
  }
  for (size_t i = 0; result.ok() && i < documents.size(); ++i) result = WriteDocument(*documents[i], *coder_id);
  if (result.ok()) {
    Statement& index = statements_->index_sentences;
    index.Bind(1, last_sentence);
    if (index.Step() != SQLITE_DONE) result = SqliteError(db_, "indexing sentences");
    index.Reset();
  }
  if (result.ok()) result = Exec(db_, "COMMIT", "committing a write");
  wrote_ = wrote_ || result.ok();
  if (!result.ok()) Exec(db_, "ROLLBACK", "rolling back");
  return result;
}

Status Store::Query(const EventQuery& query, const EventRow& row) {
  std::vector<SqlValue> binds;
  std::string sql = "WITH page(id) AS (" + BuildEventSql(query, kPageSelect, &binds) + kOrder;
  if (query.limit >= 0 || query.offset > 0) {
    sql += " LIMIT ? OFFSET ?";
    binds.push_back(query.limit);
    binds.push_back(query.offset);
  }
  sql += ") ";
  sql += kQuerySelect;
  sql += kOrder;
  Statement s;
  if (Status st = s.Prepare(db_, sql); !st.ok()) return st;
  BindAll(s.get(), binds);
  io::EventRecord e;
  EventPosition position;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    int i = 0;
    e.date = s.Text(i++);
    position.date = e.date;
    position.document = s.Int(i++);
    e.sentence_index = static_cast<uint32_t>(s.Int(i++));
    e.event_index = static_cast<uint32_t>(s.Int(i++));
    position.sentence_index = e.sentence_index;
    position.event_index = e.event_index;
    for (io::ActorRecord* a : {&e.source, &e.target}) {
      a->present = !s.IsNull(i);
      a->code = s.Text(i++);
      a->country = s.Text(i++);
      a->sector = s.Text(i++);
      a->text = s.Text(i++);
      SplitLines(s.Text(i++), &a->entries);
    }
    e.cameo = s.Text(i++);
    e.cameo_name = s.Text(i++);
    e.root = s.Text(i++);
    e.quad_class = static_cast<int>(s.Int(i++));
    e.has_goldstein = !s.IsNull(i);
    e.goldstein = s.Double(i++);
    e.plover_event = s.Text(i++);
    e.plover_mode = s.Text(i++);
    e.plover_context = s.Text(i++);
    e.modality = s.Text(i++);
    e.confidence = s.Double(i++);
    e.verb = s.Text(i++);
    e.pattern = s.Text(i++);
    e.pattern_source = s.Text(i++);
    e.note = s.Text(i++);
    e.span_begin = static_cast<uint32_t>(s.Int(i++));
    e.span_end = static_cast<uint32_t>(s.Int(i++));
    e.event_date = s.Text(i++);
    e.event_date_precision = s.Text(i++);
    e.event_date_text = s.Text(i++);
    e.has_location = !s.IsNull(i);
    e.location_name = s.Text(i++);
    e.location_country = s.Text(i++);
    e.location_admin1 = s.Text(i++);
    e.location_lat = s.Double(i++);
    e.location_lon = s.Double(i++);
    e.location_precision = s.Text(i++);
    e.location_method = s.Text(i++);
    io::ParseQuantitiesJson(s.Text(i++), &e.quantities);
    e.doc_id = s.Text(i++);
    e.doc_title = s.Text(i++);
    e.doc_source = s.Text(i++);
    e.doc_url = s.Text(i++);
    e.sentence = s.Text(i++);
    position.event_id = s.Int(i++);
    if (!row(e, position)) return Status();
  }
  if (rc != SQLITE_DONE) {
    std::string message = sqlite3_errmsg(db_);
    for (const QueryProblem& p : CheckText(query.text))  // the usual cause: not FTS5 syntax
      return Status::Error(p.field + ": " + p.reason);
    return Status::Error("reading events: " + message);
  }
  return Status();
}

std::vector<QueryProblem> Store::CheckText(const std::string& text) {
  if (text.empty()) return {};
  Statement probe;
  if (Status s = probe.Prepare(db_, "SELECT count(*) FROM (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ? LIMIT 1)");
      !s.ok())
    return {{"text", s.message()}};
  probe.Bind(1, text);
  if (probe.Step() == SQLITE_ROW) return {};
  return {{"text", "'" + text + "' is not a full-text query (" + sqlite3_errmsg(db_) + ")"}};
}

Result<StoreSummary> Store::Summary() {
  StoreSummary out;
  Statement s;
  if (Status st = s.Prepare(db_,
                            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), "
                            "(SELECT count(*) FROM events), (SELECT min(date) FROM events WHERE date <> ''), "
                            "(SELECT max(date) FROM events)");
      !st.ok())
    return st;
  if (s.Step() != SQLITE_ROW) return SqliteError(db_, "summarising the store");
  out.documents = s.Int(0);
  out.sentences = s.Int(1);
  out.events = s.Int(2);
  out.first_date = s.Text(3);
  out.last_date = s.Text(4);
  return out;
}

}  // namespace tocsin::store
