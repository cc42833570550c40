// `tocsin serve` end to end: a real server on 127.0.0.1 (a child process on a
// free port, over a temporary store), spoken to with cpp-httplib's client.
// What it stores and serves is what `tocsin code`, `query` and `stats` print;
// every error is JSON naming what is wrong; the API key guards writes only;
// reads run while writes do; SIGTERM lets a write in flight finish.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <simdjson.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "io/json_writer.h"
#include "serve/api.h"
#include "test_util.h"

namespace tocsin {
namespace {

using testing::RunResult;
using testing::Tocsin;

std::string Fresh(const std::string& name) { return testing::FreshStorePath(name); }

// A `tocsin serve` child process; killed when the test leaves it running.
class Server {
 public:
  Server(const std::string& db, std::vector<std::string> args = {}, std::vector<std::string> env = {}) : db_(db) {
    log_ = testing::TempDir() + "/serve-" + std::to_string(++count_) + ".log";
    std::filesystem::remove(log_);
    std::vector<std::string> argv = {TOCSIN_BINARY, "serve", "--db", db, "--port", "0"};
    argv.insert(argv.end(), args.begin(), args.end());
    pid_ = fork();
    if (pid_ == 0) {
      if (!freopen("/dev/null", "w", stdout) || !freopen(log_.c_str(), "w", stderr)) _exit(126);
      unsetenv("TOCSIN_API_KEY");
      for (const std::string& e : env) putenv(const_cast<char*>(e.c_str()));
      std::vector<char*> raw;
      for (std::string& a : argv) raw.push_back(a.data());
      raw.push_back(nullptr);
      execv(raw[0], raw.data());
      _exit(127);
    }
    // Wait for the line that says where it listens: polled, with a generous bound.
    for (int i = 0; i < 6000 && port_ == 0; ++i) {
      std::ifstream in(log_);
      std::string line;
      if (std::getline(in, line) && in.good()) {
        size_t colon = line.rfind(':');
        EXPECT_EQ(line.rfind("tocsin: serving " + db + " on http://127.0.0.1:", 0), 0u) << line;
        port_ = std::atoi(line.c_str() + colon + 1);
        break;
      }
      int status;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        ADD_FAILURE() << "tocsin serve exited at start: " << Log();
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (port_ == 0) ADD_FAILURE() << "tocsin serve did not start: " << Log();
  }
  ~Server() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  std::string Log() const {
    std::ifstream in(log_);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  std::unique_ptr<httplib::Client> Client() const {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", port_);
    c->set_read_timeout(600, 0);
    c->set_write_timeout(600, 0);
    return c;
  }
  // Sends `sig` and waits for the exit: the exit status, or -1 when killed by a signal.
  int Stop(int sig = SIGTERM) {
    kill(pid_, sig);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  static inline int count_ = 0;
  std::string db_, log_;
  pid_t pid_ = -1;
  int port_ = 0;
};

// A parsed JSON answer (the parser owns what the elements point into).
struct Json {
  explicit Json(const std::string& text) : parser(std::make_unique<simdjson::dom::parser>()) {
    auto err = parser->parse(text).get(root);
    ok = !err;
  }
  std::unique_ptr<simdjson::dom::parser> parser;
  simdjson::dom::element root;
  bool ok = false;
};

std::string Minify(simdjson::dom::element e) { return simdjson::minify(e); }

// Each line of JSON Lines output (tocsin code, query), minified as the answers are.
std::vector<std::string> Lines(const std::string& jsonl) {
  std::vector<std::string> out;
  simdjson::dom::parser parser;
  std::istringstream in(jsonl);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(Minify(parser.parse(line)));
  return out;
}

// The events of an answer's array of documents (or of "events"), minified.
std::vector<std::string> Events(simdjson::dom::array events) {
  std::vector<std::string> out;
  for (simdjson::dom::element e : events) out.push_back(Minify(e));
  return out;
}
std::vector<std::string> DocumentEvents(const Json& j) {
  std::vector<std::string> out;
  for (simdjson::dom::element d : j.root["documents"].get_array()) {
    auto events = Events(d["events"].get_array());
    out.insert(out.end(), events.begin(), events.end());
  }
  return out;
}

std::string JsonString(const std::string& s) {
  std::string out;
  io::AppendJsonString(s, &out);
  return out;
}

std::string Record(const std::string& id, const std::string& date, const std::string& text) {
  return "{\"id\":" + JsonString(id) + ",\"date\":\"" + date + "\",\"text\":" + JsonString(text) + "}";
}

// Short news items whose sentences code (dyads RUS>UKR, UKR>RUS, MDA>RUS and others).
const std::vector<std::string> kSentences = {
    "Russian forces shelled the Ukrainian city of Kharkiv on Monday, killing three civilians.",
    "Ukraine accused Russia of attacking its power grid with drones.",
    "Moldova accuses Russia of stirring unrest in Transnistria.",
    "Belarus sent troops to the Ukrainian border, the defence ministry in Kyiv said.",
    "Russian troops attacked Ukrainian positions near Bakhmut.",
    "The United Nations urged Russia and Ukraine to resume talks.",
    "Poland pledged to send more military aid to Ukraine.",
    "Ukrainian forces shelled Russian positions in Donetsk.",
};

// `n` records with ids PREFIX0.., dates spread over March 2024 and texts from kSentences.
std::vector<std::string> Records(const std::string& prefix, int n, int first = 0) {
  std::vector<std::string> out;
  for (int i = first; i < first + n; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2024-03-%02d", 1 + (i * 7) % 28);
    out.push_back(Record(prefix + std::to_string(i), date,
                         kSentences[i % kSentences.size()] + " " + kSentences[(i + 3) % kSentences.size()]));
  }
  return out;
}
std::string Array(const std::vector<std::string>& records) {
  std::string out = "[";
  for (const std::string& r : records) out += (out.size() > 1 ? "," : "") + r;
  return out + "]";
}
std::string JsonLines(const std::vector<std::string>& records) {
  std::string out;
  for (const std::string& r : records) out += r + "\n";
  return out;
}

// What `tocsin code` prints for the records.
std::vector<std::string> CodeOutput(const std::vector<std::string>& records) {
  std::string file = testing::WriteTemp("records.jsonl", JsonLines(records));
  RunResult r = Tocsin("code -q " + file);
  EXPECT_EQ(r.status, 0) << r.err;
  return Lines(r.out);
}

// Every event of a GET /v1/events paging with `query` (and limit), in order.
std::vector<std::string> PageAll(httplib::Client& c, const std::string& query, int* pages = nullptr) {
  std::vector<std::string> out;
  std::string cursor;
  for (int page = 0; page < 100000; ++page) {
    std::string path = "/v1/events?" + query + (cursor.empty() ? "" : "&cursor=" + cursor);
    auto res = c.Get(path);
    if (!res || res->status != 200) {
      ADD_FAILURE() << path << ": " << (res ? res->body : "no answer");
      return out;
    }
    Json j(res->body);
    auto events = Events(j.root["events"].get_array());
    out.insert(out.end(), events.begin(), events.end());
    if (pages) ++*pages;
    simdjson::dom::element next = j.root["next"];
    if (next.is_null()) return out;
    cursor = std::string(std::string_view(next));
  }
  ADD_FAILURE() << "paging did not end";
  return out;
}

std::string Field(const httplib::Result& res) {
  if (!res) return "(no answer)";
  Json j(res->body);
  if (!j.ok) return "(not JSON: " + res->body + ")";
  std::string_view field;
  if (j.root["field"].get(field)) return "(no field: " + res->body + ")";
  return std::string(field);
}

// An error answer: the status, JSON with "error", and the content type.
void ExpectError(const httplib::Result& res, int status, const std::string& field, const std::string& what) {
  ASSERT_TRUE(res) << what;
  EXPECT_EQ(res->status, status) << what << ": " << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << what;
  Json j(res->body);
  ASSERT_TRUE(j.ok) << what << ": " << res->body;
  std::string_view error;
  EXPECT_FALSE(j.root["error"].get(error)) << what << ": " << res->body;
  EXPECT_FALSE(error.empty()) << what;
  if (!field.empty()) {
    EXPECT_EQ(Field(res), field) << what << ": " << res->body;
  }
}

TEST(Serve, HealthSaysOkAndStopsOnSigint) {
  Server server(Fresh("health.db"));
  ASSERT_GT(server.port(), 0);
  auto c = server.Client();
  auto res = c->Get("/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(Minify(Json(res->body).root), R"({"status":"ok","version":"0.1.0","documents":0,"events":0})");
  EXPECT_EQ(server.Stop(SIGINT), 0);
}

TEST(Serve, PostedDocumentsGetTheEventsCodePrintsAndUnchangedOnesAreSkipped) {
  std::string db = Fresh("post.db");
  Server server(db);
  ASSERT_GT(server.port(), 0);
  auto c = server.Client();

  std::vector<std::string> array = Records("a", 6), lines = Records("l", 5, 6);
  std::vector<std::string> expected_array = CodeOutput(array), expected_lines = CodeOutput(lines);
  ASSERT_FALSE(expected_array.empty());
  ASSERT_FALSE(expected_lines.empty());

  auto res = c->Post("/v1/documents", Array(array), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  Json stored(res->body);
  EXPECT_EQ(DocumentEvents(stored), expected_array);
  size_t n = 0;
  for (simdjson::dom::element d : stored.root["documents"].get_array()) {
    EXPECT_EQ(std::string_view(d["id"]), "a" + std::to_string(n++));
    EXPECT_EQ(std::string_view(d["status"]), "stored");
  }
  EXPECT_EQ(n, array.size());
  EXPECT_EQ(stored.root["problems"].get_array().value().size(), 0u);

  res = c->Post("/v1/documents", JsonLines(lines), "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(DocumentEvents(Json(res->body)), expected_lines);

  // The same documents again: unchanged, with the events the store holds.
  res = c->Post("/v1/documents", Array(array), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  Json again(res->body);
  for (simdjson::dom::element d : again.root["documents"].get_array())
    EXPECT_EQ(std::string_view(d["status"]), "unchanged") << res->body;
  EXPECT_EQ(DocumentEvents(again), expected_array);

  // A changed document is stored again; tocsin ingest agrees on what is unchanged.
  std::vector<std::string> changed = {Record("a0", "2024-03-20", kSentences[2])};
  res = c->Post("/v1/documents", Array(changed), "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(std::string_view(Json(res->body).root["documents"].at(0)["status"]), "stored") << res->body;
  std::string file = testing::WriteTemp("changed.jsonl", JsonLines(changed));
  RunResult ingest = Tocsin("ingest --db " + db + " " + file);
  EXPECT_NE(ingest.err.find("0 coded, 1 unchanged"), std::string::npos) << ingest.err;

  // /v1/code: the same events, nothing stored.
  res = c->Post("/v1/code", Array(array), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(DocumentEvents(Json(res->body)), expected_array);
  // Whatever the content type says (curl's default is a form), the body is the records.
  res = c->Post("/v1/code", Array(array), "application/x-www-form-urlencoded");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(DocumentEvents(Json(res->body)), expected_array);
  res = c->Post("/v1/code", "{\"date\":\"2024-03-14\",\"text\":" + JsonString(kSentences[2]) + "}\n",
                "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(std::string_view(Json(res->body).root["documents"].at(0)["id"]), "record-0") << res->body;
  auto health = c->Get("/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(int64_t(Json(health->body).root["documents"]), int64_t(array.size() + lines.size()));

  // Records that cannot be used are problems; the others are stored.
  std::string mixed = Record("m0", "2024-03-14", kSentences[0]) + "\n" + "{\"id\":\"m1\",\"date\":\"2024-03-14\"}\n" +
                      "\n{\"id\":\"m2\",\"text\":\"x\",\"date\":\"2024-02-30\"}\n" + "{\"id\":\"m3\",\n" +
                      "{\"text\":\"no id\"}\n" + Record("m0", "2024-03-14", kSentences[1]) + "\n";
  res = c->Post("/v1/documents", mixed, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  Json j(res->body);
  EXPECT_EQ(j.root["documents"].get_array().value().size(), 1u) << res->body;
  std::vector<std::pair<int64_t, std::string>> problems;
  for (simdjson::dom::element p : j.root["problems"].get_array()) {
    std::string_view id;
    problems.emplace_back(int64_t(p["record"]), p["id"].get(id) ? "null" : std::string(id));
    EXPECT_FALSE(std::string_view(p["error"]).empty());
  }
  std::vector<std::pair<int64_t, std::string>> expected = {{1, "m1"}, {2, "m2"}, {3, "null"}, {4, "null"}, {5, "m0"}};
  EXPECT_EQ(problems, expected) << res->body;
}

// A store of `documents` records posted in batches; the events posted.
size_t Fill(httplib::Client& c, int documents) {
  size_t events = 0;
  for (int first = 0; first < documents; first += 50) {
    auto res = c.Post("/v1/documents", Array(Records("d", std::min(50, documents - first), first)), "application/json");
    if (!res || res->status != 200) {
      ADD_FAILURE() << (res ? res->body : "no answer");
      return events;
    }
    events += DocumentEvents(Json(res->body)).size();
  }
  return events;
}

TEST(Serve, PagingReadsEveryEventOnceInTheOrderQueryPrints) {
  std::string db = Fresh("paging.db");
  Server server(db);
  ASSERT_GT(server.port(), 0);
  auto c = server.Client();
  size_t posted = Fill(*c, 460);
  ASSERT_GT(posted, size_t(serve::kMaxLimit));  // enough for a capped page

  std::vector<std::string> all = Lines(Tocsin("query --db " + db + " --format jsonl").out);
  EXPECT_EQ(all.size(), posted);
  int pages = 0;
  EXPECT_EQ(PageAll(*c, "limit=7", &pages), all);
  EXPECT_EQ(pages, int((all.size() + 6) / 7));
  EXPECT_EQ(PageAll(*c, "limit=1000"), all);
  EXPECT_EQ(PageAll(*c, ""), all);  // the default page
  pages = 0;
  EXPECT_EQ(PageAll(*c, "limit=100000", &pages), all);  // capped, not refused
  EXPECT_EQ(pages, int((all.size() + serve::kMaxLimit - 1) / serve::kMaxLimit));
  auto capped = c->Get("/v1/events?limit=5000");
  ASSERT_TRUE(capped);
  ASSERT_EQ(capped->status, 200) << capped->body;
  EXPECT_EQ(Json(capped->body).root["events"].get_array().value().size(), size_t(serve::kMaxLimit));

  for (std::string filter : {"source=RUS", "target=UKR&cameo=1", "actor=UKR&from=2024-03-05&to=2024-03-20",
                             "plover=assault", "quad=4", "modality=asserted", "text=troops", "doc=d7"}) {
    std::string flags = " --" + filter;
    for (size_t i = 0; (i = flags.find('&', i)) != std::string::npos;) flags.replace(i, 1, " --");
    for (size_t i = 0; (i = flags.find('=', i)) != std::string::npos;) flags.replace(i, 1, " ");
    std::vector<std::string> expected = Lines(Tocsin("query --db " + db + " --format jsonl" + flags).out);
    EXPECT_FALSE(expected.empty()) << filter;
    EXPECT_EQ(PageAll(*c, filter + "&limit=5"), expected) << filter;
  }
}

TEST(Serve, StatsAndEscalationAnswerWhatStatsPrints) {
  std::string db = Fresh("stats.db");
  Server server(db);
  ASSERT_GT(server.port(), 0);
  auto c = server.Client();
  ASSERT_GT(Fill(*c, 80), 0u);

  auto stats = c->Get("/v1/stats?by=week&group=dyad");
  ASSERT_TRUE(stats);
  ASSERT_EQ(stats->status, 200) << stats->body;
  EXPECT_EQ(stats->body, Tocsin("stats --db " + db + " --by week --group dyad --format json").out);
  Json s(stats->body);
  ASSERT_TRUE(s.ok);
  std::set<std::string> dyads;
  int64_t counted = 0;
  for (simdjson::dom::element row : s.root["rows"].get_array()) {
    dyads.insert(std::string(std::string_view(row["group"])));
    counted += int64_t(row["events"]);
  }
  EXPECT_TRUE(dyads.count("RUS>UKR")) << stats->body;
  EXPECT_TRUE(dyads.count("MDA>RUS")) << stats->body;
  EXPECT_GT(counted, 0);

  auto top = c->Get("/v1/stats?group=source&top=2&from=2024-03-01&to=2024-03-31");
  ASSERT_TRUE(top);
  ASSERT_EQ(top->status, 200) << top->body;
  EXPECT_EQ(top->body, Tocsin("stats --db " + db +
                              " --group source --top 2 --from 2024-03-01 --to 2024-03-31 "
                              "--format json")
                           .out);
  EXPECT_EQ(Json(top->body).root["rows"].get_array().value().size(), 2u) << top->body;

  auto signal = c->Get("/v1/escalation?recent=7&baseline=30&min_recent=1&min_baseline=2&top=0");
  ASSERT_TRUE(signal);
  ASSERT_EQ(signal->status, 200) << signal->body;
  EXPECT_EQ(signal->body, Tocsin("stats --db " + db +
                                 " --escalation --recent 7 --baseline 30 --min-recent 1 "
                                 "--min-baseline 2 --top 0 --format json")
                              .out);
  Json e(signal->body);
  ASSERT_TRUE(e.ok);
  EXPECT_GT(e.root["rows"].get_array().value().size(), 0u) << signal->body;
  EXPECT_FALSE(e.root["window"].is_null());
}

TEST(Serve, OpenApiDescribesEveryPath) {
  Server server(Fresh("openapi.db"));
  ASSERT_GT(server.port(), 0);
  auto res = server.Client()->Get("/v1/openapi.json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  Json j(res->body);
  ASSERT_TRUE(j.ok) << "openapi.json does not parse";
  EXPECT_EQ(std::string_view(j.root["openapi"]), "3.0.3");
  simdjson::dom::object paths = j.root["paths"];
  for (size_t i = 0; i < serve::kApiPathCount; ++i) {
    simdjson::dom::element path;
    EXPECT_FALSE(paths[serve::kApiPaths[i]].get(path)) << serve::kApiPaths[i];
  }
  EXPECT_EQ(paths.size(), serve::kApiPathCount);
  // Each path is served: OPTIONS is no method of the API, so each answers 405, not 404.
  auto c = server.Client();
  for (size_t i = 0; i < serve::kApiPathCount; ++i)
    ExpectError(c->Options(serve::kApiPaths[i]), 405, "", serve::kApiPaths[i]);
}

TEST(Serve, EveryBadParameterIsA400NamingIt) {
  std::string db = Fresh("errors.db");
  Server server(db);
  ASSERT_GT(server.port(), 0);
  auto c = server.Client();
  ASSERT_GT(Fill(*c, 8), 0u);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"/v1/events?from=2024-02-30", "from"},
      {"/v1/events?from=2024-03-10&to=2024-03-01", "to"},
      {"/v1/events?source=R%24S", "source"},
      {"/v1/events?target=U%20K", "target"},
      {"/v1/events?actor=%2A", "actor"},
      {"/v1/events?cameo=19x", "cameo"},
      {"/v1/events?plover=ASSAULT1", "plover"},
      {"/v1/events?quad=x", "quad"},
      {"/v1/events?quad=9", "quad"},
      {"/v1/events?modality=maybe", "modality"},
      {"/v1/events?limit=abc", "limit"},
      {"/v1/events?limit=10.5", "limit"},
      {"/v1/events?limit=0", "limit"},
      {"/v1/events?cursor=zz", "cursor"},
      {"/v1/events?text=%22unclosed", "text"},
      {"/v1/events?bogus=1", "bogus"},
      {"/v1/events?country=Ukraine", "country"},
      {"/v1/events?bbox=30,44,40", "bbox"},
      {"/v1/stats?bbox=30,54,40,44", "bbox"},
      {"/v1/events?source=RUS&source=UKR", "source"},
      {"/v1/stats?by=year", "by"},
      {"/v1/stats?group=city", "group"},
      {"/v1/stats?top=x", "top"},
      {"/v1/stats?top=-1", "top"},
      {"/v1/stats?limit=5", "limit"},
      {"/v1/stats?text=%22unclosed", "text"},
      {"/v1/escalation?recent=0", "recent"},
      {"/v1/escalation?baseline=x", "baseline"},
      {"/v1/escalation?min_recent=0", "min_recent"},
      {"/v1/escalation?min_baseline=1", "min_baseline"},
      {"/v1/escalation?top=many", "top"},
      {"/v1/escalation?cursor=00", "cursor"},
      {"/v1/health?verbose=1", "verbose"},
      {"/v1/openapi.json?v=3", "v"},
  };
  for (const auto& [path, field] : cases) ExpectError(c->Get(path), 400, field, path);
}

TEST(Serve, BadBodiesUnknownPathsAndMethodsAreJsonErrors) {
  Server server(Fresh("bodies.db"), {"--max-body-bytes", "4000"});
  ASSERT_GT(server.port(), 0);
  auto c = server.Client();
  for (const std::string& body : {std::string("[{\"id\":\"a\",\"text\":"), std::string("not json at all"),
                                  std::string(""), std::string("  \n "), std::string("[1, 2] x")}) {
    ExpectError(c->Post("/v1/documents", body, "application/json"), 400, "body", "documents: " + body);
    ExpectError(c->Post("/v1/code", body, "application/json"), 400, "body", "code: " + body);
  }
  httplib::MultipartFormDataItems form = {{"file", Array(Records("f", 1)), "records.json", "application/json"}};
  ExpectError(c->Post("/v1/documents", form), 400, "body", "multipart");
  std::string big = Array({Record("big", "2024-03-14", std::string(5000, 'a'))});
  ExpectError(c->Post("/v1/documents", big, "application/json"), 413, "body", "over the limit");
  ExpectError(c->Post("/v1/code", big, "application/json"), 413, "body", "over the limit");
  // The connection still serves after refusing a body.
  auto health = c->Get("/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);

  for (std::string path : {"/", "/v1", "/v1/nothing", "/v2/events", "/v1/events/extra"})
    ExpectError(c->Get(path), 404, "", path);
  auto wrong = c->Get("/v1/documents");
  ExpectError(wrong, 405, "", "GET /v1/documents");
  if (wrong) {
    EXPECT_EQ(wrong->get_header_value("Allow"), "POST");
  }
  ExpectError(c->Get("/v1/code"), 405, "", "GET /v1/code");
  auto post_events = c->Post("/v1/events", "{}", "application/json");
  ExpectError(post_events, 405, "", "POST /v1/events");
  if (post_events) {
    EXPECT_EQ(post_events->get_header_value("Allow"), "GET, HEAD");
  }
  ExpectError(c->Delete("/v1/events"), 405, "", "DELETE /v1/events");
  ExpectError(c->Put("/v1/documents", "[]", "application/json"), 405, "", "PUT /v1/documents");
  ExpectError(c->Patch("/v1/stats", "{}", "application/json"), 405, "", "PATCH /v1/stats");
}

TEST(Serve, TheApiKeyGuardsWritesOnly) {
  for (bool from_environment : {false, true}) {
    std::string db = Fresh("key.db");
    std::unique_ptr<Server> server =
        from_environment ? std::make_unique<Server>(db, std::vector<std::string>{},
                                                    std::vector<std::string>{"TOCSIN_API_KEY=s3cret-key"})
                         : std::make_unique<Server>(db, std::vector<std::string>{"--api-key", "s3cret-key"});
    ASSERT_GT(server->port(), 0);
    auto c = server->Client();
    std::string body = Array(Records("k", 2));
    ExpectError(c->Post("/v1/documents", body, "application/json"), 401, "", "no key");
    for (auto headers :
         {httplib::Headers{{"Authorization", "Bearer s3cret-kex"}},
          httplib::Headers{{"Authorization", "Bearer s3cret-key2"}}, httplib::Headers{{"Authorization", "Bearer "}},
          httplib::Headers{{"Authorization", "s3cret-key"}}, httplib::Headers{{"X-API-Key", "s3cret"}},
          httplib::Headers{{"X-API-Key", ""}}}) {
      auto res = c->Post("/v1/documents", headers, body, "application/json");
      ExpectError(res, 401, "", headers.begin()->first + ": " + headers.begin()->second);
      if (res) {
        EXPECT_EQ(res->get_header_value("WWW-Authenticate"), "Bearer");
      }
    }
    auto health = c->Get("/v1/health");
    ASSERT_TRUE(health);
    EXPECT_EQ(int64_t(Json(health->body).root["documents"]), 0) << "a refused write stored something";

    auto bearer =
        c->Post("/v1/documents", httplib::Headers{{"Authorization", "Bearer s3cret-key"}}, body, "application/json");
    ASSERT_TRUE(bearer);
    EXPECT_EQ(bearer->status, 200) << bearer->body;
    auto header = c->Post("/v1/documents", httplib::Headers{{"X-API-Key", "s3cret-key"}}, Array(Records("h", 1)),
                          "application/json");
    ASSERT_TRUE(header);
    EXPECT_EQ(header->status, 200) << header->body;

    for (std::string path : {"/v1/health", "/v1/events", "/v1/stats", "/v1/escalation", "/v1/openapi.json"}) {
      auto res = c->Get(path);
      ASSERT_TRUE(res);
      EXPECT_EQ(res->status, 200) << path << ": " << res->body;
    }
    auto code = c->Post("/v1/code", body, "application/json");
    ASSERT_TRUE(code);
    EXPECT_EQ(code->status, 200) << code->body;
  }
}

// One writer posts batches of new documents while readers page through the
// events: every document ends up stored once, and no reader sees an error or
// an event twice in one paging.
TEST(Serve, ReadsRunWhileWritesDo) {
  std::string db = Fresh("concurrent.db");
  Server server(db);
  ASSERT_GT(server.port(), 0);
  constexpr int kBatches = 30, kPerBatch = 3, kReaders = 4, kRequests = 50;
  std::atomic<size_t> posted_events{0};
  std::atomic<int> write_failures{0}, read_failures{0}, duplicates{0};
  std::vector<std::string> failures[kReaders + 1];

  std::thread writer([&] {
    auto c = server.Client();
    for (int b = 0; b < kBatches; ++b) {
      auto res = c->Post("/v1/documents", Array(Records("w" + std::to_string(b) + "-", kPerBatch)), "application/json");
      if (!res || res->status != 200) {
        ++write_failures;
        failures[kReaders].push_back(res ? res->body : "no answer");
        continue;
      }
      Json j(res->body);
      for (simdjson::dom::element d : j.root["documents"].get_array())
        if (std::string_view(d["status"]) != "stored") ++write_failures;
      posted_events += DocumentEvents(j).size();
    }
  });
  std::vector<std::thread> readers;
  for (int r = 0; r < kReaders; ++r)
    readers.emplace_back([&, r] {
      auto c = server.Client();
      std::string cursor;
      std::set<std::string> seen;  // the events of the paging under way
      for (int i = 0; i < kRequests; ++i) {
        auto res = c->Get("/v1/events?limit=4" + (cursor.empty() ? std::string() : "&cursor=" + cursor));
        if (!res || res->status != 200) {
          ++read_failures;
          failures[r].push_back(res ? res->body : "no answer");
          cursor.clear();
          continue;
        }
        Json j(res->body);
        for (const std::string& e : Events(j.root["events"].get_array()))
          if (!seen.insert(e).second) ++duplicates;
        simdjson::dom::element next = j.root["next"];
        if (next.is_null()) {
          cursor.clear();
          seen.clear();
        } else {
          cursor = std::string(std::string_view(next));
        }
      }
    });
  writer.join();
  for (std::thread& t : readers) t.join();
  EXPECT_EQ(write_failures, 0) << (failures[kReaders].empty() ? "" : failures[kReaders][0]);
  EXPECT_EQ(read_failures, 0);
  for (auto& f : failures)
    if (!f.empty()) ADD_FAILURE() << f[0];
  EXPECT_EQ(duplicates, 0);

  auto health = server.Client()->Get("/v1/health");
  ASSERT_TRUE(health);
  Json h(health->body);
  EXPECT_EQ(int64_t(h.root["documents"]), kBatches * kPerBatch);
  EXPECT_EQ(int64_t(h.root["events"]), int64_t(posted_events));
  EXPECT_EQ(Lines(Tocsin("query --db " + db + " --format jsonl").out).size(), posted_events.load());
}

// A raw HTTP exchange, so that the test knows when the whole request has
// been sent (`sent` is called then, or when it cannot be): the status (0 when
// there was no answer) and the body.
std::pair<int, std::string> RawPost(int port, const std::string& path, const std::string& body,
                                    const std::function<void()>& sent) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    sent();
    return {0, ""};
  }
  std::string request = "POST " + path +
                        " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                        "Content-Type: application/json\r\nContent-Length: " +
                        std::to_string(body.size()) + "\r\n\r\n" + body;
  for (size_t done = 0; done < request.size();) {
    ssize_t n = send(fd, request.data() + done, request.size() - done, MSG_NOSIGNAL);
    if (n <= 0) break;
    done += size_t(n);
  }
  sent();
  std::string answer;
  char buf[65536];
  for (ssize_t n; (n = recv(fd, buf, sizeof buf, 0)) > 0;) answer.append(buf, size_t(n));
  close(fd);
  if (answer.rfind("HTTP/1.1 ", 0) != 0) return {0, ""};
  size_t head_end = answer.find("\r\n\r\n");
  return {std::atoi(answer.c_str() + 9), head_end == std::string::npos ? "" : answer.substr(head_end + 4)};
}

// A document that takes a while to code: one event among many sentences that have none.
std::vector<std::string> SlowRecords(int n) {
  std::string filler;
  for (int i = 0; i < 12; ++i)
    filler +=
        " The weather in the capital was mild on Tuesday and the markets opened at nine."
        " Shoppers filled the old town squares while the trains ran on time."
        " The museum showed paintings from the last century to a large crowd.";
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2024-03-%02d", 1 + (i * 7) % 28);
    out.push_back(Record("t" + std::to_string(i), date, kSentences[i % kSentences.size()] + filler));
  }
  return out;
}

TEST(Serve, SigtermLetsAWriteInFlightFinish) {
  std::string db = Fresh("sigterm.db");
  Server server(db);
  ASSERT_GT(server.port(), 0);
  constexpr int kDocuments = 3000;  // about 8 MB, a second or two of coding
  std::string body = Array(SlowRecords(kDocuments));
  std::mutex mutex;
  std::condition_variable cv;
  bool sent = false;
  std::pair<int, std::string> answer;
  std::thread client([&] {
    answer = RawPost(server.port(), "/v1/documents", body, [&] {
      std::lock_guard<std::mutex> lock(mutex);
      sent = true;
      cv.notify_all();
    });
  });
  {
    std::unique_lock<std::mutex> lock(mutex);
    cv.wait(lock, [&] { return sent; });
  }
  // A moment for the server to take the request; the outcome is checked either way.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(server.Stop(SIGTERM), 0) << server.Log();
  client.join();

  std::vector<std::string> stored = Lines(Tocsin("query --db " + db + " --format jsonl").out);
  std::set<std::string> documents;
  simdjson::dom::parser parser;
  for (const std::string& e : stored) documents.insert(std::string(std::string_view(parser.parse(e)["doc_id"])));
  if (answer.first == 200) {
    Json j(answer.second);
    ASSERT_TRUE(j.ok) << answer.second.substr(0, 200);
    EXPECT_EQ(j.root["documents"].get_array().value().size(), size_t(kDocuments));
    std::vector<std::string> answered = DocumentEvents(j);
    std::sort(answered.begin(), answered.end());
    std::sort(stored.begin(), stored.end());
    EXPECT_EQ(answered, stored);
    EXPECT_EQ(documents.size(), size_t(kDocuments));
  } else {
    // No answer: the server stopped before it took the request, and stored nothing of it.
    std::printf("note: the POST got no answer (%d): the server stopped before taking it\n", answer.first);
    EXPECT_TRUE(documents.empty()) << documents.size();
  }
}

}  // namespace
}  // namespace tocsin
