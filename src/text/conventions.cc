#include "text/conventions.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "base/embedded.h"
#include "base/strings.h"

namespace tocsin {
// Defined in the text layer's generated index (cmake/Embed.cmake).
const EmbeddedEntry* TextEmbeddedEntries(size_t* count);
}  // namespace tocsin

namespace tocsin::text {
namespace {

struct Section {
  std::string_view name;
  std::vector<std::string> Conventions::*list;
  bool phrases;  // one phrase a line, rather than words
};

constexpr Section kSections[] = {
    {"abbreviations", &Conventions::abbreviations, false},
    {"titles", &Conventions::titles, false},
    {"sentence-starters", &Conventions::sentence_starters, false},
    {"weak-starters", &Conventions::weak_starters, false},
    {"caption-starts", &Conventions::caption_starts, true},
    {"credit-marks", &Conventions::credit_marks, true},
    {"footer-starts", &Conventions::footer_starts, true},
    {"credit-starts", &Conventions::credit_starts, true},
    {"navigation-starts", &Conventions::navigation_starts, true},
};

}  // namespace

bool Conventions::Contains(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

Result<Conventions> ParseConventions(std::string_view text, std::string_view file) {
  Conventions out;
  std::string errors;
  auto fail = [&](size_t line, const std::string& why) {
    errors += std::string(file) + ":" + std::to_string(line) + ": " + why + "\n";
  };
  bool defined[std::size(kSections)] = {};
  const Section* current = nullptr;
  size_t line_no = 0;
  for (std::string_view raw : Split(text, '\n', false)) {
    ++line_no;
    std::string_view line = Trim(raw);
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '[') {
      size_t close = line.find(']');
      std::string_view name = Trim(line.substr(1, close == std::string_view::npos ? 0 : close - 1));
      current = nullptr;
      for (size_t k = 0; k < std::size(kSections); ++k)
        if (kSections[k].name == name) {
          if (defined[k]) fail(line_no, "section '" + std::string(name) + "' is given twice");
          else current = &kSections[k];
          defined[k] = true;
        }
      if (close == std::string_view::npos) fail(line_no, "a section header needs a closing ']'");
      else if (!current && std::none_of(std::begin(kSections), std::end(kSections),
                                        [&](const Section& s) { return s.name == name; }))
        fail(line_no, "unknown section '" + std::string(name) + "'");
      continue;
    }
    if (!current) {
      fail(line_no, "entries outside a section (a [section] line comes first)");
      continue;
    }
    std::vector<std::string>& list = out.*(current->list);
    std::vector<std::string_view> entries;
    if (current->phrases) {
      // "quotes" keep the spaces at a phrase's ends ("more in ").
      if (line.size() >= 2 && line.front() == '"' && line.back() == '"') line = line.substr(1, line.size() - 2);
      entries.push_back(line);
    } else {
      entries = SplitWhitespace(line);
    }
    for (std::string_view e : entries) {
      if (AsciiLowered(e) != e) {
        fail(line_no, "'" + std::string(e) + "' is not lower case");
        continue;
      }
      if (Conventions::Contains(list, e)) {
        fail(line_no, "'" + std::string(e) + "' is listed twice in " + std::string(current->name));
        continue;
      }
      list.emplace_back(e);
    }
  }
  for (size_t k = 0; k < std::size(kSections); ++k)
    if (!defined[k]) errors += std::string(file) + ": section '" + std::string(kSections[k].name) + "' is missing\n";
  if (!errors.empty()) {
    errors.pop_back();
    return Status::Error(errors);
  }
  return out;
}

const Conventions& BuiltinConventions() {
  static const Conventions conventions = [] {
    size_t count = 0;
    const EmbeddedEntry* entries = TextEmbeddedEntries(&count);
    auto text = FindEmbedded(entries, count, "text/conventions.txt");
    auto parsed = text ? ParseConventions(*text, "data/text/conventions.txt")
                       : Result<Conventions>(Status::Error("data/text/conventions.txt is not embedded"));
    if (!parsed.ok()) {
      std::fprintf(stderr, "tocsin: built-in text conventions are unusable:\n%s\n", parsed.status().message().c_str());
      std::abort();
    }
    return std::move(parsed).value();
  }();
  return conventions;
}

}  // namespace tocsin::text
