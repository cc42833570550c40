#include "store/stats.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "store/query_sql.h"
#include "store/sqlite.h"

namespace tocsin::store {
namespace {

constexpr const char* kDyad =
    "coalesce(e.source_country, e.source_code) || '>' || coalesce(e.target_country, e.target_code)";

const char* PeriodSql(const std::string& by) {
  if (by == "day") return "e.date";
  if (by == "week") return "date(e.date, '-' || ((CAST(strftime('%w', e.date) AS INTEGER) + 6) % 7) || ' days')";
  if (by == "month") return "substr(e.date, 1, 7)";
  return "''";
}

// The group's expression; NULL leaves the event out of every group.
const char* GroupSql(const std::string& group) {
  if (group == "dyad") return kDyad;
  if (group == "source") return "coalesce(e.source_country, e.source_code)";
  if (group == "target") return "coalesce(e.target_country, e.target_code)";
  if (group == "root") return "e.root";
  if (group == "quad") return "CAST(e.quad_class AS TEXT)";
  if (group == "plover") return "e.plover_event";
  return "''";
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
int64_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

int64_t Days(const std::string& date) {
  return DaysFromCivil(std::stoi(date.substr(0, 4)), std::stoul(date.substr(5, 2)), std::stoul(date.substr(8, 2)));
}

}  // namespace

std::vector<QueryProblem> Check(const StatsQuery& q) {
  std::vector<QueryProblem> problems = Check(q.filter);
  if (q.by != "day" && q.by != "week" && q.by != "month" && q.by != "all")
    problems.push_back({"by", "'" + q.by + "' is not one of day, week, month, all"});
  if (q.group != "dyad" && q.group != "source" && q.group != "target" && q.group != "root" && q.group != "quad" &&
      q.group != "plover" && q.group != "none")
    problems.push_back({"group", "'" + q.group + "' is not one of dyad, source, target, root, quad, plover, none"});
  if (q.top < 0) problems.push_back({"top", "cannot be negative"});
  return problems;
}

Result<std::vector<StatsRow>> ComputeStats(Store& store, const StatsQuery& q) {
  std::vector<SqlValue> binds;
  std::string select = std::string("SELECT ") + PeriodSql(q.by) + " AS period, " + GroupSql(q.group) +
                       " AS grp, e.goldstein AS g, e.quad_class AS qc FROM events e";
  std::string sql = "WITH base AS (SELECT * FROM (" + BuildEventSql(q.filter, select, &binds) +
                    ") WHERE grp IS NOT NULL)";
  std::string from = "base";
  if (q.top > 0) {
    sql += ", top AS (SELECT grp FROM base GROUP BY grp ORDER BY count(*) DESC, grp LIMIT " + std::to_string(q.top) +
           ")";
    from = "base WHERE grp IN (SELECT grp FROM top)";
  }
  sql += " SELECT period, grp, count(*), coalesce(sum(g), 0), coalesce(avg(g), 0), sum(qc = 1), sum(qc = 2), "
         "sum(qc = 3), sum(qc = 4) FROM " +
         from + " GROUP BY period, grp ORDER BY period, count(*) DESC, grp";
  Statement s;
  if (Status st = s.Prepare(store.db(), sql); !st.ok()) return st;
  BindAll(s.get(), binds);
  std::vector<StatsRow> rows;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    StatsRow& r = rows.emplace_back();
    r.period = s.Text(0);
    r.group = s.Text(1);
    r.events = s.Int(2);
    r.goldstein_sum = s.Double(3);
    r.goldstein_mean = s.Double(4);
    for (int i = 0; i < 4; ++i) r.quad[i] = s.Int(5 + i);
  }
  if (rc != SQLITE_DONE) return SqliteError(store.db(), "computing statistics");
  return rows;
}

std::vector<QueryProblem> Check(const EscalationQuery& q) {
  std::vector<QueryProblem> problems = Check(q.filter);
  if (q.recent < 1 || q.recent > 3650) problems.push_back({"recent", "want 1 to 3650 days"});
  if (q.baseline < 1 || q.baseline > 36500) problems.push_back({"baseline", "want 1 to 36500 days"});
  if (q.min_recent < 1) problems.push_back({"min_recent", "want at least 1"});
  if (q.min_baseline < 2) problems.push_back({"min_baseline", "want at least 2 (a spread needs two events)"});
  if (q.top < 0) problems.push_back({"top", "cannot be negative"});
  return problems;
}

Result<std::vector<EscalationRow>> ComputeEscalation(Store& store, const EscalationQuery& q) {
  std::string end = q.filter.to;
  if (end.empty()) {
    auto summary = store.Summary();
    if (!summary.ok()) return summary.status();
    end = summary->last_date;
    if (end.empty()) return std::vector<EscalationRow>();
  }
  const int64_t end_day = Days(end);
  const std::string recent_begin = CivilFromDays(end_day - q.recent + 1);
  const std::string baseline_begin = CivilFromDays(end_day - q.recent - q.baseline + 1);
  EventQuery filter = q.filter;  // the windows replace the date range
  filter.from.clear();
  filter.to.clear();
  std::vector<SqlValue> binds = {recent_begin, baseline_begin, end};
  std::string select = std::string("SELECT ") + kDyad + " AS dyad, e.goldstein AS g, e.date AS d FROM events e";
  std::string sql =
      "WITH w(rb, bb, re) AS (SELECT ?, ?, ?) "
      "SELECT dyad, sum(d >= rb), sum(CASE WHEN d >= rb THEN g END), sum(d < rb), sum(CASE WHEN d < rb THEN g END), "
      "sum(CASE WHEN d < rb THEN g * g END) FROM (" +
      BuildEventSql(filter, select, &binds) +
      "), w WHERE dyad IS NOT NULL AND g IS NOT NULL AND d BETWEEN bb AND re GROUP BY dyad";
  Statement s;
  if (Status st = s.Prepare(store.db(), sql); !st.ok()) return st;
  BindAll(s.get(), binds);
  std::vector<EscalationRow> rows;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    EscalationRow r;
    r.dyad = s.Text(0);
    r.recent_events = s.Int(1);
    r.baseline_events = s.Int(3);
    if (r.recent_events < q.min_recent || r.baseline_events < q.min_baseline) continue;
    r.recent_mean = s.Double(2) / double(r.recent_events);
    r.baseline_mean = s.Double(4) / double(r.baseline_events);
    double n = double(r.baseline_events);
    double variance = (s.Double(5) - n * r.baseline_mean * r.baseline_mean) / (n - 1);
    r.baseline_sd = std::sqrt(std::max(0.0, variance));
    r.z = (r.baseline_mean - r.recent_mean) / (std::max(1.0, r.baseline_sd) / std::sqrt(double(r.recent_events)));
    r.window_begin = recent_begin;
    r.window_end = end;
    rows.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return SqliteError(store.db(), "computing escalation");
  std::sort(rows.begin(), rows.end(), [](const EscalationRow& a, const EscalationRow& b) {
    return a.z != b.z ? a.z > b.z : a.dyad < b.dyad;
  });
  if (q.top > 0 && rows.size() > size_t(q.top)) rows.resize(q.top);
  return rows;
}

}  // namespace tocsin::store
