#include "dict/ontology.h"

#include <cstdlib>

#include "base/strings.h"

namespace tocsin::dict {
namespace {

// Calls row(fields, line) for every data line after the header of a TSV table.
template <typename F>
void Rows(std::string_view tsv, F row) {
  size_t line_no = 0;
  bool header = true;
  for (std::string_view line : Split(tsv, '\n', false)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    row(Split(line, '\t'), line_no);
  }
}

}  // namespace

Result<Ontology> Ontology::Parse(std::string_view events_tsv, std::string_view plover_tsv,
                                 std::string_view actor_types_tsv) {
  Ontology o;
  std::string errors;
  auto fail = [&](const char* file, size_t line, const std::string& why) {
    errors += std::string(file) + ":" + std::to_string(line) + ": " + why + "\n";
  };
  Rows(events_tsv, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() < 4) return fail("cameo_events.tsv", line, "want 4 columns");
    EventInfo e;
    e.code = std::string(f[0]);
    e.name = std::string(f[1]);
    char* end = nullptr;
    std::string g(f[2]);
    e.goldstein = std::strtod(g.c_str(), &end);
    if (g.empty() || *end) return fail("cameo_events.tsv", line, "bad Goldstein weight");
    e.quad_class = std::atoi(std::string(f[3]).c_str());
    if (e.quad_class < 1 || e.quad_class > 4) return fail("cameo_events.tsv", line, "bad QuadClass");
    if (o.by_code_.count(e.code)) return fail("cameo_events.tsv", line, "duplicate code " + e.code);
    o.by_code_[e.code] = o.events_.size();
    o.events_.push_back(std::move(e));
  });
  Rows(plover_tsv, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.empty() || f[0].empty()) return fail("cameo_plover.tsv", line, "no code");
    auto it = o.by_code_.find(std::string(f[0]));
    if (it == o.by_code_.end()) return fail("cameo_plover.tsv", line, "unknown code " + std::string(f[0]));
    EventInfo& e = o.events_[it->second];
    std::string_view event = f.size() > 1 ? f[1] : "";
    e.plover_event = event == "-" ? "" : std::string(event);
    e.plover_mode = f.size() > 2 ? std::string(f[2]) : "";
    e.plover_context = f.size() > 3 ? std::string(f[3]) : "";
  });
  Rows(actor_types_tsv, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() < 3 || f[0].size() != 3) return fail("actor_types.tsv", line, "want code, kind, meaning");
    o.actor_types_[std::string(f[0])] = std::string(f[2]);
  });
  if (o.events_.empty()) errors += "cameo_events.tsv: no codes\n";
  if (!errors.empty()) {
    errors.pop_back();
    return Status::Error(errors);
  }
  return o;
}

const EventInfo* Ontology::Event(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : &events_[it->second];
}

const std::string* Ontology::ActorType(std::string_view part) const {
  auto it = actor_types_.find(std::string(part));
  return it == actor_types_.end() ? nullptr : &it->second;
}

}  // namespace tocsin::dict
