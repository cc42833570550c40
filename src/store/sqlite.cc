#include "store/sqlite.h"

namespace tocsin::store {

Status SqliteError(sqlite3* db, std::string_view what) {
  return Status::Error(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

Status Exec(sqlite3* db, const char* sql, std::string_view what) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return Status();
  std::string text = message ? message : sqlite3_errmsg(db);
  sqlite3_free(message);
  return Status::Error(std::string(what) + ": " + text);
}

Status Statement::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_finalize(stmt_);
  stmt_ = nullptr;
  if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) !=
      SQLITE_OK)
    return SqliteError(db, "preparing a statement");
  return Status();
}

void Statement::Bind(int i, std::string_view text, bool empty_is_null) {
  if (empty_is_null && text.empty()) sqlite3_bind_null(stmt_, i);
  else sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

std::string_view Statement::Text(int i) const {
  const unsigned char* p = sqlite3_column_text(stmt_, i);
  if (!p) return {};
  return {reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, i))};
}

}  // namespace tocsin::store
