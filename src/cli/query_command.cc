// tocsin query: events from the store, filtered, in a stable order.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/filter_options.h"
#include "cli/store_options.h"
#include "io/event_writer.h"
#include "store/store.h"

namespace tocsin::cli {

namespace {

struct QueryOptions {
  std::string db;
  store::EventQuery query;
  std::string format = "table";
};

// Cuts `s` to at most `width` bytes without splitting a UTF-8 character.
std::string Cut(const std::string& s, size_t width) {
  if (s.size() <= width) return s;
  size_t end = width - 3;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end) + "...";
}

void AppendTableRow(const io::EventRecord& e, std::string* out) {
  char line[512];
  std::snprintf(line, sizeof line, "%-10s  %-12s %-12s %-5s %-12s %-9s %4.2f  ", e.date.empty() ? "-" : e.date.c_str(),
                e.source.present ? e.source.code.c_str() : "-", e.target.present ? e.target.code.c_str() : "-",
                e.cameo.c_str(), e.plover_event.empty() ? "-" : e.plover_event.c_str(), e.modality.c_str(),
                e.confidence);
  *out += line;
  *out += Cut(e.sentence, 90);
  *out += '\n';
}

}  // namespace

Runner AddQueryCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("query", "Events from the store, filtered (see docs/store.md)");
  auto o = std::make_shared<QueryOptions>();
  store::EventQuery& q = o->query;
  AddStoreOption(cmd, &o->db);
  AddFilterOptions(cmd, &q);
  cmd->add_option("--limit", q.limit, "At most this many events (-1: all)")->capture_default_str();
  cmd->add_option("--offset", q.offset, "Skip this many events first")->capture_default_str();
  cmd->add_option("--format", o->format, "table, jsonl (as tocsin code), csv (RFC 4180) or tsv")
      ->check(CLI::IsMember({"table", "jsonl", "csv", "tsv"}))
      ->capture_default_str();
  return [o] {
    if (ReportProblems(store::Check(o->query))) return 2;
    auto db = OpenStoreOrReport(o->db, store::Store::Mode::kRead);
    if (!db) return 2;
    auto append = o->format == "jsonl" ? io::AppendEventJson
                  : o->format == "csv" ? io::AppendEventCsv
                  : o->format == "tsv" ? io::AppendEventTsv
                                       : AppendTableRow;
    if (o->format == "csv") std::fputs(io::EventCsvHeader().c_str(), stdout);
    if (o->format == "tsv") std::fputs(io::EventTsvHeader().c_str(), stdout);
    if (o->format == "table")
      std::printf("%-10s  %-12s %-12s %-5s %-12s %-9s %4s  %s\n", "date", "source", "target", "cameo", "plover",
                  "modality", "conf", "sentence");
    return WriteEvents(*db, o->query, [append](const io::EventRecord& e, const store::EventPosition&, std::string* out) {
      append(e, out);
    });
  };
}

}  // namespace tocsin::cli
