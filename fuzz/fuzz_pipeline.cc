// Raw text through the whole pipeline: normalisation, segmentation, tagging,
// chunking, clauses, coding, places, dates and counts, and the three output
// formats.
#include <cstdint>
#include <string>
#include <vector>

#include "io/analysis_writer.h"
#include "io/event_writer.h"
#include "pipeline/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tocsin;
  static const pipeline::Pipeline pipe(pipeline::BuiltinKnowledge(), pipeline::PrintOptions::All());
  static pipeline::Workspace ws;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!pipe.Run({"fuzz", "2022-05-26", text}, &ws).ok()) return 0;
  std::string out;
  const io::GeoContext geo{pipe.knowledge().gazetteer, ws.geo};
  for (size_t i = 0; i < ws.analyzed.doc.sentences.size(); ++i) io::AppendAnalysisJson(ws.analyzed, i, &geo, &out);
  io::EventRecord record;
  for (uint32_t i = 0; i < ws.events.size(); ++i) {
    io::FillEventRecord(ws.analyzed, ws.events[i], i, pipe.knowledge().ontology, {"title", "source", "url"}, &record);
    io::AppendEventJson(record, &out);
    io::AppendEventCsv(record, &out);
    io::AppendEventTsv(record, &out);
  }
  return 0;
}
