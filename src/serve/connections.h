// The store connections and coding workspaces the HTTP API's request threads
// share. Reads go through a pool of read-only connections (one per request in
// flight, opened on first need and kept), so they proceed while a write runs;
// writes go through the one writer connection, one at a time. Workspaces are
// pooled the same way: each request borrows one and gives it back.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace tocsin::serve {

// Objects made on demand by `make` and handed out one borrower at a time.
template <typename T>
class Pool {
 public:
  using Make = std::function<Result<std::unique_ptr<T>>()>;
  explicit Pool(Make make) : make_(std::move(make)) {}

  // A borrowed object that goes back to the pool when the lease ends.
  class Lease {
   public:
    Lease(Pool* pool, std::unique_ptr<T> item) : pool_(pool), item_(std::move(item)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (item_) pool_->Return(std::move(item_));
    }
    T& operator*() const { return *item_; }
    T* operator->() const { return item_.get(); }

   private:
    Pool* pool_;
    std::unique_ptr<T> item_;
  };

  // An idle object, or a new one; fails only when making one does.
  Result<Lease> Borrow() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!idle_.empty()) {
        std::unique_ptr<T> item = std::move(idle_.back());
        idle_.pop_back();
        return Lease(this, std::move(item));
      }
    }
    auto made = make_();
    if (!made.ok()) return made.status();
    return Lease(this, std::move(*made));
  }

 private:
  void Return(std::unique_ptr<T> item) {
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(std::move(item));
  }

  Make make_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<T>> idle_;
};

// The store at one path: read connections from a pool, the writer under a mutex.
class StoreConnections {
 public:
  // Opens (creating when missing) the writer and one reader.
  static Result<std::unique_ptr<StoreConnections>> Open(const std::string& path);

  using ReadLease = Pool<store::Store>::Lease;
  Result<ReadLease> Reader() { return readers_.Borrow(); }
  // Runs `write` on the writer connection, no other write running meanwhile.
  Status WithWriter(const std::function<Status(store::Store& writer)>& write);

  const std::string& path() const { return path_; }

 private:
  StoreConnections(std::string path, std::unique_ptr<store::Store> writer);
  std::string path_;
  std::mutex write_mutex_;
  std::unique_ptr<store::Store> writer_;
  Pool<store::Store> readers_;
};

using WorkspacePool = Pool<pipeline::Workspace>;
WorkspacePool::Make MakeWorkspace();

}  // namespace tocsin::serve
