// Internal to the store: a prepared SQLite statement that finalizes itself,
// and SQLite errors as Status values naming what was being done.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace tocsin::store {

// "<what>: <SQLite's message>".
Status SqliteError(sqlite3* db, std::string_view what);
// Runs SQL that returns no rows.
Status Exec(sqlite3* db, const char* sql, std::string_view what);

class Statement {
 public:
  Statement() = default;
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(Statement&& o) noexcept : stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept {
    std::swap(stmt_, o.stmt_);
    return *this;
  }

  Status Prepare(sqlite3* db, std::string_view sql);
  sqlite3_stmt* get() const { return stmt_; }
  bool prepared() const { return stmt_ != nullptr; }

  // Parameters are 1-based; an empty text binds NULL when `empty_is_null`.
  // Bound text is not copied: it must outlive the next Step().
  void Bind(int i, std::string_view text, bool empty_is_null = false);
  void Bind(int i, int64_t value) { sqlite3_bind_int64(stmt_, i, value); }
  void Bind(int i, double value) { sqlite3_bind_double(stmt_, i, value); }
  void BindNull(int i) { sqlite3_bind_null(stmt_, i); }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(stmt_); }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  // Columns are 0-based; NULL reads as "" or 0.
  std::string_view Text(int i) const;
  int64_t Int(int i) const { return sqlite3_column_int64(stmt_, i); }
  double Double(int i) const { return sqlite3_column_double(stmt_, i); }
  bool IsNull(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace tocsin::store
