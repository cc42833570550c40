// The pipeline's one thread pool. ForEach(n, fn) runs fn(index, worker) for
// every index in [0, n) across the pool's workers and returns when all are
// done; `worker` (0 .. size()-1) names the calling thread so that callers
// can keep one workspace per worker and no shared mutable state. Threads are
// started once and reused for every call.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tocsin::pipeline {

class WorkerPool {
 public:
  // `threads` <= 0 means one per core.
  explicit WorkerPool(int threads);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  int size() const { return size_; }
  using Task = std::function<void(size_t index, int worker)>;
  void ForEach(size_t n, const Task& fn);

  // The number of workers `threads` asks for (<= 0: the machine's cores).
  static int Resolve(int threads);

 private:
  void Work(int worker);
  void Drain(int worker);

  int size_;
  std::vector<std::thread> threads_;
  std::mutex mu_;
  std::condition_variable start_, done_;
  const Task* task_ = nullptr;
  size_t n_ = 0;
  size_t next_ = 0;         // next index to hand out (under mu_)
  size_t generation_ = 0;   // bumped for every ForEach
  int busy_ = 0;            // helper threads still working on this generation
  bool stopping_ = false;
};

}  // namespace tocsin::pipeline
