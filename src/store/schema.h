// Internal to the store: the schema, and opening a file as a store of it:
// a new file gets the schema (under a temporary name, linked into place, so
// that the path never names a file without it); an older schema is migrated
// when the store is opened for writing; anything else (a newer schema,
// another program's SQLite file, not SQLite at all) is refused untouched.
#pragma once

#include <sqlite3.h>

#include <string>

#include "base/status.h"
#include "store/store.h"

namespace tocsin::store {

bool FileExists(const std::string& path);
Status CreateStore(const std::string& path);
// Refuses what is not a tocsin store of this schema, creates the schema in
// an empty file and migrates an older one when writing.
Status CheckOrCreate(sqlite3* db, const std::string& path, Store::Mode mode);

}  // namespace tocsin::store
