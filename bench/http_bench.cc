// http_bench: requests per second and latency of GET /v1/events under a
// bounded loopback load. Starts `tocsin serve` on STORE (port chosen by the
// system), runs --clients threads that each send --requests requests, cycling
// through a fixed set of filters (a first page, a dyad, a root over a year, a
// full-text search, a second page by cursor), then stops the server with
// SIGTERM. Reports requests per second and the median and 99th percentile
// latency; every answer must be a 200.
//
//   http_bench TOCSIN_BINARY STORE [--clients N] [--requests N]
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

using Clock = std::chrono::steady_clock;

namespace {

// Starts the server; its port from the line it prints on stderr.
pid_t StartServer(const std::string& binary, const std::string& store, int* port) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(pipe_fds[1], STDERR_FILENO);
    close(pipe_fds[0]);
    execl(binary.c_str(), binary.c_str(), "serve", "--db", store.c_str(), "--port", "0", nullptr);
    _exit(127);
  }
  close(pipe_fds[1]);
  std::string line;
  char c;
  while (read(pipe_fds[0], &c, 1) == 1 && c != '\n') line.push_back(c);
  close(pipe_fds[0]);
  size_t colon = line.rfind(':');
  *port = colon == std::string::npos ? 0 : std::atoi(line.c_str() + colon + 1);
  if (*port <= 0) std::fprintf(stderr, "http_bench: the server said: %s\n", line.c_str());
  return pid;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: http_bench TOCSIN_BINARY STORE [--clients N] [--requests N]\n");
    return 2;
  }
  std::string binary = argv[1], store = argv[2];
  int clients = 4, requests = 500;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--clients")) clients = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--requests")) requests = std::atoi(argv[i + 1]);
  }
  int port = 0;
  pid_t server = StartServer(binary, store, &port);
  if (server < 0 || port <= 0) return 1;

  // A cursor for the second-page request, from a first page.
  std::string cursor;
  {
    httplib::Client client("127.0.0.1", port);
    auto first = client.Get("/v1/events?limit=100");
    if (first && first->status == 200) {
      size_t at = first->body.rfind("\"next\":\"");
      if (at != std::string::npos) cursor = first->body.substr(at + 8, first->body.find('"', at + 8) - at - 8);
    }
  }
  const std::vector<std::string> paths = {
      "/v1/events?limit=100",
      "/v1/events?limit=100&source=RUS&target=UKR",
      "/v1/events?limit=100&cameo=19&from=2020-01-01",
      "/v1/events?limit=100&text=border%20troops",
      "/v1/events?limit=100&cursor=" + cursor,
  };
  std::vector<std::vector<double>> latencies(clients);
  std::atomic<int> failures{0};
  auto start = Clock::now();
  std::vector<std::thread> threads;
  for (int t = 0; t < clients; ++t)
    threads.emplace_back([&, t] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      for (int i = 0; i < requests; ++i) {
        auto begin = Clock::now();
        auto res = client.Get(paths[(t + i) % paths.size()]);
        latencies[t].push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
        if (!res || res->status != 200) ++failures;
      }
    });
  for (auto& th : threads) th.join();
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  kill(server, SIGTERM);
  int status;
  waitpid(server, &status, 0);

  std::vector<double> all;
  for (const auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
  std::sort(all.begin(), all.end());
  std::printf("%d clients x %d requests: %.0f requests/s, median %.2f ms, p99 %.2f ms, %d failed\n", clients,
              requests, double(all.size()) / seconds, all[all.size() / 2],
              all[std::min(all.size() - 1, static_cast<size_t>(double(all.size()) * 0.99))], failures.load());
  return failures ? 1 : 0;
}
