// The records of a request body: a JSON array of records or JSON Lines of
// records, each {"id","date","text", optional "title","source","url"} read
// exactly as `tocsin code` reads a JSON Lines record (io::ReadInputData).
// A record that cannot be used is a problem naming its position in the body
// (0-based, blank lines not counted); the others are read. A body that is no
// JSON at all (a malformed array, or not one line of JSON) fails whole.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "io/input.h"

namespace tocsin::serve {

struct RecordProblem {
  size_t record = 0;  // position in the body
  std::string id;     // when known
  std::string error;
};

struct BodyRecords {
  std::vector<io::InputRecord> records;
  std::vector<size_t> positions;  // each record's position in the body
  std::vector<RecordProblem> problems;
};

// With `require_id`, a record without an "id" is a problem; without, it is
// called "record-N" after its position.
Result<BodyRecords> ReadBodyRecords(std::string_view body, bool require_id);

}  // namespace tocsin::serve
