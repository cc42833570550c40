// A record coded into the form the store keeps: the one path from input to
// StoredDocument that `tocsin ingest`, the HTTP API and the Python module
// share.
#pragma once

#include "base/status.h"
#include "io/input.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace tocsin::store {

// The coder a writer records: this tocsin's version, `dictionaries` (the
// dictionaries in one line with content hashes, "built-in" for the built-in
// ones) and the options that choose which events are kept. `tocsin ingest`,
// the HTTP API and the Python module describe the same settings the same
// way, so each sees what the others stored as unchanged.
CoderInfo DescribeCoder(std::string_view dictionaries, const pipeline::PrintOptions& print);

// Documents written per transaction by every writer.
inline constexpr size_t kDocumentsPerWrite = 512;

// Runs `pipe` on `record` in `ws` and fills `out` (its buffers are reused).
// Fails only when the pipeline does (text that cannot be read).
Status CodeRecord(const pipeline::Pipeline& pipe, const io::InputRecord& record, pipeline::Workspace* ws,
                  StoredDocument* out);

}  // namespace tocsin::store
