// --db, shared by the commands that use the event store. Without it the
// store is $TOCSIN_DB, or tocsin.db in the current directory.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "store/store.h"

namespace tocsin::cli {

void AddStoreOption(CLI::App* cmd, std::string* path);
// The path to use: `flag` when given, else the default above.
std::string StorePath(const std::string& flag);
// The store at StorePath(flag), or null after saying on stderr why not.
std::unique_ptr<store::Store> OpenStoreOrReport(const std::string& flag, store::Store::Mode mode);

// Writes each event matching `query` to stdout as `append` renders it; the
// exit status: 0, or 2 after saying on stderr what failed.
using RowWriter = std::function<void(const io::EventRecord&, const store::EventPosition&, std::string* out)>;
int WriteEvents(store::Store& db, const store::EventQuery& query, const RowWriter& append);

}  // namespace tocsin::cli
