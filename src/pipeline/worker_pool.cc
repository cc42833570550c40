#include "pipeline/worker_pool.h"

#include <algorithm>

namespace tocsin::pipeline {

int WorkerPool::Resolve(int threads) {
  return threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
}

WorkerPool::WorkerPool(int threads) : size_(Resolve(threads)) {
  // The calling thread is worker 0; the others wait for work.
  for (int w = 1; w < size_; ++w) threads_.emplace_back(&WorkerPool::Work, this, w);
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  start_.notify_all();
  for (std::thread& t : threads_) t.join();
}

// Takes indices one at a time until none is left. Documents vary a lot in
// length, so handing them out singly balances the workers.
void WorkerPool::Drain(int worker) {
  for (;;) {
    size_t i;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (next_ >= n_) return;
      i = next_++;
    }
    (*task_)(i, worker);
  }
}

void WorkerPool::Work(int worker) {
  size_t seen = 0;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      start_.wait(lock, [&] { return stopping_ || generation_ != seen; });
      if (stopping_) return;
      seen = generation_;
    }
    Drain(worker);
    {
      std::lock_guard<std::mutex> lock(mu_);
      --busy_;
    }
    done_.notify_all();
  }
}

void WorkerPool::ForEach(size_t n, const Task& fn) {
  if (n == 0) return;
  if (threads_.empty() || n == 1) {
    for (size_t i = 0; i < n; ++i) fn(i, 0);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    task_ = &fn;
    n_ = n;
    next_ = 0;
    busy_ = int(threads_.size());
    ++generation_;
  }
  start_.notify_all();
  Drain(0);
  std::unique_lock<std::mutex> lock(mu_);
  done_.wait(lock, [&] { return busy_ == 0; });
  task_ = nullptr;
}

}  // namespace tocsin::pipeline
