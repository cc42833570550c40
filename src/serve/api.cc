#include "serve/api.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <iterator>
#include <map>
#include <set>

#include "base/embedded.h"
#include "io/event_writer.h"
#include "io/json_writer.h"
#include "serve/records.h"
#include "store/coding.h"
#include "store/stats.h"
#include "store/stats_format.h"

namespace tocsin {
const EmbeddedEntry* ServeEmbeddedEntries(size_t* count);
}

namespace tocsin::serve {

const char* const kApiPaths[] = {"/v1/health", "/v1/documents",  "/v1/code",        "/v1/events",
                                 "/v1/stats",  "/v1/escalation", "/v1/openapi.json"};
const size_t kApiPathCount = std::size(kApiPaths);

std::string ErrorJson(const std::string& message, const std::string& field) {
  std::string out;
  io::JsonWriter w(&out);
  w.BeginObject().Key("error").String(message);
  if (!field.empty()) w.Key("field").String(field);
  w.EndObject();
  out.push_back('\n');
  return out;
}

namespace {

ApiResponse Error(int status, const std::string& message, const std::string& field = "") {
  return {status, ErrorJson(message, field), ""};
}

// 400 naming the first problem's field; every problem is listed.
ApiResponse BadParams(const std::vector<store::QueryProblem>& problems) {
  std::string out;
  io::JsonWriter w(&out);
  w.BeginObject();
  w.Key("error").String(problems[0].field + ": " + problems[0].reason);
  w.Key("field").String(problems[0].field);
  w.Key("problems").BeginArray();
  for (const store::QueryProblem& p : problems)
    w.BeginObject().Key("field").String(p.field).Key("error").String(p.reason).EndObject();
  w.EndArray().EndObject();
  out.push_back('\n');
  return {400, out, ""};
}

ApiResponse Internal(const std::string& what) {
  std::fprintf(stderr, "tocsin: serve: %s\n", what.c_str());
  return Error(500, "internal error: " + what);
}

// Equal keys, in time that depends on the key's length only, not on where
// the given key first differs.
bool SameKey(std::string_view given, std::string_view key) {
  unsigned diff = given.size() != key.size();
  for (size_t i = 0; i < key.size(); ++i)
    diff |= static_cast<unsigned char>(key[i]) ^ static_cast<unsigned char>(i < given.size() ? given[i] : 0);
  return diff == 0;
}

// The events of one document as a JSON array, each as `tocsin code` prints it.
void AppendEvents(const std::vector<io::EventRecord>& events, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < events.size(); ++i) {
    if (i) out->push_back(',');
    io::AppendEventJson(events[i], out);
    out->pop_back();  // the line end
  }
  out->push_back(']');
}

void AppendProblems(const std::vector<RecordProblem>& problems, std::string* out) {
  out->append("\"problems\":[");
  for (size_t i = 0; i < problems.size(); ++i) {
    if (i) out->push_back(',');
    io::JsonWriter w(out);
    w.BeginObject().Key("record").Int(static_cast<int64_t>(problems[i].record)).Key("id");
    if (problems[i].id.empty())
      w.Null();
    else
      w.String(problems[i].id);
    w.Key("error").String(problems[i].error).EndObject();
  }
  out->push_back(']');
}

// Closes a documents answer: the problems in body order, then 200.
ApiResponse Answered(std::vector<RecordProblem>* problems, std::string* out) {
  *out += "],";
  std::stable_sort(problems->begin(), problems->end(),
                   [](const RecordProblem& a, const RecordProblem& b) { return a.record < b.record; });
  AppendProblems(*problems, out);
  *out += "}\n";
  return {200, *out, ""};
}

// A full-text search the store cannot run is the "text" parameter's fault.
}  // namespace

Api::Api(StoreConnections& store, const pipeline::Pipeline& pipe, ApiOptions options)
    : store_(store), pipe_(pipe), options_(std::move(options)), workspaces_(MakeWorkspace()) {}

ApiResponse Api::Handle(const ApiRequest& request) {
  try {
    return Route(request);
  } catch (const std::exception& e) {
    return Internal(e.what());
  } catch (...) {
    return Internal("unknown exception");
  }
}

ApiResponse Api::Route(const ApiRequest& r) {
  const std::string& p = r.path;
  const bool get = r.method == "GET" || r.method == "HEAD", post = r.method == "POST";
  const char* allow = nullptr;
  // The endpoints without parameters refuse any, as the others refuse unknown ones.
  std::vector<store::QueryProblem> unknown;
  for (const auto& [name, value] : r.params) unknown.push_back({name, "unknown parameter (this endpoint takes none)"});
  if (p == "/v1/health") {
    if (get) return unknown.empty() ? Health() : BadParams(unknown);
    allow = "GET, HEAD";
  } else if (p == "/v1/documents") {
    if (post) return unknown.empty() ? Documents(r) : BadParams(unknown);
    allow = "POST";
  } else if (p == "/v1/code") {
    if (post) return unknown.empty() ? Code(r) : BadParams(unknown);
    allow = "POST";
  } else if (p == "/v1/events") {
    if (get) return Events(r);
    allow = "GET, HEAD";
  } else if (p == "/v1/stats") {
    if (get) return Stats(r);
    allow = "GET, HEAD";
  } else if (p == "/v1/escalation") {
    if (get) return Escalation(r);
    allow = "GET, HEAD";
  } else if (p == "/v1/openapi.json") {
    if (get) return unknown.empty() ? OpenApi() : BadParams(unknown);
    allow = "GET, HEAD";
  } else {
    return Error(404, "no such endpoint: " + p + " (see /v1/openapi.json)");
  }
  ApiResponse res = Error(405, r.method + " is not allowed on " + p + " (allowed: " + allow + ")");
  res.allow = allow;
  return res;
}

bool Api::Authorized(const ApiRequest& r) const {
  if (options_.api_key.empty()) return true;
  std::string_view bearer = r.authorization;
  while (!bearer.empty() && bearer.front() == ' ') bearer.remove_prefix(1);
  bool has_bearer = bearer.size() > 7 && (bearer.substr(0, 7) == "Bearer " || bearer.substr(0, 7) == "bearer ");
  bearer = has_bearer ? bearer.substr(7) : std::string_view();
  while (!bearer.empty() && bearer.front() == ' ') bearer.remove_prefix(1);
  while (!bearer.empty() && bearer.back() == ' ') bearer.remove_suffix(1);
  // Both headers are compared, whichever is given, so timing says nothing about which matched.
  bool by_bearer = SameKey(bearer, options_.api_key) && has_bearer;
  bool by_header = SameKey(r.api_key, options_.api_key) && !r.api_key.empty();
  return by_bearer || by_header;
}

ApiResponse Api::Health() {
  auto db = store_.Reader();
  if (!db.ok()) return Internal(db.status().message());
  auto summary = (*db)->Summary();
  if (!summary.ok()) return Internal(summary.status().message());
  std::string out;
  io::JsonWriter w(&out);
  w.BeginObject().Key("status").String("ok").Key("version").String(options_.version);
  w.Key("documents").Int(summary->documents).Key("events").Int(summary->events).EndObject();
  out.push_back('\n');
  return {200, out, ""};
}

ApiResponse Api::Code(const ApiRequest& r) {
  auto body = ReadBodyRecords(r.body, /*require_id=*/false);
  if (!body.ok()) return Error(400, body.status().message(), "body");
  auto ws = workspaces_.Borrow();
  if (!ws.ok()) return Internal(ws.status().message());
  std::string out = "{\"documents\":[";
  bool first = true;
  store::StoredDocument coded;
  for (size_t i = 0; i < body->records.size(); ++i) {
    const io::InputRecord& record = body->records[i];
    if (Status s = store::CodeRecord(pipe_, record, &**ws, &coded); !s.ok()) {
      body->problems.push_back({body->positions[i], record.id, s.message()});
      continue;
    }
    if (!first) out.push_back(',');
    first = false;
    out += "{\"id\":";
    io::AppendJsonString(record.id, &out);
    out += ",\"events\":";
    AppendEvents(coded.events, &out);
    out.push_back('}');
  }
  return Answered(&body->problems, &out);
}

ApiResponse Api::Documents(const ApiRequest& r) {
  if (!Authorized(r)) return Error(401, "writing needs the API key: Authorization: Bearer KEY, or X-API-Key: KEY");
  auto body = ReadBodyRecords(r.body, /*require_id=*/true);
  if (!body.ok()) return Error(400, body.status().message(), "body");
  auto reader = store_.Reader();
  if (!reader.ok()) return Internal(reader.status().message());
  auto ws = workspaces_.Borrow();
  if (!ws.ok()) return Internal(ws.status().message());

  // Each record's outcome, in body order: coded (to store) or unchanged.
  struct Outcome {
    size_t record;  // index into body->records
    bool unchanged = false;
    store::StoredDocument document;
  };
  std::vector<Outcome> outcomes;
  std::map<std::string, size_t> first_position;  // id -> where it first appeared
  for (size_t i = 0; i < body->records.size(); ++i) {
    const io::InputRecord& record = body->records[i];
    size_t position = body->positions[i];
    auto [it, fresh] = first_position.emplace(record.id, position);
    if (!fresh) {
      body->problems.push_back({position, record.id,
                                "the id appears again in this request (record " + std::to_string(it->second) +
                                    "); send each document once"});
      continue;
    }
    auto current = (*reader)->IsCurrent(record.id, store::ContentHash(record), options_.coder);
    if (!current.ok()) return Internal(current.status().message());
    Outcome& o = outcomes.emplace_back();
    o.record = i;
    if (*current) {
      o.unchanged = true;
      continue;
    }
    if (Status s = store::CodeRecord(pipe_, record, &**ws, &o.document); !s.ok()) {
      body->problems.push_back({position, record.id, s.message()});
      outcomes.pop_back();
    }
  }
  std::vector<const store::StoredDocument*> batch;
  for (const Outcome& o : outcomes)
    if (!o.unchanged) batch.push_back(&o.document);
  if (!batch.empty()) {
    Status written = store_.WithWriter([&](store::Store& w) { return w.Write(batch, options_.coder); });
    if (!written.ok()) return Internal(written.message());
  }
  // An unchanged document answers with the events the store holds for it.
  for (Outcome& o : outcomes) {
    if (!o.unchanged) continue;
    store::EventQuery q;
    q.doc = body->records[o.record].id;
    Status s = (*reader)->Query(q, [&](const io::EventRecord& e, const store::EventPosition&) {
      o.document.events.push_back(e);
      return true;
    });
    if (!s.ok()) return Internal(s.message());
  }

  std::string out = "{\"documents\":[";
  for (size_t i = 0; i < outcomes.size(); ++i) {
    if (i) out.push_back(',');
    out += "{\"id\":";
    io::AppendJsonString(body->records[outcomes[i].record].id, &out);
    out += outcomes[i].unchanged ? ",\"status\":\"unchanged\"" : ",\"status\":\"stored\"";
    out += ",\"events\":";
    AppendEvents(outcomes[i].document.events, &out);
    out.push_back('}');
  }
  return Answered(&body->problems, &out);
}

ApiResponse Api::Events(const ApiRequest& r) {
  store::EventQuery q;
  auto problems = ParseEventsParams(r.params, &q);
  if (!problems.empty()) return BadParams(problems);
  const int64_t limit = q.limit;
  q.limit = limit + 1;  // one more than a page says whether there is a next one
  auto db = store_.Reader();
  if (!db.ok()) return Internal(db.status().message());
  if (auto text_problems = (*db)->CheckText(q.text); !text_problems.empty()) return BadParams(text_problems);
  std::string out = "{\"events\":[";
  int64_t count = 0;
  store::EventPosition last;
  bool more = false;
  Status s = (*db)->Query(q, [&](const io::EventRecord& e, const store::EventPosition& position) {
    if (count == limit) {
      more = true;
      return false;
    }
    if (count++) out.push_back(',');
    io::AppendEventJson(e, &out);
    out.pop_back();
    last = position;
    return true;
  });
  if (!s.ok()) return Internal(s.message());
  out += "],\"next\":";
  if (more)
    io::AppendJsonString(store::Cursor(last), &out);
  else
    out += "null";
  out += "}\n";
  return {200, out, ""};
}

ApiResponse Api::Stats(const ApiRequest& r) {
  store::StatsQuery q;
  auto problems = ParseStatsParams(r.params, &q);
  if (!problems.empty()) return BadParams(problems);
  auto db = store_.Reader();
  if (!db.ok()) return Internal(db.status().message());
  if (auto problems = (*db)->CheckText(q.filter.text); !problems.empty()) return BadParams(problems);
  auto rows = store::ComputeStats(**db, q);
  if (!rows.ok()) return Internal(rows.status().message());
  return {200, store::StatsJson(q, *rows), ""};
}

ApiResponse Api::Escalation(const ApiRequest& r) {
  store::EscalationQuery q;
  auto problems = ParseEscalationParams(r.params, &q);
  if (!problems.empty()) return BadParams(problems);
  auto db = store_.Reader();
  if (!db.ok()) return Internal(db.status().message());
  if (auto problems = (*db)->CheckText(q.filter.text); !problems.empty()) return BadParams(problems);
  auto rows = store::ComputeEscalation(**db, q);
  if (!rows.ok()) return Internal(rows.status().message());
  return {200, store::EscalationJson(*rows), ""};
}

ApiResponse Api::OpenApi() {
  size_t count = 0;
  const EmbeddedEntry* entries = ServeEmbeddedEntries(&count);
  auto text = FindEmbedded(entries, count, "openapi.json");
  if (!text) return Internal("openapi.json is not embedded");
  return {200, std::string(*text), ""};
}

}  // namespace tocsin::serve
