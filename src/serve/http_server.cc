#include "serve/http_server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>

namespace tocsin::serve {

int ThreadCount(int threads) {
  if (threads > 0) return threads;
  int cores = static_cast<int>(std::thread::hardware_concurrency());
  return std::max(8, 2 * cores);
}

struct HttpServer::Impl {
  explicit Impl(Api& a) : api(a) {}
  Api& api;
  httplib::Server server;
  int port = 0;
  std::mutex mutex;
  bool started = false, stop_requested = false;
  std::atomic<bool> finished{false};
};

namespace {

void Answer(const ApiResponse& r, httplib::Response& res) {
  res.status = r.status;
  if (!r.allow.empty()) res.set_header("Allow", r.allow);
  if (r.status == 401) res.set_header("WWW-Authenticate", "Bearer");
  res.set_content(r.body, "application/json");
}

// What the transport answers itself, as JSON: a body over the limit, a
// request that is not HTTP, a URI too long.
std::string TransportError(int status, size_t max_body_bytes, std::string* field) {
  switch (status) {
    case 413:
      *field = "body";
      return "the request body is over the limit of " + std::to_string(max_body_bytes) + " bytes";
    case 414:
      return "the request URI is too long";
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    default:
      return "HTTP status " + std::to_string(status);
  }
}

}  // namespace

Result<std::unique_ptr<HttpServer>> HttpServer::Bind(Api& api, const ServerOptions& options) {
  auto impl = std::make_unique<Impl>(api);
  httplib::Server& s = impl->server;
  const int threads = ThreadCount(options.threads);
  s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  s.set_payload_max_length(options.max_body_bytes);
  const size_t max_body = options.max_body_bytes;
  s.set_error_handler(httplib::Server::HandlerWithResponse([max_body](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // the API's own JSON
    std::string field;
    std::string message = TransportError(res.status, max_body, &field);
    res.set_content(ErrorJson(message, field), "application/json");
    return httplib::Server::HandlerResponse::Handled;
  }));
  s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content(ErrorJson("internal error"), "application/json");
  });
  Api* a = &api;
  auto request = [](const httplib::Request& req) {
    ApiRequest r;
    r.method = req.method;
    r.path = req.path;
    for (const auto& [name, value] : req.params) r.params.emplace_back(name, value);
    r.authorization = req.get_header_value("Authorization");
    r.api_key = req.get_header_value("X-API-Key");
    return r;
  };
  auto handle = [a, request](const httplib::Request& req, httplib::Response& res) {
    Answer(a->Handle(request(req)), res);
  };
  // Bodies are read here, whatever their content type: httplib would parse
  // a form-encoded one (curl's default) into parameters.
  auto handle_body = [a, request](const httplib::Request& req, httplib::Response& res,
                                  const httplib::ContentReader& read) {
    ApiRequest r = request(req);
    const bool multipart = req.is_multipart_form_data();
    bool read_whole = multipart ? read([](const httplib::MultipartFormData&) { return true; },
                                       [](const char*, size_t) { return true; })
                                : read([&](const char* data, size_t n) {
                                    r.body.append(data, n);
                                    return true;
                                  });
    if (!read_whole) {  // over the limit (413) or broken off (400): the error handler answers
      if (res.status < 400) res.status = 400;
      return;
    }
    if (multipart) {
      Answer({400, ErrorJson("a multipart body: send a JSON array or JSON Lines of records", "body"), ""}, res);
      return;
    }
    Answer(a->Handle(r), res);
  };
  // Every path and method reaches the API, which answers 404 and 405 itself.
  s.Get(".*", handle);
  s.Post(".*", handle_body);
  s.Put(".*", handle_body);
  s.Patch(".*", handle_body);
  s.Delete(".*", handle_body);
  s.Options(".*", handle);

  int port = options.port;
  if (port == 0)
    port = s.bind_to_any_port(options.host);
  else if (!s.bind_to_port(options.host, port))
    port = -1;
  if (port < 0)
    return Status::Error("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                         " (address in use, or not an address of this machine?)");
  impl->port = port;
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpServer::~HttpServer() = default;

int HttpServer::port() const { return impl_->port; }

Status HttpServer::Run() {
  {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    if (impl_->stop_requested) return Status();
    impl_->started = true;
  }
  bool clean = impl_->server.listen_after_bind();
  impl_->finished = true;
  if (!clean) return Status::Error("the server stopped accepting connections unexpectedly");
  return Status();
}

void HttpServer::Stop() {
  {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    impl_->stop_requested = true;
    if (!impl_->started) return;
  }
  // httplib's stop() does nothing before the accept loop runs: wait for it
  // (it starts at once, or has already ended).
  while (!impl_->server.is_running() && !impl_->finished) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  impl_->server.stop();
}

}  // namespace tocsin::serve
