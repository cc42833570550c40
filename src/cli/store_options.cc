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

int WriteEvents(store::Store& db, const store::EventQuery& query, const RowWriter& append) {
  std::string out;
  bool write_failed = false;
  Status s = db.Query(query, [&](const io::EventRecord& e, const store::EventPosition& position) {
    out.clear();
    append(e, position, &out);
    write_failed = std::fwrite(out.data(), 1, out.size(), stdout) != out.size();
    return !write_failed;
  });
  if (!s.ok()) {
    std::fprintf(stderr, "tocsin: %s\n", s.message().c_str());
    return 2;
  }
  if (write_failed || std::fflush(stdout) != 0) {
    std::fprintf(stderr, "tocsin: cannot write the output\n");
    return 2;
  }
  return 0;
}

}  // namespace tocsin::cli
