#include "serve/params.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <limits>
#include <set>

namespace tocsin::serve {
namespace {

// The parameters an endpoint takes: each name with what it does to the query.
// A setter returns the problem with its value, or "" when it is fine.
using Setter = std::function<std::string(const std::string& value)>;
using Table = std::vector<std::pair<std::string, Setter>>;

template <typename Int>
bool ParseInt(const std::string& s, Int* out) {
  int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return false;
  if (v < std::numeric_limits<Int>::min() || v > std::numeric_limits<Int>::max()) return false;
  *out = static_cast<Int>(v);
  return true;
}

template <typename Int>
Setter IntSetter(Int* target) {
  return [target](const std::string& v) -> std::string {
    if (!ParseInt(v, target)) return "'" + v + "' is not an integer";
    return "";
  };
}

Setter StringSetter(std::string* target) {
  return [target](const std::string& v) -> std::string {
    *target = v;
    return "";
  };
}

void AddFilters(store::EventQuery* q, Table* t) {
  for (auto [name, field] :
       {std::pair{"source", &q->source}, std::pair{"target", &q->target}, std::pair{"actor", &q->actor},
        std::pair{"cameo", &q->cameo}, std::pair{"plover", &q->plover}, std::pair{"modality", &q->modality},
        std::pair{"from", &q->from}, std::pair{"to", &q->to}, std::pair{"text", &q->text}, std::pair{"doc", &q->doc},
        std::pair{"country", &q->country}, std::pair{"bbox", &q->bbox}})
    t->emplace_back(name, StringSetter(field));
  t->emplace_back("quad", IntSetter(&q->quad));
}

std::vector<store::QueryProblem> Apply(const Params& params, const Table& table) {
  std::vector<store::QueryProblem> problems;
  std::set<std::string> seen;
  for (const auto& [name, value] : params) {
    const Setter* setter = nullptr;
    for (const auto& [known, set] : table)
      if (known == name) setter = &set;
    if (!setter) {
      std::string known;
      for (const auto& entry : table) known += (known.empty() ? "" : ", ") + entry.first;
      problems.push_back({name, "unknown parameter (this endpoint takes " + known + ")"});
      continue;
    }
    if (!seen.insert(name).second) {
      problems.push_back({name, "given more than once"});
      continue;
    }
    std::string problem = (*setter)(value);
    if (!problem.empty()) problems.push_back({name, problem});
  }
  return problems;
}

void Append(std::vector<store::QueryProblem> more, std::vector<store::QueryProblem>* problems) {
  // A field already reported (a limit that is no integer) is not reported again.
  for (store::QueryProblem& p : more) {
    bool known = false;
    for (const store::QueryProblem& q : *problems) known = known || q.field == p.field;
    if (!known) problems->push_back(std::move(p));
  }
}

}  // namespace

std::vector<store::QueryProblem> ParseEventsParams(const Params& params, store::EventQuery* q) {
  Table table;
  AddFilters(q, &table);
  int64_t limit = kDefaultLimit;
  table.emplace_back("limit", IntSetter(&limit));
  table.emplace_back("cursor", StringSetter(&q->after));
  std::vector<store::QueryProblem> problems = Apply(params, table);
  bool limit_reported = false;
  for (const store::QueryProblem& p : problems) limit_reported = limit_reported || p.field == "limit";
  if (!limit_reported && limit < 1)
    problems.push_back({"limit", "want 1 or more (at most " + std::to_string(kMaxLimit) + " are returned)"});
  q->limit = std::min(std::max<int64_t>(limit, 1), kMaxLimit);
  q->offset = 0;
  Append(store::Check(*q), &problems);
  return problems;
}

std::vector<store::QueryProblem> ParseStatsParams(const Params& params, store::StatsQuery* q) {
  Table table;
  AddFilters(&q->filter, &table);
  table.emplace_back("by", StringSetter(&q->by));
  table.emplace_back("group", StringSetter(&q->group));
  table.emplace_back("top", IntSetter(&q->top));
  std::vector<store::QueryProblem> problems = Apply(params, table);
  Append(store::Check(*q), &problems);
  return problems;
}

std::vector<store::QueryProblem> ParseEscalationParams(const Params& params, store::EscalationQuery* q) {
  Table table;
  AddFilters(&q->filter, &table);
  table.emplace_back("recent", IntSetter(&q->recent));
  table.emplace_back("baseline", IntSetter(&q->baseline));
  table.emplace_back("min_recent", IntSetter(&q->min_recent));
  table.emplace_back("min_baseline", IntSetter(&q->min_baseline));
  table.emplace_back("top", IntSetter(&q->top));
  std::vector<store::QueryProblem> problems = Apply(params, table);
  Append(store::Check(*q), &problems);
  return problems;
}

}  // namespace tocsin::serve
