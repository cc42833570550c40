#include "cli/store_options.h"

#include <cstdlib>

namespace tocsin::cli {

void AddStoreOption(CLI::App* cmd, std::string* path) {
  cmd->add_option("--db", *path, "The event store (SQLite file; default $TOCSIN_DB, else ./tocsin.db)");
}

std::string StorePath(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("TOCSIN_DB");
  return env && *env ? env : "tocsin.db";
}

}  // namespace tocsin::cli
