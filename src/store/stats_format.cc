#include "store/stats_format.h"

#include <cstdio>

#include "io/event_writer.h"
#include "io/json_writer.h"

namespace tocsin::store {
namespace {

std::string Number(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

void EndCsvRow(std::string* out) {
  out->back() = '\r';
  out->push_back('\n');
}

}  // namespace

std::string StatsJson(const StatsQuery& q, const std::vector<StatsRow>& rows) {
  std::string out;
  io::JsonWriter w(&out);
  w.BeginObject();
  w.Key("by").String(q.by);
  w.Key("group").String(q.group);
  w.Key("rows").BeginArray();
  for (const StatsRow& r : rows) {
    w.BeginObject();
    w.Key("period").String(r.period);
    w.Key("group").String(r.group);
    w.Key("events").Int(r.events);
    w.Key("goldstein_sum").Double(r.goldstein_sum, 1);
    w.Key("goldstein_mean").Double(r.goldstein_mean, 3);
    w.Key("quad").BeginArray();
    for (int64_t n : r.quad) w.Int(n);
    w.EndArray();
    w.Key("quad_share").BeginArray();
    for (int64_t n : r.quad) w.Double(r.events ? double(n) / double(r.events) : 0, 3);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out.push_back('\n');
  return out;
}

std::string StatsCsv(const std::vector<StatsRow>& rows) {
  std::string out = "period,group,events,goldstein_sum,goldstein_mean,quad1,quad2,quad3,quad4\r\n";
  for (const StatsRow& r : rows) {
    io::AppendCsvField(r.period, &out);
    io::AppendCsvField(r.group, &out);
    io::AppendCsvField(std::to_string(r.events), &out);
    io::AppendCsvField(Number(r.goldstein_sum, 1), &out);
    io::AppendCsvField(Number(r.goldstein_mean, 3), &out);
    for (int64_t n : r.quad) io::AppendCsvField(std::to_string(n), &out);
    EndCsvRow(&out);
  }
  return out;
}

std::string EscalationJson(const std::vector<EscalationRow>& rows) {
  std::string out;
  io::JsonWriter w(&out);
  w.BeginObject();
  w.Key("window");
  if (rows.empty()) w.Null();
  else w.BeginArray().String(rows[0].window_begin).String(rows[0].window_end).EndArray();
  w.Key("rows").BeginArray();
  for (const EscalationRow& r : rows) {
    w.BeginObject();
    w.Key("dyad").String(r.dyad);
    w.Key("z").Double(r.z, 2);
    w.Key("recent_events").Int(r.recent_events);
    w.Key("recent_mean").Double(r.recent_mean, 3);
    w.Key("baseline_events").Int(r.baseline_events);
    w.Key("baseline_mean").Double(r.baseline_mean, 3);
    w.Key("baseline_sd").Double(r.baseline_sd, 3);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out.push_back('\n');
  return out;
}

std::string EscalationCsv(const std::vector<EscalationRow>& rows) {
  std::string out = "dyad,z,recent_events,recent_mean,baseline_events,baseline_mean,baseline_sd,window_begin,window_end\r\n";
  for (const EscalationRow& r : rows) {
    io::AppendCsvField(r.dyad, &out);
    io::AppendCsvField(Number(r.z, 2), &out);
    io::AppendCsvField(std::to_string(r.recent_events), &out);
    io::AppendCsvField(Number(r.recent_mean, 3), &out);
    io::AppendCsvField(std::to_string(r.baseline_events), &out);
    io::AppendCsvField(Number(r.baseline_mean, 3), &out);
    io::AppendCsvField(Number(r.baseline_sd, 3), &out);
    io::AppendCsvField(r.window_begin, &out);
    io::AppendCsvField(r.window_end, &out);
    EndCsvRow(&out);
  }
  return out;
}

}  // namespace tocsin::store
