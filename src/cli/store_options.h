// --db, shared by the commands that use the event store. Without it the
// store is $TOCSIN_DB, or tocsin.db in the current directory.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace tocsin::cli {

void AddStoreOption(CLI::App* cmd, std::string* path);
// The path to use: `flag` when given, else the default above.
std::string StorePath(const std::string& flag);

}  // namespace tocsin::cli
