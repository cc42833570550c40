#include "coder/confidence.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "base/strings.h"

namespace tocsin::coder {
namespace {

std::string_view SideClass(bool has, const CodedActor& a) {
  if (!has) return "none";
  if (a.resolved_from_context) return "reference";
  if (a.code.starts_with("---")) return "role";
  for (const Evidence& e : a.evidence)
    if (std::string_view(e.pattern) == Evidence::kName) return "name";
  return "agent";
}

constexpr std::string_view kOverall = "*";

}  // namespace

std::string ConfidenceClass(const Event& e) {
  std::string out(SideClass(e.has_source, e.source));
  out += '|';
  out += SideClass(e.has_target, e.target);
  out += e.specific_pattern ? "|specific|" : "|bare|";
  out += EventModalityName(e.modality);
  return out;
}

Result<ConfidenceTable> ConfidenceTable::Parse(std::string_view tsv, std::string_view file) {
  ConfidenceTable t;
  std::string errors;
  size_t line_no = 0;
  for (std::string_view line : Split(tsv, '\n', false)) {
    ++line_no;
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    auto f = Split(line, '\t');
    Row r;
    char* end = nullptr;
    std::string value = f.size() == 4 ? std::string(f[3]) : "";
    if (f.size() == 4) r.confidence = std::strtof(value.c_str(), &end);
    if (f.size() != 4 || value.empty() || *end || r.confidence < 0 || r.confidence > 1) {
      errors += std::string(file) + ":" + std::to_string(line_no) +
                ": want 4 columns: class, predicted, right, confidence (0-1)\n";
      continue;
    }
    r.predicted = size_t(std::atoll(std::string(f[1]).c_str()));
    r.right = size_t(std::atoll(std::string(f[2]).c_str()));
    if (f[0] == kOverall) t.overall_ = r;
    else t.rows_[std::string(f[0])] = r;
  }
  if (!errors.empty()) return Status::Error(errors);
  return t;
}

ConfidenceTable ConfidenceTable::Calibrate(const std::vector<CalibrationCount>& counts, double prior_weight) {
  ConfidenceTable t;
  for (const CalibrationCount& c : counts) {
    t.overall_.predicted += c.predicted;
    t.overall_.right += c.right;
  }
  double prior = t.overall_.predicted ? double(t.overall_.right) / double(t.overall_.predicted) : 0.5;
  t.overall_.confidence = float(prior);
  for (const CalibrationCount& c : counts) {
    Row& r = t.rows_[c.event_class];
    r.predicted += c.predicted;
    r.right += c.right;
  }
  for (auto& [name, r] : t.rows_)
    r.confidence = float((double(r.right) + prior_weight * prior) / (double(r.predicted) + prior_weight));
  return t;
}

std::string ConfidenceTable::Write(const std::string& header) const {
  std::string out = header;
  std::vector<std::string> names;
  for (const auto& [name, r] : rows_) names.push_back(name);
  std::sort(names.begin(), names.end());
  char buffer[64];
  auto row = [&](std::string_view name, const Row& r) {
    std::snprintf(buffer, sizeof buffer, "\t%zu\t%zu\t%.3f\n", r.predicted, r.right, double(r.confidence));
    out += std::string(name) + buffer;
  };
  row(kOverall, overall_);
  for (const std::string& name : names) row(name, rows_.at(name));
  return out;
}

float ConfidenceTable::Of(const Event& e) const {
  auto it = rows_.find(ConfidenceClass(e));
  return it == rows_.end() ? overall_.confidence : it->second.confidence;
}

}  // namespace tocsin::coder
