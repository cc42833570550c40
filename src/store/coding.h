// A record coded into the form the store keeps: the one path from input to
// StoredDocument that `tocsin ingest`, the HTTP API and the Python module
// share.
#pragma once

#include "base/status.h"
#include "io/input.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace tocsin::store {

// Runs `pipe` on `record` in `ws` and fills `out` (its buffers are reused).
// Fails only when the pipeline does (text that cannot be read).
Status CodeRecord(const pipeline::Pipeline& pipe, const io::InputRecord& record, pipeline::Workspace* ws,
                  StoredDocument* out);

}  // namespace tocsin::store
