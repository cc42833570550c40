// Raw text through the whole pipeline: normalisation, segmentation, tagging,
// chunking, clauses, coding and both output formats.
#include <cstdint>
#include <string>
#include <vector>

#include "builtin/builtin.h"
#include "coder/coder.h"
#include "pipeline/analysis_json.h"
#include "pipeline/analyzer.h"
#include "pipeline/event_output.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tocsin;
  static Analyzer analyzer(BuiltinLexicon(), BuiltinTagger());
  static coder::Coder coder(BuiltinDictionaries(), BuiltinOntology());
  static AnalyzedDocument analyzed;
  static coder::CoderScratch scratch;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!analyzer.Analyze("fuzz", "2022-05-26", text, &analyzed).ok()) return 0;
  std::string out;
  for (size_t i = 0; i < analyzed.doc.sentences.size(); ++i) AppendAnalysisJson(analyzed, i, &out);
  std::vector<coder::Event> events;
  coder.Code(analyzed, &events, &scratch);
  for (const coder::Event& e : events) {
    AppendEventJson(analyzed, e, BuiltinOntology(), &out);
    AppendEventTsv(analyzed, e, BuiltinOntology(), &out);
  }
  return 0;
}
