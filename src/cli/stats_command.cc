// tocsin stats: counts, Goldstein sums and means, QuadClass counts per
// period and group, the top groups, and the escalation signal per dyad.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/filter_options.h"
#include "cli/store_options.h"
#include "store/stats.h"
#include "store/stats_format.h"

namespace tocsin::cli {

namespace {

struct StatsOptions {
  std::string db;
  store::StatsQuery stats;
  bool escalation = false;
  store::EscalationQuery signal;
  std::string format = "table";
};

void PrintStatsTable(const std::vector<store::StatsRow>& rows) {
  std::printf("%-10s  %-24s %7s %9s %7s  %5s %5s %5s %5s\n", "period", "group", "events", "gs_sum", "gs_mean", "q1",
              "q2", "q3", "q4");
  for (const store::StatsRow& r : rows)
    std::printf("%-10s  %-24s %7lld %9.1f %7.2f  %5lld %5lld %5lld %5lld\n", r.period.empty() ? "all" : r.period.c_str(),
                r.group.empty() ? "-" : r.group.c_str(), static_cast<long long>(r.events), r.goldstein_sum,
                r.goldstein_mean, static_cast<long long>(r.quad[0]), static_cast<long long>(r.quad[1]),
                static_cast<long long>(r.quad[2]), static_cast<long long>(r.quad[3]));
}

void PrintEscalationTable(const std::vector<store::EscalationRow>& rows) {
  if (!rows.empty())
    std::printf("recent window %s to %s, against the days before\n", rows[0].window_begin.c_str(),
                rows[0].window_end.c_str());
  std::printf("%-24s %7s %7s %8s %8s %8s %8s\n", "dyad", "z", "recent", "r_mean", "baseline", "b_mean", "b_sd");
  for (const store::EscalationRow& r : rows)
    std::printf("%-24s %7.2f %7lld %8.2f %8lld %8.2f %8.2f\n", r.dyad.c_str(), r.z,
                static_cast<long long>(r.recent_events), r.recent_mean, static_cast<long long>(r.baseline_events),
                r.baseline_mean, r.baseline_sd);
}

}  // namespace

Runner AddStatsCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("stats", "Counts, Goldstein and QuadClass per period and group; escalation per dyad");
  auto o = std::make_shared<StatsOptions>();
  AddStoreOption(cmd, &o->db);
  AddFilterOptions(cmd, &o->stats.filter);
  cmd->add_option("--by", o->stats.by, "Period: day, week (labelled by its Monday), month, or all")
      ->capture_default_str();
  cmd->add_option("--group", o->stats.group, "Group: dyad, source, target, root, quad, plover or none")
      ->capture_default_str();
  cmd->add_option("--top", o->stats.top, "Only the N groups (or dyads) with most events in the window (0: all)")
      ->capture_default_str();
  cmd->add_flag("--escalation", o->escalation,
                "The escalation signal per dyad: the recent window's mean Goldstein against the dyad's baseline");
  cmd->add_option("--recent", o->signal.recent, "Escalation: days in the recent window, ending at --to or the last event")
      ->capture_default_str();
  cmd->add_option("--baseline", o->signal.baseline, "Escalation: days of baseline before the recent window")
      ->capture_default_str();
  cmd->add_option("--min-recent", o->signal.min_recent, "Escalation: events a dyad needs in the recent window")
      ->capture_default_str();
  cmd->add_option("--min-baseline", o->signal.min_baseline, "Escalation: events a dyad needs in its baseline")
      ->capture_default_str();
  cmd->add_option("--format", o->format, "table, json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->capture_default_str();
  return [o] {
    if (o->escalation) {
      o->signal.filter = o->stats.filter;
      o->signal.top = o->stats.top ? o->stats.top : o->signal.top;
      if (ReportProblems(store::Check(o->signal))) return 2;
    } else if (ReportProblems(store::Check(o->stats))) {
      return 2;
    }
    auto db = OpenStoreOrReport(o->db, store::Store::Mode::kRead);
    if (!db || ReportProblems(db->CheckText(o->stats.filter.text))) return 2;
    if (o->escalation) {
      auto rows = store::ComputeEscalation(*db, o->signal);
      if (!rows.ok()) {
        std::fprintf(stderr, "tocsin: %s\n", rows.status().message().c_str());
        return 2;
      }
      if (o->format == "table") PrintEscalationTable(*rows);
      else std::fputs((o->format == "json" ? store::EscalationJson(*rows) : store::EscalationCsv(*rows)).c_str(), stdout);
      return 0;
    }
    auto rows = store::ComputeStats(*db, o->stats);
    if (!rows.ok()) {
      std::fprintf(stderr, "tocsin: %s\n", rows.status().message().c_str());
      return 2;
    }
    if (o->format == "table") PrintStatsTable(*rows);
    else std::fputs((o->format == "json" ? store::StatsJson(o->stats, *rows) : store::StatsCsv(*rows)).c_str(), stdout);
    return 0;
  };
}

}  // namespace tocsin::cli
