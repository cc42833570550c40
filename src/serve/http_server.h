// The HTTP transport of the API (cpp-httplib): a pool of request threads,
// each request handed to Api::Handle; bodies over the limit are refused with
// 413 before they are read into memory, and every error the transport itself
// answers (413, 400 for a request that is not HTTP) is JSON like the API's.
// Stop() stops accepting; Run() then returns once the requests in flight have
// been answered.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "base/status.h"
#include "serve/api.h"

namespace tocsin::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                    // 0: a free port
  int threads = 0;                    // request threads; 0: ThreadCount(0)
  size_t max_body_bytes = 16u << 20;  // larger bodies get 413
};

// The request threads for `threads` (<= 0: twice the cores, at least 8, as a
// kept-alive connection holds its thread while it waits for its next request).
int ThreadCount(int threads);

class HttpServer {
 public:
  // Binds the address; fails with a message when it cannot. `api` outlives the server.
  static Result<std::unique_ptr<HttpServer>> Bind(Api& api, const ServerOptions& options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  int port() const;
  // Serves until Stop(); returns once the requests in flight are answered.
  Status Run();
  // Stops accepting connections. Safe from any thread, before or during Run().
  void Stop();

 private:
  struct Impl;
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tocsin::serve
