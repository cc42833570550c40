// --db, shared by the commands that use the event store. Without it the
// store is $TOCSIN_DB, or tocsin.db in the current directory.
#pragma once

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

}  // namespace tocsin::cli
