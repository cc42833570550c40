#include "cli/store_options.h"

#include <cstdio>
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

std::unique_ptr<store::Store> OpenStoreOrReport(const std::string& flag, store::Store::Mode mode) {
  auto opened = store::Store::Open(StorePath(flag), mode);
  if (opened.ok()) return std::move(*opened);
  std::fprintf(stderr, "tocsin: %s\n", opened.status().message().c_str());
  return nullptr;
}

}  // namespace tocsin::cli
