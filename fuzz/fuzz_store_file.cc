// A store file someone hands tocsin: any bytes, opened, summarised and
// queried (with a full-text search and a cursor) as `tocsin query` and
// `tocsin stats` would. Refusals are fine; crashes and hangs are not.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "store/stats.h"
#include "store/store.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tocsin;
  static const std::string path = "/tmp/fuzz_store_file." + std::to_string(getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) unlink((path + suffix).c_str());
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  auto opened = store::Store::Open(path, store::Store::Mode::kRead);
  if (!opened.ok()) return 0;
  store::Store& db = **opened;
  (void)db.Summary();
  store::EventQuery q;
  q.limit = 20;
  std::string cursor;
  (void)db.Query(q, [&](const io::EventRecord&, const store::EventPosition& p) {
    cursor = store::Cursor(p);
    return true;
  });
  q.after = cursor;
  q.text = "troops";
  (void)db.Query(q, [](const io::EventRecord&, const store::EventPosition&) { return true; });
  store::StatsQuery stats;
  (void)store::ComputeStats(db, stats);
  store::EscalationQuery escalation;
  (void)store::ComputeEscalation(db, escalation);
  return 0;
}
