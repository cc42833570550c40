// Whole-file reading with errors as values.
#pragma once

#include <string>

#include "base/status.h"

namespace tocsin {

// Reads the file at `path` ("-" is standard input). The error message names
// the path and the system's reason.
Result<std::string> ReadFile(const std::string& path);

}  // namespace tocsin
