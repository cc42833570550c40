#include "serve/connections.h"

namespace tocsin::serve {

StoreConnections::StoreConnections(std::string path, std::unique_ptr<store::Store> writer)
    : path_(std::move(path)),
      writer_(std::move(writer)),
      readers_([p = path_]() -> Result<std::unique_ptr<store::Store>> {
        return store::Store::Open(p, store::Store::Mode::kRead);
      }) {}

Result<std::unique_ptr<StoreConnections>> StoreConnections::Open(const std::string& path) {
  auto writer = store::Store::Open(path, store::Store::Mode::kWrite);
  if (!writer.ok()) return writer.status();
  std::unique_ptr<StoreConnections> c(new StoreConnections(path, std::move(*writer)));
  // A reader now: a store that can be written but not read fails at start, not on the first request.
  auto reader = c->Reader();
  if (!reader.ok()) return reader.status();
  return c;
}

Status StoreConnections::WithWriter(const std::function<Status(store::Store& writer)>& write) {
  std::lock_guard<std::mutex> lock(write_mutex_);
  return write(*writer_);
}

WorkspacePool::Make MakeWorkspace() {
  return []() -> Result<std::unique_ptr<pipeline::Workspace>> { return std::make_unique<pipeline::Workspace>(); };
}

}  // namespace tocsin::serve
