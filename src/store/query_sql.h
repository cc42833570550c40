// Internal to the store: an EventQuery as SQL over the `events` table
// (aliased `e`) with its bound values, for the store's reads and the
// statistics and exports built on them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "store/query.h"

struct sqlite3_stmt;

namespace tocsin::store {

using SqlValue = std::variant<std::string, int64_t>;

// `select` ("SELECT ... FROM events e ...") followed by " WHERE <filters>"
// (no ORDER BY or LIMIT); the values to bind, in order, are appended to
// `binds`. `q` has passed Check().
std::string BuildEventSql(const EventQuery& q, std::string_view select, std::vector<SqlValue>* binds);

// Binds `binds` to parameters 1.. of `statement`.
void BindAll(sqlite3_stmt* statement, const std::vector<SqlValue>& binds);

}  // namespace tocsin::store
