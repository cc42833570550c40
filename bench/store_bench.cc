// store_bench: query and statistics latency on a large store. Codes a
// corpus once (JSON Lines, e.g. from make_corpus), then writes copies of its
// documents under new ids, each copy's dates moved back by whole years, until
// the store holds at least --events events (so the store has the corpus's
// mix of actors, codes and sentences over many years). Then runs each query
// of a fixed set --repeat times and reports the median and 99th percentile
// latency, with the rows each returned.
//
//   store_bench CORPUS STORE [--events N] [--repeat N]
//
// An existing STORE with enough events is reused as it is.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "io/input.h"
#include "pipeline/pipeline.h"
#include "pipeline/worker_pool.h"
#include "store/coding.h"
#include "store/stats.h"
#include "store/store.h"

using namespace tocsin;
using Clock = std::chrono::steady_clock;

namespace {

double Since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string YearsBack(const std::string& date, int years) {
  if (date.size() != 10) return date;
  int y = std::stoi(date.substr(0, 4)) - years;
  std::string out = std::to_string(y) + date.substr(4);
  if (out.substr(5) == "02-29") out.replace(8, 2, "28");
  return out;
}

int Fill(const std::string& corpus, store::Store& db, int64_t want) {
  std::vector<io::InputRecord> records;
  io::InputCallbacks callbacks;
  callbacks.record = [&](io::InputRecord&& r) { records.push_back(std::move(r)); };
  callbacks.error = [](const io::InputError& e) { std::fprintf(stderr, "store_bench: %s\n", e.Message().c_str()); };
  io::ReadInput(corpus, {}, callbacks);
  if (records.empty()) {
    std::fprintf(stderr, "store_bench: no documents in %s\n", corpus.c_str());
    return 1;
  }
  const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge());
  pipeline::WorkerPool pool(0);
  std::vector<pipeline::Workspace> workspaces(pool.size());
  std::vector<store::StoredDocument> coded(records.size());
  auto start = Clock::now();
  pool.ForEach(records.size(), [&](size_t i, int worker) {
    if (!store::CodeRecord(pipe, records[i], &workspaces[worker], &coded[i]).ok()) coded[i].events.clear();
  });
  int64_t per_copy = 0;
  for (const auto& d : coded) per_copy += static_cast<int64_t>(d.events.size());
  std::fprintf(stderr, "store_bench: coded %zu documents, %lld events, in %.1f s\n", records.size(),
               static_cast<long long>(per_copy), Since(start));
  const store::CoderInfo coder{"tocsin bench", "built-in"};
  int64_t stored = db.Summary()->events;
  start = Clock::now();
  for (int copy = 0; stored < want; ++copy) {
    std::vector<store::StoredDocument> batch;
    std::vector<const store::StoredDocument*> pointers;
    for (size_t i = 0; i < coded.size(); ++i) {
      store::StoredDocument d = coded[i];
      d.id = "copy" + std::to_string(copy) + "/" + d.id;
      d.date = YearsBack(d.date, copy);
      batch.push_back(std::move(d));
      if (batch.size() == 512 || i + 1 == coded.size()) {
        for (const auto& b : batch) pointers.push_back(&b);
        if (Status s = db.Write(pointers, coder); !s.ok()) {
          std::fprintf(stderr, "store_bench: %s\n", s.message().c_str());
          return 1;
        }
        batch.clear();
        pointers.clear();
      }
    }
    stored += per_copy;
    std::fprintf(stderr, "\rstore_bench: %lld events stored", static_cast<long long>(stored));
  }
  std::fprintf(stderr, "\nstore_bench: filled in %.1f s\n", Since(start));
  return 0;
}

struct Case {
  const char* name;
  std::function<int64_t()> run;  // the rows it returned
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: store_bench CORPUS STORE [--events N] [--repeat N]\n");
    return 2;
  }
  std::string corpus = argv[1], path = argv[2];
  int64_t want = 1000000;
  int repeat = 21;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--events")) want = std::atoll(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--repeat")) repeat = std::atoi(argv[i + 1]);
  }
  auto opened = store::Store::Open(path, store::Store::Mode::kWrite);
  if (!opened.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", opened.status().message().c_str());
    return 1;
  }
  store::Store& db = **opened;
  if (db.Summary()->events < want && Fill(corpus, db, want) != 0) return 1;
  auto summary = db.Summary();
  std::printf("store: %lld events, %lld documents, %s to %s\n", static_cast<long long>(summary->events),
              static_cast<long long>(summary->documents), summary->first_date.c_str(), summary->last_date.c_str());

  // The last month and the last year of the store, as a dashboard would ask.
  const std::string last = summary->last_date;
  const std::string month_from = last.substr(0, 8) + "01", year_from = YearsBack(last, 1);
  auto events = [&](store::EventQuery q) {
    return [&db, q] {
      int64_t n = 0;
      db.Query(q, [&](const io::EventRecord&, const store::EventPosition&) { return ++n, true; });
      return n;
    };
  };
  auto stats = [&](store::StatsQuery q) {
    return [&db, q] { return static_cast<int64_t>(store::ComputeStats(db, q)->size()); };
  };
  store::EventQuery first_page;
  first_page.limit = 100;
  store::EventQuery dyad_month = first_page;
  dyad_month.source = "RUS";
  dyad_month.from = month_from;
  store::EventQuery root_year = first_page;
  root_year.cameo = "19";
  root_year.from = year_from;
  store::EventQuery text = first_page;
  text.text = "border troops";
  store::EventQuery deep = first_page;
  deep.offset = 10000;
  store::StatsQuery monthly_dyads;
  monthly_dyads.by = "month";
  monthly_dyads.group = "dyad";
  monthly_dyads.top = 10;
  monthly_dyads.filter.from = year_from;
  store::StatsQuery daily_quad;
  daily_quad.by = "day";
  daily_quad.group = "quad";
  daily_quad.filter.from = month_from;
  store::StatsQuery all_roots;
  all_roots.group = "root";
  store::EscalationQuery escalation;
  escalation.recent = 7;
  escalation.baseline = 90;
  std::vector<Case> cases = {
      {"query: first 100 events", events(first_page)},
      {"query: --source RUS, last month, 100", events(dyad_month)},
      {"query: --cameo 19, last year, 100", events(root_year)},
      {"query: --text 'border troops', 100", events(text)},
      {"query: 100 after --offset 10000", events(deep)},
      {"stats: --by month --group dyad --top 10, last year", stats(monthly_dyads)},
      {"stats: --by day --group quad, last month", stats(daily_quad)},
      {"stats: --group root, whole store", stats(all_roots)},
      {"stats: --escalation (7 days against 90)",
       [&db, escalation] { return static_cast<int64_t>(store::ComputeEscalation(db, escalation)->size()); }},
  };
  std::printf("%-52s %10s %10s %8s\n", "", "median ms", "p99 ms", "rows");
  for (const Case& c : cases) {
    std::vector<double> ms;
    int64_t rows = 0;
    for (int i = 0; i < repeat; ++i) {
      auto start = Clock::now();
      rows = c.run();
      ms.push_back(Since(start) * 1000);
    }
    std::sort(ms.begin(), ms.end());
    double median = ms[ms.size() / 2];
    double p99 = ms[std::min(ms.size() - 1, static_cast<size_t>(double(ms.size()) * 0.99))];
    std::printf("%-52s %10.2f %10.2f %8lld\n", c.name, median, p99, static_cast<long long>(rows));
  }
  return 0;
}
