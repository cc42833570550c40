// What the segmenter, the tokeniser and the boilerplate filter know of how
// news text is written, read from data/text/conventions.txt (compiled in;
// docs/word-classes.md): abbreviations that keep their period, titles before
// names, the words that start sentences, and the markers of scraper
// boilerplate. Parsed once, on first use, and shared read-only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tocsin::text {

struct Conventions {
  // Word sections: lower-case words.
  std::vector<std::string> abbreviations;      // without the period: "gen", "u.s"
  std::vector<std::string> titles;             // with the period: "gen."
  std::vector<std::string> sentence_starters;
  std::vector<std::string> weak_starters;
  // Phrase sections: lower-case prefixes or marks, spaces kept.
  std::vector<std::string> caption_starts;
  std::vector<std::string> credit_marks;
  std::vector<std::string> footer_starts;
  std::vector<std::string> credit_starts;
  std::vector<std::string> navigation_starts;

  static bool Contains(const std::vector<std::string>& list, std::string_view word);
};

// Parses the data file's text; `file` names it in messages ("file:line: reason").
Result<Conventions> ParseConventions(std::string_view text, std::string_view file);

// The compiled-in conventions. A broken file is a build error: this aborts
// with the problems (the test TextConventions.BuiltinFileParses reports them).
const Conventions& BuiltinConventions();

}  // namespace tocsin::text
