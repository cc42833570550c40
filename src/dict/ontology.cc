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

// CAMEO codes are up to four digits with meaningful leading zeros: the key
// keeps the length ("010" and "10" differ). 0 for anything else.
uint32_t CodeKey(std::string_view code) {
  if (code.empty() || code.size() > 4) return 0;
  uint32_t v = 0;
  for (char c : code) {
    if (!IsAsciiDigit(c)) return 0;
    v = v * 10 + uint32_t(c - '0');
  }
  return uint32_t(code.size()) * 10000 + v;
}

uint32_t PartKey(std::string_view part) {
  if (part.size() != 3) return 0;
  return uint32_t(uint8_t(part[0])) << 16 | uint32_t(uint8_t(part[1])) << 8 | uint8_t(part[2]);
}

bool ParseFlags(std::string_view list, uint16_t* out) {
  static constexpr std::pair<std::string_view, ActorFlag> kFlags[] = {
      {"organ", kOrgan}, {"force", kForce},         {"armed", kArmed},             {"irregular", kIrregular},
      {"group", kGroup}, {"civilian", kCivilian}, {"institution", kInstitution}, {"non-state", kNonState}};
  *out = 0;
  if (list == "-") return true;
  for (std::string_view f : Split(list, ',')) {
    bool known = false;
    for (auto [name, flag] : kFlags)
      if (f == name) {
        *out |= flag;
        known = true;
      }
    if (!known) return false;
  }
  return true;
}

}  // namespace

Result<Ontology> Ontology::Parse(std::string_view events_tsv, std::string_view plover_tsv,
                                 std::string_view actor_types_tsv) {
  Ontology o;
  std::string errors;
  auto fail = [&](const char* file, size_t line, const std::string& why) {
    errors += std::string(file) + ":" + std::to_string(line) + ": " + why + "\n";
  };
  std::vector<size_t> lines;  // per event: its line, for the checks of the code columns
  Rows(events_tsv, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() != 10)
      return fail("cameo_events.tsv", line,
                  "want 10 columns: code, name, goldstein, quad_class, properties, threat, intent, appeal, demand, refusal");
    EventInfo e;
    e.code = std::string(f[0]);
    e.name = std::string(f[1]);
    char* end = nullptr;
    std::string g(f[2]);
    e.goldstein = std::strtod(g.c_str(), &end);
    if (g.empty() || *end) return fail("cameo_events.tsv", line, "bad Goldstein weight");
    e.quad_class = std::atoi(std::string(f[3]).c_str());
    if (e.quad_class < 1 || e.quad_class > 4) return fail("cameo_events.tsv", line, "bad QuadClass");
    if (f[4] != "-") {
      for (std::string_view p : Split(f[4], ',')) {
        if (p == "violent") e.violent = true;
        else if (p == "symmetric") e.symmetric = true;
        else if (p == "needs-target") e.needs_target = true;
        else return fail("cameo_events.tsv", line, "unknown property '" + std::string(p) + "'");
      }
    }
    e.threat = std::string(f[5]);
    e.intent = std::string(f[6]);
    e.appeal = f[7] == "-" ? "" : std::string(f[7]);
    e.demand = f[8] == "-" ? "" : std::string(f[8]);
    e.refusal = f[9] == "-" ? "" : std::string(f[9]);
    uint32_t key = CodeKey(e.code);
    if (key == 0) return fail("cameo_events.tsv", line, "bad code '" + e.code + "' (want up to four digits)");
    if (o.by_code_.count(key)) return fail("cameo_events.tsv", line, "duplicate code " + e.code);
    o.by_code_[key] = uint32_t(o.events_.size());
    o.events_.push_back(std::move(e));
    lines.push_back(line);
  });
  // The threat, intent, appeal, demand and refusal codes must themselves be codes.
  for (size_t i = 0; i < o.events_.size(); ++i) {
    const EventInfo& e = o.events_[i];
    for (const std::string* c : {&e.threat, &e.intent, &e.appeal, &e.demand, &e.refusal})
      if ((c == &e.threat || c == &e.intent || !c->empty()) && !o.Event(*c))
        fail("cameo_events.tsv", lines[i], "'" + *c + "' is not a code of this table");
  }
  Rows(plover_tsv, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.empty() || f[0].empty()) return fail("cameo_plover.tsv", line, "no code");
    auto it = o.by_code_.find(CodeKey(f[0]));
    if (it == o.by_code_.end()) return fail("cameo_plover.tsv", line, "unknown code " + std::string(f[0]));
    EventInfo& e = o.events_[it->second];
    std::string_view event = f.size() > 1 ? f[1] : "";
    e.plover_event = event == "-" ? "" : std::string(event);
    e.plover_mode = f.size() > 2 ? std::string(f[2]) : "";
    e.plover_context = f.size() > 3 ? std::string(f[3]) : "";
  });
  Rows(actor_types_tsv, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() < 4 || f[0].size() != 3) return fail("actor_types.tsv", line, "want code, kind, flags, meaning");
    uint16_t flags = 0;
    if (!ParseFlags(f[2], &flags)) return fail("actor_types.tsv", line, "unknown flag in '" + std::string(f[2]) + "'");
    o.actor_types_[std::string(f[0])] = std::string(f[3]);
    o.actor_flags_[PartKey(f[0])] = flags;
  });
  if (o.events_.empty() && errors.empty()) errors += "cameo_events.tsv: no codes\n";
  if (!errors.empty()) {
    errors.pop_back();
    return Status::Error(errors);
  }
  return o;
}

const EventInfo* Ontology::Event(std::string_view code) const {
  auto it = by_code_.find(CodeKey(code));
  return it == by_code_.end() ? nullptr : &events_[it->second];
}

const std::string* Ontology::ActorType(std::string_view part) const {
  auto it = actor_types_.find(std::string(part));
  return it == actor_types_.end() ? nullptr : &it->second;
}

uint16_t Ontology::ActorFlags(std::string_view part) const {
  auto it = actor_flags_.find(PartKey(part));
  return it == actor_flags_.end() ? 0 : it->second;
}

}  // namespace tocsin::dict
