// Whole-file reading with errors as values.
#pragma once

#include <string>

#include "base/status.h"

namespace tocsin {

// Reads the file at `path` ("-" is standard input). The error message names
// the path and the system's reason.
Result<std::string> ReadFile(const std::string& path);

// Writes `data` to `path`, replacing it: written to "PATH.tmp" first and
// renamed, so a failure (a full disk) leaves the old file as it was.
Status WriteFile(const std::string& path, const std::string& data);

}  // namespace tocsin
