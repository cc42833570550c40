// Internal to the store: an EventQuery as SQL over the `events` table
// (aliased `e`) with its bound values, for the store's reads and the
// statistics and exports built on them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/query.h"

struct sqlite3_stmt;

namespace tocsin::store {

// A value to bind: text, an integer or a real.
struct SqlValue {
  SqlValue(std::string t) : text(std::move(t)) {}
  SqlValue(int64_t n) : number(n), is_number(true) {}
  SqlValue(double r) : real(r), is_real(true) {}
  std::string text;
  int64_t number = 0;
  double real = 0;
  bool is_number = false, is_real = false;
};

// `select` ("SELECT ... FROM events e ...") followed by " WHERE <filters>"
// (no ORDER BY or LIMIT); the values to bind, in order, are appended to
// `binds`. `q` has passed Check().
std::string BuildEventSql(const EventQuery& q, std::string_view select, std::vector<SqlValue>* binds);

// Binds `binds` to parameters 1.. of `statement`.
void BindAll(sqlite3_stmt* statement, const std::vector<SqlValue>& binds);

}  // namespace tocsin::store
