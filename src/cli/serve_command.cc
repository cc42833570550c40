// tocsin serve: the HTTP API over the event store (docs/http-api.md). Binds
// 127.0.0.1 unless told otherwise, creates the store when missing, prints one
// line saying where it listens, and on SIGTERM or SIGINT stops accepting,
// answers the requests in flight (a write finishes) and exits 0.
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "cli/store_options.h"
#include "pipeline/pipeline.h"
#include "serve/api.h"
#include "serve/connections.h"
#include "serve/http_server.h"
#include "store/coding.h"

namespace tocsin::cli {

namespace {

struct ServeCommandOptions {
  std::string db;
  std::string api_key;
  serve::ServerOptions server;
};

// What coded a document, described as `tocsin ingest` with its default
// options describes it, so that the server and the command agree on what is
// unchanged.
store::CoderInfo DefaultCoder() { return store::DescribeCoder(DescribeDictionaries(DictionaryOptions{}), {}); }

}  // namespace

Runner AddServeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "The HTTP API over the event store (see docs/http-api.md)");
  auto o = std::make_shared<ServeCommandOptions>();
  AddStoreOption(cmd, &o->db);
  cmd->add_option("--host", o->server.host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", o->server.port, "Port to listen on (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--api-key", o->api_key,
                  "Key that POST /v1/documents needs (Authorization: Bearer KEY or X-API-Key: KEY); "
                  "default $TOCSIN_API_KEY; reads stay open");
  cmd->add_option("-j,--threads", o->server.threads, "Request threads (0: twice the cores, at least 8)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--max-body-bytes", o->server.max_body_bytes, "Larger request bodies are refused (413)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 32))
      ->capture_default_str();
  return [o] {
    // SIGTERM and SIGINT are taken by one thread (sigwait): every thread
    // started from here on inherits the mask. SIGUSR2 wakes it at the end.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    std::string api_key = o->api_key;
    if (api_key.empty())
      if (const char* env = std::getenv("TOCSIN_API_KEY")) api_key = env;
    const std::string path = StorePath(o->db);
    auto connections = serve::StoreConnections::Open(path);
    if (!connections.ok()) {
      std::fprintf(stderr, "tocsin: %s\n", connections.status().message().c_str());
      return 2;
    }
    const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge());
    serve::Api api(**connections, pipe, {TOCSIN_VERSION, DefaultCoder(), api_key});
    auto server = serve::HttpServer::Bind(api, o->server);
    if (!server.ok()) {
      std::fprintf(stderr, "tocsin: %s\n", server.status().message().c_str());
      return 2;
    }
    std::string host = o->server.host;
    if (host.find(':') != std::string::npos) host = "[" + host + "]";  // IPv6
    std::fprintf(stderr, "tocsin: serving %s on http://%s:%d\n", path.c_str(), host.c_str(), (*server)->port());
    std::fflush(stderr);

    std::atomic<bool> running{true};
    serve::HttpServer* http = server->get();
    std::thread waiter([&] {
      int sig = 0;
      while (sigwait(&signals, &sig) == 0)
        if (sig != SIGUSR2 || !running) break;
      http->Stop();
    });
    Status served = http->Run();
    running = false;
    pthread_kill(waiter.native_handle(), SIGUSR2);
    waiter.join();
    if (!served.ok()) {
      std::fprintf(stderr, "tocsin: %s\n", served.message().c_str());
      return 2;
    }
    return 0;
  };
}

}  // namespace tocsin::cli
