// tocsin export: the store's events in the GDELT 1.0 or Phoenix layout.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/filter_options.h"
#include "cli/store_options.h"
#include "io/event_layouts.h"

namespace tocsin::cli {

namespace {

struct ExportOptions {
  std::string db;
  store::EventQuery query;
  std::string layout = "gdelt";
  std::string format = "tsv";
  bool header = false;
};

}  // namespace

Runner AddExportCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("export", "The store's events in the GDELT 1.0 or Phoenix layout (docs/export.md)");
  auto o = std::make_shared<ExportOptions>();
  AddStoreOption(cmd, &o->db);
  AddFilterOptions(cmd, &o->query);
  cmd->add_option("--layout", o->layout, "gdelt (GDELT 1.0 event table) or phoenix (Phoenix / PETRARCH)")
      ->check(CLI::IsMember({"gdelt", "phoenix"}))
      ->capture_default_str();
  cmd->add_option("--format", o->format, "tsv (as GDELT and Phoenix ship) or csv (RFC 4180)")
      ->check(CLI::IsMember({"tsv", "csv"}))
      ->capture_default_str();
  cmd->add_flag("--header", o->header, "Start with a row of column names (GDELT and Phoenix files have none)");
  return [o] {
    if (ReportProblems(store::Check(o->query))) return 2;
    auto db = OpenStoreOrReport(o->db, store::Store::Mode::kRead);
    if (!db) return 2;
    io::Layout layout = o->layout == "gdelt" ? io::Layout::kGdelt : io::Layout::kPhoenix;
    io::Delimited format = o->format == "tsv" ? io::Delimited::kTsv : io::Delimited::kCsv;
    if (o->header) std::fputs(io::LayoutHeader(layout, format).c_str(), stdout);
    return WriteEvents(*db, o->query, [&](const io::EventRecord& e, const store::EventPosition& p, std::string* out) {
      io::AppendLayoutRow(layout, format, e, p.event_id, out);
    });
  };
}

}  // namespace tocsin::cli
