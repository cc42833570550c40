// The HTTP API's endpoints (docs/http-api.md), apart from the transport: a
// request in, a status and a JSON body out. /v1/health, /v1/documents
// (code and store), /v1/code (code only), /v1/events, /v1/stats,
// /v1/escalation, /v1/openapi.json. Every error is JSON with "error" (and
// "field" when one parameter or the body is at fault): 400 bad input, 401 a
// write without the API key, 404 an unknown path, 405 a method the path does
// not take, 500 anything unexpected. Handle never throws and may run on many
// threads at once.
#pragma once

#include <string>

#include "pipeline/pipeline.h"
#include "serve/connections.h"
#include "serve/params.h"
#include "store/store.h"

namespace tocsin::serve {

struct ApiRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // "/v1/events", without the query string
  Params params;       // the query string's parameters, decoded, in order
  std::string body;
  std::string authorization;  // the Authorization header ("Bearer KEY")
  std::string api_key;        // the X-API-Key header
};

struct ApiResponse {
  int status = 200;
  std::string body;   // JSON
  std::string allow;  // for 405: the methods the path takes
};

struct ApiOptions {
  std::string version;     // "0.1.0"
  store::CoderInfo coder;  // recorded with every stored document (as `tocsin ingest` records it)
  std::string api_key;     // when set, POST /v1/documents needs it; reads stay open
};

// The paths the API serves, for the transport's routing.
extern const char* const kApiPaths[];
extern const size_t kApiPathCount;

class Api {
 public:
  // `store` and `pipe` outlive the Api.
  Api(StoreConnections& store, const pipeline::Pipeline& pipe, ApiOptions options);
  ApiResponse Handle(const ApiRequest& request);

 private:
  ApiResponse Route(const ApiRequest& request);
  ApiResponse Health();
  ApiResponse Documents(const ApiRequest& request);
  ApiResponse Code(const ApiRequest& request);
  ApiResponse Events(const ApiRequest& request);
  ApiResponse Stats(const ApiRequest& request);
  ApiResponse Escalation(const ApiRequest& request);
  ApiResponse OpenApi();
  bool Authorized(const ApiRequest& request) const;

  StoreConnections& store_;
  const pipeline::Pipeline& pipe_;
  ApiOptions options_;
  WorkspacePool workspaces_;
};

// The JSON of an error: {"error": message, "field": field} ("field" only when given).
std::string ErrorJson(const std::string& message, const std::string& field = "");

}  // namespace tocsin::serve
