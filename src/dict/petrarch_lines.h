// Line handling shared by the PETRARCH dictionary readers (petrarch.cc,
// petrarch_verbs.cc).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace tocsin::dict::petrarch {

// '#' starts a comment, except inside a bracketed code ("[###]" is a code,
// if not a usable one).
inline std::string_view StripComment(std::string_view line) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') ++depth;
    else if (line[i] == ']') depth = std::max(0, depth - 1);
    else if (line[i] == '#' && depth == 0) return line.substr(0, i);
  }
  return line;
}

inline bool IsMarkupLine(std::string_view t) { return t.starts_with("<!--") || t.starts_with("<"); }

inline std::string Origin(std::string_view file, size_t line) { return std::string(file) + ":" + std::to_string(line); }

}  // namespace tocsin::dict::petrarch
