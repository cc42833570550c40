#include "test_util.h"

#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>

#include "base/file.h"
#include "builtin/builtin.h"
#include "coder/coder.h"
#include "pipeline/event_output.h"

namespace tocsin::testing {

const AnalyzedDocument& Analyze(const std::string& text, const std::string& date) {
  static AnalyzedDocument analyzed;
  Analyzer analyzer(BuiltinLexicon(), BuiltinTagger());
  Status s = analyzer.Analyze("test", date, text, &analyzed);
  if (!s.ok()) {
    std::fprintf(stderr, "analysis failed: %s\n", s.message().c_str());
    std::abort();
  }
  return analyzed;
}

std::vector<coder::Event> Code(const std::string& text, const std::string& date,
                               const dict::Dictionaries* dictionaries) {
  const AnalyzedDocument& analyzed = Analyze(text, date);
  coder::Coder coder(dictionaries ? *dictionaries : BuiltinDictionaries(), BuiltinOntology());
  coder::CoderScratch scratch;
  std::vector<coder::Event> events;
  coder.Code(analyzed, &events, &scratch);
  return events;
}

std::string Brief(const coder::Event& e) {
  return (e.has_source ? e.source.code : "-") + " " + (e.has_target ? e.target.code : "-") + " " + e.cameo;
}

std::vector<std::string> Briefs(const std::vector<coder::Event>& events, bool printed_only) {
  std::vector<std::string> out;
  for (const coder::Event& e : events)
    if (!printed_only || IsPrinted(e, PrintOptions{})) out.push_back(Brief(e));
  return out;
}

std::string SharedPath(const std::string& relative) {
  std::string path = std::string(TOCSIN_SHARED_DIR) + "/" + relative;
  struct stat st;
  return stat(path.c_str(), &st) == 0 ? path : "";
}

std::string SourcePath(const std::string& relative) { return std::string(TOCSIN_SOURCE_DIR) + "/" + relative; }

std::string ReadOrDie(const std::string& path) {
  auto data = ReadFile(path);
  if (!data.ok()) {
    std::fprintf(stderr, "%s\n", data.status().message().c_str());
    std::abort();
  }
  return *data;
}

}  // namespace tocsin::testing
